"""Four short accounts of a shooting at a concert, written here in the sample's style with
their differences listed first, and scored blind once before the engine was changed for them
(see the README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Gunman opens fire at outdoor concert, killing six

By Rosa Diaz, Western Wire — August 2, 2027

A gunman opened fire on an outdoor concert in the city of Fairview on Saturday night, killing \
six people and wounding 23 before police shot him dead, authorities said.

The shooting began at 10:12 p.m. and lasted about four minutes. The gunman, a 42-year-old \
local man, fired more than 100 rounds from a nearby rooftop.

About 5,000 people were attending the concert.
"""

B = """Seven killed in Fairview concert shooting

By Ben Carter, News Network — August 2, 2027

Seven people were killed and 19 wounded when a man fired into the crowd at a music festival \
in Fairview on Saturday, police said.

Officers reached the shooter within two minutes and he took his own life, the police chief \
said. The suspect was 39.

"The officers ran toward the gunfire," Police Chief Maria Lopez said.
"""

C = """Fairview mourns as victims named

By Julia Park, The Fairview Ledger — August 3, 2027

The seven people killed in Saturday's shooting ranged in age from 17 to 64, officials said on \
Sunday.

Police said the gunman fired about 60 shots. Around 8,000 people had been at the festival.

"The officers ran toward the gunfire," Mayor Tim Brooks said.
"""

D = """Questions over festival security

By Owen Hale, City Weekly — August 5, 2027

The festival where seven people were shot dead on Saturday had only 12 security guards, \
organisers admitted.

Police took six minutes to reach the rooftop, according to a timeline released by the city.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("concert"), (A, B, C, D))


def test_dead_wounded_and_speaker(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people killed: 6 / 7" in counts  # "were shot dead" is killed; "had only 12
    # security guards" is no count of the dead (it was, blind: "dead ... had only 12")
    assert "people wounded: 23 / 19" in counts
    assert len(summaries(result, "attribution")) == 1
    assert "age of the gunman: 42 / 39" in counts  # "The suspect was 39" (tenth session)
    # (missed: more than 100 rounds / about 60 shots; about 5,000 / around 8,000 at the
    # concert; two / six minutes to reach him)
