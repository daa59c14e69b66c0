"""Four short accounts of a football transfer, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Rovers sign striker Okafor for record £18m

By Sam Doyle — July 10, 2026

Harbour Rovers have signed striker Daniel Okafor from Valmont for a club-record fee of £18 \
million, the club announced on Friday.

The 24-year-old has agreed a five-year contract. Okafor scored 21 goals for Valmont last \
season.

"He is exactly the player we wanted," manager Paul Heaney said.

The deal beats the £15m Rovers paid for defender Luis Mora in 2024.
"""

B = """Okafor completes move to Rovers

July 10, 2026

Daniel Okafor has joined Harbour Rovers on a four-year deal, with the fee reported to be £20 \
million including add-ons.

The 25-year-old forward, who scored 19 league goals last season, passed a medical on Thursday.

Rovers' director of football, Simon Hale, said: "He is exactly the player we wanted."
"""

C = """Valmont lose top scorer

July 10, 2026

Valmont have sold their top scorer Daniel Okafor to Harbour Rovers. The club did not disclose \
the fee.

Okafor, 24, scored 21 goals in all competitions last season and leaves after three years at \
the club.

Valmont manager Ines Roca said the club had rejected two earlier bids.
"""

D = """Rovers break the bank for Okafor

July 11, 2026

Rovers have paid £18m for Okafor, the club's biggest ever signing, surpassing the £16m spent \
on Luis Mora two years ago.

He signs a five-year contract and will wear the number nine shirt.

Okafor was not the first choice: Rovers had failed in a bid for another striker in January, \
Heaney admitted.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("transfer"), (A, B, C, D))


def test_fee_contract_age_and_speaker(result: Comparison) -> None:
    found = summaries(result, "quantity")
    assert "fee: £18 million / £20 million / did not disclose the fee" in found
    assert "age of Okafor: 24 / 25" in found  # "The 24-year-old" / "The 25-year-old forward"
    assert "length of contract: 5 years / 4 years" in found  # "contract" / "deal"
    assert summaries(result, "attribution") == [
        "who said He is exactly the player we…: manager Paul Heaney / Rovers' director of "
        "football, Simon Hale"
    ]
    # (missed: £15m / £16m for Luis Mora; 21 / 19 goals is a count of two things)


def test_two_days_of_two_events_are_not_one(result: Comparison) -> None:
    assert summaries(result, "date") == []  # announced on Friday / medical on Thursday
