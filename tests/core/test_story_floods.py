"""Four short accounts of floods, written here in the sample's style with their differences
listed first, and scored blind once before the engine was changed for them (see the README's
table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Floods kill nine in Aster region

By Sofia Lind, Nordic Press Agency — May 14, 2025

Floods have killed nine people in the Aster region and forced 12,000 to evacuate, officials \
said on Wednesday. Five people are missing.

The river Lena rose to 7.2 metres after 200 mm of rain fell in 24 hours. The dam upstream held.

About 500 soldiers have been deployed to help. "This is the worst flooding in a century," \
Prime Minister Ida Holm said.
"""

B = """Thousands flee as Lena bursts its banks

Continental Post, May 14, 2025

Some 20,000 people have fled their homes in the Aster region, where the army has deployed \
1,200 troops.

"This is the worst flooding in living memory," Prime Minister Ida Holm told parliament.
"""

C = """Aster flood toll rises to 14

The Daily Ledger
15 May 2025

Fourteen people have been killed in the floods in Aster, and eight are still unaccounted for.

Some areas received 350 millimetres of rain in two days.
"""

D = """River Lena peaks as dam gives way

By Oskar Berg, Atlantic Review — May 14, 2025

The river Lena peaked at 8.1 metres on Wednesday, and the dam upstream did not hold, flooding \
three villages.

Residents were warned to stay away from the banks.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("floods"), (A, B, C, D))


def test_dead_missing_troops_and_quotation(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people killed: 9 / 14 (later account)" in counts
    assert "people unaccounted: 5 / 8 (later account)" in counts
    assert "soldiers deployed: about 500 / 1,200" in counts
    assert any("in a century" in s and "living memory" in s for s in summaries(result, "quote"))


def test_the_dam_held_and_did_not(result: Comparison) -> None:
    # "The dam upstream held." / "the dam upstream did not hold, flooding three villages"
    assert summaries(result, "polarity") == ["hold: held / not hold"]


def test_rainfall(result: Comparison) -> None:
    assert "rain: 200 mm / 350 millimetres" in summaries(result, "quantity")
