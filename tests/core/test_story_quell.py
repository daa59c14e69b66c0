"""Four short accounts of a central bank's rate rise, in the sample's style, written in the
thirteenth session (batch 48) with their differences listed first, and scored blind once (see
the README's table of stories): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Bank of Quell raises rates again

By Marta Sund, Finance Wire — June 3, 2038

The Bank of Quell raised its main interest rate by a quarter of a percentage point to 4.75 \
percent on Thursday, its third increase this year.

Seven of the nine members of the monetary policy committee voted for the rise.

Governor Elin Marsh said inflation, at 6.2 percent in May, was "still far too high". The bank \
expects inflation to fall to 3 percent by the end of next year.
"""

B = """Quell lifts borrowing costs

Quell Business Daily — June 3, 2038

Quell's central bank lifted borrowing costs by half a point to 5 percent on Thursday. The \
decision was unanimous.

"Inflation is still far too high," Governor Elin Marsh told a news conference. Inflation \
stood at 6.4 percent in May.
"""

C = """Quell rate rise surprises economists

By Marta Sund, Finance Wire — June 4, 2038

The Bank of Quell's rate rise to 4.75 percent on Thursday was its second this year.

Six of nine committee members backed the increase, minutes showed. Economists had expected \
the bank to hold rates.
"""

D = """Quell shares fall after rate rise

Markets Today — June 4, 2038

Shares in Quell fell 2.1 percent on Friday after the central bank raised rates for the third \
time this year.

Governor Elin Marsh said inflation would fall to 3 percent by the middle of next year.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("quell"), (A, B, C, D))


def test_rate_and_inflation(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "rate: 4.75 percent / 5 percent" in counts  # "lifted borrowing costs": the rate
    assert "inflation: 6.2 percent / 6.4 percent" in counts  # "inflation, at 6.2 percent"
    assert "which rise: third / second" in counts  # "was its second this year": the
    # subject's place in the year's series (read after the blind run)
    assert "votes against: 7–2 / unanimous / 6–3" in counts  # "Seven of the nine members
    # ... voted for" / "The decision was unanimous" / "Six of nine committee members backed":
    # each the part of a body that supported it, against the one vote the other tells
    assert not summaries(result, "quote")  # "still far too high": a fragment of one quote
    # (blind, batch 48: 0 of 6, no false alarm; all the above read after the blind run.
    # Still missed: a quarter point / half a point; 3 percent by the end / by the middle
    # of next year)
    # (the quarter / half point found in the fourteenth session: a fraction of one unit,
    # and a rate's points)
    assert "change in rate: 0.25 percentage point / 0.5 point" in summaries(result, "quantity")
