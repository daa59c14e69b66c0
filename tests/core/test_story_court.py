"""Four short accounts of a former minister's corruption verdict, in the sample's style, written
here with their differences listed first, and scored blind once (see the README's table of
stories): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Former minister convicted of corruption

By Irina Vasquez, Andean Wire — November 8, 2028

A court in Solana on Monday found former finance minister Raúl Ortega guilty of taking bribes \
worth $2.3 million and sentenced him to eight years in prison.

Ortega, 61, denied the charges and said he would appeal.

Judge Clara Mendez said the evidence against him was "overwhelming".
"""

B = """Ortega jailed for seven years in bribery case

By Tomas Reyes, Pacific Times — November 8, 2028

Former finance minister Raúl Ortega was sentenced to seven years in prison on Monday for \
accepting $2.3 million in bribes from a construction firm.

The 63-year-old, who has always maintained his innocence, will not appeal, his lawyer said.

"The evidence is overwhelming," Judge Clara Mendez told the court.
"""

C = """Justice, at last

By Elena Ruiz, The Solana Review — November 9, 2028

Monday's verdict against Raúl Ortega shows that no one is above the law. For years, Ortega \
treated the finance ministry as his personal bank.

The court also ordered him to repay $1.8 million.
"""

D = """Ortega taken to prison after verdict

By Irina Vasquez, Andean Wire — November 9, 2028

Raúl Ortega was taken to La Loma prison on Tuesday, a day after he was convicted of taking \
bribes. The court ordered him to repay the full $2.3 million.

His lawyer said on Tuesday that Ortega would appeal.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("court"), (A, B, C, D))


def test_term_and_repayment(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "prison term: 8 years / 7 years" in counts
    assert "amount repayed: $1.8 million / $2.3 million" in counts
    # (blind, batch 38: 2 of 4, no false alarm. Still missed: "Ortega, 61" / "The
    # 63-year-old" (an unnamed age against a named one: tried, it also paired other people's
    # ages on ECB+ windows), "said he would appeal" / "will not appeal")
