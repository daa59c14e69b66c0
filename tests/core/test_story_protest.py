"""Four short accounts of a protest march, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Thousands march in Valbor against pension reform

By Petra Novak, Central Europe Wire — March 16, 2025

About 15,000 people marched through the capital Valbor on Saturday to protest against the \
government's pension reform, according to a police estimate.

The march began at noon and ended with a rally in Liberty Square. Police fired tear gas when \
a group of protesters tried to break through a barrier near parliament.

Twenty-three people were arrested and 12 officers were injured, police said.

"We will not be silenced," union leader Marta Kos told the crowd.
"""

B = """Huge crowds reject pension plan

Continental Post, March 16, 2025

More than 60,000 people took to the streets of Valbor on Saturday, organisers said, in the \
largest protest against the pension reform so far.

Demonstrators filled Victory Square, waving flags and chanting slogans.

"This government has lost all legitimacy," union leader Marta Kos said.
"""

C = """Arrests as pension protest turns tense

The Daily Ledger
17 March 2025

Police made 31 arrests during Saturday's pension protest in Valbor, a police spokesman said \
on Sunday.

Police did not use tear gas, the spokesman added, despite scuffles near parliament.

"We will not be silenced," said student leader Ivo Ban.
"""

D = """Four officers hurt in Valbor protest

By Tomas Hruby, Atlantic Review — March 16, 2025

Four police officers were hurt when a pension protest in Valbor turned violent on Saturday \
afternoon.

The marchers set off from the central station at 2 p.m.

Union leader Marta Kos said: "This government has lost its legitimacy."
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("protest"), (A, B, C, D))


def test_crowd_arrests_injured_speaker_and_quotation(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert any("15,000" in s and "60,000" in s for s in counts)  # "took to the streets"
    assert any(s.startswith("people arrested: 23 / 31") for s in counts)  # the crowd's town
    assert any(s.startswith("people injured: 12 / 4") for s in counts)  # is not the arrests'
    names = summaries(result, "name")  # "said student leader Ivo Ban"
    assert any("Marta Kos" in s and "Ivo Ban" in s for s in names)
    assert "square: Liberty Square / Victory Square" in names  # where they gathered
    quotes = summaries(result, "quote")  # "lost all legitimacy" / "lost its legitimacy"
    assert any("all legitimacy" in s and "its legitimacy" in s for s in quotes)


def test_tear_gas_fired_and_not_used(result: Comparison) -> None:
    # "Police fired tear gas" / "Police did not use tear gas": firing it is using it
    assert summaries(result, "polarity") == ["use tear gas: fired / not use"]
