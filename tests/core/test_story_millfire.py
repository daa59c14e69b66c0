"""Four short accounts of an 1871 mill fire in period newspaper style, written here in the
sample's style with their differences listed first, and scored blind once before the engine was
changed for them (see the README's table of stories): what is found now, and what is not
flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Terrible Conflagration at Ashby Mills

From the Ashby Gazette — October 14, 1871

On Thursday evening last, about half-past eight o'clock, a fire broke out in the carding-room \
of the great cotton mill of Messrs. Hollis and Crane, on the bank of the river, and in less \
than two hours the whole building was a heap of ruins.

Seven of the hands perished in the flames, and eleven others were grievously hurt. The loss \
is estimated at forty thousand pounds, which is but partly covered by insurance.

The fire engine of the town arrived with commendable speed, but the water in the river being \
low, little could be done.
"""

B = """The Fire at Ashby

From the County Chronicle — October 16, 1871

A most destructive fire occurred at Ashby on the night of Thursday, the 12th inst., by which \
the cotton mill of Messrs. Hollis and Crane was entirely consumed.

The fire was first seen about nine o'clock, issuing from the windows of the spinning-room on \
the third floor. Five persons lost their lives, and several were injured in leaping from the \
windows.

The damage is put at thirty thousand pounds. The building was fully insured.
"""

C = """Calamitous Fire — Loss of Life

From the Northern Mercury — October 14, 1871

We regret to record that the cotton mill of Messrs. Hollis and Crane, at Ashby, was destroyed \
by fire on Thursday night, when seven workpeople lost their lives.

Mr. Hollis, who was present, declared that the fire had been caused by a lamp overturned in \
the carding-room. Upwards of three hundred hands are thrown out of employment by the calamity.
"""

D = """Ashby Mill Fire

From the Weekly Despatch — October 21, 1871

The mill of Messrs. Hollis and Crane at Ashby, which was burned on Thursday, the 12th inst., \
gave employment to some two hundred persons, who are now without work.

The origin of the fire is not known; Mr. Crane stated that no lamps were used in the \
carding-room after dark. The inquest upon the seven victims was opened on Monday before the \
coroner.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("millfire"), (A, B, C, D))


def test_toll_and_loss(result: Comparison) -> None:
    found = summaries(result, "quantity")
    assert "people killed: 5 / 7" in found  # "lost their lives", "workpeople"
    assert "damage: 40,000 pounds / 30,000 pounds" in found  # "The loss is estimated at" /
    # "The damage is put at"
    # (missed: "Seven of the hands perished", carding- / spinning-room, "partly covered by
    # insurance" / "fully insured", 300 / 200 hands out of work, the lamp; "about half-past
    # eight" / "about nine o'clock" are read as compatible)


def test_half_past_is_read_whole(result: Comparison) -> None:
    assert summaries(result, "date") == []  # ("half-past eight o'clock", not "eight o'clock")
