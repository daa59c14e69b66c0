"""Four short accounts of a fireworks factory explosion, written here with their differences listed
first, and scored blind once before the engine was changed for them (see the README's table of
stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Blast at fireworks factory kills 14

By Rina Das, Eastern Wire — July 3, 2028

An explosion ripped through a fireworks factory on the outskirts of Sivapur on Monday \
afternoon, killing 14 workers and injuring at least 30, police said.

The blast, which happened at around 2.30pm, was heard several kilometres away. Most of the \
victims were women who packed firecrackers.

The factory's owner, Mohan Lal, has been arrested.
"""

B = """Sivapur fireworks explosion: toll rises to 19

By Arun Pillai, National Herald — July 4, 2028

Nineteen people have died in Monday's explosion at a fireworks factory near Sivapur, the \
district collector said on Tuesday. Twenty-two others are being treated in hospital, five of \
them in a critical condition.

The explosion took place at about 3.15pm, as workers were mixing chemicals.

Police are searching for the owner, who fled after the blast.
"""

C = """Fireworks factory had no licence, officials say

By Rina Das, Eastern Wire — July 4, 2028

The fireworks factory in Sivapur where 19 people died on Monday did not have a valid licence, \
officials said on Tuesday.

"The unit was operating illegally," the district collector, Priya Nair, said.

About 60 workers were inside the building when the explosion occurred, officials said.
"""

D = """Owner of Sivapur fireworks unit held

By Kiran Rao, The Daily Post — July 5, 2028

Police on Wednesday arrested Mohan Lal, the owner of the fireworks factory where an explosion \
killed 19 people two days earlier.

The factory had a valid licence that was renewed in March, police said.

"The unit was operating illegally," the state labour minister said on Tuesday.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("fireworks"), (A, B, C, D))


def test_toll_and_time(result: Comparison) -> None:
    assert "people died: 14 / 19 (later account)" in summaries(result, "quantity")
    # "The blast, which happened at around 2.30pm, was heard several kilometres away" /
    # "The explosion took place at about 3.15pm": when it was heard is when it happened
    assert "time of explosion: 2.30pm / 3.15pm" in summaries(result, "date")
    assert not summaries(result, "attribution")  # (missed, below)
    # (blind, batch 34: 1 of 4, no false alarm. Still missed: "did not have a valid
    # licence" / "had a valid licence" (a negated "have" is not read as denying its object),
    # and "The unit was operating illegally" credited to the district collector and to the
    # state labour minister)
