"""Four short accounts of a tower block fire, written here with their differences listed
first, and scored blind once before the engine was changed for them (see the README's table of
stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Fire tears through Harlow tower block, killing at least 12

By Claire Dunn, City Post — January 15, 2028

A fire that broke out on the 14th floor of a 24-storey residential tower in Harlow in the early \
hours of Friday killed at least 12 people, the fire service said.

More than 200 firefighters were sent to the blaze, which was reported at 1.15am.

Residents said the building's fire alarms did not sound.
"""

B = """Twelve dead, dozens hurt in tower block blaze

By Martin Hale, Press Wire — January 15, 2028

Twelve people died and 38 were injured when fire swept through a tower block in Harlow early \
on Friday.

The fire began on the 12th floor shortly before 1 a.m. and spread to the upper floors within an \
hour. About 150 firefighters fought the blaze.

"The fire alarms sounded, but many residents were asleep," said Amir Khan, who lived on the \
ninth floor.
"""

C = """Harlow fire death toll rises to 17

By Claire Dunn, City Post — January 16, 2028

The number of people killed in Friday's fire at Harlow Tower has risen to 17, police said on \
Saturday.

Police said they did not know how many people had been living in the building.

The housing ministry said the tower's cladding had passed a safety inspection in 2024.
"""

D = """Harlow Tower failed safety check, documents show

By Nora Blake, The Ledger — January 17, 2028

Harlow Tower, a 22-storey block, failed a fire safety inspection in 2024, according to \
documents seen by the Ledger.

Housing Minister Paul Reed said on Saturday that the tower's cladding had passed a safety \
inspection in 2024.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("tower"), (A, B, C, D))


def test_toll_crews_alarms_and_inspection(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people killed: at least 12 / 12 / 17 (later account)" in counts
    assert "firefighters deployed: more than 200 / about 150" in counts
    polarity = summaries(result, "polarity")
    assert "sound: not sound / sounded" in polarity
    assert "pass safety inspection: passed / failed" in polarity  # (antonyms in the rules)
    assert len(summaries(result, "attribution")) == 1  # the ministry / the minister
    # (blind, batch 33: 3 of 7, no false alarm; missed then "passed" / "failed" the
    # inspection. Still missed: the 14th / 12th floor (ordinals are not counts), a 24-storey
    # tower / a 22-storey block, and "reported at 1.15am" / "began ... shortly before 1 a.m.",
    # which on reading is no conflict: the list's mistake, kept as frozen)
