"""Four short accounts of a jet diverted after losing cabin pressure, written here in the
sample's style with their differences listed first, and scored blind once before the engine was
changed for them (see the README's table of stories): what is found now, and what is not
flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Transatlantic jet diverts after cabin pressure loss

By Henrik Dahl, Nordic Press Agency — January 15, 2026

A Nordic Air flight from Oslo to New York with 186 passengers and six crew members on board \
was diverted to Gander on Wednesday after losing cabin pressure at 11,000 metres.

The problem began about 40 minutes after take-off, when oxygen masks dropped from the ceiling \
of the Boeing 737, passengers said.

The pilot declared an emergency and began a rapid descent. Twelve people were treated for \
minor injuries after landing.

"The crew did everything right," airline spokeswoman Mia Holm said.
"""

B = """Oslo-New York flight makes emergency landing

From Baltic Wire, January 15, 2026

Nordic Air flight NA 402 landed safely in Shannon on Wednesday after a loss of cabin \
pressure, the airline said.

There were eight crew on board. No one was injured.

Passengers were being rebooked on other flights to New York.
"""

C = """Passengers describe terror on stricken jet

The Daily Ledger
16 January 2026

Passengers on Nordic Air flight NA 402 described scenes of panic as the plane plunged from \
about 30,000 feet over the Atlantic on Wednesday.

The flight, carrying 174 passengers, was bound for New York from Oslo.

Aviation sources said the pilot did not declare an emergency, and air traffic controllers \
learnt of the problem only when the plane began its descent.
"""

D = """Investigators examine Nordic Air jet

By Clara Voss, Atlantic Review — January 15, 2026

Accident investigators began examining the Boeing 737 that suffered a loss of cabin pressure \
two hours into its flight from Oslo on Wednesday.

"The crew did everything right," said Erik Sten, head of the pilots' union.

The airline has grounded two other aircraft of the same type as a precaution.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("plane"), (A, B, C, D))


def test_passengers_crew_injured_speaker_and_emergency(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "passengers on board: 186 / 174" in counts  # the crew counted apart
    assert "crew on board: 6 / 8" in counts  # "six crew members" / "eight crew"
    assert any(s.endswith("12 / none") for s in counts)  # "treated for minor injuries"
    speakers = summaries(result, "attribution")
    assert any("Mia Holm" in s and "Erik Sten" in s for s in speakers)
    assert any("not declare" in s for s in summaries(result, "polarity"))
