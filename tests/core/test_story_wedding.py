"""Four short accounts of a wedding food poisoning, written here in the sample's style with
their differences listed first, and scored blind once before the engine was changed for them
(see the README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """More than 120 guests fall ill after wedding feast

By Priya Das, South Asia Herald — April 27, 2026

More than 120 guests were taken to hospital after eating at a wedding reception in the \
village of Kothari on Saturday night, district officials said.

Two children died in hospital on Sunday. Doctors said the guests showed signs of food \
poisoning, and samples of the chicken curry served at the feast were sent for testing.

The caterer, Ramesh Pillai, has been arrested.
"""

B = """Wedding food poisoning: three dead, 150 in hospital

By Arun Mehta, National Express — April 27, 2026

Three people, including a child, have died and about 150 are in hospital after a wedding meal \
in Kothari village on Saturday, police said.

Officials suspect that the sweets served at the end of the meal were contaminated. Police are \
questioning the caterer but have made no arrests.
"""

C = """Kothari wedding: death toll rises to four

By Lena Shah, Continental Wire — April 28, 2026

The number of people who died after eating at a wedding in Kothari has risen to four, health \
officials said on Monday. Around 130 guests remain in hospital.

Tests showed the chicken curry was contaminated with bacteria, the district health officer, \
Dr. Suresh Rao, said.
"""

D = """Wedding guests recovering after mass poisoning

By Meera Joshi, Daily Tribune — April 28, 2026

Most of the guests who fell ill at a wedding in Kothari on Friday night have been discharged, \
doctors said on Monday.

About 400 people had attended the feast. The caterer, Ramesh Pillai, was arrested on Sunday \
and charged with negligence.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("wedding"), (A, B, C, D))


def test_counts_and_day(result: Comparison) -> None:
    found = summaries(result, "quantity")
    assert "people hospitalised: more than 120 / about 150 / about 130" in found  # guests
    assert "people died: 2 / 3 / 4 (later account)" in found  # "the number of people who died"
    assert summaries(result, "date") == [
        "date of wedding: Saturday night (25 April) / Saturday (25 April) / Friday night (24 April)"
    ]  # ("fell ill ... on Friday night ..., doctors said on Monday": Friday is the wedding's)
    # (missed: chicken curry / sweets; arrested / "made no arrests")
