"""A housing bill passes parliament (blind batch 56, fifteenth session)."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Parliament passes housing bill

By Isolde Vantry, Capital Press Service — September 4, 2041

Parliament approved the government's housing bill on Wednesday by 212 votes to 190, after a \
debate that ran late into the night.

The bill will fund 80,000 new homes over five years at a cost of 2.4 billion crowns, Housing \
Minister Aurel Harrowgate said.

"This is the biggest building programme in a generation," Harrowgate told the chamber. \
Opposition leader Runa Mallory called the plan "too little, too late".
"""

B = """Housing bill scrapes through

The Morning Standard — September 5, 2041

The housing bill passed its final vote late on Wednesday night, 214 to 188.

Minister Aurel Harrowgate promised 80,000 homes within five years. The programme will cost \
2.8 billion crowns, according to the finance ministry.

Opposition leader Runa Mallory said the bill was "too little and far too late" and that her \
party would repeal it.
"""

C = """What the housing bill means for the north

North Country Courier — September 5, 2041

Of the 80,000 homes the bill funds, about 12,000 will be built in the northern region, the \
housing ministry said on Thursday.

The bill was passed on Tuesday. Construction on the first sites is due to start in January.
"""

D = """Builders welcome housing bill

Building Trades Daily — September 5, 2041

Construction shares rose 3 percent on Thursday after parliament passed the 2.4 billion crown \
housing bill.

The builders' federation said the programme could create 25,000 jobs. Housing Minister Aurel \
Harrowgate said the first homes would be finished by the end of 2042.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("harrowgate"), (A, B, C, D))


def test_vote_cost_day_and_words(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    (quote,) = summaries(result, "quote")
    assert quote.endswith('"too little, too late" / "too little and far too late"')
    # (blind, batch 56: 1 of 4 required. Found after, in the fifteenth session: the vote told
    # after a comma, crowns as a currency, a bill's passing dated once)
    assert "vote count: 212–190 / 214–188" in counts
    assert "cost: 2.4 billion crowns / 2.8 billion crowns" in counts
    (date,) = summaries(result, "date")
    assert date.startswith("date of passage: Wednesday") and date.endswith("Tuesday (3 September)")
