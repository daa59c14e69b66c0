"""Four short accounts of a refinery fire, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Fire at Gulf refinery cuts output

By Khalid Mansour, Energy Wire — March 18, 2027

A fire broke out at the Ras Tanura refinery early on Tuesday, forcing the shutdown of two \
processing units and cutting output by about 40 percent, the company said.

The blaze was brought under control after five hours. Three workers were treated for smoke \
inhalation.

The company said the refinery would resume full production within a week.
"""

B = """Refinery blaze halts half of production

By Anna Schmidt, Commodities Today — March 18, 2027

A fire at the Ras Tanura refinery on Tuesday halted about half of its production, traders \
said, pushing oil prices up 3 percent.

The fire started in a storage tank at around 4 a.m. and took firefighters eight hours to put \
out. No one was injured, the company said.

Full production is expected to resume within a month, according to a person familiar with the \
matter.
"""

C = """Oil prices jump after refinery fire

By Leo Martins, Market Watch Daily — March 19, 2027

Brent crude rose 2 percent on Tuesday after a fire at Saudi Arabia's Ras Tanura refinery, \
which processes 550,000 barrels a day.

The fire began in a processing unit shortly after 2 a.m., the company said.
"""

D = """Refinery back to normal, says company

By Omar Saleh, Arab Business Review — March 22, 2027

The Ras Tanura refinery, which has a capacity of 500,000 barrels per day, has resumed normal \
operations after last week's fire, the company said on Monday.

Investigators believe a leaking valve caused the blaze.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("refinery"), (A, B, C, D))


def test_hurt_capacity_and_time(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people hurt: 3 / none" in counts  # "treated for smoke inhalation" / "No one was
    # injured"
    assert "barrels: 550,000 / 500,000" in counts
    assert summaries(result, "date") == ["time of fire: 4 a.m. / 2 a.m."]
    # (missed: output cut by about 40 percent / halted about half; five / eight hours to put
    # out; prices up 3 / 2 percent)
    assert "time to resume: 1 week / 1 month" in counts  # "within a week" / "within a
    # month": found in the thirteenth session
