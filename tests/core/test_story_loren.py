"""Four short accounts of a carmaker's quarterly results, written at the very end of the twelfth
session, after all its engine changes, with their differences listed first, and scored blind
once (batch 47, see the README's table of stories): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Loren Motors profit falls 18%

By Anna Wolk, Business Day — October 27, 2037

Loren Motors said on Tuesday that its third-quarter profit fell 18% to 412 million euros, as \
sales of its electric models slowed.

Revenue was 6.1 billion euros. The company sold 214,000 vehicles in the quarter, down from \
231,000 a year earlier.

Chief executive Marta Quist said: "The market is tougher than we expected." The company will \
cut 1,200 jobs.
"""

B = """Loren Motors to cut 2,100 jobs as profit slides

Markets Wire — October 27, 2037

Loren Motors will cut 2,100 jobs after third-quarter profit dropped 21% to 412 million euros, \
the carmaker said on Tuesday.

Revenue rose slightly to 6.4 billion euros. "The market is tougher than we had expected," \
chief executive Marta Quist told analysts.
"""

C = """Loren shares tumble after results

By Omar Veit, Finance Today — October 28, 2037

Shares in Loren Motors fell 7% on Tuesday after the carmaker reported a third-quarter profit \
of 412 million euros and said it would cut 1,200 jobs.

The company sold 241,000 vehicles in the quarter. Quist did not rule out further cuts.
"""

D = """Unions vow to fight Loren job cuts

Business Day — October 28, 2037

Unions at Loren Motors said on Wednesday they would fight the company's plan to cut 1,200 \
jobs, which chief executive Marta Quist announced on Tuesday.

Quist has ruled out further cuts, the company said. The plan mostly affects the Varn plant, \
which employs 3,500 people.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("loren"), (A, B, C, D))


def test_profit_jobs_revenue_sales_and_cuts(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "profit: down 18% / down 21%" in counts
    assert "jobs cut: 1,200 / 2,100" in counts
    assert "vehicles sold: 214,000 / 241,000" in counts
    assert "amount: 6.1 billion euros / 6.4 billion euros" in counts
    assert "rule out further cuts: not rule / ruled" in summaries(result, "polarity")
    # (blind, batch 47: 5 of 5, no false alarm)
