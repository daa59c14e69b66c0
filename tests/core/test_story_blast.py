"""Four short accounts of a chemical-plant explosion, written here in the sample's style with
their differences listed first, and scored blind once before the engine was changed for them
(see the README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Nine killed in chemical plant explosion in Vellen

By Anna Berg, Nordic Press Agency — March 7, 2025

An explosion at a chemical plant in the city of Vellen killed nine workers and injured 23 \
late on Thursday, police said.

The blast happened at around 10:40 p.m. in a storage hall of the plant, which is owned by \
Delta Chemicals.

Two managers have been detained for questioning.

"This is a terrible tragedy that should never have happened," said Mayor Erik Dahl.

Labour Minister Sofia Brandt, who visited the site on Friday, said: "We will find out what \
went wrong."
"""

B = """Vellen plant blast: seven dead

From Baltic Wire, March 7, 2025

Seven people died when a blast tore through a chemical factory in Vellen on Thursday night.

Mayor Erik Dahl called it "a tragedy that should never have happened."

The company said the plant had a valid operating permit and had passed its last inspection in \
November.

Residents were told to keep windows closed as a precaution.
"""

C = """Manager held after deadly Vellen explosion

The Northern Herald
March 8, 2025

Police arrested the plant manager on Friday after an explosion shortly before midnight on \
Thursday at a chemical works in Vellen.

More than 30 people were hurt in the blast, hospital officials said.

"We will find out what went wrong," plant director Jonas Eklund told local television.

The cause of the explosion is not yet known.
"""

D = """Vellen blast toll rises to 11

By Lars Holm, Reuters Nordic — March 9, 2025

The number of people killed in Thursday's explosion at a chemical plant in Vellen has risen \
to 11, after two of the injured died in hospital.

The plant, owned by the Norvex Group, was operating without a valid permit, according to \
documents seen by Reuters.

Prosecutors have opened a criminal investigation.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("blast"), (A, B, C, D))


def test_dead_injured_and_speaker(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people killed: 9 / 7 / 11 (later account)" in counts
    assert any(s.startswith("people injured: 23 / more than 30") for s in counts)  # "23 late"
    speakers = summaries(result, "attribution")
    assert any("Sofia Brandt" in s and "Jonas Eklund" in s for s in speakers)
    assert "owned by: Delta Chemicals / Norvex Group" in summaries(result, "name")
    assert not any("Dahl" in s for s in summaries(result, "name"))
    dates = summaries(result, "date")  # "at around 10:40 p.m." / "shortly before midnight"
    assert any("10:40 p.m." in s and "midnight" in s for s in dates)
