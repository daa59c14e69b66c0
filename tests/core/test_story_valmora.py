"""Four short accounts of a road bridge collapse, written here with their differences listed first,
and scored blind once (batch 40, see the README's table of stories): what is found, and what is
not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Bridge collapse in Valmora kills at least nine

By Teresa Quint, Coastline Wire — September 3, 2029

A road bridge over the Arlen river in Valmora collapsed on Sunday afternoon, sending at least \
nine vehicles into the water and killing at least nine people, the fire service said.

The 240-metre bridge, built in 1968, gave way at about 4.15pm during heavy traffic. Divers \
pulled 14 people alive from the river.

Regional governor Marta Selic said the bridge had passed a safety inspection in March. \
"There was no sign that this structure was in danger," she said.
"""

B = """Eleven dead as Valmora bridge falls into river

By Hugo Marr, Daily Meridian — September 3, 2029

Eleven people died when a section of the Arlen bridge in Valmora plunged into the river on \
Sunday, rescuers said.

The bridge, which opened in 1971, was about 300 metres long. It collapsed shortly after \
4pm. Twelve survivors were rescued from the water, and six of them are in critical condition.

Engineers had warned two years ago that the bridge's supports were corroded, according to \
local newspaper reports.
"""

C = """Valmora bridge: no warning, says governor

By Teresa Quint, Coastline Wire — September 4, 2029

The death toll from Sunday's bridge collapse in Valmora rose to 13 on Monday, the fire \
service said, as divers recovered four more bodies from the Arlen river.

Governor Marta Selic defended the region's maintenance record. "We had no indication that \
this bridge was unsafe," she told reporters.

The transport ministry said the bridge had not been inspected since 2026.
"""

D = """Search goes on after Valmora bridge disaster

By Ana Ferro, Southern Post — September 4, 2029

Rescue teams searched the Arlen river on Monday for people still missing after a bridge \
in Valmora collapsed a day earlier, killing 12 people.

The bridge gave way at 4.15pm on Saturday as cars crossed it, witnesses said. Around a dozen \
vehicles fell into the river.

Governor Marta Selich said an inquiry would report within 60 days.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("valmora"), (A, B, C, D))


def test_toll_and_rescued(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people died: at least 9 / 11 / 13 (later account) / 12 (later account)" in counts
    # "Divers pulled 14 people alive" / "Twelve survivors were rescued ..., and six of them are
    # in critical condition" (found after scoring: the graded part left the twelve alone)
    assert "people rescued: 14 / 12" in counts
    assert not summaries(result, "attribution")
    # (blind, batch 40: 1 of 6, no false alarm. Still missed: built in 1968 / opened in 1971;
    # the 240-metre bridge / about 300 metres long; Sunday / Saturday (the fourth account also
    # says "a day earlier"); passed a safety inspection in March / not inspected since 2026)
