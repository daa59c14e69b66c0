"""Batch 65 (seventeenth session), an earthquake in four accounts (wire, paper, regional daily,
building monthly), written with its differences listed first and scored blind once (11 of 16
over the batch, one false alarm): what is found now."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Earthquake kills at least 27 in Corvath region

By Lena Marsh, Global Wire — February 14, 2045

A magnitude 6.4 earthquake struck the Corvath region at 3.52 a.m. on Tuesday, killing at least \
27 people and injuring about 150, officials said.

The quake was centred near the town of Meskene at a depth of 10 kilometres, according to the \
national seismic institute.

"We are still pulling people from the rubble," said Ilse Voran, who is coordinating the rescue \
effort. Dozens of aftershocks shook the area during the day.
"""

B = """Corvath quake: death toll reaches 31

Northern Herald — February 14, 2045

Thirty-one people died when a powerful earthquake hit the mountainous Corvath region before \
dawn on Tuesday. More than 300 were hurt.

The quake struck at 4.10 a.m. Its epicentre was 12 km south of Meskene, the seismic institute \
said.

Rescue coordinator Ilse Voran told reporters: "We are still pulling survivors out of the \
rubble."
"""

C = """Meskene digs out as toll rises to 44

Corvath Daily — February 15, 2045

The number of people killed by Tuesday's earthquake has risen to 44, regional officials said \
on Wednesday.

The 6.1-magnitude quake, centred 20 kilometres south of Meskene, destroyed about 400 \
buildings, most of them older stone houses.

Schools across the region will stay closed until Monday.
"""

D = """Why Corvath's houses fell

Building Science Monthly — February 16, 2045

Tuesday's earthquake in Corvath was shallow, at a depth of about 15 kilometres, which made the \
shaking at the surface especially violent.

Engineers counted about 250 buildings destroyed, almost all of unreinforced stone. Newer \
concrete buildings in Meskene came through largely intact.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("meskene"), (A, B, C, D))


def test_every_listed_difference(result: Comparison) -> None:
    assert summaries(result, "quantity") == [
        "magnitude: 6.4 / 6.1",
        "people died: at least 27 / 31 / 44 (later account)",
        "people injured: about 150 / more than 300",
        "depth: 10 kilometres / about 15 kilometres",
        "distance from Meskene: 12 km / 20 kilometres",  # (found after: "epicentre" /
        "buildings destroyed: about 400 / about 250",  # "centred"; "counted ... destroyed")
    ]
    assert summaries(result, "date") == ["time of hit: 3.52 a.m. / 4.10 a.m."]  # (blind, this
    # was "3.52 a.m. / dawn", "before dawn" read as dawn itself, and "The quake struck at
    # 4.10 a.m." as a dateline: both mended)
    assert len(summaries(result, "quote")) == 1  # Ilse Voran's words
