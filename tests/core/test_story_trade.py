"""Four short accounts of a trade agreement and the protests against it, in the sample's style,
written here with their differences listed first, and scored blind once (see the README's table
of stories): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story

A = """Mercosia and Pacifica sign free trade deal

By Laura Kim, Trade Wire — May 3, 2028

Mercosia and Pacifica signed a free trade agreement in Lisbon on Tuesday that will remove \
tariffs on 92% of goods traded between them within seven years, officials said.

Trade between the two blocs was worth about $48 billion last year.

The deal must still be ratified by both parliaments, a process expected to take up to two years.
"""

B = """Landmark trade pact signed after 20 years of talks

By Diego Santos, Southern Herald — May 3, 2028

After two decades of negotiations, Mercosia and Pacifica on Tuesday signed a deal eliminating \
duties on 90% of their trade over ten years.

Two-way trade reached $52 billion in 2027, according to Pacifica's trade ministry.

"This is a historic day for our peoples," said Pacifica's trade commissioner, Henrik Olsen.
"""

C = """A deal that farmers will pay for

By Marta Lopes, The Rural Review — May 4, 2028

Tuesday's agreement was negotiated in secret and signed in haste. It will open our markets to \
cheap beef while doing nothing for our exporters.

Officials admit the deal will not need the approval of national parliaments.

"This is a historic day for our peoples," Mercosia's foreign minister declared, with no hint of \
irony.
"""

D = """Farmers protest trade deal in 12 cities

By Laura Kim, Trade Wire — May 5, 2028

Tens of thousands of farmers protested in 12 cities across Mercosia on Thursday, two days \
after the trade agreement was signed.

Police said about 25,000 people took part in the capital; organisers put the figure at 60,000.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("trade"), (A, B, C, D))


def test_nothing_flagged_yet(result: Comparison) -> None:
    facts = [d for d in result.disagreements if d.kind not in ("omission", "wording")]
    assert facts == []  # (no false alarm: the police's 25,000 and the organisers' 60,000 are
    # one account's two sources)
    # (blind, batch 38: 0 of 5. Missed: tariffs removed on 92% of goods / duties on 90% of
    # trade (two nouns for what the share is of), within seven years / over ten years, about
    # $48 billion last year / $52 billion in 2027, "must still be ratified by both
    # parliaments" / "will not need the approval of national parliaments", and one statement
    # credited to Pacifica's trade commissioner and to Mercosia's foreign minister)
