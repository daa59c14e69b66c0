"""Four short accounts of a wildfire, written here in the sample's style with their differences
listed first, and scored blind once before the engine was changed for them (see the README's
table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Wildfire forces thousands from homes in Serra Alta

By Marta Cole, Iberia Wire — August 12, 2025

A wildfire that broke out on Sunday afternoon has burned 12,000 hectares of forest and \
farmland in the Serra Alta region and destroyed at least 40 homes, officials said on Tuesday.

About 3,500 residents have been evacuated from six villages. More than 600 firefighters, \
backed by eight water-bombing aircraft, are battling the flames.

The fire was 20 per cent contained by Tuesday evening, the civil protection agency said. \
Winds of up to 40 km/h were fanning the flames.

Investigators believe the blaze was started by a faulty power line. Route 9 remains closed.

"We are facing an extremely difficult few days," Governor Ines Varga told reporters.
"""

B = """Serra Alta blaze rages on as crews struggle

Continental Post, August 12, 2025

Crews were still struggling on Tuesday to control a wildfire in the hills of Serra Alta that \
has scorched nearly 30,000 acres.

Some 450 firefighters are on the ground, according to the regional fire service. Route 9, the \
main road through the area, has been closed.

Police have not ruled out arson and have asked witnesses to come forward.

Governor Ines Varga declared a state of emergency for the region.
"""

C = """Serra Alta fire grows to 18,000 hectares

The Daily Ledger
13 August 2025

The fire in Serra Alta, which began late on Saturday, has now spread across 18,000 hectares, \
making it the largest in the region in two decades.

Some 5,000 people have been forced to leave their homes.

Authorities suspect a lightning strike sparked the fire during a dry thunderstorm.

The European Union has sent four firefighting planes to help.
"""

D = """Firefighters gain ground on Serra Alta wildfire

By Paulo Mendes, Atlantic Review — August 12, 2025

Firefighters made progress overnight against the Serra Alta wildfire, which officials said \
was 35% contained on Tuesday.

The blaze has destroyed 65 houses. Winds of 40 km/h were expected to ease later in the week.

Police ruled out arson, a spokesman said.

Residents of two villages were allowed to return home on Tuesday afternoon.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("wildfire"), (A, B, C, D))


def test_area_homes_evacuated_crews_containment_and_arson(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert any(s.startswith("area burned:") and "18,000 hectares" in s for s in counts)
    assert any(s.startswith("homes destroyed: at least 40 / 65") for s in counts)
    assert any(s.startswith("people evacuated: about 3,500 / about 5,000") for s in counts)
    assert any("600" in s and "450" in s for s in counts)  # firefighters
    assert any("20 per cent" in s and "35%" in s for s in counts)
    assert not any("population" in s or "villages" in s for s in counts)  # six / two villages
    assert not any("40 km/h" in s for s in counts)
    assert any("not ruled" in s for s in summaries(result, "polarity"))
    assert summaries(result, "date") == [
        "date of start: Sunday afternoon (10 August) / Saturday (9 August)"
    ]  # "broke out on Sunday afternoon" / "began late on Saturday"; "has burned" dates nothing
