"""Four short accounts of a bank takeover, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Nordbank to buy rival Kestrel Finance for 4.2 billion euros

By Hanna Lind, Financial Ledger — March 16, 2026

Nordbank agreed on Monday to buy Kestrel Finance for 4.2 billion euros in cash, creating the \
country's third-largest lender.

Nordbank will pay 18.50 euros a share, a premium of 32 percent to Kestrel's closing price on \
Friday. The deal is expected to close in the third quarter.

About 1,200 jobs will be cut, Nordbank chief executive Erik Sand said.
"""

B = """Kestrel shares soar on Nordbank takeover

By Paul Greer, Markets Daily — March 16, 2026

Shares in Kestrel Finance jumped 27 percent on Monday after Nordbank offered 18.50 euros a \
share for the lender, valuing it at 3.9 billion euros.

The combined bank will become the country's second-largest. Nordbank said no jobs would be \
cut in the first two years.
"""

C = """Nordbank-Kestrel deal faces competition review

By Ines Moll, Continental Wire — March 17, 2026

The 4.2 billion euro takeover of Kestrel Finance by Nordbank will be examined by the \
competition authority, a spokesman for the regulator said on Tuesday.

The deal, announced on Monday, is expected to be completed by the end of the year. "This is a \
merger of equals," Kestrel chief executive Maja Holt said.
"""

D = """Unions fear cuts after Nordbank deal

By Tom Brandt, Evening Standard Europe — March 17, 2026

Unions warned on Tuesday that up to 2,000 jobs could go after Nordbank's purchase of Kestrel \
Finance. "This is a merger of equals," Nordbank's chief executive, Erik Sand, insisted.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("merger"), (A, B, C, D))


def test_value_jobs_and_speaker(result: Comparison) -> None:
    found = summaries(result, "quantity")
    assert "amount: 4.2 billion euros / 3.9 billion euros" in found
    assert "jobs cut: about 1,200 / none / up to 2,000" in found  # "no jobs would be cut"
    # (found in the thirteenth session) and the unions' "up to 2,000 jobs could go"
    (name,) = summaries(result, "name")
    assert "Maja Holt" in name and "Erik Sand" in name  # one statement, two chief executives
    # (missed: third- / second-largest; third quarter / end of the year)
