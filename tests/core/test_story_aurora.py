"""Four short accounts of the wreck of a steamer in 1857, in the period's English, written here
in the sample's style with their differences listed first, and scored blind once before the
engine was changed for them (see the README's table of stories): what is found now, and what is
not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """LOSS OF THE STEAMER AURORA

The Morning Herald — March 16, 1857

We regret to announce the total loss of the steam-ship Aurora, Captain Hale, which struck \
upon the Black Rock, off Point Lynas, on the night of Tuesday last, the 14th instant.

She had on board one hundred and twelve passengers and a crew of thirty-four. Of these, it is \
feared that upwards of sixty have perished.

The vessel left Liverpool at four o'clock in the afternoon, bound for Dublin.
"""

B = """THE WRECK OF THE AURORA: A SURVIVOR'S LETTER

The Chronicle — March 18, 1857

Sir, — As one of the few saved from the Aurora, I beg to correct the account in your \
contemporary. We left Liverpool at half-past five o'clock, not at four, and there were not \
above ninety passengers aboard.

The captain did all that man could do; he was the last to quit the deck. I believe forty-one \
souls were lost.

I am, Sir, your obedient servant, J. MARLOW.
"""

C = """THE LOSS OF THE AURORA

The Times — March 19, 1857

The Aurora, Dublin steamer, was lost on Wednesday morning, about two o'clock, upon the rocks \
near Point Lynas. Captain Hale is among the drowned.

The number of the lost is stated at fifty-three. The weather was thick, with a heavy sea \
running from the north-west.
"""

D = """BOARD OF TRADE INQUIRY: THE AURORA

Report of the Court — April 20, 1857

The Court finds that the Aurora, having on board ninety-eight passengers and thirty-four \
crew, struck the Black Rock at about a quarter before two o'clock on the morning of the 15th \
of March. Forty-four persons lost their lives.

The Court is of opinion that the master, Mr. Hale, who survived, failed to take soundings, \
and his certificate is suspended for twelve months. The weather was clear.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("aurora"), (A, B, C, D))


def test_on_board_lost_and_departure(result: Comparison) -> None:
    found = summaries(result, "quantity")
    assert "passengers on board: 112 / up to 90 / 98" in found  # "had on board", "not above"
    assert "people perished: more than 60 / 41 / 53 / 44" in found  # "souls were lost",
    # "the number of the lost is stated at"
    assert summaries(result, "date") == [
        "time of departure: four o'clock in the afternoon / half-past five o'clock"
    ]
    # (missed: "the 14th instant" / "the 15th of March"; the captain drowned / survived;
    # "thick" / "clear" weather)
