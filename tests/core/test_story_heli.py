"""Four short accounts of a medical helicopter crash, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Medical helicopter crashes in fog near Dunmore, killing four

By Sarah Quinn, Coastal Herald — March 3, 2027

A medical helicopter crashed into a hillside near the village of Dunmore shortly before 11 \
p.m. on Tuesday, killing all four people on board, the regional air ambulance service said.

The aircraft had taken off from St. Anne's Hospital at 10:35 p.m. to carry a patient to the \
city's trauma centre.

The pilot, Mark Ellison, 52, had flown for the service for 14 years.

Investigators from the Air Accidents Branch arrived at the site on Wednesday morning.
"""

B = """Four dead as air ambulance goes down in thick fog

By Peter Lowe, National Wire — March 3, 2027

Three crew members and a patient were killed when an air ambulance helicopter came down near \
Dunmore late on Tuesday night, police said.

The helicopter left St Anne's Hospital at about 10:50 p.m. and lost contact with controllers \
eight minutes later.

"The weather was very poor, with thick fog on the hills," a police spokesman said.

The service has grounded its other two helicopters while checks are carried out.
"""

C = """Air ambulance pilot made no distress call, service says

By Ruth Adler, The Examiner — March 4, 2027

The pilot of the air ambulance that crashed near Dunmore, killing the four people on board, \
did not make a distress call, the service's director, Helen Marsh, said on Wednesday.

"The weather was extremely poor, with thick fog on the hills," Ms Marsh said.

The pilot, Mark Ellison, 54, was among the most experienced in the region.
"""

D = """Crash investigators recover flight recorder

By Tom Grant, Dunmore Gazette — March 5, 2027

Investigators on Thursday recovered the flight data recorder from the helicopter that crashed \
near Dunmore at around 11:15 p.m. on Tuesday, killing five people.

The pilot made a brief distress call before contact was lost, the Air Accidents Branch said.

The service has grounded its three remaining helicopters.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("heli"), (A, B, C, D))


def test_toll_times_age_and_fleet(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people killed: 4 / 5 (later account)" in counts
    assert "age of Mark Ellison: 52 / 54" in counts
    assert "number of helicopters: 2 / 3" in counts  # "its other two" / "its three remaining"
    dates = summaries(result, "date")
    assert "time of departure: 10:35 p.m. / 10:50 p.m." in dates  # "taken off" / "left"
    assert any("11 p.m." in d and "11:15 p.m." in d for d in dates)
    assert summaries(result, "polarity") == ["make distress call: not make / made"]
    assert len(summaries(result, "quote")) == 1
    # (blind, batch 32: 5 of 7, no false alarm; missed then the take-off time and the
    # helicopters grounded. Still not flagged: the weather quote is credited to a police
    # spokesman in one account and to the service's director in another - the quote's
    # wording is found, the speaker's difference is not)
