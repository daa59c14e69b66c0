"""Four short accounts of a bank robbery, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Armed robbers take $2.3 million from Millport bank

By Dan Cole, Millport Gazette — October 3, 2025

Three armed men stormed the First National Bank branch on Harbor Street in downtown Millport \
at 9:15 a.m. on Friday and escaped with $2.3 million.

They held 11 employees at gunpoint for about 20 minutes and fled in a black SUV. No shots \
were fired.

"They knew exactly what they were doing," police chief Alan Ward said.
"""

B = """Gunmen raid Millport bank

Metro News — October 3, 2025

Two gunmen burst into a bank on Harbor Street in Millport shortly before 10 a.m. on Friday, \
firing two shots into the ceiling before ordering staff to the floor.

Customers were allowed to leave unharmed.
"""

C = """Police hunt for Millport bank robbers

By Erin Walsh, State Journal — October 4, 2025

Police were searching on Saturday for the robbers who took about $1.8 million from the Union \
Savings Bank on Harbor Street on Friday.

The thieves escaped in a white van that was later found burned out on the edge of town.

"They knew exactly what they were doing," said detective Ruth Kim, who leads the investigation.
"""

D = """Bank staff describe ordeal

By Omar Haddad, Coastal Radio News — October 4, 2025

Nine staff members held during Friday's robbery in downtown Millport were offered \
counselling, their employer said.

Witnesses said four robbers, wearing masks, took part in the raid.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("robbery"), (A, B, C, D))


def test_the_gang_the_bank_and_the_shots(result: Comparison) -> None:
    # "Three armed men stormed" / "Two gunmen burst into" / "four robbers ... took part"
    assert "number of attackers: 3 / 2 / 4" in summaries(result, "quantity")
    assert summaries(result, "name") == ["bank: National Bank / Union Savings Bank"]
    assert summaries(result, "polarity") == ["fire two shots: No shots were fired / firing"]
    assert summaries(result, "date") == ["time of theft: 9:15 a.m. / 10 a.m."]  # ("escaped with")
