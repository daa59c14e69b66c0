"""Four short accounts of a trade agreement, in the sample's style, written at the end of the
eleventh session, after all its engine changes, with their differences listed first, and
scored blind once (batch 43, see the README's table of stories): what is found, and what is
not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Ventra signs trade deal with Norland

By Ines Faro, Business Desk — June 4, 2032

Ventra and Norland signed a trade agreement in Geneva on Friday that cuts tariffs on \
industrial goods from 12% to 5%. The deal, worth 3.4 billion euros a year, followed 18 \
months of talks. It does not cover agriculture.

"This agreement opens a new chapter for our exporters," trade minister Rosa Ibarra said.
"""

B = """Tariffs to fall under Ventra deal

The Capital Ledger — June 4, 2032

Tariffs on industrial goods will fall from 12% to 7% under the agreement signed in Vienna \
on Friday.

"This deal opens a new era for our exporters," said Rosa Ibarra, the trade minister.
"""

C = """What the Norland deal means

By Ines Faro, Business Desk — June 5, 2032

The trade deal signed on Friday is worth 4.3 billion euros a year, officials said. It took \
two years of talks to agree.
"""

D = """Farmers welcome Ventra agreement

Farm Weekly — June 6, 2032

Farmers' groups welcomed the agreement with Norland, which includes farm products for the \
first time.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("ventra"), (A, B, C, D))


def test_tariff_worth_and_words(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "percentage: 5% / 7%" in counts
    assert "amount: 3.4 billion euros / 4.3 billion euros" in counts
    assert len(summaries(result, "quote")) == 1  # "a new chapter" / "a new era"
    assert not summaries(result, "date")  # signed on Friday in both (the one false alarm,
    # "Friday (4 June) / Friday (11 June)", fixed after scoring)
    # (blind, batch 43: 3 of 6, 1 false alarm. Still missed: Geneva / Vienna; 18 months /
    # two years of talks; "does not cover agriculture" / "includes farm products")
