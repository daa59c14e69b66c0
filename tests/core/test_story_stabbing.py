"""Four short accounts of a knife attack at a station, written here in the sample's style with
their differences listed first, and scored blind once before the engine was changed for them
(see the README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """One dead in station knife attack

By Clara Hoff, City Herald — October 9, 2027

A man stabbed four people at Nordberg Central Station on Friday morning, killing one of them, \
police said.

The attack began at 8:15 a.m. on a crowded platform. The attacker, a 28-year-old man, was \
overpowered by passers-by and arrested.

Police said his motive was unclear. Three of the victims were being treated in hospital.
"""

B = """Two killed in Nordberg stabbing

By Erik Lund, Nordic Wire — October 9, 2027

Two people, including a 61-year-old woman, were killed and three were wounded in a knife \
attack at Nordberg's main railway station on Friday, police said.

Officers shot and wounded the suspect, a 26-year-old man, minutes after the attack started at \
about 8:30 a.m.

"This was a cowardly act against ordinary people," Mayor Anna Berg said.
"""

C = """Station attacker acted alone, police say

By Petra Sand, Morning Journal — October 10, 2027

The man who killed two people at Nordberg Central Station on Friday acted alone, police said \
on Saturday.

Investigators searched his flat overnight and seized two laptops. He had no criminal record.

"This was a cowardly act against ordinary people," Interior Minister Karl Dahl said.
"""

D = """Terror at rush hour

By Max Ekberg, Sunday Voice — October 10, 2027

A knifeman went on a rampage at Nordberg Central Station during Friday's rush hour, \
butchering two commuters.

Police are searching for a second suspect who they believe helped plan the attack.

The station reopened on Saturday morning under heavy guard.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("stabbing"), (A, B, C, D))


def test_dead_age_time_and_speaker(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people killed: one / 2" in counts  # "killing one of them" / "Two people,
    # including a 61-year-old woman, were killed"
    assert "age of the attacker: 28 / 26" in counts  # "The attacker, a 28-year-old man" /
    # "the suspect, a 26-year-old man"
    assert summaries(result, "date") == ["time of attack: 8:15 a.m. / 8:30 a.m."]  # ("about
    # 8:30" is not 8:15)
    assert len(summaries(result, "attribution")) == 1
    # (missed: overpowered by passers-by / shot by officers; acted alone / a second suspect)
