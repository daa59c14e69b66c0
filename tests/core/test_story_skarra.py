"""A fire on a ferry, one account a live blog (blind batch 58, written at the end of the
fifteenth session after all its engine changes, frozen with sha1 before the engine ran; 3 of 8
over the batch, one false alarm: the blog's entry time read as the fire's)."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Fire on ferry Skarra forces passengers into lifeboats

By Arnel Grettir, Delta Wire — October 8, 2041

A fire broke out in the engine room of the ferry Skarra on Tuesday afternoon, forcing the \
ship to be abandoned in heavy seas, the operator Aster Line said.

All 312 passengers and 48 crew were taken off by lifeboats and nearby vessels. Two crew \
members were treated for burns.

The fire began at about 2.30 p.m., some 20 nautical miles off Karsby. Captain Eskel Tavish \
ordered the ship abandoned after the crew failed to contain the flames.
"""

B = """Live: ferry fire off Karsby

Coast News Live — October 8, 2041

16:05 The coastguard says 298 passengers and 51 crew have now been rescued from the Skarra. \
Helicopters from Karsby and Veltin took part.

15:40 The fire started shortly after 3 p.m. on the car deck, a coastguard spokeswoman told \
us.

15:10 Three people have been taken to hospital with burns, according to the ambulance \
service.
"""

C = """Burnt-out ferry towed to Veltin

Nordic Daily (English edition) — October 9, 2041

The ferry Skarra, which caught fire on Tuesday, was towed to the port of Veltin on \
Wednesday. The passenger ship had 360 people on board.

According to the shipping company, nobody was seriously injured. The cause of the fire is \
still unknown; investigators suspect a refrigerated truck.
"""

D = """How the Skarra fire spread

Maritime Review — October 9, 2041

The Skarra, built in 1998, had passed a safety inspection in June. Its sprinklers on the car \
deck were working, Aster Line said.

The fire, which began in a lorry on the car deck 25 nautical miles from Karsby, spread to \
two upper decks within half an hour. Captain Eskel Tavish, 58, has sailed with the company \
for 30 years.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("skarra"), (A, B, C, D))


def test_distance_and_time(result: Comparison) -> None:
    assert "distance from Karsby: about 20 nautical miles / 25 nautical miles" in summaries(
        result, "quantity"
    )
    # (blind, batch 58: 1 of 5 required and one false alarm, "time of fire: 2.30 p.m. /
    # 15:40", the live blog's entry time. Found after: a clock time opening a line of a live
    # report is the entry's, and the fire's own time is read)
    assert summaries(result, "date") == ["time of fire: 2.30 p.m. / 3 p.m."]
    # Still missed: the engine room / the car deck. Found in the sixteenth session: 312 / 298
    # passengers and 48 / 51 crew ("were taken off by lifeboats" is a rescue, not a departure),
    # told as the two totals with their parts
    assert (
        "people rescued: 360 (312 passengers and 48 crew) / 349 (298 passengers and 51 crew)"
        in summaries(result, "quantity")
    )
    # (not in the batch's list, found in the seventeenth session and judged true: "Two crew
    # members were treated for burns" / "Three people have been taken to hospital with
    # burns": both are the people hurt)
    assert "people injured: 2 / 3" in summaries(result, "quantity")
