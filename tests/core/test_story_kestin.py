"""A collision of two trains in four accounts (blind batch 61, written at the very end of the
sixteenth session after all its engine changes, e339657, frozen with sha1 before the engine
ran; 5 of 12 over the batch, no false alarm)."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Two trains collide near Kestin

By Mirela Daan, Baltic Press — October 14, 2044

A passenger train and a freight train collided near Kestin on Friday evening, killing three \
people and injuring 27, the rail operator Selby Rail said.

The passenger train, carrying about 180 people, was travelling at 90 km/h when it hit the back \
of the freight train at 6.50 p.m.

The driver of the passenger train, 52, was among the dead.
"""

B = """Deadly rail crash at Kestin

Kestin Post — October 14, 2044

Four people died and 31 were hurt when a commuter train ran into a stationary goods train \
outside Kestin at about 7 p.m. on Friday.

About 220 passengers were on board. The signals on the line had been checked in September, \
Selby Rail said.
"""

C = """Signal fault suspected in Kestin crash

Rail Week — October 15, 2044

Investigators are examining whether a signal fault caused Friday's collision near Kestin. The \
signals on that section had not been inspected for two years, a union official said.

The passenger train's driver, who was 49, had worked for Selby Rail for 20 years.
"""

D = """Kestin crash: line to stay shut until Monday

The Morning Ledger — October 15, 2044

The line through Kestin will remain closed until Monday while the wreckage is cleared, Selby \
Rail said on Saturday. The passenger train had been travelling at about 60 km/h, investigators \
said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("kestin"), (A, B, C, D))


def test_dead_injured_on_board_and_speed(result: Comparison) -> None:
    assert summaries(result, "quantity") == [
        "people died: 3 / 4",
        "people injured: 27 / 31",
        "people on board: about 180 / about 220",
        "speed traveled: 90 km/h / about 60 km/h",
        "age of the driver: 52 / 49",  # found after the blind run: "The driver of the
    ]  # passenger train, 52," and "The passenger train's driver, who was 49," are the driver
    assert not summaries(result, "date")  # 6.50 p.m. / about 7 p.m.: one time
    # (blind: 4 of 6. Missed: the driver's age (found after) and the signals "had been
    # checked in September" / "had not been inspected for two years" (check as inspect was
    # tried and dropped: it read "checked into rehab" as an inspection))
