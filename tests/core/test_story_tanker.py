"""Four short accounts of a tanker collision, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Tanker and cargo ship collide off Cape Lorne

By Hugo Brand, Maritime Wire — August 3, 2026

An oil tanker and a cargo ship collided in fog off Cape Lorne at 5:40 a.m. on Sunday, the \
coastguard said. Two crew members of the cargo ship are missing.

The tanker, the Northern Star, was carrying 80,000 tonnes of crude oil. No oil has leaked, \
the coastguard said.

The cargo ship, registered in Malta, was travelling from Rotterdam to Lisbon with a crew of 18.
"""

B = """Oil slick spotted after Cape Lorne collision

By Ines Moreau, Coastal Times — August 3, 2026

An oil slick about two kilometres long has been seen near the tanker Northern Star after it \
collided with a cargo vessel off Cape Lorne early on Sunday, a coastguard spokesman said.

Three sailors from the cargo ship are missing. The Northern Star was carrying 120,000 tonnes \
of crude.
"""

C = """Search continues for missing sailors off Cape Lorne

By Tom Reyes, Continental Wire — August 4, 2026

Rescue teams searched on Monday for two sailors missing since a cargo ship and a tanker \
collided off Cape Lorne shortly after 6 a.m. on Sunday.

The Panama-registered cargo ship had 21 crew on board. "Visibility was almost zero," the \
tanker's captain, Lars Holm, said.
"""

D = """Cape Lorne crash: fog blamed

By Mia Kent, Sea Trade Journal — August 5, 2026

Investigators said thick fog was to blame for Sunday's collision off Cape Lorne. "Visibility \
was almost zero," said the cargo ship's first officer, Piet de Vries.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("tanker"), (A, B, C, D))


def test_counts(result: Comparison) -> None:
    found = summaries(result, "quantity")
    assert "crew on board: 18 / 21" in found  # "with a crew of 18"
    assert "sailors missed: 3 / 2" in found


def test_time_flag_and_speaker(result: Comparison) -> None:
    assert summaries(result, "date") == ["time of collision: 5:40 a.m. / 6 a.m."]  # ("collided
    # off Cape Lorne": a place, not a particle)
    assert summaries(result, "name") == ["flag: registered in Malta / Panama-registered"]
    assert len(summaries(result, "attribution")) == 1  # "said the cargo ship's first officer"
    # (missed: "No oil has leaked" / "an oil slick")
