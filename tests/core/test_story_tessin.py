"""Four short accounts of a former mayor's bribery trial, written in the twelfth session after its
first engine changes, with their differences listed first, and scored blind once (batch 45, see
the README's table of stories): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Former mayor jailed for seven years over bribes

By Karin Holm, The Courier — February 14, 2034

Former Tessin mayor Erik Vandel was sentenced to seven years in prison on Wednesday after a \
jury found him guilty of taking bribes worth 1.2 million euros from construction firms.

The jury of twelve reached its verdict by 10 votes to 2 after three days of deliberation.

Judge Clara Engel said Vandel had "betrayed the trust of every citizen of this town". He was \
also fined 300,000 euros.

Vandel, 58, who denied all charges, will appeal, his lawyer said.
"""

B = """Ex-mayor Vandel gets six years

Tessin Post — February 14, 2034

Erik Vandel, who led Tessin for 12 years, was jailed for six years on Wednesday for accepting \
1.2 million euros in bribes.

The jury voted 11 to 1 to convict him. Judge Clara Engel told Vandel he had "betrayed the \
trust of every single citizen".

Vandel, 58, showed no emotion. His lawyer, Hugo Stein, said he would not appeal.
"""

C = """Vandel guilty in Tessin bribery trial

National Wire — February 15, 2034

A court in Tessin on Wednesday convicted former mayor Erik Vandel of corruption, ending a \
trial that lasted four months.

Prosecutors said Vandel took 2.1 million euros in bribes between 2027 and 2031 in exchange for \
building permits. He was sentenced to seven years and ordered to pay a fine of 300,000 euros.

The jury deliberated for two days.
"""

D = """Tessin reacts to Vandel verdict

By Mia Dorn, Tessin Post — February 16, 2034

Residents of Tessin said they were relieved by Wednesday's verdict against their former mayor, \
Erik Vandel, 57.

Vandel, mayor from 2019 to 2031, was convicted of taking bribes and jailed for seven years. \
The trial lasted five months.

His successor, Mayor Lotte Brink, said: "Today justice was done." Vandel's lawyer, Hugo Stein, \
confirmed on Thursday that his client would appeal.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("tessin"), (A, B, C, D))


def test_sentence_vote_age_and_trial(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "prison term: 7 years / 6 years" in counts
    assert "vote count: 10–2 / 11–1" in counts
    assert "age of Erik Vandel: 58 / 57" in counts
    assert "length of trial: 4 months / 5 months" in counts  # ("Vandel, mayor from 2019 to
    # 2031, was convicted": the years are what he was, not when the sentence happened)
    assert "length of deliberation: 3 days / 2 days" in counts  # the act by its noun and
    # by its verb
    # (blind, batch 45: 4 of 8.)
    assert "bribe: 1.2 million euros / 2.1 million euros" in counts  # "accepting" / "took",
    # the second told with the years the bribes were taken "between 2027 and 2031": a span
    # of years a named sum was taken over is no background (found in the thirteenth session)
    assert "appeal: not appeal / appeal" in summaries(result, "polarity")  # "will appeal, his
    # lawyer said" / "said he would not appeal": a verb with nothing after it, in alike
    # passages, affirmed and denied (read after the blind run)
