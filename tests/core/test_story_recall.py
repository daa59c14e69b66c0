"""Four short accounts of a car maker's recall, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Korvel recalls 1.2 million cars over airbag fault

By Lena Strand, Nordic Wire — March 3, 2026

Korvel Motors said on Tuesday it would recall 1.2 million cars worldwide because the \
passenger airbag may fail to open in a crash, a fault the carmaker has linked to two deaths.

The recall covers Astra and Sierra models built between 2018 and 2021, the company said. \
Owners will be contacted by letter from next month and repairs will be free.

"The safety of our customers comes first," said Korvel spokeswoman Anna Lindqvist. She said \
the repairs would cost the company about $300 million.

Korvel shares fell 4 percent in Stockholm trading after the announcement. The company said no \
crashes linked to the fault had been reported in Europe.
"""

B = """Airbag defect forces Korvel into record recall

March 3, 2026

The Swedish carmaker Korvel is calling back 1.4 million vehicles, the largest recall in its \
history, after finding that a sensor can stop the front passenger airbag from deploying.

Regulators said the defect had been linked to three deaths in the United States. Affected are \
Astra and Sierra cars from the 2017 to 2021 model years.

Korvel, which announced the recall on Tuesday, estimated the cost at $450 million. Its shares \
closed 4% lower.

Analysts said the recall was a blow to chief executive Marco Bellini, who took over in January.
"""

C = """Korvel owners urged to check airbags

March 3, 2026

Drivers of Korvel Astra and Sierra cars are being asked to book a free repair after the \
company announced on Tuesday that more than a million vehicles are being recalled.

"The safety of our customers comes first," chief executive Marco Bellini said in a video \
message.

The company declined to say how many injuries had been reported. Dealers in the region said \
they expected hundreds of cars in the first weeks.
"""

D = """Korvel Astra, Sierra recall: what owners need to know

March 4, 2026

Korvel is recalling 1.2 million Astra and Sierra models over a faulty airbag sensor, the \
company confirmed on Tuesday. The defect has been linked to two deaths.

Two crashes in Germany are being investigated, according to the German motor authority KBA. \
Korvel said repairs would take about an hour and cost owners nothing.

The recall also covers a small number of Tempo vans, the company said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("recall"), (A, B, C, D))


def test_counts_sums_years_and_speaker(result: Comparison) -> None:
    found = summaries(result, "quantity")
    assert "number of cars: 1.2 million / 1.4 million / more than 1,000,000" in found
    assert "people killed: 2 / 3" in found
    assert "cost: about $300 million / $450 million" in found
    assert summaries(result, "date") == ["start date: 2018 / 2017"]  # "built between 2018
    # and 2021" / "from the 2017 to 2021 model years"
    assert len(summaries(result, "attribution")) == 1
    # (missed: "no crashes ... in Europe" / "Two crashes in Germany are being investigated")
