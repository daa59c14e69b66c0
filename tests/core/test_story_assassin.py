"""Four short accounts of the shooting of a politician at a rally, written here in the sample's
style with their differences listed first, and scored blind once before the engine was changed
for them (see the README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Opposition leader shot dead at rally

By Daniel Okoro, Africa Wire — May 15, 2027

Opposition leader Samuel Adeyemi was shot dead at a campaign rally in the port city of Tema \
on Saturday, police said.

A gunman fired three shots from the crowd at about 4 p.m., hitting Adeyemi in the chest. He \
was pronounced dead at Tema General Hospital an hour later.

Police arrested a 31-year-old man at the scene. Adeyemi, 58, had led the Unity Party since \
2019.
"""

B = """Adeyemi assassination: suspect in custody

By Claire Dubois, International Desk — May 16, 2027

Samuel Adeyemi, the 57-year-old leader of the opposition Unity Party, was killed on Saturday \
when a man opened fire at his rally in Tema.

Witnesses said they heard five shots shortly after 5 p.m. The suspect, aged 29, was detained \
by bodyguards.

"This is an attack on our democracy," President Kwame Mensah said in a televised address.
"""

C = """Nation mourns slain opposition chief

By Ama Boateng, The Daily Graphic — May 16, 2027

Thousands gathered in Tema on Sunday to mourn Samuel Adeyemi, who was shot at a rally the day \
before.

Adeyemi died on the way to hospital, party officials said. He had led the party since 2017.

"This is an attack on our democracy," Unity Party spokesman Kofi Asante said.
"""

D = """Questions over security at fatal rally

By Mark Levy, The Observer — May 17, 2027

Police had deployed only 20 officers to guard Saturday's rally in Tema, where opposition \
leader Samuel Adeyemi was gunned down.

The gunman acted alone, police said, dismissing claims of a wider plot. Adeyemi had received \
death threats in recent weeks.

About 3,000 people attended the rally, organisers said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("assassin"), (A, B, C, D))


def test_ages_time_and_speaker(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "age of the suspect: 31 / 29" in counts  # "Police arrested a 31-year-old man" /
    # "The suspect, aged 29, was detained"
    assert summaries(result, "date") == ["time of hit: 4 p.m. / 5 p.m."]
    assert len(summaries(result, "attribution")) == 1
    # (missed: three shots fired / five shots heard, in sentences that share little else; his
    # age 58 / 57, one told beside "since 2019" and so read as background; led the party since
    # 2019 / since 2017; died in hospital / on the way there)
