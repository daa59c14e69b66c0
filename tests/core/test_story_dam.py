"""Four short accounts of a dam collapse, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Dam collapse floods villages in Corvia, 19 dead

By Nadia Petrov, Balkan Wire — June 8, 2026

At least 19 people were killed when the Kalno dam in eastern Corvia gave way after days of \
heavy rain, sending a wall of water through three villages on Sunday morning.

More than 1,500 people have been evacuated, the interior ministry said. The dam, built in \
1962, held about 40 million cubic metres of water.

Engineers had warned in March that the dam was unsafe, local media reported.
"""

B = """Corvia dam burst: death toll 23, dozens missing

By Ivo Kran, Daily Meridian — June 8, 2026

The number of people killed after the Kalno dam burst on Sunday has risen to 23, with 41 \
still missing, rescuers said.

The dam, which was completed in 1968, released some 25 million cubic metres of water into the \
valley below. Five villages were flooded.
"""

C = """Corvia: government denies dam warnings were ignored

By Petra Lusk, Continental Wire — June 9, 2026

The Corvian government on Monday denied that it had received any warning that the Kalno dam \
was unsafe.

Interior Minister Goran Vel said 2,000 people had been moved to shelters. "We will find those \
responsible," he said.
"""

D = """Survivors describe wall of water in Corvia

By Ema Sokol, Evening Post — June 9, 2026

The dam broke shortly before dawn on Sunday, villagers said, and the water reached the first \
houses within minutes.

"We will find those responsible," President Ana Dorn said during a visit to the valley. At \
least 19 people died.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("dam"), (A, B, C, D))


def test_counts_and_speaker(result: Comparison) -> None:
    found = summaries(result, "quantity")
    assert "people killed: at least 19 / 23" in found
    assert "people evacuated: more than 1,500 / 2,000 (later account)" in found
    assert len(summaries(result, "attribution")) == 1
    # (missed: three / five villages; built in 1962 / completed in 1968; 40 / 25 million
    # cubic metres, in sentences whose years differ; the warning)
