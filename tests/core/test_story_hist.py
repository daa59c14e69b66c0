"""Three short accounts of the wreck of a steamer, in the style of 19th-century newspapers
(witnesses' archaic wording: "upwards of three hundred souls", "three score", "a quarter before
one in the morning"), written here with their differences listed first and scored blind once
before the engine was changed for them: what is found now."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """LOSS OF THE STEAMER ALBION.

From our correspondent at Penzance, October 16, 1873.

The steamer Albion, bound from Liverpool to Lisbon, struck the rocks off the Cornish coast at \
half past eleven o'clock on the night of the 14th inst., in a thick fog.

Upwards of three hundred souls perished, but forty-seven were saved by the fishermen of the \
coast.

The vessel went down within the space of two hours. Only four of her boats were lowered.

The captain remained upon the bridge until the last, and was lost with his ship.
"""

B = """THE ALBION DISASTER.

The Western Gazette, October 17, 1873.

Some two hundred and forty lives were lost when the steamer Albion went upon the rocks in a \
fog at a quarter before one in the morning.

A survivor states that the ship sank in less than twenty minutes, and that six boats were \
launched, of which two were swamped.
"""

C = """FURTHER PARTICULARS OF THE WRECK.

The Cornish Echo, October 18, 1873.

The Albion was lost upon the Cornish coast on the night of the 16th, in a fog of uncommon \
density.

Three score were rescued from the water by the boats of the coastguard.

It is stated by more than one of the crew that the captain did not remain upon the bridge, \
but was seen in one of the boats.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("hist"), (A, B, C))


def test_souls_saved_hour_and_captain(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people perished: more than 300 / about 240" in counts  # souls; "lives were lost"
    assert "people saved: 47 / 60 (later account)" in counts  # "three score were rescued"
    dates = summaries(result, "date")  # "a quarter before one in the morning"
    assert any("half past eleven" in s and "quarter before one" in s for s in dates)
    assert any("not remain" in s for s in summaries(result, "polarity"))
