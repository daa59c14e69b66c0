"""Four short accounts of a rent-cap law, in the sample's style, written as the thirteenth
session's last batch after all its engine changes (batch 51), with their differences listed
first, and scored blind once (see the README's table of stories): what is found, and what is not
flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Norra parliament passes housing law

By Ysel Harth, Capital Wire — December 1, 2039

Norra's parliament passed a law on Thursday capping rent increases at 3 percent a year, by \
112 votes to 88.

The law will apply to about 1.2 million rented homes and takes effect on January 1. Housing \
minister Brek Selvik said it would "protect families from runaway rents".
"""

B = """Rent cap approved in Norra

Norra Times — December 1, 2039

Lawmakers approved a cap of 3.5 percent a year on rent rises on Thursday. The vote was 109 to \
91.

The measure covers some 900,000 rental homes. Minister Brek Selvik said it would "protect \
families from soaring rents".
"""

C = """Landlords to challenge Norra rent law

By Ysel Harth, Capital Wire — December 2, 2039

Landlords' groups said on Friday they would challenge Norra's new rent law in the \
constitutional court.

The law, passed on Thursday, takes effect on February 1.
"""

D = """What the rent cap means

Housing Weekly — December 2, 2039

Norra's rent cap, approved by parliament on Thursday, will not apply to new buildings, the \
housing ministry said.

Landlords' groups said they would not challenge the law in court.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("norra"), (A, B, C, D))


def test_start_words_and_challenge(result: Comparison) -> None:
    assert summaries(result, "date") == ["date of take effect: 1 January / 1 February"]
    assert len(summaries(result, "quote")) == 1
    assert summaries(result, "polarity") == [
        "challenge Norra's new rent law: challenge / not challenge"
    ]
    # (blind, batch 51: 3 of 6, no false alarm. Missed: a cap of 3 / 3.5 percent a year;
    # "by 112 votes to 88" / "The vote was 109 to 91"; about 1.2 million / some 900,000
    # rented homes)


def test_cap_vote_and_homes_read_after(result: Comparison) -> None:
    # (the three blind misses, found in the fourteenth session: a limit told by a verb and
    # by a noun, a tally told after "The vote was", a present-tense "covers" / "apply to")
    counts = summaries(result, "quantity")
    assert "rises capped: 3 percent / 3.5 percent" in counts
    assert "vote count: 112–88 / 109–91" in counts
    assert "homes covered: about 1.2 million / about 900,000" in counts
    assert len(counts) == 3
