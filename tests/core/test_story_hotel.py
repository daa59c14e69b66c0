"""Four short accounts of a hotel fire, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Fire at seaside hotel kills six

By Marco Bellini, Adriatic News — July 12, 2026

Six people were killed and 25 injured when fire swept through the Hotel Miramare in the \
resort town of Porto Lenta early on Saturday, the fire brigade said.

The blaze started in the kitchen on the ground floor at around 2 a.m. and spread quickly to \
the upper floors. About 300 guests were in the hotel at the time.

Investigators said the fire alarms had not worked.
"""

B = """Porto Lenta hotel blaze: eight dead

By Anna Kovacs, Central Europe Daily — July 12, 2026

At least eight people died in a fire at the Hotel Miramare in Porto Lenta on Saturday \
morning, officials said. Most of the victims were German tourists.

The fire broke out in a laundry room in the basement shortly after 3 a.m. Firefighters \
rescued around 40 guests from balconies with ladders.
"""

C = """Hotel owner questioned after deadly Porto Lenta fire

By Luca Ferri, Continental Wire — July 13, 2026

Police questioned the owner of the Hotel Miramare on Sunday after a fire killed six guests \
and injured 31 at the resort hotel early on Saturday.

Guests said the fire alarms sounded and staff helped them leave. The 120-room hotel had \
passed a fire inspection in May, the town council said.
"""

D = """Porto Lenta mourns fire victims

By Elena Rossi, Evening Post — July 14, 2026

Hundreds of people attended a vigil on Monday for the victims of the fire at the Hotel \
Miramare. Most of the dead were Italian families on holiday, the mayor said.

The hotel, which has 95 rooms, will remain closed during the investigation.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("hotel"), (A, B, C, D))


def test_toll_and_time(result: Comparison) -> None:
    found = summaries(result, "quantity")
    assert "people killed: 6 / at least 8" in found
    assert "people injured: 25 / 31 (later account)" in found
    (date,) = summaries(result, "date")
    assert "2 a.m." in date and "3 a.m." in date  # (not "time of grind": "the ground floor")
    # (missed: kitchen / laundry room; alarms "had not worked" / "sounded"; German tourists /
    # Italian families. Found in the seventeenth session: a 120-room hotel / 95 rooms, a
    # building's capacity told in a compound, of no era)
    assert "number of rooms: 120 / 95" in found
