"""Four short accounts of an earthquake, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Strong quake hits southern Tarvia, 27 dead

By Elif Demir, Anatolia Wire — February 17, 2026

A magnitude 6.4 earthquake struck southern Tarvia at 3:42 a.m. on Monday, killing at least 27 \
people and injuring more than 400, the disaster agency said.

The quake was centred near the town of Selin at a depth of 10 kilometres. More than 90 \
buildings collapsed.
"""

B = """Tarvia earthquake: rescuers search rubble for survivors

By Can Aydin, National Tribune — February 17, 2026

Rescuers searched through the rubble of collapsed buildings in Selin on Monday after a \
6.1-magnitude earthquake killed 31 people. The quake, which struck at 3:40 a.m., was felt as \
far away as the capital.

The disaster agency said 412 people had been injured and 120 buildings had collapsed. The \
quake's depth was 7 km, according to the national observatory.
"""

C = """Tarvia quake death toll climbs to 35

By Mira Stone, Continental Wire — February 18, 2026

The death toll from Monday's earthquake in southern Tarvia has risen to 35, the disaster \
agency said on Tuesday. More than 200 aftershocks have been recorded.

"We are doing everything we can," Interior Minister Selim Kaya said.
"""

D = """Tents go up for Tarvia quake survivors

By Jon Berg, Evening Post — February 19, 2026

Aid agencies set up tents for about 8,000 people left homeless by Monday's earthquake. "We \
are doing everything we can," said Selin's mayor, Deniz Acar.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("quake2"), (A, B, C, D))


def test_measures_toll_and_speaker(result: Comparison) -> None:
    found = summaries(result, "quantity")
    assert "magnitude: 6.4 / 6.1" in found
    assert "people killed: at least 27 / 31 / 35 (later account)" in found
    assert "depth: 10 kilometres / 7 km" in found
    assert "buildings collapsed: more than 90 / 120" in found
    assert len(summaries(result, "attribution")) == 1
    # (missed: 3:42 / 3:40 a.m., two minutes apart)
