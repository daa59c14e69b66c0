"""Four short accounts of an airport suicide bombing, written here with their differences listed
first, and scored blind once before the engine was changed for them (see the README's table of
stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Suicide bomber kills nine at Port Azar airport

By Lena Farouk, Eastern Wire — February 8, 2028

A suicide bomber blew himself up in the departures hall of Port Azar international airport on \
Tuesday morning, killing nine people and wounding 31, the interior ministry said.

The blast happened at 8.40am, as passengers queued at check-in desks.

Two of the dead were police officers.
"""

B = """Airport blast: death toll climbs to 14

By Tariq Aziz, Gulf Herald — February 8, 2028

At least 14 people were killed in a suicide bombing at Port Azar airport, the health ministry \
said on Tuesday evening. More than 50 people were wounded.

The explosion struck the arrivals hall at about 9.20am.

Interior Minister Selim Kaya said the bomber had arrived at the airport in a taxi.
"""

C = """Port Azar airport reopens a day after bombing

By Lena Farouk, Eastern Wire — February 9, 2028

Port Azar airport reopened on Wednesday, a day after a suicide bombing that killed 14 people.

The interior ministry said the bomber, a 23-year-old man, had arrived at the airport on foot.

"We will not bow to terror," President Omar Hadid said.
"""

D = """Militant group claims Port Azar airport bombing

By Sam Okoro, World Report — February 10, 2028

A militant group calling itself the Azar Front said on Thursday that it had carried out \
Tuesday's bombing at Port Azar airport.

"We will never bow to terror," President Omar Hadid said on Wednesday.

Police have arrested four people, including the bomber's brother. The bomber was 25, police \
said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("airport"), (A, B, C, D))


def test_toll_time_age_and_quote(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people killed: 9 / at least 14 / 14" in counts
    assert "people wounded: 31 / more than 50" in counts
    assert "age of the bomber: 23 / 25" in counts  # "The bomber was 25, police said."
    # "The blast happened at 8.40am, as passengers queued": what went on meanwhile is not
    # what happened at 8.40
    assert "time of explosion: 8.40am / 9.20am" in summaries(result, "date")
    assert len(summaries(result, "quote")) == 1  # "will not bow" / "will never bow"
    # (blind, batch 33: 2 of 7, no false alarm. Still missed: the departures / arrivals hall
    # and "in a taxi" / "on foot", differences in sentences that share too few words to
    # align)
