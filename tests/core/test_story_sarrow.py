"""Four short accounts of a river flood, written at the end of the thirteenth session after all its
engine changes (batch 49), with their differences listed first, and scored blind once (see the
README's table of stories): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Thousands flee as River Esk floods Sarrow

By Jon Berg, Northern Wire — September 6, 2039

Floods forced about 2,000 people from their homes in Sarrow on Monday after the River Esk \
burst its banks following two days of heavy rain.

The river peaked at 5.2 metres, its highest level since 1998, the environment agency said. \
Two people died, police said.

Mayor Kari Lund said: "We have never seen water rise this quickly."
"""

B = """Sarrow evacuated as Esk overflows

Sarrow Gazette — September 6, 2039

More than 3,000 residents of Sarrow were evacuated on Monday as the Esk overflowed. The water \
reached 4.8 metres, the agency said.

One man died when his car was swept away.

"We have never seen the water rise so fast," Mayor Kari Lund said.
"""

C = """Sarrow residents return as waters fall

By Jon Berg, Northern Wire — September 7, 2039

Residents of Sarrow began returning home on Wednesday as the River Esk fell.

Three people died in the floods, police confirmed. About 400 homes were damaged.
"""

D = """Sarrow flood bill put at 80 million euros

Insurance Daily — September 8, 2039

Insurers estimate the damage from this week's flooding in Sarrow at 80 million euros.

More than 600 homes were damaged, the council said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("sarrow"), (A, B, C, D))


def test_evacuated_level_dead_homes_and_words(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people evacuated: about 2,000 / more than 3,000" in counts
    assert "level reached: 5.2 metres / 4.8 metres" in counts  # (read after the blind run)
    assert "people died: 2 / One man / 3 (later account)" in counts  # ("One man died when
    # his car was swept away": the clause after "when" is not the count's)
    assert "homes damaged: about 400 / more than 600" in counts
    assert len(summaries(result, "quote")) == 1
    # (blind, batch 49: 4 of 5, no false alarm; the deaths were found only as a typed word
    # change, 'number in "Two people died, police said."': "its highest level since 1998"
    # had made the sentence after it background, mended after, and "One man died when his
    # car was swept away" was read as swept, mended after)
