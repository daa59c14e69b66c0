"""Four short accounts of a volcanic eruption, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Mount Arden erupts, thousands flee

By Rita Sousa, Island Herald — May 11, 2025

Mount Arden erupted shortly after 3 p.m. on Saturday, sending a column of ash 5 kilometres \
into the sky and forcing about 8,000 residents from their homes.

Authorities raised the alert to the highest level and closed the island's airport.

No deaths have been reported.
"""

B = """Ash buries villages as Mount Arden roars back to life

Pacific Wire — May 11, 2025

Ash from Mount Arden, which rose 9 km above the crater, covered three villages on the \
volcano's eastern slopes on Saturday.

Some 120 flights were cancelled after the airport was closed.

"The volcano remains very unstable," said volcanologist Ines Kato.
"""

C = """Two dead as volcano forces mass evacuation

By Paul Grant, World Report — May 12, 2025

Two people were killed when Mount Arden erupted on Saturday morning, and 12,000 people have \
been moved to shelters.

The two victims, a farmer and his son, were struck by falling rocks, police said.
"""

D = """Mount Arden eruption disrupts air travel for second day

By Lea Fontaine, Euro Daily — May 12, 2025

More than 200 flights have been cancelled since Mount Arden erupted on Saturday, and five \
villages remain covered in ash.

Officials raised the alert to the second-highest level.

"The volcano remains very unstable," civil protection chief Marco Bell said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("volcano"), (A, B, C, D))


def test_evacuated_dead_villages_flights(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    # "forcing about 8,000 residents from their homes" / "12,000 people have been moved to
    # shelters": both evacuated
    assert "people evacuated: about 8,000 / 12,000 (later account)" in counts
    assert "people killed: none / 2 (later account)" in counts  # "No deaths have been reported"
    assert "villages covered: 3 / 5" in counts
    assert "flights cancelled: about 120 / more than 200" in counts
    assert len(summaries(result, "attribution")) == 1
    # "erupted shortly after 3 p.m. on Saturday" / "erupted on Saturday morning": the time of
    # day, though the day agrees
    assert summaries(result, "date") == [
        "time of eruption: 3 p.m. / Saturday morning (10 May) / Saturday (10 May)"
    ]
