"""Four short accounts of a mayoral election, written at the end of the fourteenth session after
its engine changes in a longer, more varied style (batch 53), with their differences listed
first, and scored blind once (see the README's table of stories): what is found, and what is
not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Ferrant elected mayor of Varnholm

By Erik Pellworth, Politics Wire — June 7, 2040

Independent candidate Tove Ferrant won Varnholm's mayoral election on Wednesday with 52.4 \
percent of the vote, defeating the incumbent, Anders Marrow, who took 41 percent.

Turnout was 63 percent, the electoral commission said.
"""

B = """Newcomer ousts Varnholm mayor

Varnholm Courier — June 7, 2040

Tove Ferrant swept to victory in Wednesday's mayoral vote in Varnholm, taking 54 percent \
against Anders Marrow's 39 percent, on a turnout of 58 percent.

Ferrant, 44, has promised to freeze local taxes.
"""

C = """Marrow concedes in Varnholm

By Erik Pellworth, Politics Wire — June 7, 2040

Anders Marrow conceded defeat late on Wednesday and said he would not contest the result.

Ferrant, 46, a former schoolteacher, will take office next month.
"""

D = """Marrow camp cries foul

Northern Times — June 7, 2040

Anders Marrow's campaign said on Thursday it would contest the result of Wednesday's mayoral \
election in Varnholm, citing irregularities at two polling stations.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("varnholm"), (A, B, C, D))


def test_shares_turnout_age_and_contest(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "turnout: 63 percent / 58 percent" in counts
    assert "age of Ferrant: 44 / 46" in counts
    assert summaries(result, "polarity") == ["contest result: not contest / contest"]
    # (blind, batch 53: 3 of 5, one false alarm: "percentage taken: 41 percent / 54 percent",
    # Marrow's share against Ferrant's; mended after: whose a share is when told before it)
    assert "share of Tove Ferrant: 52.4 percent / 54 percent" in counts
    assert "share of Anders Marrow: 41 percent / 39 percent" in counts
    assert not [s for s in counts if "41 percent / 54" in s]
