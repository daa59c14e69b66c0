"""Four short accounts of a rail strike, in the sample's style, written here with their differences
listed first and scored blind once on the ninth session's final engine, with no change made for
them (see the README's table of stories): what is found, and what is not."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Rail workers begin three-day strike

By Paul Girard, Euro Wire — October 2, 2029

Rail workers across Valdoria began a three-day strike on Monday, cancelling about 4,000 trains \
and disrupting travel for some two million commuters, the national rail company said.

The union is demanding a 9% pay rise. The company has offered 5%.

Transport Minister Ines Corbin called the strike "irresponsible".
"""

B = """Valdoria rail strike halts most trains

By Marta Reis, Continental News — October 2, 2029

A 48-hour rail strike that began on Monday has halted about 80% of Valdoria's trains, the rail \
company said.

The union wants pay raised by 8%, while the company has offered 5%.

"This strike is irresponsible," Transport Minister Ines Corbin said.
"""

C = """Strike talks collapse

By Paul Girard, Euro Wire — October 3, 2029

Talks between the rail union and the company broke down on Tuesday, the second day of the \
strike, union leader Marc Tessier said.

The company said it had raised its offer to 6%, but the union said no new offer had been made.
"""

D = """Rail strike ends, trains return

By Ana Lenz, The Courier — October 5, 2029

Trains began running again on Thursday after a strike that lasted three days, the rail company \
said. About 3,500 trains were cancelled during the walkout.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("railstrike"), (A, B, C, D))


def test_length_and_trains(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "length of strike: 3 days / 48 hours" in counts
    assert "trains cancelled: about 4,000 / about 3,500" in counts
    # "Trains began running again on Thursday": a resumption, not the strike's start (blind,
    # batch 39, scored once on what was then the final engine: 2 of 3, with that false alarm,
    # "date of start: Monday / Thursday"; fixed after scoring). Missed: a 9% / 8% pay demand
    assert not summaries(result, "date")
