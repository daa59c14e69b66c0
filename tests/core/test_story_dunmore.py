"""Four short accounts of a collision of two trams in a city, written in the eleventh session
with their differences listed first, and scored blind once (batch 42, see the README's table
of stories): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Two dead as trams collide in Dunmore

By Petra Kask, Northern Wire — March 4, 2031

Two people were killed and 31 injured when two trams collided in central Dunmore on Tuesday \
morning, city officials said.

The crash happened at 8.15am on Station Road, where a line 4 tram ran into the back of \
another tram waiting at a stop. The driver of the moving tram, a 52-year-old man, was among \
the injured.

The city's transport authority blamed a signal failure. "This is a black day for our city," \
said Mayor Ilse Maren, who visited the scene.
"""

B = """Tram crash: three killed in rush hour

The Dunmore Courier — March 4, 2031

Three people died and 27 were taken to hospital after a tram smashed into another on \
Station Road on Tuesday.

Witnesses said the line 14 tram was travelling at about 40 km/h when it hit the stationary \
tram. Police have not ruled out human error and said the driver would be questioned.

Passenger Jonas Ebel, 34, said: "There was a bang and everyone was thrown forward."
"""

C = """Dunmore mourns tram crash victims

By Petra Kask, Northern Wire — March 5, 2031

Flowers were laid on Station Road on Wednesday, a day after two trams collided in the city \
centre, killing two people.

The collision happened at around 8.50am on Tuesday, at the height of the morning rush. The \
driver, 56, remains in hospital.

"This is a dark day for Dunmore," Mayor Ilse Maren told reporters. Services on the line \
resumed on Wednesday afternoon.
"""

D = """What we know about the Dunmore tram crash

Metro Explainer — March 5, 2031

More than 30 people were hurt when two trams collided on Station Road. Investigators say \
the moving tram was going at 25 mph when it struck the other.

The transport authority says both trams were less than five years old. An inquiry will \
report within six weeks.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("dunmore"), (A, B, C, D))


def test_toll_time_driver_and_words(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people killed: 2 / 3" in counts
    assert "age of the driver: 52 / 56" in counts
    assert "people injured: 31 / 27 / more than 30" in counts  # 27 "taken to hospital"
    assert len(summaries(result, "date")) == 1  # 8.15am / around 8.50am
    assert len(summaries(result, "quote")) == 1  # "a black day for our city" / "a dark day"
    assert not [c for c in counts if "40" in c or "25" in c]  # about 40 km/h = 25 mph
    # (blind, batch 42: 3 of 5, no false alarm; the driver's age and the injured found
    # after the fixes)
