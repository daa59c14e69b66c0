"""Four short accounts of a prison riot, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Inmates seize wing of Halden prison

By Ole Strand, Nordic Wire — March 22, 2026

About 150 inmates took control of a wing of Halden high-security prison on Sunday and held \
four guards hostage for 12 hours, the justice ministry said.

The riot began at 7 p.m. after a dispute over visiting rights. Two guards were injured.

Police retook the wing at dawn without firing a shot.
"""

B = """Halden prison riot ends after night of violence

By Siri Berg, Morning Post — March 23, 2026

A riot at Halden prison ended early on Monday after special police stormed the wing where 200 \
prisoners had barricaded themselves, officials said.

Six guards had been taken hostage. Police fired tear gas before entering the building, and \
one inmate was killed.
"""

C = """Guards freed after Halden prison riot

By Per Lie, Continental Wire — March 23, 2026

All four guards held by rioting inmates at Halden prison were freed unharmed on Monday \
morning, the justice ministry said.

The riot started at about 5 p.m. on Sunday. "The situation is now under control," Justice \
Minister Kari Moe said.
"""

D = """Minister orders review after prison riot

By Anne Holm, Evening Post — March 24, 2026

The justice minister ordered a review of security at all high-security prisons after the riot \
at Halden. No one was killed in the unrest. "The situation is now under control," prison \
governor Erik Sand said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("riot"), (A, B, C, D))


def test_hostages_dead_start_and_speaker(result: Comparison) -> None:
    found = summaries(result, "quantity")
    assert "people kidnapped: 4 / 6 (later account)" in found  # "held four guards hostage"
    assert any(s.startswith("people killed: one inmate / none") for s in found)
    assert summaries(result, "date") == ["time of riot: 7 p.m. / 5 p.m."]  # (not "visit": no
    # "wing" read as a verb; Sunday's seizure and Monday's release are two moments)
    assert len(summaries(result, "attribution")) == 1
    # (missed: about 150 / 200 inmates)
