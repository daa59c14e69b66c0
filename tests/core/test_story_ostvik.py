"""Batch 65 (seventeenth session), a van driven into a concert crowd in four accounts (wire,
paper, local daily, music trade), written with its differences listed first and scored blind
once: what is found now, and what is not."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Van driven into crowd leaving Ostvik concert, five dead

By Tomas Berg, Global Wire — June 11, 2045

A man drove a van into a crowd leaving a concert at the Helm Arena in Ostvik late on Saturday, \
killing five people and injuring 23, police said.

The attack happened at about 11.20 p.m., as thousands of fans streamed out of the arena. The \
driver, 34, was arrested at the scene.

"This was a deliberate act," police chief Nadia Prell told reporters early on Sunday.
"""

B = """Six killed as van ploughs into concert-goers

The National — June 11, 2045

Six people were killed and 19 injured when a van ploughed into concert-goers outside the Helm \
Arena in Ostvik shortly before 11 p.m. on Saturday.

The driver, a 36-year-old local man, fled on foot and was still being sought by police on \
Sunday afternoon.

Hospitals in Ostvik said several of the injured were in a critical condition.
"""

C = """Ostvik mourns victims of arena attack

Ostvik Tidende — June 13, 2045

Hundreds laid flowers outside the Helm Arena on Monday, two days after a van was driven into \
fans leaving a concert attended by 12,000 people.

Police said the attack was not terror-related. "This was a calculated act," police chief Nadia \
Prell said.
"""

D = """Promoters review safety after Ostvik tragedy

Live Music Business — June 13, 2045

Concert promoters said on Tuesday they would review crowd safety after Saturday's attack at \
the Helm Arena, where about 15,000 fans had watched the show.

Police are treating the attack as terrorism, the promoters said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("ostvik"), (A, B, C, D))


def test_toll_time_age_and_words(result: Comparison) -> None:
    assert summaries(result, "quantity") == [
        "people killed: 5 / 6",
        "people injured: 23 / 19",
        "age of the driver: 34 / 36",
        "people attended: 12,000 / about 15,000",  # ("attended by 12,000"; found after)
    ]
    assert summaries(result, "date") == ["time of attack: 11.20 p.m. / 11 p.m."]
    assert len(summaries(result, "quote")) == 1  # "a deliberate act" / "a calculated act"


def test_still_missed(result: Comparison) -> None:
    # the driver "was arrested at the scene" / "fled on foot and was still being sought"
    # (a driver is no doer noun of the rules: in most stories he is not one); "not
    # terror-related" / "treating the attack as terrorism" (two wordings, no shared verb)
    assert not summaries(result, "polarity")
