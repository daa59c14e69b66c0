"""Four short accounts of a school shooting, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Four killed in Millbrook school shooting

By Dana Cole, National Wire — March 6, 2025

A 17-year-old student opened fire with a handgun at Lincoln High School in Millbrook shortly \
after 9 a.m. on Thursday, killing three students and a teacher and wounding seven others, \
police said.

Officers arrived within four minutes and arrested the gunman in a classroom.

"Our hearts are broken," said principal Anna Lee.
"""

B = """Millbrook school attack: gunman dead

Continental Post, March 6, 2025

Nine people were injured when a gunman attacked Lincoln High School in Millbrook on Thursday \
morning.

The attacker shot himself as police closed in. Officers reached the school within 12 minutes \
of the first call, the police chief said.
"""

C = """Town mourns after Lincoln High shooting

The Daily Ledger
7 March 2025

Five people were killed in Thursday's shooting at Lincoln High School, the county coroner said.

The gunman used a rifle he had taken from his father's house, investigators said.

"Our hearts are broken," Mayor Tom Reyes told a vigil on Thursday night.
"""

D = """Suspect in Millbrook shooting was bullied, classmates say

By Jon Park, Atlantic Review — March 6, 2025

The 16-year-old suspect in the Lincoln High School shooting had been bullied for months, \
classmates said.

The first shots were fired at 10.15 a.m., according to a timeline released by police.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("shoot"), (A, B, C, D))


def test_dead_wounded_and_speaker(result: Comparison) -> None:
    counts = summaries(result, "quantity")  # "three students and a teacher": four
    assert "people killed: 4 (three students and a teacher) / 5 (later account)" in counts
    assert "people injured: 7 / 9" in counts
    speakers = summaries(result, "attribution")
    assert any("Anna Lee" in s and "Tom Reyes" in s for s in speakers)


def test_the_weapon(result: Comparison) -> None:
    # found in the fifteenth session (firearms as a closed class of kinds in the rules)
    assert "which firearm: handgun / rifle" in summaries(result, "name")


def test_the_gunman_arrested_or_dead(result: Comparison) -> None:
    # found in the sixteenth session (the doer's fate: arrested / dead / at large)
    assert summaries(result, "polarity") == ["what became of the gunman: arrested / shot himself"]
