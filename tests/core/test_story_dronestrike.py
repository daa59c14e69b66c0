"""Four short accounts of a drone strike on a wedding, written here in the sample's style with
their differences listed first, and scored blind once before the engine was changed for them
(see the README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

# The accounts' publication dates were corrected after the blind score (from 7-9 July 2027 to
# 9-10 July 2027) so that the weekdays they tell fall in the week told; the blind score in the
# README was on the inconsistent dates.

A = """Drone strike hits wedding party, killing 14

By Ahmed Rashid, Regional Wire — July 9, 2027

A drone strike hit a wedding party in the village of Shabwa on Thursday night, killing 14 \
civilians, including six children, local officials said.

Twenty-two people were wounded in the strike, which hit the groom's family home at around 10 \
p.m.

The coalition said it was investigating the reports.
"""

B = """Coalition says strike killed militants, not civilians

By James Porter, Defence Desk — July 9, 2027

The coalition said on Friday that its air strike in Shabwa province had killed eight \
militants and that no civilians were harmed.

A coalition spokesman, Colonel Richard Hale, said the strike targeted a weapons store shortly \
before midnight on Thursday.

"We take every precaution to avoid civilian casualties," Hale said.
"""

C = """Villagers bury dead after Shabwa strike

By Fatima Nasser, Gulf Observer — July 9, 2027

Villagers in Shabwa on Friday buried 17 people killed when a drone struck a wedding \
celebration, among them nine children.

Survivors said two missiles hit the house, one after the other.

"We take every precaution to avoid civilian casualties," a coalition statement said.
"""

D = """Rights group demands inquiry into wedding strike

By Laura Kim, World Rights Monitor — July 10, 2027

A human rights group on Saturday demanded an independent inquiry into Thursday's strike in \
Shabwa, which it said killed 17 civilians.

The group said a single missile hit the house and that no weapons were stored there.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("dronestrike"), (A, B, C, D))


def test_dead_children_missiles_and_time(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people killed: 14 / 17" in counts
    assert "children killed: 6 / 9" in counts  # "including six children" / "among them
    # nine children": parts of the tolls, compared as parts
    assert "missiles hit: 2 / a single missile" in counts
    assert "time of target: 10 p.m. / midnight" in summaries(result, "date")
    # a false alarm, written down: the burial's Friday against the strike's Thursday night
    # ("on Friday buried 17 people killed when a drone struck")
    assert "date of killing: Thursday night (8 July) / Friday (9 July)" in summaries(result, "date")
    # (missed: "no civilians were harmed" against the tolls; the target a wedding / a weapons
    # store)
