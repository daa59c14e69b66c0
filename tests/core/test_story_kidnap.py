"""Four short accounts of a school kidnapping, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Gunmen abduct pupils from boarding school in Kasuwa

By Musa Danjuma, Sahel Times — October 8, 2027

Gunmen abducted 80 pupils from a boarding school in Kasuwa in the early hours of Friday, \
police said.

The attackers, who arrived on motorcycles, also killed a security guard at the school gate.

No group has claimed responsibility for the attack.

Police spokesman Abdul Bello said soldiers and police were searching the forest near the town.
"""

B = """More than 100 students kidnapped in school raid

By Grace Okafor, Continental News — October 8, 2027

More than 100 students were kidnapped when gunmen stormed the Government Secondary School in \
Kasuwa on Friday, the state governor said.

The gunmen arrived at about 1 a.m. and shot dead two guards before rounding up the students \
from their dormitories.

"We will not rest until every child is home," Governor Ibrahim Musa said.
"""

C = """Principal says 92 students missing after raid

By Musa Danjuma, Sahel Times — October 9, 2027

The principal of the Government Secondary School in Kasuwa said on Saturday that 92 students \
were missing after Friday's raid, and that 15 had escaped and returned home.

The gunmen struck shortly after 3 a.m., a teacher who hid in the school's kitchen said.

A local armed gang has claimed responsibility for the attack, police said.
"""

D = """Students escape Kasuwa kidnappers

By Ade Bankole, The Ledger — October 10, 2027

Police said on Sunday that 23 of the students kidnapped from the school in Kasuwa on Friday \
had escaped, but did not say how many were still being held.

"We will not rest until every child is home," the state police commissioner, Yusuf Garba, said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("kidnap"), (A, B, C, D))


def test_abducted_guards_escaped_and_speaker(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people abducted: 80 / more than 100" in counts  # pupils and students: people
    assert "people killed: a security guard / 2" in counts
    assert "people escaped: 15 / 23" in counts
    # "23 of the students kidnapped from the school ... had escaped": the 23 escaped (blind,
    # this was "students kidnapped: more than 100 / 23", the batch's false alarm)
    assert not any("23" in c and "100" in c for c in counts)
    assert any("1 a.m." in d and "3 a.m." in d for d in summaries(result, "date"))
    assert len(summaries(result, "attribution")) == 1
    assert len(summaries(result, "polarity")) == 1
    # (blind, batch 32: 4 of 7, 1 false alarm. Still missed: the principal's 92 missing
    # against "did not say how many were still being held" - an open count whose noun is
    # left out)
