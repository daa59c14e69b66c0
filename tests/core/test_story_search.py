"""Four short accounts of a search for a missing aircraft, written here in the sample's style
with their differences listed first, and scored blind once before the engine was changed for
them (see the README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Search under way for missing light aircraft

By Lars Berg, Nordic Wire — August 14, 2027

Rescuers are searching for a light aircraft with four people on board that disappeared over \
the Kaldr mountains on Thursday afternoon.

The plane last made radio contact at 3:20 p.m., about 40 minutes after taking off from Vik, \
the aviation authority said. Two helicopters and 60 volunteers are taking part in the search.
"""

B = """Plane with five aboard missing in mountains

August 14, 2027

A Cessna carrying five people vanished over the Kaldr range on Thursday. Air traffic \
controllers lost contact with the aircraft at 3:45 p.m.

The pilot, a 58-year-old instructor, had issued no distress call, officials said. The search \
covers an area of 300 square kilometres.
"""

C = """Wreckage found in search for missing plane

August 15, 2027

Searchers on Friday found wreckage believed to be from the light aircraft missing since \
Thursday in the Kaldr mountains. There was no sign of survivors.

The pilot had sent a brief distress call before contact was lost, the aviation authority said.
"""

D = """Families wait for news of missing aircraft

August 15, 2027

Relatives gathered at Vik airfield as the search for the missing plane entered its second \
day. The search area has been widened to 500 square kilometres.

The 61-year-old pilot was an experienced instructor, the flying club said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("search"), (A, B, C, D))


def test_on_board_and_contact_time(result: Comparison) -> None:
    found = summaries(result, "quantity")
    assert "people on board: 4 / 5" in found  # "A Cessna carrying five people": no owner
    assert "time of departure: 3:20 p.m. / 3:45 p.m." in summaries(result, "date")
    # (the times are right, the topic is not: contact was lost then. Missed: the distress
    # call sent / not sent; the pilot's age 58 / 61. The search area, widened from 300 to
    # 500 square kilometres, is shown as a conflict.)
