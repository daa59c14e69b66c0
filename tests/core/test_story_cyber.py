"""Four short accounts of a ransomware attack on hospitals, written here in the sample's style
with their differences listed first, and scored blind once before the engine was changed for
them (see the README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Hospital network hit by ransomware, surgeries cancelled

By Emma Stark, Health Desk Daily — February 11, 2026

A ransomware attack has crippled computer systems at the Northvale Health Trust, forcing its \
three hospitals to cancel more than 400 operations this week, the trust said on Wednesday.

The attack began in the early hours of Monday. The hackers demanded 5 million dollars in \
bitcoin, according to two people familiar with the matter.

The trust said patient records had not been stolen. A group calling itself DarkLedger claimed \
responsibility.
"""

B = """Northvale hospitals still offline after cyberattack

By Ravi Menon, Tech Ledger — February 11, 2026

Computer systems at Northvale Health Trust's four hospitals remained offline on Wednesday, \
two days after a cyberattack that the trust's chief executive, Dr. Helen Ward, called "the \
worst crisis in our history".

About 250 operations have been postponed. Ward said the trust would not pay any ransom.

Security researchers said the attackers had copied the records of some 1.2 million patients.
"""

C = """Ransom demand of $10 million in Northvale hospital hack

By Jo Lindqvist, Evening Standard Europe — February 12, 2026

Hackers who shut down systems at Northvale Health Trust have demanded a ransom of 10 million \
dollars, police said on Thursday.

The attack, which started on Sunday night, has forced the cancellation of more than 400 \
operations. "This is the worst crisis in our history," said the trust's chair, Martin Hale.
"""

D = """Northvale trust paid hackers, staff say

By Ana Ruiz, Continental Wire — February 13, 2026

Northvale Health Trust paid a ransom to restore its systems after last week's cyberattack, \
three members of staff told Continental Wire. The trust declined to comment.

Systems at all three of the trust's hospitals were back online on Friday, the trust said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("cyber"), (A, B, C, D))


def test_counts(result: Comparison) -> None:
    found = summaries(result, "quantity")
    assert "hospitals remained: 3 / 4" in found
    assert "operations postponed: more than 400 / about 250" in found  # "to cancel", "the
    # cancellation of", "postponed": one deed
    assert "ransom demanded: 5 million dollars / 10 million dollars" in found  # "demanded a
    # ransom of": a sum without its noun meets one with it


def test_speaker_and_payment(result: Comparison) -> None:
    assert summaries(result, "attribution") == [
        "who said the worst crisis in our history: Helen Ward / Martin Hale"
    ]  # "the trust's chief executive, Dr. Helen Ward, called" / "said the trust's chair, …"
    assert summaries(result, "polarity") == ["pay any ransom: not pay / paid"]
    # (missed: early hours of Monday / Sunday night; "records had not been stolen" / "had
    # copied the records")
