"""Four short accounts of a museum theft, in the sample's style, written in the fourteenth
session after its engine changes (batch 52), with their differences listed first, and scored
blind once (see the README's table of stories): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Thieves take three paintings from Vardal museum

By Lise Ondra, Culture Wire — March 23, 2040

Two men broke into the Torvane Museum in Vardal on Thursday night and escaped with three \
paintings estimated at 12 million euros, police said.

The thieves entered through a skylight shortly before 3 a.m. and were inside for less than \
ten minutes.

"It is a terrible loss for the city," museum director Piet Sorrel said.
"""

B = """Masked gang raids Torvane Museum

Vardal Daily — March 23, 2040

Three masked men stole four paintings worth about 20 million euros from the Torvane Museum \
in Vardal on Thursday night.

The raid happened at about 1.30 a.m., according to police.

"This is a terrible loss for our city," director Piet Sorrel told reporters.
"""

C = """Vardal museum to review security after theft

By Lise Ondra, Culture Wire — March 24, 2040

The Torvane Museum said on Saturday it would review its security after Thursday night's theft.

The museum's alarm sounded as soon as the thieves broke in, police said, but they had fled \
before officers arrived.
"""

D = """Guard: no alarm during Vardal art theft

Arts Review — March 24, 2040

A guard at the Torvane Museum in Vardal said the alarm did not sound during Thursday night's \
theft.

The museum had been closed to the public for renovation since January.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("vardal"), (A, B, C, D))


def test_paintings_value_thieves_quote_and_alarm(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "paintings stolen: 3 / 4" in counts
    assert "amount: 12 million euros / about 20 million euros" in counts
    assert "number of robbers: 2 / 3" in counts
    assert len(summaries(result, "quote")) == 1
    assert summaries(result, "polarity") == [
        "sound during Thursday night's theft: sounded / not sound"
    ]
    # (blind, batch 52: 5 of 6, no false alarm. Missed: "entered through a skylight shortly
    # before 3 a.m." / "The raid happened at about 1.30 a.m.", sentences with no word in
    # common; found in the sixteenth session: the one clock time each account leads with,
    # one of them told of the story's event itself, "The raid happened")
    assert summaries(result, "date") == ["time of entry: 3 a.m. / 1.30 a.m."]
