"""A footbridge collapse at a river festival in four accounts (blind batch 59, sixteenth
session: written after the session's engine changes up to 8372745, frozen with sha1 before the
engine ran; 9 of 21 over the batch, one false alarm)."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Footbridge collapses during Velmora river festival

By Tamsin Rudd, Harbour Press — June 14, 2042

A wooden footbridge over the Ambra river collapsed during a festival in Velmora on Saturday \
evening, throwing dozens of spectators into the water, police said.

At least nine people died and 61 were injured. The bridge gave way at about 8.15 p.m., as \
crowds gathered to watch the fireworks.

Mayor Ilse Brandt said the bridge had been inspected in April. "We will find out what went \
wrong," she said.

The 40-metre bridge was built in 1987.
"""

B = """Velmora bridge disaster: what we know

VTV News — June 14, 2042

Eleven people were killed when a footbridge packed with festival-goers fell into the Ambra \
river shortly before 9 p.m. on Saturday.

Rescue teams pulled 48 people from the water. Hospitals treated 74 people for injuries, the \
regional health service said.

"We will find out exactly what went wrong," Mayor Ilse Brandt told reporters. The bridge had \
not been inspected since 2039, according to city records.
"""

C = """Velmora mourns as bridge toll rises

Europa Daily — June 15, 2042

The death toll from Saturday's footbridge collapse in Velmora has risen to 13, officials said \
on Sunday. Divers recovered two more bodies from the Ambra river on Sunday morning.

Prosecutors have opened an investigation. The 35-metre bridge, built in 1987, was designed to \
hold 200 people; witnesses said about 400 were on it when it fell.
"""

D = """Questions over Velmora bridge design

Structures Today — June 15, 2042

The footbridge that collapsed in Velmora on Saturday was designed for a maximum load of 300 \
people, the engineering firm that built it said. It was last inspected in April, the firm \
said, and no faults were found.

The firm, Kessa Bau, said the bridge's steel cables had been replaced in 2035.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("velmora"), (A, B, C, D))


def test_toll_injured_words_and_inspection(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people died: at least 9 / 11 / 13 (later account)" in counts
    assert "people injured: 61 / 74" in counts  # ("Hospitals treated 74 people for injuries")
    assert len(summaries(result, "quote")) == 1
    assert summaries(result, "polarity") == ["inspect in April: inspected / not been inspected"]
    # (blind, batch 59: 4 of 7, no false alarm. Found after: the bridge's length, "The
    # 40-metre bridge was built in 1987" / "The 35-metre bridge, built in 1987,": sentences
    # naming one year tell one background; and in the seventeenth session about 8.15 p.m. /
    # shortly before 9 p.m., "gave way" / "fell": falling is collapsing beside a date.
    # Still missed: designed to hold 200 / a maximum load of 300 people)
    assert "bridge: 40 metre / 35 metre" in counts
    assert summaries(result, "date") == ["time of collapse: 8.15 p.m. / 9 p.m."]
