"""Four short accounts of a train derailment, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Train derails in Alpine valley, killing five

By Sophie Marti, Alpine Post — March 3, 2027

A passenger train derailed near the village of Brissago on Tuesday evening, killing five \
people and injuring 31, police said.

The train, carrying about 200 passengers, left the tracks at 6:40 p.m. after a landslide \
buried the line. Three of the injured were in critical condition.

Rail operator SBX said the driver had braked hard but could not stop in time. The line will \
stay closed for three days while engineers clear the debris.
"""

B = """At least seven dead as train ploughs into landslide

By Tom Keller, Continental Wire — March 4, 2027

At least seven people were killed when a regional train ran into a landslide and derailed in \
southern Switzerland on Tuesday, officials said on Wednesday.

More than 40 people were taken to hospital. The train had 150 passengers on board when it \
came off the rails shortly after 7 p.m. The driver was among the dead.

"We will find out how this could happen," Transport Minister Lena Frei said. The line will be \
closed for two weeks.
"""

C = """Death toll in Brissago derailment rises to eight

By Ana Costa, Ticino Today — March 5, 2027

The number of people killed in Tuesday's derailment near Brissago has risen to eight after a \
woman died in hospital on Thursday, the cantonal police said.

The driver survived with serious injuries and has been questioned by investigators. Heavy \
rain had loosened the slope above the track for days.

"We will find out how this could happen," SBX chief executive Marco Ruf told reporters.
"""

D = """Carnage on the mountain line

By Jon Weber, Evening Standard-Bearer — March 4, 2027

Seven people died in Tuesday's horror crash near Brissago, where a train slammed into a wall \
of mud.

Officials have not said how many passengers were on board. Residents say they had warned for \
years that the slope was unsafe.

Rescuers worked through the night in heavy rain to free those trapped in the wreckage.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("derail"), (A, B, C, D))


def test_toll_passengers_closure_time_and_speaker(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert any(s.startswith("people killed: 5 / at least 7") for s in counts)
    assert "people on board: about 200 / 150 / not said" in counts  # "have not said how many"
    assert "length of closure: 3 days / 2 weeks" in counts
    assert summaries(result, "date") == ["time of derailment: 6:40 p.m. / 7 p.m."]  # "left the
    # tracks" / "came off the rails": one deed
    assert len(summaries(result, "attribution")) == 1
    # (missed: 31 injured / more than 40 taken to hospital; the driver among the dead / the
    # driver survived)
