"""Four short accounts of a wildfire and an arrest, written here in the sample's style with
their differences listed first, and scored blind once before the engine was changed for them
(see the README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Wildfire forces thousands from homes

By Elena Ruiz, Iberia Daily — August 16, 2027

A wildfire in the hills of Valdemora province has burned 12,000 hectares and forced 3,000 \
residents to leave their homes, regional authorities said on Monday.

The fire started on Sunday afternoon near the town of Cerrillo. Two firefighters died when \
flames surrounded their truck.

About 400 firefighters and six water-bombing aircraft were fighting the blaze, which was \
driven by strong winds.
"""

B = """Firefighter killed as blaze rages in Valdemora

By Marc Dubois, Southern Europe Wire — August 16, 2027

One firefighter was killed and another is missing after a fire that broke out on Saturday \
night swept through 9,500 hectares of forest in Valdemora, officials said.

Some 5,000 people have been evacuated from villages around Cerrillo. More than 600 \
firefighters, backed by six aircraft, were deployed.

"The wind is our worst enemy," said regional fire chief Pablo Serrano.
"""

C = """Arson suspected in Valdemora fire

By Lucia Ferro, The Courier — August 17, 2027

Police suspect the Valdemora wildfire was started deliberately and have arrested a \
45-year-old man, a police spokeswoman said on Tuesday.

Officials did not say how many people had been evacuated. At least 35 homes have been \
destroyed around Cerrillo.

"The wind is our worst enemy," the region's president, Ines Vidal, said.
"""

D = """Valdemora fire: questions over response

By Hugo Brandt, Weekly Review — August 17, 2027

More than 50 homes have burned down in the Valdemora fire, and residents are asking why help \
came so late.

Police have not arrested anyone, although they are questioning a 54-year-old local man about \
the cause of the blaze.

Six aircraft dropped water on the flames as the wind eased on Tuesday.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("wildfire2"), (A, B, C, D))


def test_area_evacuated_crews_homes_start_and_arrest(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "area burned: 12,000 hectares / 9,500 hectares" in counts
    assert "people evacuated: 3,000 / about 5,000 / did not say" in counts
    assert "firefighters died: 2 / One firefighter" in counts
    assert "firefighters deployed: about 400 / more than 600" in counts
    assert "homes destroyed: at least 35 / more than 50" in counts  # "have burned down"
    assert summaries(result, "date") == [
        "date of fire: Sunday afternoon (15 August) / Saturday night (14 August)"
    ]  # "started on" / "broke out on": one beginning
    assert any("not arrested" in s for s in summaries(result, "polarity"))
    assert len(summaries(result, "attribution")) == 1
    # (missed: the suspect 45 / 54, arrested in one account and questioned in the other)
