"""Four short accounts of a parliament's vote to send troops abroad, in the sample's style, written
here with their differences listed first, and scored blind once (see the README's table of
stories): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Parliament approves deployment of troops to Kalvia

By Ruth Osei, Continental Wire — September 20, 2028

Parliament on Wednesday approved sending 450 soldiers to Kalvia to help train its army, with \
the first troops due to leave in October.

The mission will cost an estimated 30 million euros a year, Defence Minister Paul Mensah said.

The soldiers will not take part in combat, he said.
"""

B = """Lawmakers back Kalvia training mission

By Kofi Adu, The Daily Chronicle — September 20, 2028

Lawmakers voted 212 to 88 on Wednesday to send about 600 troops to Kalvia for a two-year \
training mission.

The government has not said how much the mission will cost.

"Our soldiers will not take part in combat," Defence Minister Paul Mensah said.
"""

C = """A mission without an exit

By Ama Boateng, The Independent Review — September 21, 2028

Wednesday's vote commits our soldiers to a war that is not ours. The government insists the \
troops will only train Kalvian units. Yet the mandate allows them to accompany those units into \
combat.

The first soldiers will leave in November, the army said.
"""

D = """Army names commander for Kalvia mission

By Ruth Osei, Continental Wire — September 22, 2028

The army on Friday named Colonel Ada Nwosu to lead the 450-strong training mission to Kalvia, \
two days after parliament approved it.

The mission will last 18 months, the army said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("troops"), (A, B, C, D))


def test_soldiers_cost_and_departure(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "soldiers deployed: 450 / about 600" in counts
    assert "cost: about 30 million euros / not said" in counts
    assert summaries(result, "date") == ["date of departure: October / November"]
    assert not summaries(result, "attribution")  # the minister, quoted by two accounts
    # a two-year mission / "will last 18 months" (found in the tenth session: "will last"
    # had been read as "the last 18 months")
    assert "length of mission: 2 years / 18 months" in counts
    # (blind, batch 38: 3 of 5, no false alarm. Still missed: "will not take part in combat"
    # / "allows them to accompany those units into combat")
