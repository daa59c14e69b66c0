"""Four short accounts of a train derailment, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see
the README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Train derails near Holt, injuring 38

By Rae Lind, Midland Post — February 20, 2025

A passenger train carrying 212 people derailed near the town of Holt at 7:45 a.m. on \
Wednesday, injuring 38, the rail operator said.

Five carriages left the tracks as the train rounded a bend at about 90 km/h, investigators \
said. The speed limit on that stretch is 60 km/h.

"The driver applied the brakes but it was too late," a spokeswoman for the operator told \
reporters.

Three of the injured were in a serious condition.

The line between Holt and Marby will stay closed until Friday.
"""

B = """Holt derailment: speeding blamed

By Sam Orr, Rail Gazette — February 21, 2025

Investigators believe the train that derailed outside Holt on Wednesday was travelling at 110 \
km/h, almost twice the 60 km/h limit.

Four of the train's six carriages came off the rails. Forty-one people were hurt, according to \
the regional health authority.

The operator said the driver did not apply the brakes before the bend.

About 200 passengers were on board.

The line is expected to reopen on Monday.
"""

C = """Derailment at Holt

By Staff, County Echo — February 20, 2025

Dozens of people were injured when a commuter train came off the tracks near Holt shortly \
after 8 a.m. on Wednesday.

The train was carrying 212 passengers.

Emergency services said three people were seriously hurt.

The operator has not said what caused the crash.
"""

D = """Holt crash driver suspended

By Jo Penn, Evening Record — February 22, 2025

The rail operator has suspended the driver of the train that derailed near Holt on Wednesday.

The train was travelling at around 90 km/h when five carriages left the tracks, the operator \
said.

The number of people injured has risen to 41, four of them seriously.

A spokeswoman said the driver braked too late.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("train"), (A, B, C, D))


def test_speed_injured_and_brakes(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert any("110 km/h" in s and "90 km/h" in s for s in counts)
    assert any(s.startswith("people injured: 38 / 41 (later account)") for s in counts)
    assert not any("60 km/h" in s for s in counts)  # the limit, told alike
    assert "carriages derailed: 5 / 4" in counts  # "left the tracks" / "came off the rails"
    assert any("not apply" in s for s in summaries(result, "polarity"))
    assert not any("said" in s for s in summaries(result, "polarity"))
