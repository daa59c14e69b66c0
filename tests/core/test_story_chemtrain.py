"""Four short accounts of a chemical train derailment, written here in the sample's style with
their differences listed first, and scored blind once before the engine was changed for them
(see the README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Freight train carrying chemicals derails, thousands evacuated

By Greg Holt, Midwest Wire — June 14, 2027

A freight train carrying hazardous chemicals derailed near the town of Millbrook on Sunday \
night, forcing about 2,000 residents to leave their homes, officials said.

Eleven tank cars left the tracks at about 9:40 p.m., and three of them caught fire. Residents \
within a 1-mile radius were told to evacuate.

No injuries were reported, the county sheriff said.
"""

B = """Millbrook derailment: evacuation zone widened

By Dana Price, National Desk — June 15, 2027

Authorities widened the evacuation zone around the site of Sunday's derailment in Millbrook \
to 2 miles on Monday as crews fought a fire in five burning tank cars.

Fourteen of the train's 90 cars derailed shortly after 10 p.m. About 3,500 people have been \
evacuated.

Two firefighters were treated for breathing problems.
"""

C = """Railroad says brake failure caused Millbrook crash

By Tom Reyes, Rail Business — June 16, 2027

The railroad said on Tuesday that a brake failure caused the derailment of its 88-car freight \
train in Millbrook.

"We are deeply sorry for the disruption to the community," the railroad's chief executive, \
Laura Pike, said.
"""

D = """Millbrook residents return home

By Ann Walsh, Millbrook Gazette — June 17, 2027

Residents began returning home on Wednesday after officials lifted the evacuation order.

Investigators have not determined the cause of the derailment, a federal safety official \
said. "We are deeply sorry for the disruption to the community," said railroad spokesman Jim \
Cole.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("chemtrain"), (A, B, C, D))


def test_evacuated_hurt_and_speaker(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people evacuated: about 2,000 / about 3,500 (later account)" in counts
    assert "people hurt: none / 2 (later account)" in counts
    assert len(summaries(result, "attribution")) == 1
    # "Eleven tank cars left the tracks, and three of them caught fire" / "Fourteen of the
    # train's 90 cars derailed": each account's one count of derailed cars (tenth session)
    assert "cars derailed: 11 / 14" in counts
    # (missed: three / five burning; a 90-car / 88-car train)
    # Found in the sixteenth session: each account's one clock time of the night, "Eleven
    # tank cars left the tracks at about 9:40 p.m." / "derailed shortly after 10 p.m."
    assert summaries(result, "date") == ["time of derailment: 9:40 p.m. / 10 p.m."]
