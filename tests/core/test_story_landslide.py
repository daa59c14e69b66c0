"""Four short accounts of a landslide, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Landslide buries village after days of rain

By Marco Diaz, Andes Post — March 6, 2025

A landslide buried 14 houses in the village of Santa Ines in Cordillera province before dawn \
on Thursday, after three days of heavy rain.

Thirty-one people are missing, local officials said.
"""

B = """Dozens missing as mud engulfs Andean village

Southern Wire — March 6, 2025

About 40 people are unaccounted for after a landslide struck a village in Cordillera province \
on Thursday, and eight bodies have been recovered.

Some 250 rescuers are digging through the mud. Residents had been warned to leave the area, \
the provincial governor said.
"""

C = """Villagers say warnings never came

By Lucia Torres, El Observador Daily — March 7, 2025

Survivors said the hillside gave way on Wednesday night, after a week of rain, and swallowed \
nine homes.

No evacuation order had been issued, they said.
"""

D = """President visits landslide site as search goes on

By Ana Ruiz, National Broadcaster — March 7, 2025

President Elena Ramos visited San Miguel, the village hit by Thursday's landslide, where five \
people have been confirmed dead.

More than 400 soldiers and volunteers are searching for survivors.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("landslide"), (A, B, C, D))


def test_missing_and_dead_in_accounts_that_share_few_words(result: Comparison) -> None:
    # the two later accounts share few words with the first two ("the hillside gave way",
    # "President Elena Ramos visited San Miguel") yet tell the same event
    assert not result.notes
    counts = summaries(result, "quantity")
    assert "people unaccounted: 31 / about 40" in counts
    assert "people dead: 8 / 5" in counts  # "eight bodies" / "five people ... confirmed dead"


def test_houses_buried_and_swallowed(result: Comparison) -> None:
    # "A landslide buried 14 houses" / "swallowed nine homes"
    assert "houses buried: 14 / 9" in summaries(result, "quantity")
