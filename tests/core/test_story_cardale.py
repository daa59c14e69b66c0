"""Batch 63 (seventeenth session), a council treasurer's fraud trial in four accounts (wire,
regional paper, weekly, column), written with its differences listed first and scored blind
once: what is found now, and what is not."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Former council treasurer jailed for £2.3m fraud

By Owen Pritchard, Central Press Agency — September 18, 2043

A former treasurer of Wenlow council was jailed for six years on Friday for stealing £2.3 \
million of public money over nine years.

Emil Sarkis, 58, was convicted at Cardale Crown Court after the jury deliberated for nine hours.

Judge Rosalind Ebbe told him: "You betrayed the trust of every resident of this town, and you \
did it for a decade."

The court heard that Sarkis spent much of the money on property in Spain.
"""

B = """Sarkis gets seven years for council theft

The Cardale Echo — September 18, 2043

Emil Sarkis, 57, who stole £2.1 million from Wenlow council while he was its treasurer, was \
jailed for seven years at Cardale Crown Court on Friday.

A jury found him guilty after two days of deliberations.

Sentencing him, Judge Rosalind Ebbe said: "You betrayed the trust of every person in this town."

Police said they had so far recovered £600,000 of the money.
"""

C = """Wenlow reacts to Sarkis verdict

Wenlow Weekly — September 24, 2043

The jury of eight men and four women reached a majority verdict of 10 to 2 against Emil \
Sarkis, the former council treasurer jailed at Cardale Crown Court last Friday.

Sarkis, who denied the charges throughout the three-week trial, will appeal, his lawyer said.

Council leader Mira Quill said the council had recovered £850,000 so far and had changed the \
way it signs off payments.
"""

D = """How did nobody notice?

Public Finance Review — September 25, 2043

When Emil Sarkis was sentenced at Cardale Crown Court last Thursday, the question in Wenlow \
was not how he did it but how nobody noticed for so long.

Sarkis, who pleaded guilty, took more than £2 million from the council's accounts between 2032 \
and 2041.

Auditors signed off the council's books every year in that time.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("cardale"), (A, B, C, D))


def test_term_sum_age_and_deliberation(result: Comparison) -> None:
    assert summaries(result, "quantity") == [
        "prison term: 6 years / 7 years",
        "amount stolen: £2.3 million / £2.1 million",  # (not D's "more than £2 million")
        "age of Emil Sarkis: 58 / 57",
        "length of deliberation: 9 hours / 2 days",  # (found after the blind run)
    ]
    assert summaries(result, "date") == [
        "date of sentencing: Friday (18 September) / Thursday (24 September)"
    ]  # "jailed ... on Friday" / "sentenced ... last Thursday" (found after; "last Thursday"
    # on a Friday is read as the day before)
    assert len(summaries(result, "quote")) == 1  # the judge's words


def test_still_missed(result: Comparison) -> None:
    # the plea, "who denied the charges throughout the three-week trial, will appeal" /
    # "who pleaded guilty, took more than £2 million": the two sentences share only the
    # name (an aligned pair of them is found: tests/core/test_seventeenth_session.py)
    assert not summaries(result, "polarity")
