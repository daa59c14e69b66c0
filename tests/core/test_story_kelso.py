"""Four short accounts of a wildfire, written at the end of the twelfth session, after all its
engine changes, with their differences listed first, and scored blind once (batch 46, see the
README's table of stories): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Wildfire forces thousands from homes near Kelso

By Nora Vik, Pacific Daily — August 21, 2034

A wildfire that broke out on Tuesday afternoon near Kelso has burned about 12,000 hectares and \
forced 4,500 people to leave their homes, the state fire agency said.

Two firefighters were injured battling the blaze. Officials said 38 homes had been destroyed.

The fire started near a campsite and was likely caused by a discarded cigarette, fire chief \
Owen Dale said. "We have never seen a fire move this fast," he said.

More than 600 firefighters and 12 aircraft are fighting the blaze.
"""

B = """Kelso fire: 'worst in living memory'

Kelso Tribune — August 21, 2034

The Kelso wildfire has scorched some 15,000 hectares since it began on Tuesday morning, \
officials said on Thursday.

About 6,000 residents have been evacuated. At least 52 homes were destroyed, according to the \
county.

Fire chief Owen Dale said: "We have never seen a fire spread so fast."

Around 450 firefighters are on the fire lines, supported by 12 aircraft.
"""

C = """Arson suspected in Kelso blaze

By Ines Farr, Northern Wire — August 22, 2034

Investigators believe the wildfire near Kelso was started deliberately, police said on Friday, \
adding that two men had been questioned.

Earlier, officials had blamed a discarded cigarette. Police spokeswoman Dana Reyes said \
investigators found "clear signs of arson".

The fire has burned about 12,000 hectares and destroyed 38 homes. No one has been killed.
"""

D = """Firefighter dies in Kelso blaze

Coastal News — August 23, 2034

A firefighter was killed on Saturday when a tree fell on his truck while he was battling the \
wildfire near Kelso, the state fire agency said.

The firefighter, 29, was a volunteer from the nearby town of Ardel. Three other firefighters \
have been injured since the fire began.

Rain is forecast for Monday.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("kelso"), (A, B, C, D))


def test_area_evacuated_homes_crews_start_and_words(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "area burned: about 12,000 hectares / about 15,000 hectares" in counts
    assert "people evacuated: 4,500 / about 6,000" in counts
    assert "homes destroyed: 38 / at least 52" in counts
    assert "firefighters deployed: more than 600 / about 450" in counts
    assert any(s.startswith("date of start: Tuesday afternoon") for s in summaries(result, "date"))
    assert any("move this fast" in s for s in summaries(result, "quote"))
    # (blind, batch 46, written after all the twelfth session's engine changes: 6 of 7, no
    # false alarm. Still missed: a discarded cigarette / "clear signs of arson")
