"""Four short accounts of a coal mine explosion, written here with their differences listed first
and scored blind once on the ninth session's final engine, with no change made for them (see the
README's table of stories): what is found, and what is not."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Gas blast traps miners in Karsk colliery

By Olga Ivanova, Eurasia Wire — March 14, 2029

A methane explosion tore through a coal mine in Karsk on Tuesday morning, trapping 46 miners \
about 800 metres underground, the emergencies ministry said.

The blast occurred at 7.10am, shortly after the morning shift began. Rescuers have reached 21 \
of the trapped men.

The mine's owner, Karsk Coal, said ventilation systems had been inspected last month.
"""

B = """Rescuers race to reach trapped Karsk miners

By Anton Belov, Northern Press — March 14, 2029

Fifty-two miners were trapped after an explosion at a coal mine in Karsk on Tuesday, the \
regional governor said. Rescuers had brought 19 of them to the surface by the evening.

The explosion happened at a depth of 600 metres at about 8am.

"We will not stop until every miner is out," Governor Pavel Orlov said.
"""

C = """Karsk mine toll rises to 11

By Olga Ivanova, Eurasia Wire — March 15, 2029

Eleven miners were killed in Tuesday's explosion at the Karsk coal mine, the emergencies \
ministry said on Wednesday. Seven are still missing.

Karsk Coal said the mine's ventilation system had not been inspected since 2027.
"""

D = """Mine chief detained after deadly Karsk blast

By Lena Sokol, The Daily Courier — March 16, 2029

Investigators on Thursday detained the director of the Karsk coal mine, two days after an \
explosion killed 13 miners.

"We will not stop until every miner is out," the emergencies minister said on Tuesday.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("karsk"), (A, B, C, D))


def test_trapped_dead_ventilation_and_speaker(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people trapped: 46 / 52" in counts
    assert "people killed: 11 / 13 (later account)" in counts
    assert summaries(result, "polarity") == ["inspect last month: inspected / not been inspected"]
    assert len(summaries(result, "attribution")) == 1  # the governor / the minister
    # (blind, batch 39, scored once on the ninth session's final engine: 4 of 6, no false
    # alarm. Missed: about 800 / 600 metres underground, 7.10am / about 8am; the time found
    # in the sixteenth session: "The explosion happened at ... about 8am" is the story's
    # event itself)
    assert summaries(result, "date") == ["time of explosion: 7.10am / 8am"]
    # (found in the seventeenth session: the depth, "trapping ... about 800 metres
    # underground" / "at a depth of 600 metres", the one depth each account gives)
    assert "depth: about 800 metres / 600 metres" in counts
