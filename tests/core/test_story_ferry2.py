"""Four short accounts of a ferry sinking, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Ferry capsizes on Lake Kivu, dozens feared dead

By Staff Reporter, East Africa Wire — April 6, 2026

GOMA, Congo — A ferry carrying more than 200 passengers capsized on Lake Kivu on Sunday \
evening, and at least 38 bodies have been recovered, provincial officials said on Monday.

The boat, the MV Amani, was travelling from Goma to Bukavu when it overturned about 300 \
metres from the shore in strong winds. Rescuers pulled 54 survivors from the water.

Overloading was common on the route, said Jean Mbala, a local transport official, adding that \
the ferry was licensed to carry only 120 people.
"""

B = """Congo lake disaster: 60 dead as ferry sinks

By Claire Dupont, Continental Wire — April 7, 2026

KINSHASA — At least 60 people drowned when an overloaded passenger boat sank on Lake Kivu \
late on Sunday, Congo's transport minister, Paul Kasongo, said on Tuesday. Around 80 people \
survived.

The vessel, which had about 250 people on board, was heading to Bukavu from the town of Goma. \
"Overloading kills, and we will punish those responsible," Kasongo said.
"""

C = """Survivors recount Lake Kivu sinking

By Ines Mutoni, Great Lakes Times — April 7, 2026

Survivors of the MV Amani, which sank on Lake Kivu on Sunday night, said the boat began \
taking on water soon after leaving Goma at 4 p.m.

"Overloading kills, and we will punish those responsible," said provincial governor Marie \
Ilunga, who visited survivors in hospital. At least 38 people are confirmed dead.
"""

D = """Congo declares mourning after ferry disaster

By Tom Okello, Evening Post — April 8, 2026

Congo declared three days of national mourning on Wednesday for the victims of the ferry that \
sank on Lake Kivu. The boat left Goma at about 2 p.m. on Sunday and sank two kilometres from \
the shore.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("ferry2"), (A, B, C, D))


def test_toll_time_and_speaker(result: Comparison) -> None:
    assert "people drowned: at least 38 / at least 60 (later account)" in summaries(
        result, "quantity"
    )
    assert summaries(result, "date") == ["time of departure: 4 p.m. / 2 p.m."]
    assert len(summaries(result, "attribution")) == 1
    # (missed: 54 survivors pulled from the water / around 80 survived; 300 metres / two
    # kilometres from the shore; "more than 200" / "about 250" on board are read as one figure)
