"""Four short accounts of a cyclone, written here in the sample's style with their differences
listed first, and scored blind once before the engine was changed for them (see the README's
table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Cyclone Asha slams into Odisha coast

By Priya Nair, Subcontinent News — October 22, 2027

Cyclone Asha made landfall near the town of Puri on Thursday evening with winds of up to 180 \
km/h, uprooting trees and cutting power to millions, officials said.

At least 12 people were killed. More than 800,000 people had been moved to cyclone shelters \
before the storm arrived.

The storm is expected to weaken as it moves inland on Friday.
"""

B = """Cyclone Asha kills 19 in eastern India

By Rahul Verma, Delhi Chronicle — October 23, 2027

The death toll from Cyclone Asha rose to 19 on Friday, a day after the storm hit the eastern \
state of Odisha with winds gusting to 210 km/h.

The cyclone came ashore near Puri at around 2 p.m. on Thursday. Authorities said they had \
evacuated 1.1 million people.

Most of the dead were killed by falling trees and collapsing walls.
"""

C = """Odisha counts cost of cyclone

By Sunita Rao, The Eastern Times — October 23, 2027

Cyclone Asha damaged about 45,000 homes when it struck Odisha on Thursday night, the state's \
relief commissioner said.

The commissioner said 16 people had died. Nearly 4 million homes were left without electricity.

The state government has not said how much the damage will cost.
"""

D = """After the storm, a slow recovery

By Anil Menon, Weekly Voice — October 25, 2027

Power has been restored to most of the 2.5 million homes that lost electricity when Cyclone \
Asha hit Odisha last week.

Officials said some 60,000 houses were damaged. Fishermen have been told not to go to sea \
until Monday.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("cyclone2"), (A, B, C, D))


def test_wind_toll_evacuation_damage_power_and_landfall(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "wind speed: up to 180 km/h / 210 km/h" in counts
    assert "people killed: at least 12 / 19 (later account) / 16 (later account)" in counts
    assert "people evacuated: more than 800,000 / 1.1 million (later account)" in counts
    assert "homes damaged: about 45,000 / about 60,000" in counts  # ("Cyclone Asha damaged":
    # the event every account tells, not a subject of its own)
    assert "homes without power: nearly 4 million / 2.5 million" in counts
    assert summaries(result, "date") == [
        "date of landfall: Thursday evening (21 October) / 2 p.m. / Thursday night (21 October)"
    ]
