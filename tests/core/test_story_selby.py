"""Four short accounts of a bus hijacking, written at the end of the eleventh session, after
all its engine changes, with their differences listed first, and scored blind once (batch
43, see the README's table of stories): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Bus hijack ends peacefully near Selby

By Lars Wend, Northern Wire — September 6, 2032

All the passengers were freed on Monday after three armed men hijacked a bus on the Lorne \
to Selby route, police said. The bus was carrying 23 passengers.

The standoff lasted about six hours. "The hijackers gave themselves up without a fight," \
police chief Ada Moen said.
"""

B = """Hijackers demand ransom

Selby Evening Post — September 6, 2032

Gunmen seized a bus carrying 32 passengers on the Lorne to Selby road on Monday and \
demanded $2 million, officials said.

Two passengers are still being held, according to the officials.
"""

C = """Two men charged over bus hijack

By Lars Wend, Northern Wire — September 7, 2032

Two men have been charged over Monday's hijacking of a bus near Selby. The standoff with \
police lasted nine hours before the men surrendered.
"""

D = """How the Selby hijack unfolded

Regional TV — September 7, 2032

The hijackers asked for $5 million and a plane, police said. "The hijackers surrendered \
without resisting," police chief Ada Moen told reporters.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("selby"), (A, B, C, D))


def test_passengers(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "passengers on board: 23 / 32" in counts
    # (blind, batch 43: 1 of 6, no false alarm. Still missed: all freed / two still held;
    # three / two hijackers; $2 million / $5 million demanded; "gave themselves up without a
    # fight" / "surrendered without resisting". Found in the seventeenth session: the
    # standoff of about six / nine hours, "lasted nine hours before the men surrendered" is
    # how long it lasted, not a span between two events)
    assert "duration: about 6 hours / 9 hours" in counts
