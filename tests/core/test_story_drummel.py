"""Batch 66 (seventeenth session, its last blind batch), a mine collapse in four accounts (wire,
TV site, national paper, mining review), written with its differences listed first and scored
blind once (5 of 13 over the batch, one false alarm): what is found now, and what is not."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Fourteen miners trapped after tunnel collapse in Kaskor

By Irene Dahl, Global Wire — September 4, 2045

A tunnel collapsed at the Drummel copper mine near Kaskor on Monday afternoon, trapping 14 \
miners about 600 metres underground, the company said.

The collapse happened at around 2.30 p.m., during a shift change. Rescuers have made radio \
contact with the men.

"All of them are alive and talking to us," said mine director Oskar Vane.
"""

B = """Eleven miners trapped in Drummel mine

Kaskor TV — September 4, 2045

Eleven miners are trapped after the roof of a tunnel gave way at the Drummel mine shortly \
after 3 p.m. on Monday.

The men are about 450 metres below the surface. More than 200 rescuers are at the site.

Mine director Oskar Vane said: "All of them are alive and in contact with us."
"""

C = """Drummel miners rescued after 40 hours

The National Courier — September 6, 2045

All 14 miners trapped at the Drummel copper mine were brought to the surface on Wednesday \
morning after 40 hours underground.

Two of them were taken to hospital as a precaution. The mine, which employs 1,100 people, will \
stay closed while inspectors examine the tunnels.
"""

D = """Drummel rescue: lessons for the industry

Mining Review — September 7, 2045

The Drummel miners spent 44 hours underground before rescuers drilled through to them, the \
company said.

Three miners were treated in hospital. Drummel's 1,400 workers are expected back at work next \
month.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("drummel"), (A, B, C, D))


def test_trapped_depth_hours_and_words(result: Comparison) -> None:
    assert summaries(result, "quantity") == [
        "people trapped: 14 / 11",
        "depth: about 600 metres / about 450 metres",  # (found after the blind run)
        "length of underground: 40 hours / 44 hours",  # (blind, under the topic "depth")
    ]
    assert len(summaries(result, "quote")) == 1  # Oskar Vane's words


def test_known_false_alarm_and_misses(result: Comparison) -> None:
    # The blind run's false alarm is still there: "Monday afternoon" (the collapse) against
    # "Wednesday morning" (the rescue, in a sentence whose subject, "All 14 miners trapped at
    # the mine", names the trapping); A's own 2.30 p.m. is not the one shown.
    assert summaries(result, "date") == [
        "date of trap: Monday afternoon (4 September) / 3 p.m. / Wednesday morning (6 September)"
    ]
    # Missed: two / three in hospital ("taken to hospital as a precaution" / "treated in
    # hospital"); 1,100 / 1,400 workers ("which employs 1,100 people" / "Drummel's 1,400
    # workers")
