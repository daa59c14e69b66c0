"""Four short accounts of a festival crush, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Twenty-three die in crush at Riverside Festival

By Eva Lind, Nordic Herald — August 10, 2025

Twenty-three people died and more than 100 were injured when a crowd surged towards the north \
gate of the Riverside Festival in Kalmar shortly after 9 p.m. on Saturday.

About 50,000 people were at the festival on its final night. Police have opened an \
investigation.

"We are devastated," festival director Lina Park said.
"""

B = """Festival crush leaves at least 19 dead

Baltic Wire — August 10, 2025

At least 19 people were killed in a crush at the Riverside Festival in Kalmar on Saturday \
night, where a crowd of about 80,000 had gathered for the closing concert.

Organisers said extra stewards had been deployed for the final night.
"""

C = """Survivors describe panic at Kalmar festival

By Jon Berg, The Morning Courier — August 11, 2025

Witnesses said the crowd began to push at the main entrance around 11 p.m. on Saturday, as \
people tried to leave after the headline act.

Hospitals treated 64 people who were hurt in the crush.

"We are devastated," said Mayor Oscar Reed, who visited the injured on Sunday.
"""

D = """Kalmar crush death toll rises to 27

By Sara Holm, National Radio News — August 12, 2025

The death toll from Saturday's crush at the Riverside Festival in Kalmar has risen to 27, \
after four of the injured died in hospital.

Prosecutors have opened an inquiry. Documents seen by the broadcaster show that no extra \
stewards had been deployed for the final night.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("crush"), (A, B, C, D))


def test_toll_injured_crowd_and_time(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    # "The death toll from Saturday's crush at the Riverside Festival in Kalmar has risen to 27"
    assert "people died: 23 / at least 19 / 27 (later account)" in counts
    assert "people injured: more than 100 / 64" in counts
    # "About 50,000 people were at the festival" / "a crowd of about 80,000 had gathered"
    assert "people gathered: about 50,000 / about 80,000" in counts
    # the one clock time each account gives in its opening sentences
    assert any("9 p.m." in s and "11 p.m." in s for s in summaries(result, "date"))
    assert len(summaries(result, "polarity")) == 1  # stewards deployed / "no extra stewards"
