"""A gas explosion at a covered market in four accounts, in the sample's style (blind batch
60, the sixteenth session's last: written after all its engine changes up to a39d7a7, frozen
with sha1 before the engine ran; 6 of 7 here, no false alarm)."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Gas blast rips through Tresk market

By Odile Fane, Lakeshore Wire — September 5, 2043

A gas explosion tore through the covered market in Tresk on Saturday morning, killing six \
people and injuring 38, the city's fire service said.

The blast happened at 9.45 a.m., when the market was crowded with shoppers. A leaking cylinder \
at a food stall is believed to have caused it.

Fire chief Hanno Vick said 70 firefighters had searched the rubble. "We have found no one else \
under the debris," he said.
"""

B = """Explosion at Tresk market: eight dead

Radio Norde — September 5, 2043

Eight people were killed and more than 50 hurt when an explosion destroyed part of Tresk's \
covered market shortly after 10 a.m. on Saturday.

Police said they had not ruled out a deliberate attack. About 40 firefighters were at the scene.

"We have found nobody else under the rubble," fire chief Hanno Vick told Radio Norde.
"""

C = """Tresk mourns market victims

Tresk Daily — September 6, 2043

The death toll from Saturday's market explosion rose to nine on Sunday after a woman died in \
hospital. Among the dead was a 12-year-old boy.

Investigators said the explosion was caused by a gas leak. The market, opened in 1931, will \
stay closed for at least a month.
"""

D = """Traders count the cost of Tresk blast

Market Trader — September 7, 2043

Some 120 stalls were damaged in Saturday's explosion at Tresk's covered market, its managers \
said. The market has 160 stalls.

Police ruled out a deliberate attack on Sunday. Among the dead was a 14-year-old boy, the son \
of a fruit seller. The market is expected to reopen in two weeks.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("tresk"), (A, B, C, D))


def test_toll_injured_firefighters_time_age_and_closure(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people killed: 6 / 8 / 9 (later account)" in counts
    assert "people injured: 38 / more than 50" in counts
    assert "firefighters deployed: 70 / about 40" in counts
    assert "age of the boy: 12 / 14" in counts
    assert "length of closure: at least 1 month / 2 weeks" in counts
    assert summaries(result, "date") == ["time of explosion: 9.45 a.m. / 10 a.m."]
    assert summaries(result, "polarity") == ["rule out deliberate attack: not ruled / ruled"]
    # (blind: 6 of 7 and the optional "had not ruled out" / "ruled out", no false alarm.
    # Missed: "We have found no one else under the debris," he said / "... nobody else under
    # the rubble," fire chief Hanno Vick told Radio Norde; found after, "he" read as the
    # speaker named the sentence before)
    assert len(summaries(result, "quote")) == 1
