"""Four short accounts of a building collapse, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Nine dead as apartment block collapses in Port Reval

By Marta Kell, Northern Courier — March 4, 2026

A six-storey apartment block in the Old Harbour district of Port Reval collapsed at about 4 \
a.m. on Tuesday, killing nine people and injuring 23.

Residents said the building came down in seconds while most families were asleep. "We heard a \
sound like thunder, and then there was only dust," said Amina Diallo, who lives across the \
street.

Rescue teams worked through the day with sniffer dogs and heavy cranes. City officials said \
the cause of the collapse was not yet known.
"""

B = """Port Reval building collapse: 11 killed, 14 pulled alive from rubble

By Henrik Saar, Baltic Daily Post — March 4, 2026

Eleven people were killed when a five-storey residential building collapsed in the Old \
Harbour district of Port Reval early on Tuesday.

Firefighters pulled 14 people alive from the rubble during the morning. Mayor Lena Ortiz, who \
visited the site, promised a full investigation.

City records show the building had been inspected last year and declared safe. Its owner \
could not be reached for comment.
"""

C = """Apartment block falls in Port Reval, nine confirmed dead

By Oskar Vinter, Reval Evening News — March 4, 2026

Nine people have been confirmed dead after an apartment building in Port Reval's Old Harbour \
district collapsed shortly after 5 a.m. on Tuesday.

More than 30 people were hurt, according to the regional health office. "We heard a sound \
like thunder, and then there was only dust," said Karim Osei, who runs a bakery on the ground \
floor of the next building.

Engineers are examining whether recent roadworks nearby weakened the foundations.
"""

D = """Death toll in Port Reval collapse rises to at least 12

By Ruth Amsel, Continental Wire — March 5, 2026

The death toll from Tuesday's collapse of an apartment block in the Old Harbour district of \
Port Reval has risen to at least 12, emergency services said on Wednesday.

Rescuers have so far brought 17 survivors out alive. Mayor Lena Ruiz said the search would \
continue until every resident was accounted for.

Neighbours said the building had never been inspected, despite years of complaints about \
cracks in its walls.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("collapse"), (A, B, C, D))


def test_counts(result: Comparison) -> None:
    found = summaries(result, "quantity")
    assert "number of storeys: 6 / 5" in found  # "a six-storey block": a measure, not a modifier
    assert "people rescued: 14 / 17 (later account)" in found  # "pulled ... alive"
    assert any(s.startswith("people killed: 9 / 11 / at least 12") for s in found)
    assert any(s.startswith("people injured: 23 / more than 30") for s in found)


def test_names_time_and_denial(result: Comparison) -> None:
    assert summaries(result, "name") == ["name of the mayor: Lena Ortiz / Lena Ruiz"]
    assert summaries(result, "date") == ["time of collapse: 4 a.m. / 5 a.m."]
    assert len(summaries(result, "attribution")) == 1
    assert len(summaries(result, "polarity")) == 1  # inspected / never been inspected
