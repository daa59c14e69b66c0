"""Four short accounts of an ambassador's expulsion and the reply, written here with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Veloria expels Tarsian ambassador

By Omar Hadi, Global Wire — October 21, 2028

Veloria expelled Tarsia's ambassador on Monday and gave him 48 hours to leave the country, \
after Tarsia's president called Veloria's leader "a dictator in a suit".

The foreign ministry said the ambassador, Ivo Radan, had been summoned twice in the past month.

Tarsia said it would respond in kind.
"""

B = """Diplomatic row: Tarsian envoy ordered out

By Sofia Brandt, Europe Today — October 21, 2028

Veloria ordered Tarsian ambassador Ivo Radan to leave within 72 hours on Monday, escalating a \
row that began when Tarsia's president called the Velorian leader "a tyrant in a suit".

Radan had been summoned three times since September, officials said.

Tarsia has not said whether it will retaliate.
"""

C = """Tarsia expels Velorian diplomats in tit-for-tat move

By Omar Hadi, Global Wire — October 22, 2028

Tarsia expelled three Velorian diplomats on Tuesday, a day after Veloria ordered out its \
ambassador.

"We will not be lectured by anyone," Tarsia's foreign minister, Dana Kos, said.
"""

D = """Tarsia retaliates against Veloria

By Rui Matos, The Observer — October 23, 2028

Tarsia ordered two Velorian diplomats to leave the country on Wednesday, two days after \
Veloria expelled Tarsia's ambassador.

"We will not be lectured by anyone," Tarsia's president said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("envoy"), (A, B, C, D))


def test_deadline_quote_dates_and_speaker(result: Comparison) -> None:
    # "two days after Veloria expelled Tarsia's ambassador" is a span between two events,
    # not a deadline (blind, it joined "48 hours / 72 hours" as a third figure: the false alarm)
    assert "time to leave: 48 hours / 72 hours" in summaries(result, "quantity")
    # "on Tuesday, a day after" / "on Wednesday, two days after": the expulsions' own days
    assert summaries(result, "date") == [
        "date of expulsion: Tuesday (17 October) / Wednesday (18 October)"
    ]
    assert len(summaries(result, "attribution")) == 1
    assert len(summaries(result, "quote")) == 1  # "a dictator in a suit" / "a tyrant in a suit"
    # (blind, batch 35: 4 of 7, 1 false alarm. Still missed: summoned twice / three times
    # (one count says "in the past month", the other "since September"), "said it would
    # respond in kind" / "has not said whether it will retaliate", three / two diplomats
    # ("expelled" / "ordered ... to leave the country")
