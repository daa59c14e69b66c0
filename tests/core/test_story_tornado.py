"""Four short accounts of a tornado, written here in the sample's style with their differences
listed first, and scored blind once before the engine was changed for them (see the README's
table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Tornado kills seven in Harlan County

By Ray Cooper, Prairie News — May 21, 2025

A tornado with winds of up to 265 km/h touched down near Millbrook in Harlan County at 6:40 \
p.m. on Tuesday, killing seven people and destroying about 200 homes.

Warning sirens sounded about ten minutes before the storm arrived. The twister cut a path 20 \
km long.
"""

B = """Twister tears through Harlan County

Midwest Wire — May 21, 2025

More than 350 houses were damaged or destroyed when a tornado carved a 35-kilometre path \
across Harlan County on Tuesday evening.

About 40,000 customers were without power overnight, the utility said.
"""

C = """Residents ask why sirens stayed silent

By Dana Price, The Heartland Courier — May 22, 2025

Residents of Oakdale, the town hardest hit by Tuesday's tornado, said the warning sirens did \
not sound before the storm struck.

Forecasters said the tornado's winds reached 300 km/h. Five deaths have been confirmed.

Governor Beth Moore toured the damage on Wednesday.
"""

D = """Tornado death toll climbs to nine

By Mark Ellis, National Radio News — May 23, 2025

Nine people are now known to have died after a tornado struck Harlan County shortly after 8 \
p.m. on Tuesday, Governor Beth Moore said.

About 65,000 homes were still without electricity on Thursday.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("tornado"), (A, B, C, D))


def test_toll_path_power_hour_and_sirens(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people died: 7 / 5 / 9 (later account)" in counts
    assert "path: 20 km / 35 kilometre" in counts  # "a path 20 km long" / "a 35-kilometre path"
    # "customers were without power" / "homes were still without electricity"
    assert "customers without power: about 40,000 / about 65,000" in counts
    # "struck ... shortly after 8 p.m. on Tuesday, Governor Beth Moore said": the storm's hour,
    # not the statement's
    assert any("6:40 p.m." in s and "8 p.m." in s for s in summaries(result, "date"))
    assert len(summaries(result, "polarity")) == 1  # sirens sounded / did not sound
