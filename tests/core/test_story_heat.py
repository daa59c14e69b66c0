"""Four short accounts of a heatwave, written here in the sample's style with their differences
listed first, and scored blind once before the engine was changed for them (see the README's
table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Spain swelters as record temperature hits 46.2C

By Carmen Ruiz, Iberia Times — July 15, 2025

A temperature of 46.2C was recorded in Seville on Tuesday, the fifth day of the heatwave, \
beating a record set in 2003.

At least 30 deaths have been linked to the heat, and a red alert remains in force across the \
south.

"This is what climate change looks like," Health Minister Julia Moreno said.
"""

B = """Heatwave strains Spanish hospitals

Continental Post — July 15, 2025

Hospitals treated 1,400 people for heat-related illness on Tuesday, the fourth day of the \
heatwave, as Seville broke a temperature record from 1977.

Schools remain open, but classes end at noon.
"""

C = """Seville records 44.8 degrees as heat emergency deepens

By Tom Hale, Global News Network — July 16, 2025

Seville reached 44.8 degrees on Tuesday, the highest ever recorded in the city.

More than 2,000 people have needed hospital treatment and schools were closed across Andalusia.

Water rationing has been imposed in 40 towns.
"""

D = """Heat deaths climb to 52 in Spain

By Ana Lopes, Lisbon Daily — July 17, 2025

Fifty-two people have died in Spain's heatwave, officials said on Thursday, as a red alert \
stayed in place.

Water rationing is now in force in 25 towns.

"This is what climate change looks like," said meteorologist Pedro Alves.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("heat"), (A, B, C, D))


def test_temperature_dead_and_treated(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    # "A temperature of 46.2C was recorded ... on Tuesday, ..., beating a record set in 2003"
    # / "Seville reached 44.8 degrees on Tuesday": one reading; 2003 is the record's year
    assert "temperature: 46.2 C / 44.8 degrees" in counts
    assert "people died: at least 30 / 52 (later account)" in counts
    # "Hospitals treated 1,400 people" / "More than 2,000 people have needed hospital
    # treatment"
    assert "people hospitalised: 1,400 / more than 2,000 (later account)" in counts
    assert not summaries(result, "polarity")  # (schools "remain open" / "were closed": missed)
