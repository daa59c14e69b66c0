"""Four short accounts of a takeover, in the sample's style, written at the end of the thirteenth
session after all its engine changes (batch 49), with their differences listed first, and scored
blind once (see the README's table of stories): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Kerrin Foods to buy Brima for 4.2 billion euros

By Ada Voss, Business Wire — April 19, 2039

Kerrin Foods agreed on Tuesday to buy rival snack maker Brima for 4.2 billion euros, the \
largest deal in the sector this year.

Kerrin will pay 38 euros a share, a premium of 27 percent on Brima's closing price on Monday. \
The combined company will employ about 21,000 people.

Kerrin chief executive Ilva Sand said the deal would "create a European champion". The deal \
is expected to close in the third quarter.
"""

B = """Kerrin swallows Brima

Market Ledger — April 19, 2039

Kerrin Foods will buy Brima for 3.9 billion euros in cash, the companies said on Tuesday.

The offer of 36 euros per share values Brima at a 22 percent premium. Chief executive Ilva \
Sand said the deal would "create a true European champion".

About 1,500 jobs will be cut.
"""

C = """Brima shares soar on Kerrin deal

By Ada Voss, Business Wire — April 20, 2039

Shares in Brima jumped 24 percent on Wednesday after Kerrin Foods agreed to buy it for 4.2 \
billion euros.

Kerrin said no jobs would be cut. Competition regulators are expected to review the deal, \
which is due to close by the end of the year.
"""

D = """What the Kerrin deal means for workers

Food Industry Weekly — April 20, 2039

Kerrin Foods' purchase of Brima will create a company with 18,000 employees.

Kerrin said on Tuesday that about 1,500 positions would go.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("kerrin"), (A, B, C, D))


def test_price_premium_and_words(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "amount: 4.2 billion euros / 3.9 billion euros" in counts
    assert "premium: 27 percent / 22 percent" in counts
    assert "offer paid: 38 euros / 36 euros" in counts  # "a share" / "per share" (read after
    assert "jobs cut: about 1,500 / none" in counts  # the blind run, as this one)
    assert not summaries(result, "date")  # "jumped 24 percent on Wednesday after Kerrin
    # Foods agreed": the Wednesday is the shares' (blind, the one false alarm; mended after)
    assert len(summaries(result, "quote")) == 1
    # (blind, batch 49: 2 of 5, one false alarm. Still missed: about 21,000 / 18,000
    # employees)
    # (found in the fourteenth session: a company's employees are the people it employs)
    assert "people employed: about 21,000 / 18,000" in summaries(result, "quantity")
