"""Four short accounts of a hurricane, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Hurricane Elena kills three as it slams into coast

By Julia Reyes, Caribbean Wire — September 19, 2025

Hurricane Elena made landfall at about 4 a.m. on Friday near the fishing town of Porto Lima \
as a Category 3 storm, with gusts of up to 160 km/h.

Three people were killed, and about 250,000 homes were left without power, officials said.

Up to 300 mm of rain fell in some areas in less than a day.

"This is the worst storm in 30 years," said meteorologist Ana Ruiz of the national weather \
service.
"""

B = """Elena leaves hundreds of thousands in the dark

Continental Post, September 19, 2025

More than 400,000 households lost electricity after Hurricane Elena came ashore late on \
Thursday.

The utility company said crews from three provinces were working to restore supplies.

Schools will reopen on Monday, the education ministry said.
"""

C = """Santa Rosa bears brunt of Hurricane Elena

The Daily Ledger
20 September 2025

The town of Santa Rosa was hit hardest when Hurricane Elena, a Category 3 storm, struck the \
coast with winds of 190 km/h.

"This is the worst storm in 30 years," Mayor Luis Prado told reporters as he toured flooded \
streets.

Dozens of fishing boats were destroyed in the harbour.
"""

D = """One dead as Elena floods coastal towns

By Marco Silva, Atlantic Review — September 19, 2025

One person was killed when a tree fell on a car during Hurricane Elena, police said on Friday.

The storm dumped 150 millimetres of rain on the coast, causing rivers to burst their banks.

Schools will not reopen on Monday, officials said, because many buildings are being used as \
shelters.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("storm"), (A, B, C, D))


def test_wind_dead_outages_and_schools(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert any("160 km/h" in s and "190 km/h" in s for s in counts)
    assert any(s.startswith("people killed: 3 / One person") for s in counts)
    assert any(s.startswith("homes without power:") and "400,000" in s for s in counts)
    assert not any("Category" in s or "30 years" in s for s in counts)
    assert any("not reopen" in s for s in summaries(result, "polarity"))
    speakers = summaries(result, "attribution")  # "said meteorologist Ana Ruiz"
    assert any("Ana Ruiz" in s and "Luis Prado" in s for s in speakers)


def test_rainfall_told_once_each(result: Comparison) -> None:
    # "300 mm of rain" / "150 millimetres of rain": a measure of one named thing
    assert "rain: up to 300 mm / 150 millimetres" in summaries(result, "quantity")
