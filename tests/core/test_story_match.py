"""Four short accounts of a football match, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Nord beat Real Sur 3-1 to go top

By Erik Fors, Nordic Sports Wire — April 12, 2025

FC Nord came from behind to beat Real Sur 3-1 at the Nord Arena on Saturday, in front of a \
crowd of 42,000, and moved three points clear at the top of the league.

Tomas Berg scored the winner in the 78th minute with a header from a corner.

Real's defender Luis Mora was sent off shortly before half-time.

"We never stopped believing," said Nord coach Per Holm.
"""

B = """Nord edge Real Sur in title clash

Continental Post, April 12, 2025

FC Nord's 2-1 win over Real Sur on Saturday put them in charge of the title race.

The visitors had taken the lead through a penalty after 20 minutes.

Nobody was sent off in a bad-tempered match that produced nine yellow cards.
"""

C = """Lind the hero as Nord sink Real

The Daily Ledger
13 April 2025

Jonas Lind scored the decisive goal in the 84th minute as FC Nord beat Real Sur at the Nord \
Arena on Saturday.

"We never stopped believing in ourselves," coach Per Holm said afterwards.
"""

D = """Nord five points clear after beating Real Sur

By Ola Brekke, Atlantic Review — April 12, 2025

FC Nord are five points clear at the top after Saturday's win over Real Sur, watched by \
38,500 spectators at the Nord Arena.

Real Sur have now lost three of their last four matches.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("match"), (A, B, C, D))


def test_score_crowd_and_lead(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "score: 3–1 / 2–1" in counts  # "beat Real Sur 3-1": a score after a name
    assert "people watched: 42,000 / 38,500" in counts  # "a crowd of", "watched by"
    assert any("3 / 5" in s for s in counts)  # points clear at the top
    assert not any("yellow" in s or "20" in s for s in counts)
