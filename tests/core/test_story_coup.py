"""Four short accounts of a coup attempt, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Coup attempt foiled in Marenia, 14 killed

By Ada Novak, Global Wire — May 3, 2026

Soldiers loyal to President Tomas Kell put down an attempted coup in the Marenian capital, \
Sarvo, on Saturday after a night of fighting that left 14 people dead.

About 40 rebel soldiers led by Colonel Ivo Dragan seized the state broadcaster shortly after \
midnight, the defence ministry said. Dragan was arrested at 6 a.m.

"The constitutional order has been restored," President Kell said in a televised address.
"""

B = """Marenia: army crushes coup bid, 60 arrested

By Lucas Berg, Daily Meridian — May 3, 2026

Marenian troops crushed a coup attempt by a group of officers in the capital on Saturday, \
arresting 60 people, officials said.

Rebels seized the state television building at around 2 a.m. and read a statement announcing \
that the government had been dissolved. At least nine people were killed in the fighting.

The coup leader, Colonel Ivo Dragan, escaped and is being hunted by security forces.
"""

C = """Government says Marenia coup defeated

By Sara Quint, Evening Post — May 3, 2026

The government of Marenia said on Saturday it had defeated a coup attempt by a faction of the \
army, and that 60 suspects had been detained.

Fighting around the state broadcaster in Sarvo killed 14 people, including three civilians. \
"The constitutional order has been restored," Defence Minister Hana Vos told reporters.
"""

D = """Marenia coup plotters 'had foreign backing', minister says

By Omar Diaz, Continental Wire — May 4, 2026

About 200 soldiers took part in Saturday's failed coup in Marenia, Defence Minister Hana Vos \
said on Sunday.

The minister said the plotters had received money from abroad but did not name any country. \
Roads into the capital were reopened on Sunday.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("coup"), (A, B, C, D))


def test_toll_time_and_speaker(result: Comparison) -> None:
    assert summaries(result, "quantity") == [
        "people killed: 14 / at least 9",  # not "including three civilians", a part of the 14
        "soldiers deployed: about 40 / about 200",  # "40 rebel soldiers ... seized" / "200
    ]  # soldiers took part": those sent, whatever the verb
    assert summaries(result, "date") == []  # (lost: "midnight" / "2 a.m." was found while
    # "Dragan was arrested at 6 a.m." was taken for a dateline; read as a sentence, it gives
    # the account a second clock time, and the seizure's verb is too far from "2 a.m.")
    assert len(summaries(result, "attribution")) == 1
    # (missed: Dragan arrested / escaped)
