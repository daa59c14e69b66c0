"""Four short accounts of a budget vote, in the sample's style, written here with their differences
listed first, and scored blind once (batch 40, see the README's table of stories): what is
found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Dorland parliament passes austerity budget

By Mira Holt, Capital Report — November 20, 2029

Dorland's parliament approved the government's 2030 budget on Tuesday by 188 votes to 142, \
clearing the way for spending cuts of 14 billion crowns.

Finance Minister Petra Lansky said the cuts were "painful but unavoidable". The budget \
raises value-added tax from 20% to 22% from January.

The opposition Social Democrats voted against the budget. Three members of the governing \
coalition abstained.
"""

B = """Dorland budget clears parliament after heated debate

By Tom Reyes, Global Wire — November 20, 2029

Lawmakers in Dorland passed the 2030 budget on Tuesday, with 188 in favour and 139 against, \
after a debate that lasted more than 11 hours.

The budget includes spending cuts worth 12 billion crowns and increases VAT to 22%.

"These measures are painful but necessary," Prime Minister Anton Weil told parliament. \
The Social Democrats said they would challenge the budget in the constitutional court.
"""

C = """Unions call strike over Dorland budget cuts

By Mira Holt, Capital Report — November 21, 2029

Dorland's three largest unions called a general strike for December 5 in protest at the \
budget approved by parliament on Tuesday.

Union leader Karl Brandt said the 14 billion crowns of cuts would cost 30,000 public sector \
jobs. The government says no more than 18,000 posts will go.

The budget passed without the support of any opposition party.
"""

D = """Dorland austerity budget approved

By Ines Carvalho, Euro Desk — November 21, 2029

Dorland's parliament on Wednesday approved an austerity budget that cuts spending by 14 \
billion crowns and lifts VAT to 23%.

Finance Minister Petra Lansky called the measures "painful but unavoidable". Two opposition \
members from the small Green party voted for the budget.

Unions have called a general strike for December 6.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("budget"), (A, B, C, D))


def test_cuts_vat_days_and_votes(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "cost: 12 billion crowns / 14 billion crowns" in counts  # (crowns a currency since
    # the fifteenth session)
    assert "percentage: 22% / 23%" in counts
    dates = summaries(result, "date")
    assert "date of approval: Tuesday (20 November) / Wednesday (21 November)" in dates
    # "the three largest unions called a strike for December 5": of the strike, not "of large"
    # (after scoring), and the tally's side against (after scoring)
    assert "date of strike: 5 December / 6 December" in dates
    assert "votes against: 188–142 / 139" in counts
    # (blind, batch 40: 4 of 7, no false alarm. Still missed: "painful but unavoidable"
    # (finance minister) / "painful but necessary" (prime minister); passed without the
    # support of any opposition party / two opposition members voted for it)
