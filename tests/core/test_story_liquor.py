"""Four short accounts of a bootleg liquor poisoning, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Bootleg liquor kills at least 21 in Ranpur

By Neha Kapoor, Daily Sentinel — May 10, 2027

At least 21 people have died after drinking bootleg liquor in the village of Ranpur, officials \
said on Monday.

Another 40 people were being treated in hospital, eight of them in a critical condition.

The deaths began on Saturday night, after guests at a wedding drank liquor bought from a local \
seller.
"""

B = """Toxic alcohol death toll rises to 34

By Vikram Shah, Press Agency — May 11, 2027

The death toll from toxic alcohol in Ranpur has risen to 34, the district health officer said \
on Tuesday.

More than 60 people are in hospital.

Police have arrested three people, including the seller, a 45-year-old man. The seller has \
confessed, police said.
"""

C = """Ranpur liquor contained methanol, tests show

By Anita Rao, The Chronicle — May 11, 2027

Tests showed that the liquor drunk in Ranpur contained methanol, the district's chief medical \
officer, Dr Anil Mehta, said on Tuesday.

"It was laced with industrial spirit," Dr Mehta said.

Police said two people had been arrested.
"""

D = """Ranpur toll climbs to 41

By Neha Kapoor, Daily Sentinel — May 12, 2027

The number of people who have died after drinking toxic liquor in Ranpur rose to 41 on \
Wednesday.

The seller, aged 47, has not confessed, police said.

"It was mixed with industrial spirit," Dr Mehta said. The deaths began on Sunday morning, a \
day after the wedding.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("liquor"), (A, B, C, D))


def test_toll_hospital_arrests_and_age(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people died: at least 21 / 34 (later account) / 41 (later account)" in counts
    # "Another 40 people were being treated in hospital" after the dead: other people, in
    # hospital, not more of them
    assert "people hospitalised: 40 / more than 60 (later account)" in counts
    assert "people arrested: 3 / 2" in counts
    assert "age of the seller: 45 / 47" in counts  # "the seller, a 45-year-old man"
    assert len(summaries(result, "date")) == 1
    assert len(summaries(result, "quote")) == 1
    assert summaries(result, "polarity") == ["confess: confessed / not confessed"]
    # (blind, batch 32: 5 of 7, no false alarm; missed then the people in hospital and the
    # seller's age. A wording note "speech verb: confessed / said" is shown too: noise)
