"""Four short accounts of a freight train derailment, written at the very end of the twelfth
session, after all its engine changes, with their differences listed first, and scored blind
once (batch 47, see the README's table of stories): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Freight train derails near Ostrava Junction

By Pavel Kern, Rail Monitor — March 10, 2037

A freight train carrying chemicals derailed near Ostrava Junction on Monday night, and 14 of \
its 40 wagons left the tracks, the rail operator said.

About 300 residents were told to stay indoors as a precaution. The derailment happened at \
11.20pm.

The driver, 47, was taken to hospital with minor injuries. "The line will be closed for at \
least three days," operator spokesman Jan Hollar said.
"""

B = """Chemical train derailment closes main line

Eastern Courier — March 10, 2037

Eleven wagons of a 40-wagon freight train came off the rails near Ostrava Junction late on \
Monday, spilling diesel, officials said.

The train was travelling at about 60 km/h when it derailed shortly before midnight. No one was \
hurt, police said.

"The line will stay closed for at least three days," said Jan Hollar, a spokesman for the \
operator.
"""

C = """Derailment: residents allowed home

By Mila Snow, National Wire — March 11, 2037

Residents near Ostrava Junction were allowed to return home on Tuesday after a freight train \
derailed there on Monday night.

About 500 people had been evacuated from their homes overnight. Officials said no chemicals \
had leaked.

The train's driver, 49, was treated for shock.
"""

D = """Line reopens after derailment

Eastern Courier — March 12, 2037

The main line through Ostrava Junction reopened on Wednesday, two days after a freight train \
derailed there, the operator said.

Investigators said a broken rail was the likely cause. The train was travelling at 80 km/h, \
above the 60 km/h limit on that stretch, they said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("ostrava"), (A, B, C, D))


def test_wagons_speed_and_words(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "wagons derailed: 14 / 11" in counts
    assert "speed traveled: about 60 km/h / 80 km/h" in counts
    assert any("closed for at least three days" in s for s in summaries(result, "quote"))
    assert summaries(result, "date") == ["time of derailment: 11.20pm / midnight"]
    # (the optional item, found in the sixteenth session: "The derailment happened at 11.20pm"
    # tells the story's event itself; "allowed to return home on Tuesday after a freight
    # train derailed there on Monday night": Tuesday is the return's; fixed after the blind run)
    # (blind, batch 47, written at the very end of the twelfth session: 3 of 5, one false
    # alarm, "date of derailment: Tuesday / Wednesday" (residents allowed home / the line
    # reopened "two days after" the derailment). Still missed: the driver "taken to
    # hospital with minor injuries" / "No one was hurt"; the driver's age 47 / 49, found in
    # the sixteenth session: "The train's driver, 49," is the driver)
    assert "age of the driver: 47 / 49" in counts
