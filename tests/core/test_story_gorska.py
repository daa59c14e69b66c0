"""Four short accounts of an avalanche at a ski resort, written at the end of the eleventh
session, after all its engine changes, with their differences listed first, and scored blind
once (batch 43, see the README's table of stories): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Avalanche kills five skiers at Gorska

By Mira Holt, Alpine Wire — February 12, 2032

An avalanche killed five people at the Gorska ski resort on Thursday, police said. The \
slide struck shortly after 11am at an altitude of 2,400 metres, burying nine skiers.

A 34-year-old mountain guide was among the dead. "Nobody could have predicted this slide," \
resort director Piet Anker said.
"""

B = """Six dead in Gorska avalanche

Valley Herald — February 12, 2032

Six people died when an avalanche swept across a piste at Gorska on Thursday. The snow came \
down around 1pm, witnesses said.

About 120 rescuers with dogs searched the area until dark.
"""

C = """Gorska avalanche: resort closed

By Mira Holt, Alpine Wire — February 13, 2032

The Gorska resort stayed closed on Friday, a day after an avalanche buried eight skiers on \
Thursday. The slide started at 2,100 metres.

"No one could have foreseen this avalanche," said Piet Anker, the resort's director.
"""

D = """Guide among avalanche victims

Mountain Radio — February 13, 2032

The guide killed in the Gorska avalanche was 43, his family said. Eighty rescuers took part \
in the search, the regional rescue service said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("gorska"), (A, B, C, D))


def test_toll_buried_and_rescuers(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people killed: 5 / 6" in counts
    assert "people buried: 9 / 8" in counts  # (skiers are people: sixteenth session)
    assert "rescuers deployed: about 120 / 80" in counts
    # (blind, batch 43, written after all the eleventh session's changes: 3 of 7, no false
    # alarm. Still missed: shortly after 11am / around 1pm; 2,400 / 2,100 metres; the guide
    # 34 / 43; "Nobody could have predicted this slide" / "No one could have foreseen this
    # avalanche")
