"""Four short accounts of a mayoral election, written at the end of the twelfth session, after all
its engine changes, with their differences listed first, and scored blind once (batch 46, see
the README's table of stories): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Fenner wins Varda mayoral race

By Lise Dahl, Varda Courier — May 9, 2036

Anna Fenner of the Green Alliance won Varda's mayoral election on Sunday with 52.4 percent of \
the vote, defeating incumbent Mayor Rolf Berg.

Turnout was 61 percent, up from 54 percent four years ago. Fenner received 48,210 votes.

"This is a victory for every neighbourhood in Varda," Fenner told supporters.

Berg conceded on Sunday night.
"""

B = """Green Alliance takes Varda

National Wire — May 9, 2036

Green Alliance candidate Anna Fenner has been elected mayor of Varda with 54.2 percent of the \
vote, official results showed on Monday.

Turnout was 58 percent. Outgoing mayor Rolf Berg, who had held the post for eight years, took \
41 percent.

"This is a victory for every district of Varda," Fenner said.
"""

C = """Berg refuses to concede in Varda

By Tom Ek, Metro Times — May 10, 2036

Outgoing Varda mayor Rolf Berg has refused to concede defeat, saying he will ask for a recount \
after losing to Anna Fenner by fewer than 4,000 votes.

Fenner won 52.4 percent of the vote. Berg, mayor since 2024, took 43.1 percent.
"""

D = """Varda's new mayor sworn in

Varda Courier — May 20, 2036

Anna Fenner, 44, was sworn in as mayor of Varda on Monday, two weeks after winning the \
election with 52.4 percent.

Fenner, a former teacher, is the city's first Green mayor. Her predecessor, Rolf Berg, 67, did \
not attend the ceremony.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("varda"), (A, B, C, D))


def test_shares_and_words(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "vote share: 52.4 percent / 54.2 percent" in counts
    assert "percentage taken: 41 percent / 43.1 percent" in counts
    assert any("every neighbourhood in Varda" in s for s in summaries(result, "quote"))
    assert "turnout: 61 percent / 58 percent" in counts  # (read after the blind run: "up
    # from 54 percent four years ago" dates the figure compared with, not the sentence)
    # (blind, batch 46: 3 of 5, one false alarm: "date of win: Sunday / Monday", the
    # election against the swearing-in "two weeks after winning". Still missed: "Berg
    # conceded on Sunday night" / "has refused to concede defeat")
