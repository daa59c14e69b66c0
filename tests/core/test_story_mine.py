"""Four short accounts of a copper-mine collapse, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Rescuers race to reach 27 trapped miners near Orsa

By Karl Nyström, Nordic Press Agency — October 14, 2025

Rescue teams were drilling through rock on Wednesday to reach 27 miners trapped by a collapse \
at the Kalder copper mine near the town of Orsa.

The tunnel gave way shortly after 6 a.m. on Tuesday, about 400 metres below the surface. Two \
miners were killed.

"We are doing everything humanly possible to reach them," said Petra Vos, a spokeswoman for \
Kalder Mining. Rescuers expect to reach the men within 48 hours.

Regional Governor Hanna Lind, who visited the site, said: "This is a dark day for our region."

The company said the mine had passed a safety inspection in March.
"""

B = """Hope fades for miners after Orsa collapse

From Baltic Wire, October 14, 2025

At least 30 workers remain trapped underground after a tunnel collapsed early Tuesday morning \
at a copper mine near Orsa, officials said.

Three bodies have been recovered so far.

Kalder Mining, which operates the site, said it had brought in specialist teams from two \
neighbouring countries. "We are doing all we can to reach them," company spokeswoman Petra \
Vos told reporters.

Relatives of the missing gathered at a sports hall in the town overnight, waiting for news.
"""

C = """Union blames safety failures for deadly mine collapse

The Northern Herald
October 15, 2025

Union leaders on Wednesday blamed years of cost-cutting for the collapse at the Kalder mine, \
where two workers died when a tunnel caved in late on Monday night.

Officials have not said how many miners are still underground. The collapse happened at a \
depth of 350 metres, according to the union.

The mine had not passed its last safety inspection, union officials said. Kalder Mining did \
not respond to a request for comment.

Engineers said it could take two days to drill a rescue shaft.
"""

D = """Twenty-seven men trapped as copper mine caves in

By Sara Lund, Reuters Nordic — October 14, 2025

Twenty-seven men were trapped when part of a copper mine near Falun collapsed at 6.15 a.m. \
Tuesday, the operator said.

"This is a dark day for our region," said Tomas Brink, chief executive of Kalder Mining. He \
said ventilation was still reaching the part of the mine where the men were believed to be.

Spokeswoman Petra Voss said food and water had been sent down through a borehole.

Shares in the company fell 12% in Stockholm trading.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("mine"), (A, B, C, D))


def test_trapped_killed_place_speaker_and_inspection(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert any(s.startswith("people trapped:") and "at least 30" in s and "27" in s for s in counts)
    assert any(s.startswith("people killed: 2 / 3") for s in counts)  # "three bodies recovered"
    assert not any("48 hours" in s or "2 days" in s for s in counts)  # the same two days
    assert any("Orsa" in s and "Falun" in s for s in summaries(result, "name"))
    assert any("Hanna Lind" in s and "Tomas Brink" in s for s in summaries(result, "attribution"))
    assert any("not passed" in s for s in summaries(result, "polarity"))
    assert not any("Vos" in s for s in summaries(result, "name"))  # Petra Vos / Petra Voss
    quotes = summaries(result, "quote")  # one content word on one side: all words compared
    assert any("humanly possible" in s and "all we can" in s for s in quotes)


def test_depth_told_below_the_surface_found(result: Comparison) -> None:
    assert "depth: about 400 metres / 350 metres" in summaries(result, "quantity")
    # ("about 400 metres below the surface" / "at a depth of 350 metres": found in the
    # thirteenth session, when "below the surface" began to tell a depth)
