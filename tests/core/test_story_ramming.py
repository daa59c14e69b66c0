"""Four short accounts of a truck driven into a market crowd, written here in the sample's
style with their differences listed first, and scored blind once before the engine was changed
for them (see the README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Truck ploughs into Christmas market crowd, killing 9

By Jonas Weber, Central European Wire — December 12, 2027

A man drove a truck into a crowded Christmas market in the city of Linz on Saturday evening, \
killing nine people and injuring 48, police said.

The truck travelled about 80 metres through the market before stopping against a stall. The \
driver, a 35-year-old local man, was arrested at the scene.

Police said there was no indication of a terrorist motive.
"""

B = """Linz market attack: death toll rises to 11

By Sarah Collins, Euro News Service — December 13, 2027

Eleven people have died after a truck was driven into shoppers at a Christmas market in Linz, \
officials said on Sunday. Sixty-two people were injured, 14 of them seriously.

Witnesses said the truck sped through the market for more than 150 metres. It struck just \
after 6 p.m.

Prosecutors said they were investigating the attack as an act of terrorism.
"""

C = """Suspect in Linz attack had been on watch list

By Martin Gruber, Alpine Daily — December 13, 2027

The 37-year-old man suspected of driving a truck into a Christmas market in Linz had been on \
a police watch list for two years, the interior ministry said.

The attack, at about 7 p.m. on Saturday, killed eleven people.

"We will not let fear rule our streets," Chancellor Eva Lindner said.
"""

D = """Linz grieves

By Nina Huber, The Sunday Review — December 14, 2027

Candles and flowers covered the square on Sunday where 11 people lost their lives.

The suspect had never come to the attention of the police, his lawyer said.

"We will not let fear rule our streets," said Mayor Klaus Bauer.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("ramming"), (A, B, C, D))


def test_dead_injured_and_speaker(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people died: 9 / 11 (later account)" in counts
    assert "people injured: 48 / 62 (later account)" in counts
    assert len(summaries(result, "attribution")) == 1
    # (missed: about 80 / more than 150 metres driven; the driver 35 / "the 37-year-old man
    # suspected"; just after 6 p.m. / about 7 p.m.; no terrorist motive / an act of terrorism;
    # on a watch list / never known to the police)
