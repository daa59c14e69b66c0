"""Four short accounts of a factory fire, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Garment factory fire kills 37 workers

By Nusrat Karim, Bengal Wire — April 4, 2027

A fire swept through a five-storey garment factory on the outskirts of Dhaka on Monday night, \
killing 37 workers, fire officials said.

About 600 people were working in the building when the fire broke out on the ground floor. \
Survivors said the main exit had been locked.

Police arrested the factory's owner, Rafiq Hossain, on Tuesday.
"""

B = """Dhaka factory blaze: toll climbs to 44

By Emma Hughes, Asia Correspondent — April 5, 2027

The number of workers killed in Monday's fire at a garment factory near Dhaka has risen to \
44, officials said on Tuesday.

The blaze started on the third floor of the seven-storey building, where about 1,000 workers \
were on shift. More than 100 were injured.

The factory's owner is on the run, police said.
"""

C = """Workers say fire exits were open

By Shamim Ahmed, The Daily Star — April 5, 2027

Workers at the Dhaka garment factory where dozens died in a fire on Monday said the exits \
were open but blocked by smoke.

Fire service chief Ali Ahmed Khan said firefighters took four hours to bring the blaze under \
control.

"Safety rules were ignored for years," Labour Minister Nasreen Akter said.
"""

D = """Another factory, another tragedy

By Tom Wright, Global Business Review — April 6, 2027

Bangladesh's garment industry faces fresh scrutiny after 44 workers died in a factory fire \
near Dhaka this week.

Firefighters needed six hours to put out the flames. "Safety rules were ignored for years," \
said Fire service chief Ali Ahmed Khan.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("factory"), (A, B, C, D))


def test_dead_storeys_workers_and_speaker(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "number of storeys: 5 / 7" in counts
    assert "people killed: 37 / 44 (later account) / dozens" in counts
    assert "people worked: about 600 / about 1,000" in counts  # "were working" / "were on
    # shift"
    assert len(summaries(result, "attribution")) == 1
    # (missed: the exit locked / the exits open; the owner arrested / on the run; four / six
    # hours to put the fire out)
