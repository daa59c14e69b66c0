"""Four short accounts of an arson attack on a hostel for asylum seekers, written in the
eleventh session with their differences listed first, and scored blind once (batch 42, see
the README's table of stories): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Arson attack on Veldhaven asylum hostel

By Ruud Denning, Lowlands Press — October 12, 2031

A firebomb was thrown through a ground-floor window of a hostel for asylum seekers in \
Veldhaven shortly after 2am on Sunday, police said. The building housed 85 residents.

Six people were treated for smoke inhalation. No one was seriously hurt.

Police arrested three men, aged 19, 21 and 24, near the scene. "The fire was set \
deliberately," police said.
"""

B = """Hostel fire in Veldhaven: residents flee flames

Veldhaven Daily — October 12, 2031

Fifty-eight residents fled into the street after a firebomb came through a ground-floor \
window of the hostel around 3am on Sunday.

Two residents were critically injured and are being treated at the city hospital, a \
hospital spokeswoman said.

Neighbours said they heard shouting on Saturday night before the attack.
"""

C = """Two men held over hostel arson

By Ruud Denning, Lowlands Press — October 13, 2031

Two men aged 21 and 24 have been arrested over the arson attack on a Veldhaven hostel for \
asylum seekers in the early hours of Sunday.

Several residents were hurt in the fire, which broke out after Saturday night's football \
match in the town. The men will appear before a judge on Tuesday.
"""

D = """Prosecutor: Veldhaven hostel fire was arson

Regional Radio — October 13, 2031

Four people were injured in the fire at the Veldhaven hostel, the regional prosecutor's \
office said on Monday.

"The fire was set deliberately," prosecutor Anke Rolf said. She said investigators were \
examining footage from cameras near the building.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("veldhaven"), (A, B, C, D))


def test_hurt_arrests_and_time(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people seriously injured: none / 2" in counts
    assert "people arrested: 3 / 2" in counts
    assert "people treated: 6 / Several / 4" in counts  # six treated / four injured
    assert not [c for c in counts if "24" in c or "21" in c]  # ages, not counts
    assert len(summaries(result, "date")) == 1  # shortly after 2am / around 3am
    # (blind, batch 42: 1 of 6 and a false alarm, "people arrested: 3 / 24", fixed. Still
    # missed: 85 / 58 residents; "The fire was set deliberately" credited to police and to
    # the prosecutor)
