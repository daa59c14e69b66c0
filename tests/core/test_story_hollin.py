"""A levee breach floods a town (blind batch 56, fifteenth session: written after all the
session's engine changes up to 6790def, frozen with sha1 before the engine ran; 4 of 16 over
the batch, no false alarm)."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Levee breach floods Hollin, thousands flee

By Ana Sorvik, Delta Wire — March 12, 2041

A levee on the Marreck river gave way before dawn on Tuesday, flooding much of the town of \
Hollin and forcing about 3,000 people from their homes, officials said.

The breach, some 40 metres wide, opened at around 5 a.m. after a week of heavy rain. Two \
people were found dead in a flooded basement, police said.

Governor Edda Tessaly ordered the evacuation of the lower town shortly after the breach. "We \
will not leave anyone behind," she said.

Engineers said the levee had been inspected last year and found sound. About 1,200 homes \
were under water by midday.
"""

B = """Hollin under water

Marreck Valley Gazette — March 12, 2041

Water poured through a 60-metre gap in the Marreck levee shortly after 6 a.m. on Tuesday, \
and by noon some 1,200 houses in Hollin stood in floodwater.

Mayor Jorun Quenby said he had ordered the lower town cleared within an hour of the breach. \
About 4,500 residents spent the night in schools and a sports hall.

"No one will be left behind," Governor Edda Tessaly told reporters at the scene.

Residents said the levee had not been inspected since 2035. Two bodies were recovered from a \
basement on Canal Street.
"""

C = """Hollin flood toll rises to three

By Ana Sorvik, Delta Wire — March 13, 2041

A third body was found in Hollin on Wednesday, a day after the Marreck levee failed, police \
said. The man, 71, had refused to leave his home.

Army engineers began filling the breach with rock on Wednesday morning. The river was \
expected to fall below the danger mark by Friday.

Governor Tessaly said repairs would cost at least 15 million crowns.
"""

D = """Why did the Hollin levee fail?

Riverlands Review — March 13, 2041

The levee that gave way on Tuesday had been built in 1962 and raised twice since. Its last \
full inspection, in 2040, found minor seepage but no danger, the regional water board said.

The water board put the cost of repairs at about 20 million crowns. Three people died in the \
flood, including a 68-year-old man who stayed in his house.

About 3,000 people were still in emergency shelters on Wednesday night.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("hollin"), (A, B, C, D))


def test_dead_and_inspection(result: Comparison) -> None:
    assert "people died: 2 / 3 (later account)" in summaries(result, "quantity")
    assert summaries(result, "polarity") == ["inspect last year: inspected / not been inspected"]
    # (blind, batch 56: 2 of 8 required; the dead were found with A's count wrongly taken from
    # "a flooded basement", mended after. Still missed: about 3,000 forced from homes / about
    # 4,500 in shelters; 40 / 60 metres wide; around 5 a.m. / shortly after 6 a.m.; who ordered
    # the evacuation, the governor / the mayor; the governor's words told two ways)
    # Found after: the man's age ("The man, 71," / "a 68-year-old man": an unnamed person's
    # age by the noun), and "About 4,500 residents spent the night" read as people, not a
    # town's population
    assert "age of the man: 71 / 68" in summaries(result, "quantity")
    # Found in the sixteenth session: "opened at around 5 a.m." / "shortly after 6 a.m." (A's
    # "before dawn" agrees with B's 6 a.m. but no longer uses it up, and B's "by noon" is a
    # deadline, not a second clock time)
    assert summaries(result, "date") == ["time of opening: 5 a.m. / 6 a.m."]
