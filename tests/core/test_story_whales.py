"""Four short accounts of a whale stranding, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Dozens of whales die in mass stranding

By Kate Moss, Southern Wire — January 11, 2027

About 90 pilot whales stranded on Farewell Beach on Sunday night, and 62 of them had died by \
Monday morning, the conservation department said.

Volunteers refloated 24 whales at high tide on Monday. "It is heartbreaking," said ranger Tom \
Hale.
"""

B = """Volunteers race to save stranded whales

January 11, 2027

More than 100 pilot whales beached themselves at Farewell Beach late on Saturday. By Monday, \
70 had died.

Hundreds of volunteers helped to keep the survivors wet, and 30 were refloated on Monday \
afternoon. "It is heartbreaking," said department spokeswoman Ana Reid.
"""

C = """Whale stranding: the survivors swim free

January 12, 2027

The 24 whales refloated at Farewell Beach on Monday have not restranded, the conservation \
department said on Tuesday.

The department said the cause of the stranding was not known. Experts said none of the dead \
whales would be buried on the beach.
"""

D = """Why do whales strand?

January 13, 2027

The stranding of about 90 pilot whales at Farewell Beach this week was the third at the site \
in a decade. The dead whales were buried on the beach on Tuesday, the department said.

Scientists believe the shallow, gently sloping beach confuses the whales' sonar.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("whales"), (A, B, C, D))


def test_stranded_count_and_day(result: Comparison) -> None:
    found = summaries(result, "quantity")
    assert "whales stranded: about 90 / more than 100" in found  # "beached themselves"
    assert not any("24" in s for s in found)  # those refloated are not those stranded
    assert summaries(result, "date") == [
        "date of strand: Sunday night (10 January) / Saturday (9 January)"
    ]  # not "had died by Monday morning", nor "The dead whales were buried on Tuesday"
    # (missed: 62 / 70 dead - "By Monday, 70 had died" says no whales; 24 / 30 refloated;
    # the speaker; "none ... would be buried" / "were buried")
