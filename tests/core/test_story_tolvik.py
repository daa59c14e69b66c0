"""Batch 66 (seventeenth session, its last blind batch), an airliner's emergency landing in four
accounts (wire, aviation site, local paper, trade magazine), written with its differences
listed first and scored blind once: what is found now, and what is not."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Jet makes emergency landing in Tolvik after engine fire

By Aksel Moe, Global Wire — November 21, 2045

A Halvard Air passenger jet made an emergency landing at Tolvik airport on Tuesday after one \
of its engines caught fire shortly after take-off, the airline said.

All 162 passengers and six crew were evacuated down emergency slides. Nine people suffered \
minor injuries.

Flight 418 had left Tolvik at 7.05 a.m. for Rennick.
"""

B = """Halvard Air A320 returns to Tolvik with engine fire

AeroWatch — November 21, 2045

Halvard Air Flight 418, bound for Rennick, departed Tolvik at 7.40 a.m. on Tuesday and \
returned 20 minutes later after its left engine caught fire.

The Airbus A320 was carrying 158 passengers and seven crew. Twelve passengers were treated for \
minor injuries.
"""

C = """Passengers praise pilot after Tolvik emergency

Tolvik Post — November 22, 2045

Passengers on Tuesday's Halvard Air flight praised the pilot, Captain Marta Eng, for landing \
safely.

The aircraft was 11 years old. The airline said the engine had been inspected last week.
"""

D = """Halvard Air grounds A320s for checks

Aviation Business — November 22, 2045

Halvard Air has grounded its A320 fleet for checks after Tuesday's engine fire on the \
14-year-old aircraft.

The engine had not been inspected since March, according to maintenance records seen by this \
magazine.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("tolvik"), (A, B, C, D))


def test_departure_and_inspection(result: Comparison) -> None:
    assert summaries(result, "date") == ["time of departure: 7.05 a.m. / 7.40 a.m."]
    assert summaries(result, "polarity") == ["inspect last week: inspected / not been inspected"]


def test_still_missed(result: Comparison) -> None:
    # 162 / 158 passengers and six / seven crew ("All 162 passengers and six crew were
    # evacuated" / "was carrying 158 passengers and seven crew": evacuated and on board are
    # two deeds to the engine). Found after the blind run: nine / twelve slightly hurt
    # ("treated for minor injuries" graded as "suffered minor injuries" is) and the
    # aircraft's age, "The aircraft was 11 years old" / "the 14-year-old aircraft"
    assert summaries(result, "quantity") == [
        "people slightly injured: 9 / 12",
        "age of the aircraft: 11 / 14",
    ]
