"""Four short accounts of a constitutional referendum, in the sample's style, written here with
their differences listed first, and scored blind once before the engine was changed for them
(see the README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Voters back new constitution

By Elena Cruz, Andes Wire — October 10, 2028

Voters approved a new constitution in Sunday's referendum, with 56.4% in favour, the electoral \
commission said on Monday. Turnout was 71%.

The new charter limits presidents to a single six-year term.

Opposition leaders said they would not challenge the result.
"""

B = """Constitution passes with narrow majority

By Jorge Lima, Southern Herald — October 10, 2028

A new constitution was approved by 52.9% of voters in Sunday's referendum, the electoral \
commission said, on a turnout of 68%.

The charter limits presidents to one five-year term.

The opposition said it would challenge the result in court.
"""

C = """A charter for the few

By Ana Soto, The Andean Review — October 11, 2028

Sunday's referendum handed the government a victory it did not deserve. Barely 56% of voters \
backed a charter drafted behind closed doors.

The commission says the count was clean. Observers from the regional bloc were not allowed to \
watch it.
"""

D = """Observers say referendum count was fair

By Elena Cruz, Andes Wire — October 12, 2028

Observers from the regional bloc who monitored the count of Sunday's referendum said on \
Tuesday that it was free and fair.

The bloc sent 120 observers to 14 provinces, its chief observer, Rui Campos, said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("referendum"), (A, B, C, D))


def test_share_turnout_term_and_challenge(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    # "with 56.4% in favour" / "approved by 52.9% of voters" / "Barely 56% of voters backed":
    # the share for (blind, "percentage: 56.4% / 68%" paired the share with the turnout)
    assert "vote share: 56.4% / 52.9% / 56%" in counts
    assert "turnout: 71% / 68%" in counts  # "Turnout was 71%" / "on a turnout of 68%"
    assert "length of term: 6 years / 5 years" in counts  # not a prison term
    assert summaries(result, "polarity") == ["challenge result: not challenge / challenge"]
    # (blind, batch 37: 1 of 5, 1 false alarm. Still missed: observers not allowed to watch
    # the count / observers who monitored the count)
