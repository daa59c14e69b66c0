"""Four short accounts of a rail strike, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Rail workers walk out in pay dispute

By Ben Harlow, Transport Times — May 4, 2026

Train drivers across the country began a 48-hour strike on Monday, cancelling around 4,000 \
services, after talks over pay broke down.

The union, which represents 14,000 drivers, is seeking a 9 percent pay rise. The rail \
operator has offered 4 percent.
"""

B = """Rail strike halts trains nationwide

By Kim Osei, National Tribune — May 4, 2026

A 72-hour strike by train drivers halted almost all services on Monday. About 3,000 trains \
were cancelled, the rail operator said.

The drivers' union wants a 7 percent rise, while the operator has offered 4 percent. Union \
leader Mark Dean said the strike would go ahead "whatever the cost".
"""

C = """Rail strike: commuters face second day of chaos

By Lea Grant, Continental Wire — May 5, 2026

Commuters faced a second day of disruption on Tuesday as a strike by 12,000 train drivers \
continued. The union is demanding a 9 percent pay increase.

The rail operator said it had not received any new proposal from the union.
"""

D = """Rail strike called off after new offer

By Paul Weir, Evening Post — May 5, 2026

The train drivers' union called off its strike on Tuesday evening after the rail operator \
raised its offer to 6 percent, union leader Mark Dean said. The union had submitted a new \
proposal on Monday night.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("strike2"), (A, B, C, D))


def test_length_and_demand(result: Comparison) -> None:
    found = summaries(result, "quantity")
    assert "length of strike: 48 hours / 72 hours" in found  # ("a 72-hour strike by train
    # drivers": who struck, no narrower hours)
    assert "rise demanded: 7 percent / 9 percent" in found
    # (missed: 4,000 services / 3,000 trains; 14,000 / 12,000 drivers; "had not received any
    # new proposal" / "had submitted a new proposal")
