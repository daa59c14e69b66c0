"""Four short accounts of a minister's resignation, written here in the sample's style with
their differences listed first, and scored blind once before the engine was changed for them
(see the README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Health minister Anders Holt resigns over expenses

By Karin Lund, Nordic Press Agency — May 20, 2025

Health Minister Anders Holt resigned on Monday after auditors found he had claimed 40,000 \
euros in improper expenses.

Holt, who had served four years as minister, denied any wrongdoing. "I have never taken a \
cent that was not mine," he told a news conference.

The prime minister named Holt's deputy, Clara Moss, as interim health minister.
"""

B = """Holt quits as expenses row deepens

Continental Post, May 20, 2025

Anders Holt stepped down as health minister on Sunday, days after an audit questioned his \
expense claims.

In a statement, Holt admitted making mistakes but said he had acted in good faith.

Party chairman Ole Lund called the affair "a dark chapter for our party."

A poll published last week found that 62% of voters wanted him to go.
"""

C = """Expenses scandal claims health minister

The Daily Ledger
21 May 2025

Anders Holt, health minister for the past six years, has resigned after auditors said he \
wrongly claimed 75,000 euros.

Opposition leader Greta Sand said the scandal was "a dark chapter for our party" and demanded \
a wider inquiry.

According to one survey, 48% of voters believed he should resign.
"""

D = """Rask to take over health ministry after Holt exit

By Nils Berg, Atlantic Review — May 20, 2025

Finance Minister Tom Rask will take over the health ministry following the resignation of \
Anders Holt, the government announced.

Holt had insisted: "I have never taken a single cent that did not belong to me."

The auditors' report is due to be published in full next month.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("resign"), (A, B, C, D))


def test_amount_day_speaker_and_quotation(result: Comparison) -> None:
    assert any("40,000 euros" in s and "75,000 euros" in s for s in summaries(result, "quantity"))
    assert "date of resignation: Monday (19 May) / Sunday (18 May)" in summaries(result, "date")
    speakers = summaries(result, "attribution")
    assert any("Ole Lund" in s and "Greta Sand" in s for s in speakers)
    assert any(s.startswith("Holt's words:") for s in summaries(result, "quote"))
    wording = summaries(result, "wording")  # "claimed 40,000 euros": a deed, not a saying
    assert not any("claimed" in s for s in wording)
