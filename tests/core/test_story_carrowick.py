"""A city budget vote in four accounts, in the sample's style (blind batch 59, sixteenth
session: written after the session's engine changes up to 8372745, frozen with sha1 before the
engine ran; 9 of 21 over the batch, one false alarm)."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Carrowick council passes budget with tax rise

By Lara Quint, Harbour Press — December 10, 2042

Carrowick city council approved a 1.9 billion euro budget for next year on Wednesday, \
including a 4 percent rise in property tax, by 31 votes to 24.

Mayor Tomas Eberl said the rise was needed to fund 600 new teachers. "This budget protects our \
schools," he said.

The opposition Civic Party said it would challenge the tax rise in court.
"""

B = """Budget passes after stormy debate

Carrowick Courier — December 10, 2042

The council backed Mayor Tomas Eberl's 2.1 billion euro spending plan on Wednesday night by 33 \
votes to 22. Property tax will rise by 5 percent from January.

"This budget protects our schools and our hospitals," Eberl said. The plan funds 450 new \
teaching posts.

Civic Party leader Nadja Oster said her party would not go to court over the budget.
"""

C = """What Carrowick's budget means for you

Midland Herald — December 11, 2042

Homeowners in Carrowick will pay 4 percent more in property tax from February under the budget \
approved on Tuesday.

The budget also cuts funding for public libraries by 12 percent.
"""

D = """Carrowick budget: the numbers

Civic Finance — December 11, 2042

The budget passed by Carrowick's council totals 1.9 billion euros, up 6 percent on this year. \
The city will borrow 140 million euros to cover the gap.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("carrowick"), (A, B, C, D))


def test_vote_and_dates(result: Comparison) -> None:
    assert "vote count: 31–24 / 33–22" in summaries(result, "quantity")
    assert summaries(result, "date") == [
        "date of approval: Wednesday (10 December) / Wednesday night (10 December) / Tuesday "
        "(9 December)",
        "start date: January / February",
    ]  # (blind, batch 59: 3 of 7, no false alarm; A's Wednesday was shown as 17 December,
    # "for next year" read as a plan: fixed after)
    # Found after: "approved a 1.9 billion euro budget" / "a 2.1 billion euro spending plan";
    # "including a 4 percent rise in property tax" / "will rise by 5 percent"; "600 new
    # teachers" / "450 new teaching posts". Still missed: "would challenge the tax rise in
    # court" / "would not go to court"
    counts = summaries(result, "quantity")
    assert "budget approved: 1.9 billion euro / 2.1 billion euro" in counts
    assert "tax: up 4 percent / up 5 percent" in counts
    assert "number of teachers: 600 / 450" in counts
    assert not summaries(result, "polarity")
