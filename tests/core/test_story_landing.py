"""Four short accounts of an emergency landing, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Plane makes emergency landing after engine fire

By Rui Costa, Air Travel News — September 21, 2026

A SkyLine Airways jet carrying 172 passengers made an emergency landing at Ostrava on Monday \
after one of its engines caught fire shortly after take-off, the airline said.

No one was injured. The Airbus A320 was flying from Vienna to Riga and landed 20 minutes \
after departure.
"""

B = """Passengers describe flames as jet returns to Ostrava

By Jana Holub, Central Europe Daily — September 21, 2026

A SkyLine Airways Airbus A321 returned to Ostrava shortly after take-off on Monday when \
flames were seen coming from an engine, passengers said.

The plane, with 181 people on board, landed safely. Three passengers were treated for minor \
injuries after using the emergency slides.
"""

C = """SkyLine jet lands safely after bird strike

By Omar Fahd, Continental Wire — September 22, 2026

A SkyLine Airways flight from Vienna to Riga landed safely at Ostrava on Monday after a bird \
strike damaged an engine, the airline said, denying earlier reports of a fire.

All 172 passengers and six crew members left the plane normally. Captain Eva Sorensen, 52, \
was praised for her calm.
"""

D = """Investigators examine SkyLine engine

By Lisa Brandt, Aviation Daily — September 23, 2026

Investigators on Tuesday began examining the engine of the SkyLine Airways jet that made an \
emergency landing in Ostrava. The plane's captain, Eva Sorensen, 49, has 20 years of flying \
experience.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("landing"), (A, B, C, D))


def test_counts_age_and_model(result: Comparison) -> None:
    found = summaries(result, "quantity")
    assert "people on board: 172 / 181" in found
    assert "people injured: none / 3" in found
    assert "age of Captain Eva Sorensen: 52 / 49" in found
    assert summaries(result, "name") == ["Airbus model: Airbus A320 / Airbus A321"]
    # (missed: "caught fire" / "denying earlier reports of a fire". A false alarm remains:
    # "Investigators on Tuesday began examining the engine of the jet that made an emergency
    # landing" is read as dating the landing, Monday / Tuesday)
