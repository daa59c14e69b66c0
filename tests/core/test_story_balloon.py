"""Four short accounts of a hot-air balloon crash, written here in the sample's style with
their differences listed first, and scored blind once before the engine was changed for them
(see the README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Hot-air balloon crash kills four tourists

By Maria Lopez, Travel Wire — September 15, 2027

A hot-air balloon carrying 16 people crashed near the town of Goreme in central Turkey on \
Wednesday morning, killing four tourists, the local governor's office said.

The balloon hit a power line shortly after take-off at about 6:30 a.m. and caught fire. \
Eleven passengers were injured.

The pilot, a 44-year-old Turkish national, survived.
"""

B = """Three dead as balloon hits power line in Cappadocia

By Ian Ford, Global News Agency — September 15, 2027

Three people were killed and nine injured when a hot-air balloon with 14 passengers and a \
pilot on board struck power cables in Cappadocia on Wednesday, officials said.

The accident happened at around 7:15 a.m., as dozens of balloons were in the air.

The pilot was among those killed, a tour company official said.
"""

C = """Balloon flights suspended after fatal crash

By Elif Demir, Anatolia Daily — September 16, 2027

Authorities suspended all balloon flights in Cappadocia for three days after four people died \
in Wednesday's crash near Goreme.

The balloon had been flying at a height of about 50 metres when it hit the line. "The weather \
conditions were perfect," said Mehmet Aksoy, head of the local balloon operators' association.
"""

D = """Inquiry opens into balloon disaster

By Sam Reid, Weekly Traveller — September 18, 2027

Investigators are examining whether the pilot ignored a warning about strong winds before \
Wednesday's flight, in which four people died.

Flights in the region have been suspended for a week. "The weather conditions were perfect," \
the company's owner, Hakan Yilmaz, said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("balloon"), (A, B, C, D))


def test_on_board_dead_injured_and_time(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people on board: 16 / 14" in counts  # ("14 passengers and a pilot": the pilot
    # is not added)
    assert "people killed: 4 / 3" in counts
    assert "people injured: 11 / 9" in counts
    assert summaries(result, "date") == ["time of catch: 6:30 a.m. / 7:15 a.m."]
    # (missed: the pilot survived / was among the dead; flights suspended three days / a
    # week; the speaker of "The weather conditions were perfect")
