"""Four short accounts of a blackout, written here in the sample's style with their differences
listed first, and scored blind once before the engine was changed for them (see the README's
table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Blackout leaves 2 million without power across Valdor

By Nina Roth, Southern Herald — January 19, 2026

About 2 million homes and businesses lost power across southern Valdor on Sunday after a \
fault at the Kessing substation, the grid operator said.

The outage began at 4:12 p.m. and lasted nearly six hours in some areas. Trains were halted \
and traffic lights failed across the city of Morra.

The operator, ValGrid, said the fault was caused by a fire in a transformer.
"""

B = """Millions in the dark as Valdor grid fails

By Karl Ost, National Tribune — January 19, 2026

Some 3.5 million people were left without electricity on Sunday afternoon when a substation \
near Kessing failed.

Power was restored to most customers within four hours, ValGrid said. Hospitals switched to \
backup generators and no patients were harmed.

The company said there was no sign of a fire and that it was investigating a possible \
cyberattack.
"""

C = """Valdor blackout: power back after evening of chaos

By Lea Marsh, Morra Daily — January 20, 2026

Electricity returned to Morra late on Sunday after a blackout that began at around 5 p.m. and \
hit 2 million customers in the south of the country.

Two people died in a road accident at a junction where traffic lights had failed, police said.
"""

D = """Minister orders inquiry into Valdor blackout

By Tom Avery, Continental Wire — January 20, 2026

Energy Minister Petra Lind ordered an inquiry on Monday into Sunday's blackout, which cut \
power to 1.8 million customers in southern Valdor.

A fire in a transformer at the Kessing substation caused the outage, Lind said. "This must \
never happen again," she told parliament.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("blackout"), (A, B, C, D))


def test_customers_time_and_cause(result: Comparison) -> None:
    assert summaries(result, "quantity") == [
        "homes without power: about 2 million / 2 million / 1.8 million"
    ]  # "cut power to", "a blackout that ... hit"; "3.5 million people" is another count
    assert summaries(result, "date") == ["time of start: 4:12 p.m. / 5 p.m."]
    assert summaries(result, "polarity") == [
        "fire as the cause: caused by a fire / no sign of a fire"
    ]
