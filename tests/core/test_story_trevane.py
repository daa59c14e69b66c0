"""Four short accounts of a knife attack at a railway station, written here with their differences
listed first, and scored blind once (batch 40, see the README's table of stories): what is
found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Five hurt in knife attack at Trevane station

By Jonas Pike, Metro Wire — February 11, 2030

A man stabbed five people at Trevane central station on Friday evening before being \
overpowered by passengers, police said.

The attack began at about 6.40pm on the concourse during the evening rush hour. Two of \
the victims were seriously injured.

Police said the suspect, a 34-year-old man from Trevane, was arrested at the scene. \
Investigators have not yet established a motive.
"""

B = """Trevane station stabbing: six wounded

By Clara Voss, The Evening Standard — February 11, 2030

Six people were wounded when a man armed with a kitchen knife attacked commuters at \
Trevane's main railway station on Friday, officials said.

The attacker, aged 43, was detained by two off-duty police officers after about three minutes.

"He was shouting and swinging the knife at anyone near him," said witness Paolo Rende, a \
ticket inspector.
"""

C = """Suspect charged over Trevane station attack

By Jonas Pike, Metro Wire — February 12, 2030

A 34-year-old man was charged on Saturday with five counts of attempted murder after Friday's \
knife attack at Trevane central station, prosecutors said.

All five victims remain in hospital. One is in a critical condition, doctors said.

Prosecutors said the man had been known to police but had no previous convictions. The \
station reopened on Saturday morning.
"""

D = """Commuters describe panic in Trevane stabbing

By Lea Sandor, Northern Herald — February 12, 2030

Commuters at Trevane central station described scenes of panic after a man stabbed five \
people on Friday night.

"He was screaming and slashing at anyone close to him," said Paolo Rende, a station worker.

The suspect was overpowered by passengers about ten minutes after the attack began at 7pm. \
Police said the man had previous convictions for assault.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("trevane"), (A, B, C, D))


def test_wounded_age_time_and_witness(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "age of the suspect: 34 / 43" in counts
    # found after scoring: "stabbed five people" / "Six people were wounded" (a wounding verb's
    # count is the wounded); "began at about 6.40pm ... the evening rush hour" / "began at
    # 7pm" (a part of the day no longer hides the clock); the witness's words in one frame
    assert "people stabbed: 5 / 6" in counts
    assert summaries(result, "date") == ["time of attack: 6.40pm / 7pm"]
    assert len(summaries(result, "quote")) == 1
    # (blind, batch 40: 1 of 6, no false alarm. Still missed: about three minutes / about ten
    # minutes after the attack began; no previous convictions / previous convictions)
