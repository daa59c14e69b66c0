"""Four short accounts of a teachers' strike, in the sample's style, written at the very end of the
thirteenth session after all its engine changes (batch 50), with their differences listed first,
and scored blind once (see the README's table of stories): what is found, and what is not
flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Teachers strike over pay in Istra

By Sara Morn, Capital Wire — March 1, 2039

About 40,000 teachers walked out across Istra on Tuesday in a one-day strike over pay, \
closing more than 1,200 schools, unions said.

The unions want a 9 percent rise; the government has offered 4 percent. Education minister \
Karl Teska said the offer was "fair and affordable".

Union leader Nora Vell said teachers would strike again on March 15 if there was no new offer.
"""

B = """Istra schools shut as teachers walk out

Istra Daily — March 1, 2039

Tens of thousands of teachers went on strike on Tuesday, closing about 900 schools, the \
education ministry said.

The government's offer of a 5 percent rise was "fair and affordable", education minister Karl \
Teska said. The unions are demanding 9 percent.
"""

C = """Teachers' unions set new strike date

By Sara Morn, Capital Wire — March 2, 2039

Teachers' unions in Istra said on Wednesday they would hold a two-day strike starting on \
March 22 if the government did not improve its pay offer.

Union leader Nora Vell said about 45,000 teachers had taken part in Tuesday's strike.
"""

D = """Pay talks to resume in Istra

Education Weekly — March 3, 2039

The Istra government and teachers' unions will resume pay talks next week, the education \
ministry said on Thursday.

Minister Karl Teska said the government would not raise its offer of 4 percent.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("istra"), (A, B, C, D))


def test_schools_and_no_demand_against_an_offer(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "number of schools: more than 1,200 / about 900" in counts
    assert not [s for s in counts if "9 percent" in s]  # "want a 9 percent rise" / "offer
    # of a 5 percent rise": asked and offered (blind, a false alarm; mended after)
    # (blind, batch 50: 1 of 4. Missed: about 40,000 / about 45,000 teachers; an offer of 4 /
    # 5 percent; the next strike on March 15 / from March 22)
    # Found in the fourteenth session: two estimates apart, walking out as taking part, a
    # bare share offered after one asked
    assert "teachers attended: about 40,000 / Tens of thousands / about 45,000" in counts
    assert "rise offered: 4 percent / 5 percent" in counts
