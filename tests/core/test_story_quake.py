"""Four short accounts of an earthquake, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Strong quake kills at least 17 in Velia province

By Ana Petrovic, Balkan Wire — April 7, 2025

A magnitude 6.4 earthquake struck Velia province at 3:12 a.m. local time on Monday, killing \
at least 17 people and injuring more than 200, officials said.

The quake's epicentre was 25 km south-west of the town of Karsa, at a depth of 10 km, \
according to the US Geological Survey.

At least 48 buildings collapsed. More than 30 aftershocks were recorded during the day.
"""

B = """Death toll from Velia earthquake rises to 23

Continental Post, April 7, 2025

The number of people killed in Monday's earthquake in Velia province has risen to 23, the \
interior ministry said.

About 70 buildings were destroyed in Karsa and surrounding villages, and rescue teams were \
searching the rubble for survivors.
"""

C = """Velia quake: residents sleep outdoors

The Daily Ledger
8 April 2025

Thousands of residents of Karsa spent the night outdoors after the earthquake, which struck \
shortly after 2 a.m. on Monday.

The national seismological centre measured the quake at magnitude 6.1 and placed its \
epicentre 40 km from Karsa.
"""

D = """Aftershocks rattle Velia as rescuers dig

By Marko Ilic, Atlantic Review — April 7, 2025

A dozen aftershocks shook Velia province on Monday after the earthquake, which hit at a depth \
of 35 kilometres.

Hospitals treated 150 people who were hurt, health officials said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("quake"), (A, B, C, D))


def test_magnitude_toll_injured_distance_depth_and_time(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "magnitude: 6.4 / 6.1" in counts
    assert any(s.startswith("people killed: at least 17 / 23") for s in counts)
    assert "people injured: more than 200 / 150" in counts  # "treated 150 people who were hurt"
    assert "distance from Karsa: 25 km / 40 km" in counts  # "south-west of the town of Karsa"
    assert "depth: 10 km / 35 kilometres" in counts
    assert "time of hit: 3:12 a.m. / 2 a.m." in summaries(result, "date")  # not "the night"
