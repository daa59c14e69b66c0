"""Four short accounts of a ceasefire and its first days, in the sample's style, written here with
their differences listed first, and scored blind once before the engine was changed for them
(see the README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Rivals sign ceasefire after 14 months of fighting

By Samir Haddad, Levant Wire — August 4, 2028

Government and rebel negotiators signed a ceasefire in Geneva on Thursday, ending 14 months of \
fighting that has killed more than 9,000 people, UN envoy Marta Lindqvist said.

The truce will take effect at midnight on Saturday. Under the deal, both sides will free 500 \
prisoners within a month.

The rebels did not say how many fighters they still have under arms.
"""

B = """Geneva truce: prisoners to be freed

By Claire Monet, Europe Presse — August 4, 2028

The warring sides agreed in Geneva on Thursday to a truce that will begin on Sunday and to the \
release of 300 prisoners each.

The conflict, now in its 16th month, has killed about 8,000 people, according to the United \
Nations.

"This is the first step, not the last," Lindqvist said.
"""

C = """Ceasefire holds on first day

By Samir Haddad, Levant Wire — August 7, 2028

A ceasefire between the government and rebels held on Sunday, its first day, with no reports \
of fighting, monitors said.

"This is the first step, not the last," the UN secretary-general said in New York.

The rebels say they have about 12,000 fighters.
"""

D = """Truce broken within hours, both sides say

By Ivan Petrov, The Observer — August 8, 2028

Both sides accused each other of breaking the ceasefire within hours of it taking effect on \
Sunday, with fighting reported in at least three towns.

Monitors said on Monday that 11 people had been killed since the truce began.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("ceasefire"), (A, B, C, D))


def test_toll_fighters_and_speaker(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    # "11 people had been killed since the truce began" is not the war's toll (blind, it
    # joined "more than 9,000 / about 8,000" as a third figure: a false alarm)
    assert "people killed: more than 9,000 / about 8,000" in counts
    assert "number of fighters: did not say / about 12,000" in counts
    assert len(summaries(result, "attribution")) == 1  # the envoy / the secretary-general
    # (blind, batch 37: 3 of 5, 1 false alarm. Still missed: 500 prisoners / 300 each, the
    # truce held / was broken within hours; "14 months" / "its 16th month" not listed)
