"""Four short accounts of a jet skidding off a snowy runway, written at the end of the thirteenth
session after all its engine changes (batch 49), with their differences listed first, and scored
blind once (see the README's table of stories): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Jet skids off snowy runway at Tovik

By Lena Hart, Air Wire — February 15, 2039

A Pellan Air jet with 142 passengers and six crew skidded off a snowy runway while landing at \
Tovik airport on Monday evening, the airline said.

Eleven people were taken to hospital with minor injuries. The plane, an Airbus A320 arriving \
from Lisbon, came to rest in a field about 50 metres from the runway.

"The crew followed every procedure," Pellan Air chief executive Nina Sorel said.

The airport reopened on Tuesday morning.
"""

B = """Seventeen hurt as plane slides off runway

Tovik Evening News — February 15, 2039

A passenger jet slid off the runway at Tovik on Monday night with 156 people on board.

Seventeen people were injured, two of them seriously, emergency services said. The Pellan Air \
flight from Madrid touched down at 9.40 p.m. in heavy snow.

"The crew followed all procedures," chief executive Nina Sorel said.

The airport remained closed on Tuesday.
"""

C = """Tovik jet was travelling fast, investigators say

By Lena Hart, Air Wire — February 16, 2039

Investigators said on Wednesday that the Pellan Air jet that left the runway at Tovik on \
Monday landed at 8.55 p.m. and was travelling at about 150 km/h when it left the tarmac.

The runway had been cleared of snow an hour before the landing.
"""

D = """All Tovik passengers out of hospital

National Travel Review — February 16, 2039

Pellan Air said on Wednesday that none of the passengers injured when its plane skidded off \
the runway at Tovik remained in hospital.

Investigators said the jet was travelling at 110 km/h. The runway had not been cleared of \
snow since the afternoon, a union representative said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("pellan"), (A, B, C, D))


def test_board_hurt_speed_time_runway_and_words(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people on board: 148 (142 passengers and six crew) / 156" in counts
    assert "people injured: 11 / 17" in counts
    assert "speed traveled: about 150 km/h / 110 km/h" in counts
    (date,) = summaries(result, "date")
    assert "9.40 p.m." in date and "8.55 p.m." in date and "afternoon" not in date
    assert summaries(result, "polarity") == ["clear of snow hour: cleared / not been cleared"]
    assert any("every procedure" in s for s in summaries(result, "quote"))
    # (blind, batch 49: 6 of 8, no false alarm. Flaws inside true findings, mended after:
    # on board shown as 142 where A tells "142 passengers and six crew"; the landing time
    # carried D's "since the afternoon", when the runway was last cleared. Still missed:
    # from Lisbon / from Madrid; reopened on Tuesday morning / remained closed on Tuesday)
    assert summaries(result, "name") == ["origin: from Lisbon / from Madrid"]  # (found in
    # the fourteenth session: where the vehicle of the event came from, rules journey_nouns)
