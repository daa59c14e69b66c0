"""Four short accounts of a marathon record, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Kiptoo breaks marathon world record in Valdor

By Sara Lind, Sports Wire — October 4, 2027

Kenya's David Kiptoo broke the marathon world record on Sunday, winning the Valdor Marathon \
in 2:00:52, eleven seconds faster than the old mark.

The 27-year-old pulled away from Ethiopia's Haile Abebe after 35 kilometres and won by more \
than a minute. "I knew I could do it today," Kiptoo said. He takes home $250,000 in prize \
money and bonuses.
"""

B = """New world record as Kiptoo wins in Valdor

October 4, 2027

David Kiptoo lowered the world record to 2:00:58 in cool, still conditions in Valdor on \
Sunday, beating the previous best by five seconds.

Kiptoo, 28, broke clear at 30 kilometres. Abebe finished second, 48 seconds behind. "I knew I \
could do it today," the Kenyan told reporters.
"""

C = """Valdor Marathon: Kiptoo makes history

October 5, 2027

Kiptoo's winning time of 2:00:52 in Valdor on Sunday was a world record. The runner-up, Haile \
Abebe, crossed the line 1 minute 12 seconds later.

Race director Mia Holm said the weather had been ideal, with a temperature of 9C at the start.
"""

D = """What Kiptoo's record means for the two-hour barrier

October 6, 2027

The new record, set in Valdor on Sunday, leaves the two-hour barrier 52 seconds away. Kiptoo \
ran in a temperature of 12C.

The 27-year-old said he had trained at altitude for four months before the race.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("marathon"), (A, B, C, D))


def test_temperature_and_one_speaker(result: Comparison) -> None:
    assert summaries(result, "quantity") == [
        "race time: 2:00:52 / 2:00:58",
        "temperature: 9 C / 12 C",
    ]
    assert summaries(result, "attribution") == []  # '"...," the Kenyan told reporters': the
    # winner named before, not a second speaker
    # (missed: eleven / five seconds under the old record; 27 / 28 years; 35 / 30
    # kilometres; the margin over Abebe)
