"""Four short accounts of a migrant boat capsizing, written here in the sample's style with
their differences listed first, and scored blind once before the engine was changed for them
(see the README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Dozens feared dead as migrant boat capsizes off Lampedusa

By Giulia Ferri, Mediterranean Wire — September 9, 2027

At least 41 people drowned when an overcrowded fishing boat carrying migrants capsized off \
the Italian island of Lampedusa early on Tuesday, the coast guard said.

Rescuers pulled 86 survivors from the water. The boat had left the Libyan port of Zuwara on \
Sunday with about 150 people on board, according to survivors.

Twenty-three people are still missing. Most of the passengers came from Eritrea and Sudan.
"""

B = """Migrant shipwreck: 29 bodies recovered near Lampedusa

By Paul Grant, Euro Desk — September 9, 2027

Italian rescuers have recovered 29 bodies after a boat packed with migrants overturned about \
10 kilometres south of Lampedusa on Tuesday morning.

The coast guard said 93 people had been saved. An official with the International \
Organization for Migration said about 130 people had been on the vessel, which set off from \
Libya on Saturday night.

"Every one of these deaths could have been prevented," said Laura Conti of the IOM.
"""

C = """Death toll from Lampedusa sinking climbs to 47

By Sara Lind, Nordic Daily — September 10, 2027

The number of bodies recovered after Tuesday's shipwreck off Lampedusa rose to 47 on \
Wednesday, the Italian coast guard said, and divers were still searching the wreck.

The boat sank roughly 3 kilometres from the island's coast. Survivors told aid workers the \
crew had abandoned the boat before it capsized.

"Every one of these deaths could have been prevented," Italy's interior minister, Marco Sala, \
told parliament.
"""

D = """Another tragedy in the Mediterranean

By Omar Haddad, Gulf Herald — September 10, 2027

Dozens of desperate people perished in the sea off Lampedusa this week when a rickety boat \
overturned.

Survivors said the crew had stayed with the passengers until the end. The coast guard has not \
said how many people were on board.

Rights groups again accused Europe of turning its back on those fleeing war.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("migrants"), (A, B, C, D))


def test_dead_saved_and_on_board(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people drowned: at least 41 / 29 / 47 (later account) / Dozens" in counts
    assert "people saved: 86 / 93" in counts  # "pulled 86 survivors from the water"
    assert "people on board: about 150 / about 130 / not said" in counts  # "had been on the
    # vessel"; "has not said how many people were on board" (each figure keeps its own fact)
    assert len(summaries(result, "attribution")) == 1
    # (missed: left on Sunday / set off on Saturday night; 10 km south of the island / 3 km
    # from its coast; the crew abandoned the boat / stayed with the passengers)
