"""Four short accounts of a climate summit's agreement, in the sample's style, written here with
their differences listed first and scored blind once on the ninth session's final engine, with
no change made for them (see the README's table of stories): what is found, and what is not."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Leaders agree to cut emissions at Oslo summit

By Kari Holm, Nordic Wire — June 8, 2029

Leaders of 38 countries meeting in Oslo agreed on Thursday to cut greenhouse gas emissions by \
40% by 2040, the summit's host, Prime Minister Erik Dahl, said.

The deal includes a $90 billion fund to help poorer nations, to be paid over ten years.

China and India did not sign the declaration.
"""

B = """Oslo climate deal falls short, activists say

By Maya Ferro, Global Post — June 8, 2029

Delegates from 41 nations agreed in Oslo on Thursday to reduce emissions by 35% by 2040.

Richer countries pledged $100 billion for poorer nations. India signed the declaration; China \
did not.

"This is a betrayal of the next generation," said activist Lina Berg.
"""

C = """A summit of empty promises

By Tom Ashby, The Weekly Review — June 9, 2029

Thursday's Oslo declaration is a list of promises nobody will keep. The $90 billion fund has no \
timetable and no enforcement.

"This is a betrayal of the next generation," a UN official told reporters.
"""

D = """Oslo deal: what was agreed

By Kari Holm, Nordic Wire — June 10, 2029

The agreement signed on Thursday commits 38 countries to cutting emissions by 40% by 2040 and \
sets up a $90 billion fund, to be paid over five years.

The next summit will be held in Nairobi in 2031.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("summit"), (A, B, C, D))


def test_cut_payments_signature_and_speaker(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "percentage cut: 35% / 40%" in counts
    # "to be paid over ten years" / "over five years": found, but "over" is shown as "more
    # than" (a span read as a lower bound)
    assert "time paid: more than 10 years / more than 5 years" in counts
    assert summaries(result, "polarity") == ["sign declaration: not sign / signed"]
    assert len(summaries(result, "attribution")) == 1
    # (blind, batch 39, scored once on the final engine: 4 of 6, no false alarm. Missed: 38
    # / 41 countries ("leaders of 38 countries" / "delegates from 41 nations"), a $90 billion
    # fund / $100 billion pledged)
