"""Four short accounts of a corruption verdict, in the sample's style, written in the fourteenth
session after its engine changes (batch 52), with their differences listed first, and scored
blind once (see the README's table of stories): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Former Halvik mayor jailed for corruption

By Tomas Vey, Court Wire — May 10, 2040

A court in Halvik on Wednesday sentenced former mayor Rena Kerrow to six years in prison for \
taking 1.4 million euros in bribes from building firms.

Kerrow was also fined 250,000 euros after a four-month trial. Two businessmen were convicted \
alongside her.

"Justice has been done," prosecutor Ola Brenmoor said.
"""

B = """Kerrow gets five years for bribery

Halvik Herald — May 10, 2040

Rena Kerrow, who ran Halvik for a decade, was jailed for five years on Wednesday for \
accepting bribes worth 900,000 euros.

The court also ordered her to pay a fine of 300,000 euros. Three businessmen were also found \
guilty. The trial lasted seven months.

"Justice has been done," said prosecutor Ola Brenmoor.
"""

C = """Kerrow to appeal corruption verdict

By Tomas Vey, Court Wire — May 11, 2040

Former Halvik mayor Rena Kerrow will appeal against her conviction, her lawyer said on \
Thursday.

Kerrow, who was sentenced on Wednesday, has always denied the charges.
"""

D = """Halvik after Kerrow

Northern Review — May 11, 2040

Rena Kerrow will not appeal against the verdict handed down on Wednesday, her lawyer said.

The city council is due to elect a new mayor next month.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("halvik"), (A, B, C, D))


def test_term_bribes_fine_trial_businessmen_and_appeal(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "prison term: 6 years / 5 years" in counts
    assert "bribe taken: 1.4 million euros / 900,000 euros" in counts
    assert "length of trial: 4 months / 7 months" in counts
    assert "businessmen convicted: 2 / 3" in counts
    assert "fine: 250,000 euros / 300,000 euros" in counts  # (missed blind; found after:
    # a sum told by its noun and by the same word as a verb)
    assert summaries(result, "polarity") == ["appeal against her conviction: appeal / not appeal"]
    assert not summaries(result, "quote")  # the prosecutor's words, the same in both
    # (blind, batch 52: 5 of 6, no false alarm)
