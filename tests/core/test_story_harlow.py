"""Four short accounts of a prison escape, written at the very end of the twelfth session, after
all its engine changes, with their differences listed first, and scored blind once (batch 47,
see the README's table of stories): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Three inmates escape from Harlow prison

By Ruth Sand, Southern Daily — June 15, 2037

Three inmates escaped from Harlow prison early on Sunday by cutting through a fence, prison \
officials said.

The men, aged 24, 31 and 35, were serving sentences for robbery. The escape was discovered \
during a 6 a.m. head count.

Police have set up roadblocks and warned the public not to approach the men. "They are \
dangerous," police chief Elsa Morn said.
"""

B = """Manhunt for Harlow escapees

Harlow Gazette — June 15, 2037

Police are searching for four prisoners who broke out of Harlow prison overnight by tunnelling \
under a wall.

The escape was noticed at about 5 a.m. on Sunday. The four were serving sentences for armed \
robbery and assault.

Police chief Elsa Morn said: "These men are dangerous. Do not approach them."
"""

C = """Two Harlow escapees recaptured

By Ruth Sand, Southern Daily — June 16, 2037

Two of the three inmates who escaped from Harlow prison on Sunday were caught on Monday in a \
farmhouse 40 kilometres away, police said.

The third man, 31, is still at large. The prison's director, Karl Voss, said a guard had been \
suspended.
"""

D = """Harlow prison chief resigns

National Wire — June 17, 2037

The director of Harlow prison, Karl Voss, resigned on Tuesday after three inmates escaped at \
the weekend.

Voss said no guard had been disciplined. Two of the escapees were recaptured on Monday 25 \
kilometres from the prison.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("harlow"), (A, B, C, D))


def test_time_found(result: Comparison) -> None:
    assert summaries(result, "date") == ["time of discovery: 6 a.m. / 5 a.m."]
    # (blind, batch 47: 1 of 5, one false alarm, "date of escape: Sunday / Tuesday": the
    # director resigned on Tuesday "after three inmates escaped at the weekend"; fixed after
    # the blind run, the words after "after" are another day's. Still missed: "They are
    # dangerous" / "These men are dangerous"; recaptured 40 / 25 kilometres away; "a guard
    # had been suspended" / "no guard had been disciplined")


def test_escaped_count_found(result: Comparison) -> None:
    assert summaries(result, "quantity") == [
        "inmates escaped: 3 / 4",
        "distance: 40 kilometres / 25 kilometres",
    ]
    # (the distance found in the sixteenth session: "were caught ... in a farmhouse 40
    # kilometres away" / "were recaptured on Monday 25 kilometres from the prison", how far
    # from where it began, told with one deed)
    # (found in the thirteenth session: "searching for four prisoners who broke out" is
    # counted by what they did; "Two of the three inmates who escaped" counts no escape)
