"""Four short accounts of a gas explosion in an apartment block, written as the thirteenth
session's last batch after all its engine changes (batch 51), with their differences listed
first, and scored blind once (see the README's table of stories): what is found, and what is not
flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Gas blast tears through Harth apartment block

By Mirek Corvin, City Wire — October 12, 2039

A gas explosion destroyed part of a five-storey apartment block in Harth on Tuesday morning, \
killing four people, fire officials said.

The blast happened at about 7.45 a.m. Twenty residents were injured, six of them seriously. \
About 60 people were evacuated from neighbouring buildings.

"It sounded like a bomb," neighbour Lise Brekke said.
"""

B = """Three dead in Harth explosion

Harth Daily — October 12, 2039

Three people were killed and 25 injured when a gas explosion ripped through a six-storey \
building in Harth early on Tuesday.

The explosion, shortly after 7 a.m., was heard across the city. "It sounded like a bomb went \
off," said Lise Brekke, who lives nearby.
"""

C = """Harth blast: gas leak reported days before

By Mirek Corvin, City Wire — October 13, 2039

Residents of the Harth apartment block destroyed by a gas explosion on Tuesday had reported a \
smell of gas on Sunday, the city's gas company said on Wednesday.

The death toll rose to five after a woman died in hospital.
"""

D = """Gas company denies warning in Harth blast

National Wire — October 13, 2039

The gas company said on Wednesday it had received no reports of a gas smell at the Harth \
building before Tuesday's explosion, which killed five people.

Investigators said the blast was caused by a faulty boiler.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("harth"), (A, B, C, D))


def test_dead_injured_storeys_and_time(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "number of storeys: 5 / 6" in counts
    assert "people killed: 4 / 3 / 5 (later account)" in counts
    assert "people injured: 20 / 25" in counts
    assert summaries(result, "date") == ["time of explosion: 7.45 a.m. / 7 a.m."]
    # (blind, batch 51: 4 of 5, no false alarm. Missed: "had reported a smell of gas on
    # Sunday" / "had received no reports of a gas smell")
    assert summaries(result, "polarity") == [
        "report smell of gas: reported / received no reports"
    ]  # (found in the fourteenth session: "received no reports" denies that any reported)
