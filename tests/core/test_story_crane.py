"""Four short accounts of a crane collapse, written here with their differences listed first, and
scored blind once before the engine was changed for them (see the README's table of stories):
what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Crane collapses onto busy street, killing three

By Dan Mercer, Metro Wire — April 18, 2028

A construction crane collapsed onto a busy street in central Harbor City on Tuesday morning, \
killing three people and injuring six, the fire department said.

The 60-metre crane toppled at about 8.45am as it was lifting a load of steel beams.

Two of the dead were pedestrians; the third was the crane's operator.
"""

B = """Harbor City crane collapse: two dead

By Lisa Chen, City Journal — April 18, 2028

Two people were killed and four injured when a tower crane fell onto Kellet Street in Harbor \
City on Tuesday, officials said.

The crane, which stood about 75 metres tall, came down shortly before 9 a.m.

The operator survived with minor injuries, officials said.
"""

C = """Crane collapse: wind speeds were within limits, company says

By Dan Mercer, Metro Wire — April 19, 2028

Wind speeds were within safe limits when a crane collapsed in Harbor City on Tuesday, killing \
three people, the construction company, Brandt Building, said on Wednesday.

The crane had passed an inspection two weeks before the accident, the company said.
"""

D = """City suspends crane work after fatal collapse

By Omar Said, The Ledger — April 20, 2028

Harbor City suspended all crane work on Thursday, two days after a crane collapse killed three \
people on Kellet Street.

The crane had failed an inspection in March, city records show, and wind speeds at the time \
exceeded safe limits, a city engineer said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("crane"), (A, B, C, D))


def test_dead_and_injured(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people killed: 3 / 2" in counts
    assert "people injured: 6 / 4" in counts
    # "on Thursday, two days after a crane collapse killed three people": the collapse was on
    # Tuesday (blind, "date of killing: Tuesday / Thursday", the batch's false alarm)
    assert not summaries(result, "date")
    # (blind, batch 34: 2 of 6, 1 false alarm. Still missed: a 60-metre crane / about 75
    # metres tall, the operator among the dead / survived, wind within / beyond safe limits,
    # an inspection passed / failed - the last two in sentences that share too little to
    # align)
