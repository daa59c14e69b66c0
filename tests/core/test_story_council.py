"""Four short accounts of a city budget vote, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Council approves budget with tax rise

By Neil Park, City Desk — March 4, 2027

Harbour City Council voted 9 to 4 on Tuesday to approve a 2.1 billion-dollar budget that \
raises property tax by 3.5 percent.

The budget cuts 120 jobs, mostly through retirements, and sets aside 40 million dollars for \
road repairs. Mayor Elena Cruz called it "a responsible plan for hard times".
"""

B = """Harbour City passes budget after long debate

March 4, 2027

Councillors approved the city's $2.1 billion budget late on Tuesday by 8 votes to 5 after a \
seven-hour debate.

Property taxes will rise 4 percent. The budget eliminates 150 positions. Council member Raj \
Patel called it "a responsible plan for hard times".
"""

C = """What the budget means for you

March 5, 2027

Homeowners will pay about 3.5 percent more in property tax from July. The city has set aside \
$40 million to fix roads and $12 million for parks.

The budget, approved on Tuesday, does not cut library hours, officials said.
"""

D = """Libraries brace for cuts

March 6, 2027

Library hours will be reduced at six branches under the budget approved this week, the \
library board said. The budget includes $35 million for road repairs.

The debate lasted five hours, according to the council's minutes.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("council"), (A, B, C, D))


def test_vote_jobs_sums_debate_and_speaker(result: Comparison) -> None:
    found = summaries(result, "quantity")
    assert "vote count: 9–4 / 8–5" in found  # "voted 9 to 4" / "by 8 votes to 5"
    assert "jobs cut: 120 / 150" in found  # "cuts 120 jobs" / "eliminates 150 positions"
    assert "amount: 40 million dollars / $40 million / $35 million" in found
    assert "length of debate: 7 hours / 5 hours" in found
    assert len(summaries(result, "attribution")) == 1
    # (missed: 3.5 / 4 percent tax rise - "raises property tax by 3.5 percent" is read with
    # no verb; library hours not cut / reduced)
