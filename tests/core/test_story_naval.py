"""Four short accounts of a senate vote on a foreign navy's visit, in the sample's style, written
here with their differences listed first, and scored blind once before the engine was changed
for them (see the README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Senate approves visit of foreign warships

By Laura Vidal, Pacific Wire — March 9, 2028

Chile's Senate on Wednesday approved a request to allow four Australian navy ships and about \
1,200 sailors to dock in Valparaíso for joint exercises starting on April 2, by 31 votes to 12.

The exercises will last three weeks, the defence ministry said.

Opposition senators said the government had not explained how much the visit would cost.
"""

B = """Chilean lawmakers back Australian naval drills

By Martín Ruiz, Southern Herald — March 9, 2028

Chilean senators voted on Wednesday to let three Australian warships and some 900 sailors take \
part in exercises off Valparaíso, with 29 senators in favour.

The drills will begin on April 5 and run for a month.

"This is routine cooperation between two Pacific democracies," Defence Minister Carla Soto said.
"""

C = """Chile's dangerous naval gamble

By Tomás Herrera, The Andean Review — March 10, 2028

The Senate's decision to open Chile's main port to a foreign fleet is a reckless surrender of \
sovereignty. Lawmakers rubber-stamped the deployment of four warships on Wednesday after barely \
an hour of debate.

The government says the visit will cost the treasury nothing. Australia, it says, will pay for \
everything.

"This is routine cooperation between two Pacific democracies," the foreign minister insisted.
"""

D = """Australia confirms Chile exercise details

By Karen Liu, Asia-Pacific Post — March 11, 2028

Australia's defence department said on Thursday, the day after the Chilean vote, that four ships \
and about 1,200 personnel would take part in the exercises.

The department said Chile would cover the cost of fuel and port fees, estimated at $4 million.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("naval"), (A, B, C, D))


def test_ships_sailors_vote_and_start(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "number of ships: 4 / 3" in counts
    assert "sailors let: about 1,200 / about 900" in counts
    assert "vote count: 31–12 / 29" in counts  # "with 29 senators in favour"
    assert "start date: 2 April / 5 April" in summaries(result, "date")
    # "Defence Minister Carla Soto said" / "the foreign minister insisted": two ministers
    # (blind, missed: "the foreign minister" was taken for any minister titled so)
    assert summaries(result, "name") == [
        "minister who spoke: Defence Minister Carla Soto / foreign minister"
    ]
    # (blind, batch 35: 3 of 6, no false alarm; missed then the vote and the ministers.
    # Still missed: three weeks / a month (a month told as "a month" spans a month either way))
