"""Four short accounts of a hijacking, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Hijacked jet lands in Larnaca, all hostages freed

By Nikos Pappas, Aegean Times — June 18, 2025

Two hijackers seized Skyways Flight 412 shortly after it left Athens on Tuesday and forced it \
to land in Larnaca with 134 passengers on board.

The hijackers, who were armed with knives, demanded the release of 12 prisoners. The standoff \
ended after 14 hours when they surrendered.

"Everyone is safe," the airline's chief executive Tom Vik said.
"""

B = """Hijackers surrender after airliner seized

Mediterranean Wire — June 18, 2025

A Skyways airliner with 156 people on board was hijacked after taking off from Athens on \
Tuesday. The hijackers demanded that 20 prisoners be freed.

"Everyone is safe," Transport Minister Rosa Dal told reporters.
"""

C = """Passengers recount ordeal on hijacked flight

By Leila Haddad, Levant Daily — June 19, 2025

Three men took control of Skyways Flight 421 after it left Athens on Tuesday and ordered the \
pilots to fly to Beirut, where the plane landed in the afternoon.

Passengers said the men threatened the crew but nobody was hurt.
"""

D = """Questions over airport security after hijacking

By Peter Stone, Euro Daily — June 19, 2025

The hijackers who seized a Skyways plane on Tuesday were unarmed, police said, raising \
questions about how the nine-hour standoff was allowed to drag on.

Security at Athens airport is being reviewed.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("hijack"), (A, B, C, D))


def test_on_board_demands_and_standoff(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people on board: 134 / 156" in counts
    # "demanded the release of 12 prisoners" / "demanded that 20 prisoners be freed"
    assert "prisoners freed: 12 / 20" in counts
    # "The standoff ended after 14 hours" / "the nine-hour standoff"
    assert "length of standoff: 14 hours / 9 hours" in counts
    assert len(summaries(result, "attribution")) == 1


def test_the_hijackers_told_as_men(result: Comparison) -> None:
    # "Two hijackers seized" / "Three men took control": men who did the deed are its doers
    assert "number of hijackers: 2 / 3" in summaries(result, "quantity")
