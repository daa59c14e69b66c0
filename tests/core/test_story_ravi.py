"""Four short accounts of a market bombing, written after the tenth session's engine changes with
their differences listed first, and scored blind once (batch 41, see the README's table of
stories): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Bomb kills 23 at busy Ravi market

By Sana Malik, Asia Wire — October 14, 2030

A bomb hidden in a vegetable cart exploded in a crowded market in the city of Ravi on Sunday, \
killing 23 people and wounding more than 60, police said.

The blast went off at about 11am, when the market was packed with shoppers. No group has \
claimed responsibility.

Provincial police chief Anwar Shah said the bomb contained about 10 kilograms of explosives.
"""

B = """Ravi market bombing: death toll rises to 27

By Omar Qadir, The Daily Crescent — October 14, 2030

The death toll from a bombing in Ravi's main market rose to 27 on Sunday evening, hospital \
officials said. Nearly 80 people were injured.

The bomb, packed with around 5 kilograms of explosives, was planted on a motorcycle, \
police said. It exploded shortly after noon.

A militant group, the Ravi Liberation Front, said it carried out the attack.
"""

C = """Ravi mourns market bombing victims

By Sana Malik, Asia Wire — October 15, 2030

Thousands attended funerals in Ravi on Monday for victims of Sunday's market bombing, which \
killed 27 people.

Police chief Anwar Shah said three suspects had been arrested overnight. "We know who is \
behind this attack and we will find them," he said.
"""

D = """Ravi bombing suspects held

By Lena Fischer, Global Desk — October 15, 2030

Police in Ravi arrested four suspects on Monday over Sunday's bombing at a market that killed \
26 people.

"We know who is responsible and we will bring them to justice," provincial police chief \
Anwar Shah said.

No group has claimed the attack, police said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("ravi"), (A, B, C, D))


def test_toll_explosives_and_arrests(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people killed: 23 / 27 / 26" in counts
    assert "explosive: about 10 kilograms / about 5 kilograms" in counts
    assert "suspects arrested: 3 / 4" in counts
    # "went off at about 11am" / "It exploded shortly after noon." (found after scoring: "go
    # off" is "explode", and a short sentence with a verb is no dateline)
    assert summaries(result, "date") == ["time of explosion: 11am / noon"]
    # (blind, batch 41: 3 of 6, no false alarm. Still missed: no group has claimed the attack
    # / a group said it carried it out; the police chief's
    # "We know who is behind this attack and we will find them" / "who is responsible and we
    # will bring them to justice")
