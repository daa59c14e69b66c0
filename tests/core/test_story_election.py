"""Four short accounts of a mayoral election, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see
the README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Mayor Renn wins second term in Castor

By Ida Kell, Metro Wire — November 6, 2024

Incumbent mayor Paul Renn won a second term in Castor on Tuesday, taking 54% of the vote \
against 43% for challenger Maria Dune, the city election board said.

Turnout was 61%, the highest in two decades.

Renn thanked voters at a rally attended by about 800 supporters. "Tonight Castor chose to keep \
building," he said.

Dune conceded shortly after 10 p.m. and called Renn to congratulate him.

Renn has promised to hire 200 new police officers during his second term.
"""

B = """Renn re-elected as Castor mayor

By Tom Aske, Valley Herald — November 6, 2024

Paul Renn was re-elected mayor of Castor on Tuesday with 52% of the vote, according to \
preliminary results.

His rival, Maria Dune, won 45%. She has not conceded and said she would wait for all ballots \
to be counted.

"Tonight Castor chose to keep on building," Renn told a crowd of some 1,500 supporters.

Turnout reached 58%, election officials said.

The mayor has pledged to hire 150 more police officers.
"""

C = """Castor keeps Renn

By Staff, Castor Chronicle — November 7, 2024

Voters in Castor gave Mayor Paul Renn a second four-year term on Tuesday.

Renn won by 11 points, the election board said, with turnout at 61%.

Maria Dune conceded at around 10.15 p.m.

Renn's campaign spent 1.2 million dollars, more than twice Dune's 500,000 dollars.
"""

D = """Renn victory: what comes next for Castor

By Ada Finch, Evening Courier — November 8, 2024

Paul Renn's re-election on Tuesday by a margin of nine points sets up a clash with the city \
council over police funding.

Renn, who first took office in 2020, has promised 200 new officers.

Dune, a former council member, called Renn on Wednesday morning to concede.

The campaign was the most expensive in the city's history, with the two candidates spending a \
combined 1.7 million dollars.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("election"), (A, B, C, D))


def test_shares_turnout_margin_and_pledges(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    for expected in (
        "share of Paul Renn: 54% / 52%",
        "share of Maria Dune: 43% / 45%",
        "turnout: 61% / 58%",
        "margin: 11 / 9",
        "officers appointed: 200 / 150",
        "people attended: about 800 / about 1,500",
    ):
        assert expected in counts
    assert not any("1.7 million" in s for s in counts)  # the two campaigns combined
