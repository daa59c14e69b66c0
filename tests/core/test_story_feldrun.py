"""Batch 64 (seventeenth session), a cyberattack on a hospital in four accounts (wire, tech
site, local paper, trade review), written with its differences listed first and scored blind
once (6 of 14 over the batch, one false alarm): what is found now, and what is not."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Cyberattack forces Feldrun hospital to turn away ambulances

By Ruth Adeyemi, Continental Wire — October 10, 2044

A cyberattack shut down computer systems at Feldrun General Hospital early on Sunday, forcing \
it to divert ambulances to other hospitals in the region.

Staff noticed the attack at about 4 a.m., when screens across the hospital went dark. The \
hackers demanded a ransom of 2 million dollars in bitcoin, a hospital spokesman, Lio Tesch, \
said.

"No patient data appears to have been taken," he said.

Around 40 planned operations were postponed on Sunday and Monday.
"""

B = """Ransomware hits Feldrun General: what we know

SecureWatch — October 10, 2044

The attack on Feldrun General Hospital was detected shortly after 6 a.m. on Sunday, according \
to the hospital's operator, Norrland Health.

The attackers asked for 5 million dollars. "We have no evidence that patient data was taken," \
hospital spokesman Lio Tesch said.

More than 60 operations have been cancelled.
"""

C = """Feldrun hospital systems back online

Feldrun Gazette — October 11, 2044

Computer systems at Feldrun General Hospital were restored on Tuesday morning, two days after \
Sunday's cyberattack, the hospital said.

The hospital, which has 650 beds, resumed taking ambulances at noon. Two staff members said \
the ransom had been paid.
"""

D = """Feldrun attack exposes gaps in hospital IT

Health Service Review — October 12, 2044

Patient records at the 720-bed Feldrun General Hospital remained offline on Wednesday, three \
days after the attack, staff said.

Norrland Health said on Wednesday it had paid no ransom and was working with national police.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("feldrun"), (A, B, C, D))


def test_counts_time_words_and_ransom(result: Comparison) -> None:
    assert summaries(result, "quantity") == [
        "ransom demanded: 2 million dollars / 5 million dollars",  # ("asked for")
        "operations postponed: about 40 / more than 60",
        "number of beds: 650 / 720",  # ("the 720-bed ... Hospital")
    ]  # (blind: the operations; the ransom and the beds found after)
    assert summaries(result, "date") == ["time of attack: 4 a.m. / 6 a.m."]  # (blind, "/
    # noon", when ambulances were taken again, was joined to it: mended)
    assert len(summaries(result, "quote")) == 1  # Lio Tesch's words
    assert summaries(result, "polarity") == ["pay ransom: paid / paid no ransom"]  # (after)


def test_still_missed(result: Comparison) -> None:
    # systems "restored on Tuesday morning" / records "remained offline on Wednesday": a state
    # told by two different verbs
    assert len(summaries(result, "polarity")) == 1
