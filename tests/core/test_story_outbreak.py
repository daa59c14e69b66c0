"""Four short accounts of a cholera outbreak, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Cholera outbreak kills four in Santa Ines

By Lucia Vega, Andes Wire — May 20, 2025

A cholera outbreak in the town of Santa Ines has killed four people and infected 86, health \
officials said on Tuesday.

The first case was recorded on May 2. Nineteen patients, aged 3 to 70, are in hospital.

Officials believe the outbreak was caused by contaminated well water.

"The situation is under control," Health Minister Omar Diaz said.
"""

B = """Santa Ines cholera cases climb

Continental Post, May 20, 2025

The number of cholera cases in Santa Ines has climbed to 112, the health ministry said, with \
children under 10 among the worst affected.

Schools in the town have been closed as a precaution.
"""

C = """Cholera toll rises in Santa Ines

The Daily Ledger
21 May 2025

Six people have died in a cholera outbreak in Santa Ines, where investigators suspect \
contaminated food sold at a market.

"The situation is now under control," said Health Minister Omar Diaz.
"""

D = """Santa Ines schools stay open despite cholera

By Pablo Ruiz, Atlantic Review — May 20, 2025

Schools in Santa Ines remain open, local officials said, although 25 people have been \
hospitalised with cholera.

The first case in the outbreak was reported on April 28, according to the regional health \
office.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("outbreak"), (A, B, C, D))


def test_dead_cases_hospitalised_and_first_case(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people killed: 4 / 6 (later account)" in counts
    assert "people infected: 86 / 112" in counts  # "the number of cholera cases"
    assert "people hospitalised: 19 / 25" in counts  # "are in hospital"
    dates = summaries(result, "date")  # "was recorded on" / "was reported on": the case's day
    assert any("2 May" in s and "28 April" in s for s in dates)
