"""Four short accounts of an airport drone shutdown, written here in the sample's style with
their differences listed first, and scored blind once before the engine was changed for them
(see the README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Drone sightings halt flights at Brenford Airport

By Carl Winter, Aviation Daily — November 2, 2026

Flights at Brenford Airport were suspended for three hours on Saturday evening after two \
drones were spotted near the main runway, the airport said.

About 60 flights were cancelled or diverted, affecting some 9,000 passengers. Police arrested \
a 34-year-old man in a nearby field.

"Safety is our absolute priority," an airport spokeswoman, Tess Ford, said.
"""

B = """Brenford Airport reopens after drone chaos

By Lena Park, Northern Times — November 2, 2026

Brenford Airport reopened late on Saturday after a single drone was seen over the runway, \
forcing a shutdown of almost five hours.

Some 85 flights were cancelled. The airport said 14,000 passengers had been affected. Police \
said no arrests had been made.
"""

C = """Drone shuts airport for three hours

By Sam Idris, Continental Wire — November 3, 2026

Brenford Airport was closed for three hours on Saturday after drones were sighted near the \
runway at about 6 p.m., police said.

A man in his 30s was arrested near the perimeter fence and released on bail on Sunday.
"""

D = """Minister promises drone crackdown after Brenford shutdown

By Ola Berg, Evening Standard Europe — November 3, 2026

Transport Minister Dana Hart promised new powers against drones after Saturday's shutdown at \
Brenford Airport, which began at around 4:30 p.m.

"Safety is our absolute priority," Hart told reporters on Sunday. Around 60 flights were \
cancelled or diverted.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("drone"), (A, B, C, D))


def test_counts(result: Comparison) -> None:
    found = summaries(result, "quantity")
    assert "length of closure: 3 hours / nearly 5 hours" in found  # "suspended for", "closed
    # for", "a shutdown of": how long the airport was shut
    assert "drones spotted: 2 / a single drone" in found  # "a single drone": one
    assert "flights cancelled: about 60 / about 85" in found
    assert "passengers affected: about 9,000 / 14,000" in found


def test_time_and_speaker(result: Comparison) -> None:
    (date,) = summaries(result, "date")
    assert "6 p.m." in date and "4:30 p.m." in date
    assert len(summaries(result, "attribution")) == 1
    # ("arrested a 34-year-old man" / "no arrests had been made": found in the thirteenth
    # session, "made" read as the participle a "no" subject denies)
    assert summaries(result, "polarity") == [
        "arrest 34-year-old man: arrested / no arrests had been made"
    ]
