"""Four short accounts of a cruise ship outbreak, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Hundreds fall ill on cruise ship as virus spreads

By Jenny Cole, Travel Wire — January 30, 2026

More than 300 passengers and 40 crew members aboard the cruise ship Ocean Jewel have fallen \
ill with norovirus, the cruise line said on Friday.

The ship, carrying about 2,800 passengers, left Miami on January 22 for a 10-day Caribbean \
cruise. Sick passengers have been confined to their cabins.
"""

B = """Ocean Jewel cuts cruise short after outbreak

By Mark Diaz, Florida Herald — January 30, 2026

The Ocean Jewel will return to Miami two days early after 450 people on board were struck by \
a stomach virus, health officials said.

The ship left port on January 24 with 3,100 passengers. The cruise line said the illness was \
caused by contaminated water, not food.
"""

C = """Cruise line blames food for Ocean Jewel outbreak

By Sofia Lang, Continental Wire — January 31, 2026

The cruise line that operates the Ocean Jewel said on Saturday that contaminated food served \
at a buffet was the likely source of the outbreak that sickened more than 300 passengers.

The ship will dock in Miami on Sunday, as scheduled. "We are deeply sorry for the \
discomfort," the line's president, Karen Wells, said.
"""

D = """Ocean Jewel docks, passengers describe ordeal

By Noah Price, National Tribune — February 1, 2026

The Ocean Jewel docked in Miami on Saturday, a day ahead of schedule. "We are deeply sorry \
for the discomfort," the ship's captain, Olaf Berg, told passengers over the loudspeaker.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("cruise"), (A, B, C, D))


def test_ill_days_and_speaker(result: Comparison) -> None:
    assert summaries(result, "quantity") == ["people sickened: more than 300 / 450"]  # "aboard
    # the Ocean Jewel have fallen ill", "struck by a stomach virus", "sickened"
    assert summaries(result, "date") == [
        "date of departure: 22 January / 24 January",  # (eight and six days back: one event)
        "date of docking: Sunday (1 February) / Saturday (31 January)",
    ]
    assert len(summaries(result, "attribution")) == 1
    # (missed: about 2,800 / 3,100 passengers, read as one rounded figure; water / food;
    # "two days early" / "as scheduled")
