"""Four short accounts of a border clash, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Border clash kills soldiers on both sides

By Anil Rao, South Asia Herald — September 3, 2026

Five soldiers were killed and 12 wounded on Tuesday when troops from Valdara and Kostan \
exchanged fire across their disputed border near the town of Hira, Valdara's army said.

The army said Kostani troops fired first, at about 5:30 a.m. Kostan's foreign ministry denied \
that its forces had opened fire first.
"""

B = """Kostan says Valdaran troops provoked deadly border clash

By Leila Haddad, Continental Wire — September 3, 2026

Kostan accused Valdara on Tuesday of starting a gun battle on their border that left three \
Kostani soldiers dead, and said Valdaran troops had crossed into its territory.

The clash near Hira lasted about two hours, Kostan's defence ministry said. Valdara said its \
troops had not crossed the border.
"""

C = """Valdara, Kostan agree to talks after border clash

By Mark Hollis, Global Wire — September 4, 2026

Valdara and Kostan agreed on Wednesday to hold talks after a clash on Tuesday that killed \
eight soldiers, five Valdaran and three Kostani, near the border town of Hira.

The fighting began shortly after 6 a.m. and lasted four hours, local officials said.
"""

D = """UN urges restraint on Valdara-Kostan border

By Ana Pires, Evening Post — September 4, 2026

The United Nations urged Valdara and Kostan on Wednesday to show restraint after Tuesday's \
clash near Hira, in which 10 soldiers died. "Both sides must step back from the brink," the \
UN Secretary-General said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("clash"), (A, B, C, D))


def test_toll_and_length(result: Comparison) -> None:
    found = summaries(result, "quantity")
    assert "soldiers killed: 5 / 8 (later account) / 10 (later account)" in found  # ("three
    # Kostani soldiers" are one side's dead, compared only with that side's)
    assert "length of clash: about 2 hours / 4 hours" in found
    # (missed: about 5:30 a.m. / shortly after 6 a.m.)
