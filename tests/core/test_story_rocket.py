"""Four short accounts of a rocket failure, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Rocket explodes shortly after launch

By Ravi Patel, Space Wire — August 14, 2026

A Vega-N rocket carrying three satellites exploded 94 seconds after lifting off from the \
Kourou spaceport on Thursday, the launch company said.

The rocket reached an altitude of about 38 kilometres before contact was lost. No one was \
injured.
"""

B = """Vega-N failure: two satellites lost

By Marie Dubois, Aerospace Journal — August 14, 2026

The Vega-N rocket broke apart two minutes into its flight on Thursday, destroying the two \
satellites on board.

The launch, from Kourou, had been delayed by 24 hours because of high winds. The rocket had \
flown 11 times without a failure.
"""

C = """Investigators study Vega-N explosion

By Hans Keller, Continental Wire — August 15, 2026

Engineers are examining data from the Vega-N rocket that exploded on Thursday at an altitude \
of 52 kilometres, about 94 seconds after launch.

The satellites on board were insured for 300 million euros, the company said.
"""

D = """Launch firm says Vega-N will fly again

By Ana Lima, Evening Post — August 16, 2026

The company said the Vega-N would return to flight within six months. The rocket had a record \
of 12 successful launches before Thursday's failure. Insurers will pay 250 million euros for \
the lost satellites.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("rocket"), (A, B, C, D))


def test_satellites_and_altitude(result: Comparison) -> None:
    assert summaries(result, "quantity") == [
        "satellites on board: 3 / 2",  # "carrying three" / "destroying the two ... on board"
        "altitude: about 38 kilometres / 52 kilometres",
    ]
    # (missed: 94 seconds / two minutes into the flight; 11 flights / 12 launches; insured for
    # 300 million / insurers will pay 250 million)
