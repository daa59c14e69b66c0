"""An avalanche on a ski run in four accounts, one a live blog (blind batch 59, sixteenth
session: written after the session's engine changes up to 8372745, frozen with sha1 before the
engine ran; 9 of 21 over the batch, one false alarm, here)."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Avalanche hits Hallberg ski run, five missing

By Oskar Lind, Peak Wire — February 3, 2042

An avalanche swept across a ski run at the Hallberg resort on Tuesday morning, burying at \
least 12 skiers, rescue officials said. Seven were dug out alive and five are still missing.

The slide broke loose at 10.20 a.m. at an altitude of about 2,400 metres. Some 150 rescuers \
and eight dogs are searching the area.

The run had been opened that morning after avalanche experts declared it safe, resort director \
Pia Solberg said.
"""

B = """LIVE: Avalanche at Hallberg

Radio Tarnvik — February 3, 2042

14:10 Police say four skiers are still missing. Ten people were buried by the snow, six of \
them rescued alive.

13:30 Resort director Pia Solberg: "The run was closed this morning. Nobody should have been \
there."

12:05 The avalanche came down at around 11 a.m., a mountain rescue spokesman says. More than \
200 rescuers are on the slope.
"""

C = """Two bodies found after Hallberg avalanche

Nordlys Post — February 4, 2042

Rescuers found the bodies of two skiers on Wednesday, a day after an avalanche at the Hallberg \
resort. Three people remain missing.

The victims were a 34-year-old Norwegian man and his 31-year-old wife, police said. The search \
was halted at dusk and will resume on Thursday.
"""

D = """Hallberg avalanche: was the run open?

Piste Magazine — February 4, 2042

The avalanche risk on Tuesday was rated 4 on the five-level European scale, the national \
warning service said. Resort staff had opened the run at 9 a.m.

The slide, about 300 metres wide, ran for 800 metres down the slope. The victims' bodies were \
found on Wednesday; the man was 36 and his wife 31.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("hallberg"), (A, B, C, D))


def test_counts_time_age_and_the_run(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "rescuers deployed: about 150 / more than 200" in counts
    assert summaries(result, "polarity") == ["open that morning: opened / closed"]
    # (blind, batch 59: 2 of 7 and one false alarm, "skiers destroyed: at least 12 / 2": the
    # twelve buried read as destroyed, and the two bodies found in C as the same count.
    # Found after: people buried are trapped, "the bodies of two skiers" are the dead, a
    # skier is a person, "dug out alive" is a rescue, "a 34-year-old Norwegian man" is the
    # man, "the man was 36 and his wife 31", and the slide is the avalanche)
    assert "people buried: at least 12 / 10" in counts
    assert "people rescued: 7 / 6" in counts
    assert "people missing: 5 / 4 / 3" in counts
    assert "age of the man: 34 / 36" in counts
    assert not any(s.rsplit(" / ", 1)[-1] == "2" for s in counts)
    assert summaries(result, "date") == ["time of avalanche: 10.20 a.m. / 11 a.m."]
