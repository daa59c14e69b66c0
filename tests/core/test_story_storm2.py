"""Four short accounts of a winter storm, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Storm Elsa batters coast, three dead

By Nora Quinn, Atlantic Herald — December 9, 2026

Storm Elsa brought winds of up to 150 km/h to the west coast on Tuesday, killing three people \
and leaving 60,000 homes without electricity.

A woman was killed when a tree fell on her car near Galway. Two fishermen drowned after their \
boat capsized off Kerry.

The weather service had issued a red warning for five counties.
"""

B = """Elsa: two dead as storm sweeps Ireland

By Dara Walsh, Irish Chronicle — December 9, 2026

Two people died as Storm Elsa swept across Ireland on Tuesday with gusts of 170 km/h, cutting \
power to 85,000 homes.

A man died when a tree hit his van near Galway, and a fisherman was lost at sea off Kerry. A \
red warning was in place for three counties.
"""

C = """Clean-up begins after Storm Elsa

By Sean Burke, Continental Wire — December 10, 2026

Crews worked on Wednesday to restore power to about 60,000 homes after Storm Elsa, which \
killed three people on Tuesday.

Schools in four counties stayed closed. "It was the worst storm in twenty years," said the \
mayor of Galway, Una Kelly.
"""

D = """Farmers count cost of Storm Elsa

By Ciara Nolan, Farm Weekly — December 12, 2026

Farmers said Storm Elsa, which struck on Monday night, destroyed hundreds of barns. "It was \
the worst storm in twenty years," said farmer Liam Doyle.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("storm2"), (A, B, C, D))


def test_counts_and_speaker(result: Comparison) -> None:
    found = summaries(result, "quantity")
    assert "wind speed: up to 150 km/h / 170 km/h" in found
    assert "people died: 3 / 2" in found
    assert "homes without power: 60,000 / 85,000 / about 60,000" in found
    assert "number of counties: 5 / 3" in found
    assert len(summaries(result, "attribution")) == 1
    # (missed: a woman / a man near Galway; two fishermen / a fisherman; Tuesday / "struck on
    # Monday night")
