"""A ferry aground in fog in four accounts, in the sample's style (blind batch 62, written at
the very end of the sixteenth session after all its engine changes, 4ea7b8c, frozen with sha1
before the engine ran; 3 of 5, no false alarm)."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Ferry runs aground off Lenhavn

By Brisa Kael, Nordhavn Wire — May 18, 2045

The Aurora Line ferry Halvor ran aground on a sandbank off Lenhavn early on Thursday with 412 \
passengers and 37 crew on board, the coastguard said.

The ship struck the bank at 5.40 a.m. in thick fog. Twelve people suffered minor injuries.

All passengers were taken ashore by lifeboats and fishing vessels within four hours, \
coastguard spokesman Tomas Arnfeld said.
"""

B = """Ferry aground in fog: passengers rescued

Lenhavn Tidende — May 18, 2045

The ferry Halvor, carrying 398 passengers, hit a sandbank near Lenhavn shortly before 7 a.m. \
on Thursday.

Eight people were slightly hurt. The captain had reduced speed because of the fog, Aurora Line \
said. "Everyone is safe," coastguard spokesman Tomas Arnfeld said.
"""

C = """Halvor grounding: radar fault suspected

Sea Safety Review — May 19, 2045

Investigators are looking at whether a radar fault led the Halvor onto the sandbank off \
Lenhavn on Thursday. The ferry's radar had been serviced in March, Aurora Line said.

The Halvor, built in 2011, is 160 metres long.
"""

D = """Halvor refloated after grounding

The Evening Ledger — May 19, 2045

Tugs refloated the ferry Halvor on Friday morning, a day after it ran aground off Lenhavn. The \
ship's radar had not been serviced since 2043, a crew member told the Ledger.

The 175-metre ferry, built in 2011, will be towed to Nordhavn for repairs.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("lenhavn"), (A, B, C, D))


def test_passengers_time_and_radar(result: Comparison) -> None:
    assert summaries(result, "quantity") == [
        "passengers on board: 412 / 398",
        "people slightly injured: 12 / 8",  # found after the blind run: "suffered minor
    ]  # injuries" is slight, as "slightly hurt" is
    assert summaries(result, "date") == ["time of hit: 5.40 a.m. / 7 a.m."]
    assert summaries(result, "polarity") == ["service in March: serviced / not been serviced"]
    # (blind: 3 of 5, no false alarm. Missed: "Twelve people suffered minor injuries" /
    # "Eight people were slightly hurt" (found after); "is 160 metres long" / "The 175-metre
    # ferry")
