"""Four short accounts of a gas price rise, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Energy firm raises gas prices by 12%

By Omar Aziz, Business Desk — September 2, 2027

Nordgas will raise household gas prices by 12 percent from October 1, affecting 2.4 million \
customers, the company said on Monday.

The average annual bill will rise by 180 euros. Chief executive Lena Holm blamed higher \
wholesale costs.
"""

B = """Nordgas price rise: what it means for you

September 2, 2027

Gas bills for Nordgas's 2.1 million household customers will go up by 15 percent from \
November 1.

The typical bill will increase by about 210 euros a year. Customers on fixed deals will not \
be affected.
"""

C = """Regulator to review Nordgas increase

September 3, 2027

The energy regulator said on Tuesday it would review Nordgas's 12 percent price rise, which \
takes effect on October 1.

Consumer groups called the increase unjustified. Customers on fixed deals will also see \
higher bills, the group said.
"""

D = """Nordgas profits soar

September 4, 2027

Nordgas reported a first-half profit of 340 million euros, up 40 percent, days after \
announcing higher prices.

Chief executive Lena Holm said the company would freeze prices for pensioners.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("utility"), (A, B, C, D))


def test_start_date(result: Comparison) -> None:
    assert summaries(result, "date") == ["start date: 1 October / 1 November"]
    # (missed: 12 / 15 percent; 2.4 / 2.1 million customers; 180 euros / about 210 euros a
    # year; fixed deals not affected / also higher bills)
