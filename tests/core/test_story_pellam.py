"""A shooting at a shopping centre (blind batch 56, fifteenth session)."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Gunman kills two at Pellam shopping centre

By Tomas Ardith, Northern Press Agency — May 20, 2041

A gunman opened fire in the Brightwater shopping centre in Pellam on Monday, killing two \
people and wounding five before he was arrested, police said.

The shooting began at 12.40 p.m. near the food court. The suspect, a 34-year-old man from \
Pellam, was armed with a handgun, Police Chief Brynja Kavell said.

Shoppers barricaded themselves in stores for more than an hour.
"""

B = """Two dead in Brightwater centre shooting

Channel 9 News — May 20, 2041

Two people died and seven were injured when a man fired a rifle inside Brightwater shopping \
centre at about 1 p.m. on Monday.

Police Chief Brynja Kavel said officers shot the gunman dead within minutes of arriving. He \
was 36 and had no criminal record, she said.

"This was a senseless act," Kavel told reporters.
"""

C = """Pellam mourns after mall shooting

The Pellam Herald — May 21, 2041

Flowers piled up on Tuesday outside the Brightwater shopping centre, where two people were \
killed on Monday.

Police Chief Brynja Kavell said the 34-year-old suspect remained in custody and would appear \
in court on Thursday. "This was a senseless act of violence," she said.

Five people wounded in the attack remain in hospital, two of them in a serious condition.
"""

D = """Questions over security at Brightwater centre

The National Ledger — May 21, 2041

The centre had no armed guards on duty when the shooting started shortly before 1 p.m. on \
Monday, its owner said.

The shooting left two people dead and six wounded. Police have not said how the gunman \
obtained his weapon.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("pellam"), (A, B, C, D))


def test_wounded(result: Comparison) -> None:
    assert "people injured: 5 / 7 / 6" in summaries(result, "quantity")
    assert not summaries(result, "quote")  # one statement, cut shorter in one account
    # (blind, batch 56: 1 of 4 required. Still missed: the gunman's age, "a 34-year-old man" /
    # "He was 36"; arrested / shot dead by officers. Found after: a handgun / a rifle)
    assert "which firearm: handgun / rifle" in summaries(result, "name")
    # Found in the sixteenth session: "officers shot the gunman dead ... He was 36" (the
    # pronoun read with the sentence before) against "The suspect, a 34-year-old man"
    assert "age of the suspect: 34 / 36" in summaries(result, "quantity")
    # and "before he was arrested" / "officers shot the gunman dead" / "remained in custody"
    assert summaries(result, "polarity") == [
        "what became of the gunman: arrested / shot dead / in custody"
    ]
