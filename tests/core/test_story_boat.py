"""Four short accounts of a migrant boat capsizing, written here in the sample's style with
their differences listed first, and scored blind once before the engine was changed for them
(see the README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Migrant boat capsizes off Lampedusa

By Giulia Ferro, Mediterranean Wire — June 10, 2025

A boat carrying about 80 people capsized off the Italian island of Lampedusa early on \
Tuesday, the coast guard said.

Rescuers pulled 52 people from the water and recovered eight bodies. Twenty people are missing.

The boat had left Sfax on Sunday. The coast guard said it received a distress call shortly \
before the boat went down.
"""

B = """Eleven dead as migrant boat sinks near Lampedusa

Continental Post, June 10, 2025

The bodies of 11 migrants have been recovered after their boat sank late on Monday near \
Lampedusa, officials said.

There were 47 survivors, who were taken to a reception centre on the island.
"""

C = """Survivors describe chaos as boat went down

The Daily Ledger
11 June 2025

More than 100 migrants were crammed onto the boat that sank off Lampedusa, survivors told aid \
workers.

Dozens are missing. No distress call was received by the coast guard, according to a rescue \
charity.
"""

D = """Search continues for missing migrants

By Paolo Conti, Atlantic Review — June 10, 2025

The Italian coast guard was searching on Tuesday for 30 people still missing after a migrant \
boat that set off from Zuwara capsized near Lampedusa.

Aid groups called for more rescue ships in the area.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("boat"), (A, B, C, D))


def test_missing_and_bodies(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people missing: 20 / Dozens / 30" in counts
    assert "people dead: 8 / 11" in counts  # "recovered eight bodies" / "the bodies of 11"
    assert not summaries(result, "date")
