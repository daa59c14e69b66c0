"""Four short accounts of an avalanche, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Five skiers killed in avalanche near Col du Vent

By Tom Weber, Alpine News — February 11, 2025

Five skiers were killed on Monday when an avalanche swept a group of nine off-piste near the \
Col du Vent at an altitude of 2,800 metres.

Rescuers using helicopters and dogs pulled three people out alive. The group was led by a \
Swiss guide, who was among the injured.

The slope had not been closed to skiers.
"""

B = """Avalanche kills four in the Alps

Europe Wire — February 11, 2025

Four people died when an avalanche struck off-piste skiers below the Col du Vent at about 11 \
a.m. on Monday, rescue services said.

An avalanche warning had been issued for the area on Sunday.

"The snow was extremely unstable," said rescue chief Paul Meier. Helicopters flew the injured \
to hospital in Sion.
"""

C = """Guide questioned after deadly avalanche

By Claire Favre, Le Matin Daily — February 12, 2025

Police questioned the French guide who led a party of 11 skiers caught by Monday's avalanche \
at the Col du Vent.

The slide struck in the early afternoon, burying most of the group. Two survivors were dug \
out by rescuers and taken to hospital.

Prosecutors have opened an investigation into involuntary manslaughter.
"""

D = """Avalanche death toll rises to six

By Jon Meyer, Mountain Report — February 13, 2025

Six people are now known to have died in Monday's avalanche near the Col du Vent, after an \
injured skier died in hospital on Wednesday.

The avalanche broke away at 3,100 metres. No warning had been issued for the area, local \
officials said.

"The snow was extremely unstable," said mountain guide Anna Roth, who took part in the search.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("avalanche"), (A, B, C, D))


def test_toll_of_skiers_and_people(result: Comparison) -> None:
    # "Five skiers were killed" / "Four people died" / "Six people are now known to have died"
    assert summaries(result, "quantity") == [
        "people killed: 5 / 4 / 6 (later account)",
        "people rescued: 3 / 2",  # "pulled three people out alive" / "Two survivors were dug
    ]  # out" (found in the sixteenth session: digging out is a rescue)


def test_warning_and_speaker(result: Comparison) -> None:
    assert len(summaries(result, "polarity")) == 1  # "had been issued" / "No warning had been"
    assert summaries(result, "attribution") == [
        "who said The snow was extremely unstable: rescue chief Paul Meier / mountain guide "
        "Anna Roth"
    ]
    # Monday in all four; "struck ... at about 11 a.m." / "The slide struck in the early
    # afternoon" (found in the seventeenth session: the particle of "struck off-piste" is
    # no other event's, as "strike" is told as "hit" beside a date)
    assert summaries(result, "date") == ["time of avalanche: 11 a.m. / early afternoon"]
