"""Four short accounts of a cave rescue, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """All 13 rescued from flooded cave after 17 days

By Somchai Lee, Bangkok Herald — July 10, 2025

Rescuers have brought out all 12 boys and their football coach who were trapped for 17 days \
in the flooded Tham Luang cave, 800 metres inside the mountain.

About 90 divers took part in the operation. The first four boys were brought out on Sunday \
and taken to hospital in Chiang Rai.

"It was a mission impossible," Governor Narong Kan said.
"""

B = """Cave rescue completed

Asia Wire — July 10, 2025

The last of the 13 people trapped in the Tham Luang cave were freed on Tuesday. They had been \
stuck 1.2 km into the cave system by monsoon rain.

The boys were sedated for the dive out, officials said. "It was a mission impossible," said \
Navy commander Arpa Sun.
"""

C = """Families celebrate as boys emerge from cave

By Mai Tran, Mekong Daily — July 11, 2025

Eleven boys and their coach spent two weeks in the Tham Luang cave before divers reached \
them, families said.

The first three were brought out on Sunday and taken to a hospital in Mae Sai.
"""

D = """Doctors say rescued boys recovering well

By James Hart, World Medical News — July 12, 2025

The boys rescued from the Tham Luang cave after 18 days underground were not sedated during \
the rescue, the health ministry said.

More than 100 divers, many of them foreign volunteers, worked on the operation that ended on \
Tuesday.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("rescue"), (A, B, C, D))


def test_hospital_and_speaker(result: Comparison) -> None:
    assert summaries(result, "name") == ["place: Chiang Rai / Mae Sai"]
    assert summaries(result, "quantity") == ["people rescued: 4 / 3"]  # the first out on
    # Sunday, "brought out"
    assert len(summaries(result, "attribution")) == 1
    # (missed: 13 / 13 / 12 trapped, 17 days / two weeks / 18 days, 800 metres / 1.2 km,
    # 90 / more than 100 divers)
    # "The boys were sedated" / "The boys rescued from the … cave after 18 days underground
    # were not sedated": the noun each sentence opens with is the subject
    assert summaries(result, "polarity") == ["sedate for dive out: sedated / not sedated"]
