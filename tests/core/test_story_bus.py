"""Four short accounts of a bus crash, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Bus plunges into ravine near Tarn, killing 12

By Elena Ross, Alpine Wire — August 18, 2025

A tourist bus carrying 48 passengers plunged 40 metres into a ravine on the A7 highway near \
Tarn at around 6 p.m. on Sunday, killing 12 people and injuring 30, officials said.

The driver survived and told police the brakes had failed on a steep bend.
"""

B = """Fifteen dead in Tarn bus crash

Continental Post, August 18, 2025

Fifteen people died when a bus came off the road and rolled into a ravine near Tarn late on \
Sunday night, police said.

Dozens of others were hurt.
"""

C = """Bus crash investigators examine brakes

The Daily Ledger
19 August 2025

The bus, with 52 people on board, fell about 100 metres after leaving the road near Tarn on \
Sunday.

Investigators said the brakes had not failed. The driver was among the dead.
"""

D = """Tarn crash victims named

By Luca Moser, Atlantic Review — August 18, 2025

Authorities have begun naming the victims of Sunday's bus crash on the N2 road near Tarn.

Twenty-seven people remain in hospital, three of them in critical condition.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("bus"), (A, B, C, D))


def test_on_board_dead_and_brakes(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people on board: 48 / 52" in counts
    assert "people died: 12 / 15" in counts
    assert any("not failed" in s for s in summaries(result, "polarity"))


def test_the_hour_though_the_day_agrees(result: Comparison) -> None:
    # "at around 6 p.m. on Sunday" / "late on Sunday night"
    assert summaries(result, "date") == [
        "time of killing: 6 p.m. / Sunday night (17 August) / Sunday (17 August)"
    ]
