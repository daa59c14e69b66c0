"""Batch 64 (seventeenth session), a city's tram referendum in four accounts (wire, evening
paper, radio, trade journal), written with its differences listed first and scored blind once:
what is found now, and what is not."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Brannholm voters back new tram line

By Petra Lindqvist, Continental Wire — May 20, 2044

Voters in Brannholm approved a new tram line in a referendum on Thursday, with 54.2 percent in \
favour, the city's election office said on Friday.

Turnout was 38 percent. In all, 61,480 people voted for the plan and 51,940 against.

The city council said construction would begin in 2046 and cost 410 million euros.

"The city has chosen the future," Mayor Anika Roos told supporters.
"""

B = """Brannholm backs tram by narrow margin

Brannholm Evening Post — May 20, 2044

Brannholm has said yes to the tram. In Thursday's referendum 52.4 percent voted yes, on a \
turnout of 41 percent.

The line will cost 380 million euros, and work is due to start in 2047, according to the \
council's timetable.

"The city has chosen its future, and now we must deliver it," said Mayor Anika Roos.
"""

C = """Tram result: what happens next

Radio Brannholm — May 21, 2044

The result — 61,480 votes to 52,330 — means the 12-kilometre line from the main station to the \
university can go ahead.

Opposition group Keep Brannholm Moving, led by Bram Okafor, said it accepted the result and \
would not challenge it.

Mayor Anika Roos said tenders would be invited this autumn.
"""

D = """Brannholm tram vote: the numbers behind the yes

Urban Transit Journal — May 23, 2044

Thursday's vote in Brannholm cleared the way for the 14-kilometre line, the first new tram \
route in the region for 30 years.

Keep Brannholm Moving said on Monday it would challenge the result in court, citing \
irregularities at two polling stations.

The council expects the line to carry 45,000 passengers a day.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("brannholm"), (A, B, C, D))


def test_shares_sums_and_length(result: Comparison) -> None:
    assert summaries(result, "quantity") == [
        "vote share: 54.2 percent / 52.4 percent",  # ("voted yes"; found after)
        "turnout: 38 percent / 41 percent",
        "votes against: 51,940 / 61,480–52,330",  # ("In all, ... and 51,940 against"; after)
        "cost: 410 million euros / 380 million euros",  # (found after: the start year beside
        "line: 12 kilometre / 14 kilometre",  # the cost is no era of it)
    ]
    assert summaries(result, "date") == ["start date: 2046 / 2047"]
    assert len(summaries(result, "quote")) == 1  # "the future" / "its future, and ..." (after)


def test_controls(result: Comparison) -> None:
    # the votes for (61,480 in A and C), Thursday, the mayor and the opposition group agree;
    # "would not challenge it" (C) / "would challenge the result in court" (D, two days
    # later) is not found (optional: a later development)
    assert not summaries(result, "name")
    assert not summaries(result, "polarity")
