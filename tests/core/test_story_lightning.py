"""Four short accounts of a lightning strike at a festival, written here in the sample's style
with their differences listed first, and scored blind once before the engine was changed for
them (see the README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Lightning strike injures festival-goers

By Tom Reed, Events Wire — July 19, 2027

A lightning strike injured 18 people at the Sundstrand music festival on Saturday afternoon, \
organisers said. Four of them were taken to hospital.

The strike hit a tree near the main stage at about 4:15 p.m. The rest of the day's concerts \
were cancelled.
"""

B = """Festival lightning: 24 hurt

July 19, 2027

Twenty-four people were hurt when lightning struck near the main stage at the Sundstrand \
festival at around 3:30 p.m. on Saturday.

Seven were treated in hospital. Organisers said the festival would continue on Sunday.
"""

C = """Sundstrand festival resumes after lightning strike

July 20, 2027

The Sundstrand festival resumed on Sunday, a day after lightning injured 18 people. All but \
one of those taken to hospital have been released.

"Safety was our first concern," festival director Ola Dahl said.
"""

D = """Meteorologists warned of storms before festival

July 21, 2027

The national weather service had issued a storm warning for the Sundstrand area on Saturday \
morning, hours before lightning struck the festival.

"Safety was our first concern," said the organisers' spokeswoman, Eva Lund. About 30,000 \
people attended on Saturday.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("lightning"), (A, B, C, D))


def test_injured(result: Comparison) -> None:
    assert "people injured: 18 / 24" in summaries(result, "quantity")
    # "resumed on Sunday, a day after lightning injured 18 people": the lightning's day is
    # the Saturday before that Sunday (this was a false date until the ninth session)
    assert not summaries(result, "date")
    # (Missed: four / seven taken to hospital; 4:15 / 3:30 p.m.; the speaker.)
