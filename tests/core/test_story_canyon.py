"""Four short accounts of a canyon flash flood, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Flash flood sweeps hikers away in Utah canyon

By Kim Ross, Mountain West Wire — September 6, 2027

A flash flood swept through a narrow canyon in southern Utah on Friday afternoon, killing \
three hikers, the National Park Service said.

Rescuers found 11 hikers alive, and two people are still missing. More than 25 millimetres of \
rain fell in less than an hour upstream.

The canyon had been closed to visitors since the morning because of the storm warning, \
officials said.
"""

B = """Utah flash flood: four dead, search continues

By Lee Adams, National News — September 7, 2027

Four people died after a wall of water tore through a slot canyon in southern Utah on Friday, \
park officials said on Saturday.

Nine hikers were rescued. The canyon was open at the time, though a flood watch had been \
issued.

"It came without any warning," said survivor Emma Stone.
"""

C = """Survivor describes canyon flood

By Sara Quinn, Desert Daily — September 7, 2027

A hiker who survived Friday's flash flood said the water rose about 3 metres in a few minutes.

"It came without any warning," said Tom Price, a guide who led one of the groups.

Park officials said three people remained missing on Saturday.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("canyon"), (A, B, C))


def test_dead_rescued_missing_and_speaker(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people died: 3 / 4 (later account)" in counts
    assert "people rescued: 11 / 9" in counts
    assert "people missing: 2 / 3 (later account)" in counts
    assert len(summaries(result, "attribution")) == 1
    # (missed: the canyon closed / open at the time)
