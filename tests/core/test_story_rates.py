"""Four short accounts of a central bank's rate rise, in the sample's style, written here with
their differences listed first, and scored blind once before the engine was changed for them
(see the README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Central bank raises rates to 7.25%

By Nadia Kern, Financial Wire — June 15, 2028

The central bank of Nordavia raised its main interest rate by half a percentage point to 7.25% \
on Thursday, its third increase this year, as inflation climbed to 6.8% in May.

Governor Erik Lund said further increases could not be ruled out.

The decision was unanimous, the bank said.
"""

B = """Nordavia hikes rates again

By Paul Stein, Market News — June 15, 2028

Nordavia's central bank lifted its benchmark rate by a quarter point to 7% on Thursday, the \
fourth hike this year.

Inflation rose to 6.4% in May, the statistics office said on Wednesday.

Two of the bank's seven board members voted against the increase.
"""

C = """Rate rise will hurt families, unions warn

By Lena Ott, The Citizen — June 16, 2028

Unions condemned Thursday's rate increase, saying it would add about 150 euros a month to a \
typical mortgage.

"Families are being punished for a crisis they did not cause," said Maria Holm, head of the \
largest union.

The bank's governor said on Thursday that there would be no more increases this year.
"""

D = """Lund defends rate decision

By Nadia Kern, Financial Wire — June 16, 2028

Central bank governor Erik Lund defended Thursday's rate rise in parliament on Friday, saying \
inflation must be brought back to the 2% target.

"Families are being punished for a crisis they did not cause," an opposition lawmaker told \
him during the hearing.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("rates"), (A, B, C, D))


def test_inflation_and_speaker(result: Comparison) -> None:
    # "its third increase this year, as inflation climbed to 6.8%": "this year" counts the
    # increases, not inflation; "inflation climbed to" / "Inflation rose to": one level
    assert "inflation: 6.8% / 6.4%" in summaries(result, "quantity")
    assert len(summaries(result, "attribution")) == 1
    # "its third increase this year" / "its fourth hike this year": a place in a counted
    # series (found in the tenth session)
    assert "which rise: third / fourth" in summaries(result, "quantity")
    # "7.25%" / "7%": exact figures in the same words that differ, shown quietly (may round)
    assert "rate: 7.25% / 7%" in summaries(result, "quantity")
    assert "votes against: unanimous / 2" in summaries(result, "quantity")  # (tenth session)
    # (blind, batch 35: 1 of 7, no false alarm. Still missed: half a point / a quarter point
    # (not read as amounts), "could not be ruled out" / "no more increases this year")
