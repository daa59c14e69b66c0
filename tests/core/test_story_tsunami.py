"""Four short accounts of a tsunami, written here in the sample's style with their differences
listed first, and scored blind once before the engine was changed for them (see the README's
table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Tsunami waves hit Pacific islands after strong quake

By Tom Ellis, Pacific Wire — April 3, 2027

A magnitude 7.8 earthquake off the coast of Vanuatu on Monday triggered tsunami waves up to 4 \
metres high that swept through coastal villages, killing at least 26 people, officials said.

The quake struck at 3:05 a.m. local time at a depth of 20 kilometres. More than 5,000 people \
were left homeless.
"""

B = """Vanuatu tsunami death toll climbs to 41

By Rachel Kim, Asia-Pacific News — April 4, 2027

The number of people killed by Monday's tsunami in Vanuatu has risen to 41, the government \
said on Tuesday.

The magnitude 7.6 quake, which struck at a depth of 35 kilometres, sent waves as high as 6 \
metres onto the island of Efate.

Australia and New Zealand sent military aircraft with emergency supplies.
"""

C = """Survivors describe wall of water

By Jean Moreau, Francophone Daily — April 4, 2027

Survivors on Efate said the sea rushed inland minutes after the earthquake, which struck \
shortly before 3 a.m. on Monday.

About 3,000 people have lost their homes, the Red Cross said. New Zealand has not sent any \
aircraft, its foreign ministry said, but has pledged 5 million dollars.
"""

D = """Vanuatu begins to rebuild

By Ana Silva, The Pacific Review — April 7, 2027

A week after the tsunami, which killed 41 people, families on Efate are clearing debris.

New Zealand has pledged 8 million dollars in aid. Officials said 5,000 people remain in \
evacuation centres.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("tsunami"), (A, B, C, D))


def test_magnitude_toll_depth_pledge_time_and_aircraft(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "magnitude: 7.8 / 7.6" in counts
    assert "people killed: at least 26 / 41 (later account)" in counts
    assert "depth: 20 kilometres / 35 kilometres" in counts
    assert "aid pledged: 5 million dollars / 8 million dollars" in counts
    assert summaries(result, "date") == ["time of hit: 3:05 a.m. / 3 a.m."]
    assert any("not sent" in s for s in summaries(result, "polarity"))
    # (missed: waves up to 4 / as high as 6 metres; more than 5,000 left homeless / about
    # 3,000 lost their homes, sentences with nothing else in common)
