"""Four short accounts of an earthquake, written at the end of the fourteenth session after
its engine changes in a longer, more varied style (batch 53), with their differences listed
first, and scored blind once (see the README's table of stories): what is found, and what is
not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Earthquake kills at least 19 around Quarro

By Nils Ystad, Regional Wire — October 2, 2040

A magnitude 6.4 earthquake struck the mountain villages around Quarro late on Monday, \
killing at least nineteen people and injuring more than 150, according to the civil \
protection agency.

The quake hit at 11.42 p.m. at a depth of 12 kilometres, the national seismological \
institute said, and was felt as far away as the coast. Dozens of stone houses collapsed in \
the older parts of the villages.

"We are still searching house by house," said civil protection chief Hanne Brisa.
"""

B = """Quarro quake: 26 confirmed dead

Quarro Evening Star — October 2, 2040

Twenty-six people are confirmed dead after a 6.1-magnitude tremor shook Quarro province \
shortly before midnight on Monday, officials said on Tuesday.

Around two hundred people were hurt, many of them by falling masonry as they slept. \
Seismologists said the quake's epicentre lay about eight kilometres below the surface.

"We are still searching, house by house," Hanne Brisa, the head of civil protection, told \
reporters.
"""

C = """Girl pulled alive from Quarro rubble

By Nils Ystad, Regional Wire — October 3, 2040

Rescuers pulled a seven-year-old girl alive from the rubble of her family's home in Quarro \
on Wednesday, more than 30 hours after the earthquake.

The regional governor said aftershocks on Tuesday had damaged the main hospital in Quarro, \
and patients were being moved to field clinics.
"""

D = """Quarro: a second night in tents

National Review — October 3, 2040

Some 3,000 people spent a second night in tents around Quarro as aftershocks continued. The \
girl rescued on Wednesday morning was nine, her uncle said.

The main hospital in Quarro was not damaged and remained open, the health ministry said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("quarro"), (A, B, C, D))


def test_magnitude_dead_injured_and_depth(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "magnitude: 6.4 / 6.1" in counts
    assert "people killed: at least 19 / 26" in counts
    assert "people injured: more than 150 / about 200" in counts
    assert "depth: 12 kilometres / about 8 kilometres" in counts
    assert not summaries(result, "quote")  # the same words but for a comma
    assert not summaries(result, "date")  # 11.42 p.m. / shortly before midnight: one time
    # (blind, batch 53: 4 of 6, no false alarm. Missed: "aftershocks on Tuesday had damaged
    # the main hospital" / "The main hospital in Quarro was not damaged", found in the
    # sixteenth session: a negated passive's subject is what the other account's verb did,
    # and a weekday is no doer)
    assert summaries(result, "polarity") == ["damage main hospital: damaged / not damaged"]


def test_the_girls_age(result: Comparison) -> None:
    # missed blind (batch 53), found in the fifteenth session: "a seven-year-old girl" /
    # "The girl rescued on Wednesday morning was nine"
    assert "age of the girl: 7 / 9" in summaries(result, "quantity")
