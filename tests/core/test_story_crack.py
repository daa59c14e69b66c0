"""Four short accounts of a bridge closed for a crack, written here in the sample's style with
their differences listed first, and scored blind once before the engine was changed for them
(see the README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Crack closes Harbour Bridge to traffic

By Jane Holt, City Desk — February 3, 2027

The Harbour Bridge was closed to all traffic on Monday after engineers found a 40-centimetre \
crack in a steel beam, the city's transport department said.

The bridge carries about 60,000 vehicles a day. The department said it would stay closed for \
at least two weeks while repairs are carried out.
"""

B = """Harbour Bridge shut after inspectors find crack

February 3, 2027

Inspectors found a crack about 25 centimetres long in one of the bridge's main beams during a \
routine check on Sunday, and the bridge was shut on Monday morning.

Around 80,000 vehicles use the bridge each day. Buses have been diverted. Transport director \
Leo Marsh said: "Safety comes first."
"""

C = """Commuters face long delays after bridge closure

February 4, 2027

Drivers faced delays of up to 90 minutes on Tuesday as traffic was diverted around the closed \
Harbour Bridge.

"Safety comes first," Mayor Rosa Venn said. The bridge, opened in 1971, was last inspected in \
2024.
"""

D = """Harbour Bridge to reopen within days

February 5, 2027

The Harbour Bridge will reopen to cars by the weekend, the transport department said on \
Wednesday, after temporary steel plates were fitted over the crack.

Lorries will stay banned for a month. The bridge was last inspected in 2022, according to \
city records.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("crack"), (A, B, C, D))


def test_crack_traffic_inspection_and_speaker(result: Comparison) -> None:
    found = summaries(result, "quantity")
    assert "crack: 40 centimetre / about 25 centimetres" in found
    assert "vehicles: about 60,000 / about 80,000" in found  # "a day" / "use the bridge each day"
    assert summaries(result, "date") == ["date of inspection: 2024 / 2022"]  # not "opened in
    # 1971", told beside the first
    assert len(summaries(result, "attribution")) == 1
    # (missed: "at least two weeks" / "reopen by the weekend"; the crack found on Sunday)
