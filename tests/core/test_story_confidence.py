"""Four short accounts of a government's fall in a confidence vote, in the sample's style, written
here with their differences listed first, and scored blind once before the engine was changed
for them (see the README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Government falls in no-confidence vote

By Hanna Berg, Nordic Wire — February 16, 2028

Prime Minister Lars Ekholm's government lost a vote of no confidence in parliament on Tuesday, \
by 181 votes to 163, ending a coalition that had held power for 19 months.

Ekholm said he would remain in office until a new government was formed. An election is \
expected in May.

"The coalition has run out of ideas," opposition leader Maja Strand told lawmakers before the \
vote.
"""

B = """Ekholm ousted as coalition collapses

By Peter Lund, Baltic Times — February 16, 2028

Lawmakers voted Ekholm's coalition out of office on Tuesday, with 175 members backing the \
no-confidence motion.

The coalition had governed for two years. Ekholm said he would step down immediately.

"The coalition has run out of ideas," said Strand, whose party tabled the motion.
"""

C = """The end of a failed experiment

By Olof Ryd, The Northern Review — February 17, 2028

Tuesday's vote put an end to a coalition that never had a plan. For 19 months, Ekholm's \
ministers squabbled while prices soared.

Ekholm has promised to stay on as caretaker until a new government is in place, a decent \
gesture from a man who should have gone long ago.

New elections will be held in April, the president's office said.
"""

D = """President sets election date after government's fall

By Hanna Berg, Nordic Wire — February 18, 2028

President Anna Vik on Thursday set a general election for May 14, two days after Prime \
Minister Lars Ekholm lost a confidence vote.

Ekholm, 58, will lead a caretaker government until then.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("confidence"), (A, B, C, D))


def test_the_vote(result: Comparison) -> None:
    # "by 181 votes to 163" / "with 175 members backing the no-confidence motion"
    assert summaries(result, "quantity") == ["vote count: 181–163 / 175"]
    assert not summaries(result, "attribution")  # Strand's words, credited to her twice
    assert not summaries(result, "date")  # (the election's May / April is missed)
    # (blind, batch 37: 0 of 4, no false alarm. Still missed: 19 months / two years in power
    # ("had held power for" / "had governed for"), to stay as caretaker / to step down
    # immediately, an election expected in May / to be held in April)
