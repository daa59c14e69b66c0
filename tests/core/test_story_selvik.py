"""Four short accounts of a heatwave, written as the thirteenth session's last batch after all its
engine changes (batch 51), with their differences listed first, and scored blind once (see the
README's table of stories): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Selvik swelters in record heat

By Ulla Doven, Weather Wire — July 5, 2039

Temperatures reached 44.2C in Selvik on Monday, the highest ever recorded in the region, the \
national weather service said.

Hospitals treated more than 300 people for heat-related illness, and three elderly people \
died. About 20,000 homes lost power for several hours on Monday evening.

"This is what climate change looks like," regional governor Tamar Ysel said.
"""

B = """Heatwave kills five in Selvik

Selvik Herald — July 5, 2039

Five people have died in a heatwave that sent temperatures to 43.8C on Monday, officials said.

Around 500 people were treated in hospital for heatstroke and dehydration. Power failed in \
some 35,000 homes.

"This is what climate change looks like," governor Tamar Ysel told reporters.
"""

C = """Selvik heat eases after record day

By Ulla Doven, Weather Wire — July 6, 2039

Temperatures in Selvik fell to 36C on Wednesday as cooler air moved in.

The weather service said Monday's peak of 44.2C broke the previous record, set in 2019, by \
almost two degrees.
"""

D = """How Selvik coped with the heat

Regional Review — July 6, 2039

Schools in Selvik closed on Monday and Tuesday as the heat peaked.

The previous record, 43.1C, had been set in 2015, the weather service said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("selvik"), (A, B, C, D))


def test_peak_and_treated(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "temperature: 44.2 C / 43.8 C" in counts
    assert "people hospitalised: more than 300 / about 500" in counts
    assert not summaries(result, "quote")  # the governor's words, the same in both
    # (blind, batch 51: 2 of 5, no false alarm. Missed: three elderly people died / five
    # have died; about 20,000 homes lost power / power failed in some 35,000 homes; the
    # previous record set in 2019 / 2015)
    # Found in the fourteenth session: a modifier in -ly before the noun ("three elderly
    # people"), a supply that failed in the homes counted
    assert "people died: 3 / 5" in counts
    assert "homes without power: about 20,000 / about 35,000" in counts
