"""Four short accounts of a market bombing, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Suicide bomber kills 14 at Dalar market

By Omar Khalil, Levant Wire — October 9, 2025

A suicide bomber blew himself up in a crowded market in the city of Dalar at about 11 a.m. on \
Thursday, killing 14 people and wounding 40, police said.

No group has claimed responsibility for the attack.

Interior Minister Farid Nasser called the bombing "a cowardly act against innocent people."
"""

B = """Dalar attack: more than 60 injured

Continental Post, October 9, 2025

More than 60 people were injured when two attackers detonated explosives in Dalar on Thursday.

President Amir Haddad condemned what he called "a cowardly act against innocent people" and \
vowed to find those responsible.
"""

C = """Red Dawn claims Dalar bombing

The Daily Ledger
10 October 2025

The militant group Red Dawn claimed responsibility for Thursday's bombing in Dalar, which \
killed 19 people.

Police said three suspects had been arrested.
"""

D = """Dalar blast: security tightened

By Rami Aziz, Atlantic Review — October 9, 2025

Security was tightened across the country after a bomb exploded at a bus station in Dalar \
around 1 p.m. on Thursday.

Five people have been detained in connection with the attack, officials said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("bomb"), (A, B, C, D))


def test_dead_injured_arrests_and_speaker(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people killed: 14 / 19 (later account)" in counts  # the Ledger is dated a day on
    assert "people injured: 40 / more than 60" in counts
    assert "people arrested: 3 / 5" in counts
    assert "number of bombers: A suicide bomber / 2" in counts
    speakers = summaries(result, "attribution")
    assert any("Farid Nasser" in s and "Amir Haddad" in s for s in speakers)
    assert not any("Dawn" in s for s in summaries(result, "date"))  # "Red Dawn": a name


def test_the_hour_of_the_blast(result: Comparison) -> None:
    # "at about 11 a.m. on Thursday" / "around 1 p.m. on Thursday": the one clock time each
    # account gives in its opening sentences
    assert "time of killing: 11 a.m. / 1 p.m." in summaries(result, "date")
