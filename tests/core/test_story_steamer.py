"""Three short accounts of an 1891 steamer wreck in the period's newspaper English, written
here with their differences listed first, and scored blind once before the engine was changed
for them (see the README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """LOSS OF THE STEAMER CORMORANT.

From our Correspondent — The Evening Standard — November 18, 1891

The steamer Cormorant, of Liverpool, bound from Cork to Bristol with passengers and cargo, \
struck upon the Skerry Rocks at half-past two o'clock on Tuesday morning, and went down within \
twenty minutes. Of the 86 souls on board, only 19 were saved.

The captain, Mr. John Harding, went down with his ship.

The night was thick, and a heavy sea was running.
"""

B = """THE WRECK OF THE CORMORANT.

The Western Daily Press — November 18, 1891

The Cormorant, Captain Harding, left Cork on Monday evening at seven o'clock, having on board \
74 passengers and a crew of 18. She struck the rocks about three o'clock on Tuesday morning.

Twenty-three persons were picked up by the boats of the coastguard.

The weather, we are informed, was fine and clear, though dark.
"""

C = """THE CORMORANT DISASTER.

The Bristol Mercury — November 19, 1891

The bodies of eleven of the drowned have been washed ashore near the Skerry Rocks. The number \
of the lost is now stated at 67.

Captain Harding, who was saved, gave evidence at the inquest yesterday.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("steamer"), (A, B, C))


def test_on_board_and_saved(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    # "74 passengers and a crew of 18": 92 on board, not the crew alone (blind, this was
    # "people on board: 86 / 18", the batch's false alarm)
    assert "people on board: 86 / 92 (74 passengers and a crew of 18)" in counts
    assert "people saved: 19 / 23" in counts
    # (blind, batch 33: 1 of 5, 1 false alarm. Still missed: half-past two / about three
    # o'clock (an "about" hour spans half an hour either side), the captain went down with
    # his ship / was saved, a thick night / fine and clear weather)
