"""Four short accounts of a nightclub fire, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Nightclub fire kills 32 in Bucharest

By Andrei Popescu, Balkan Wire — November 1, 2027

A fire tore through a packed nightclub in central Bucharest late on Friday, killing 32 people \
and injuring more than 180, emergency services said.

About 400 people were inside the club, which had only one exit, when fireworks set the \
ceiling alight at around 10:30 p.m.

The club's three owners were detained on Saturday.
"""

B = """Bucharest club fire: 27 dead, 150 hurt

By Claire Martin, European Press Service — November 1, 2027

Twenty-seven people died and about 150 were hurt in a fire at a Bucharest nightclub during a \
rock concert on Friday night, officials said.

Witnesses said a pyrotechnic display ignited foam on a pillar just before 11 p.m. Around 300 \
people were at the concert.

"It was like hell," said Ioana Radu, a survivor.
"""

C = """Club owners arrested after deadly fire

By Mihai Ionescu, Romania Today — November 2, 2027

Police arrested two of the owners of the nightclub where 32 people died in a fire on Friday, \
prosecutors said on Sunday.

The club had a licence for 80 people but about 400 were inside, prosecutors said. The fire \
exits were locked.

"It was like hell," said a student who escaped.
"""

D = """Questions after Bucharest tragedy

By Lena Novak, Weekly Europe — November 4, 2027

The nightclub where the fire killed 32 people had passed a fire inspection a month earlier, \
city officials said.

Its emergency exits were open but too narrow, survivors said. Thousands marched in Bucharest \
on Tuesday demanding the government's resignation.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("nightclub"), (A, B, C, D))


def test_dead_and_injured(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people died: 32 / 27" in counts
    assert "people injured: more than 180 / about 150" in counts
    # (missed: about 400 inside the club / around 300 at the concert - "were inside" is kept
    # apart from crowds that came; around 10:30 / just before 11 p.m.; three owners detained /
    # two of the owners arrested; exits locked / open)
