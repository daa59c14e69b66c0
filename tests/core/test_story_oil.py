"""Four short accounts of an oil output cut, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Oil producers agree to cut output

By Nadia Karim, Gulf Wire — December 7, 2026

Oil producers agreed on Sunday to cut output by 1.2 million barrels a day from January, after \
two days of talks in Vienna.

Brent crude rose 4 percent to $78.40 a barrel on the news.

"The market needed a clear signal," said the group's secretary-general, Omar Haddad. Russia \
will bear 300,000 barrels of the cut.
"""

B = """Producers trim supply to prop up prices

December 7, 2026

The producer group and its allies will reduce supply by 1 million barrels per day starting in \
February, delegates said.

Prices jumped about 3% to $78.10. Russia agreed to cut 230,000 barrels a day.

"The market needed a clear signal," the Saudi energy minister told reporters.
"""

C = """Oil jumps after output deal

December 8, 2026

Oil prices climbed on Monday after producers struck a deal in Vienna on Saturday to curb \
production.

The cut, of 1.2 million barrels a day, is the largest since 2020. Iraq and Nigeria were \
exempted.
"""

D = """What the output cut means for drivers

December 8, 2026

Analysts expect petrol prices to rise by around 5 pence a litre by the new year. The deal, \
agreed after three days of talks, will run for six months.

Iraq was not exempted, a delegate said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("oil"), (A, B, C, D))


def test_cut_start_talks_speaker_and_exemption(result: Comparison) -> None:
    found = summaries(result, "quantity")
    assert "barrels cut: 1.2 million / 1 million" in found  # not Russia's 230,000
    assert "length of talk: 2 days / 3 days (later account)" in found
    assert summaries(result, "date") == ["start date: January / February"]
    assert len(summaries(result, "attribution")) == 1  # the secretary-general / the minister
    assert len(summaries(result, "polarity")) == 1  # "exempted" / "not exempted"
    # (missed: 4 percent / about 3%; Russia's 300,000 / 230,000; the deal on Sunday /
    # Saturday)
