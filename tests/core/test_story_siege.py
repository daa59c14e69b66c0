"""Four short accounts of a shopping mall siege, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Gunmen storm shopping mall in Tarsa, 11 killed

By Leo Martin, Global Wire — October 5, 2026

At least 11 people were killed when four gunmen stormed the Grand Plaza shopping mall in \
Tarsa on Saturday afternoon, opening fire on shoppers, police said.

Security forces ended the siege after six hours, killing all four attackers. About 200 \
shoppers were rescued.

A militant group, the Red Dawn Front, said it carried out the attack.
"""

B = """Tarsa mall siege ends, 15 dead

By Rana Aziz, Daily Meridian — October 5, 2026

Fifteen people, including two police officers, died during a siege at the Grand Plaza mall in \
Tarsa that lasted nine hours, officials said on Saturday night.

Three gunmen were killed by special forces and a fourth was arrested. The gunmen entered the \
mall at about 1 p.m.
"""

C = """Tarsa attack: no group claims responsibility

By Jan Vos, Continental Wire — October 6, 2026

No group has claimed responsibility for Saturday's attack on the Grand Plaza mall in Tarsa, \
in which 11 people were killed, the interior ministry said on Sunday.

The attackers entered the mall shortly after 3 p.m. "They were shooting at everyone," said a \
shop assistant, Mira Jensen.
"""

D = """Mourners gather after Tarsa mall attack

By Eva Lund, Evening Post — October 6, 2026

Thousands of people gathered in Tarsa's central square on Sunday to mourn the 11 victims of \
the mall attack. "They were shooting at everyone," said a security guard, Tom Berg, who was \
wounded in the leg.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("siege"), (A, B, C, D))


def test_counts_time_and_speaker(result: Comparison) -> None:
    found = summaries(result, "quantity")
    assert "people killed: at least 11 / 15 / 11" in found
    assert "length of siege: 6 hours / 9 hours" in found  # "ended the siege after six hours"
    assert "attackers killed: 4 / 3" in found
    (date,) = summaries(result, "date")
    assert "1 p.m." in date and "3 p.m." in date
    assert summaries(result, "attribution") == [
        "who said They were shooting at everyone: Mira Jensen / Tom Berg"
    ]  # "said a shop assistant, Mira Jensen"
    # (missed: "the Red Dawn Front said it carried out the attack" / "No group has claimed
    # responsibility")
