"""An explosion at a chemical plant (blind batch 58, fifteenth session)."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Blast at Osmund chemical plant kills worker

By Arnel Grettir, Delta Wire — November 19, 2041

An explosion at the Brask Chemicals plant in Osmund on Tuesday morning killed one worker and \
injured 14, the company said.

The blast happened at 7.50 a.m. in a storage building. Residents within 2 kilometres were \
told to keep their windows shut after a cloud of ammonia escaped.
"""

B = """Two dead in Osmund plant explosion

Osmund Evening Post — November 19, 2041

Two workers died and fourteen people were hurt when an explosion ripped through the Brask \
Chemicals site on Tuesday.

The explosion shook the town at around 8 a.m. Authorities ordered residents within 3 \
kilometres to stay indoors because of a chlorine leak.

Plant manager Nessa Corrin said: "Our thoughts are with the families."
"""

C = """Osmund blast: prosecutors open inquiry

National Tribune — November 20, 2041

Prosecutors have opened an investigation into Tuesday's explosion at the Brask Chemicals \
plant in Osmund.

Plant manager Nessa Corrin said: "Our thoughts are with the families of our colleagues." The \
company has offered to pay for the funerals.
"""

D = """Brask plant had safety fine

Process Industry Weekly — November 20, 2041

The Osmund plant, which employs 420 people, had been fined 80,000 euros in 2039 for safety \
breaches, regional records show.

Brask Chemicals said the plant would remain closed until at least December.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("osmund"), (A, B, C, D))


def test_dead_gas_and_zone(result: Comparison) -> None:
    assert "people killed: one worker / 2" in summaries(result, "quantity")
    assert summaries(result, "name") == ["which gas: ammonia / chlorine"]
    # (blind, batch 58: 2 of 3 required. Found after: "Residents within 2 kilometres" is a
    # zone, not a town's population)
    assert "radius: 2 kilometres / 3 kilometres" in summaries(result, "quantity")
    assert not summaries(result, "quote")  # one statement cut shorter
    assert not summaries(result, "date")  # 7.50 a.m. / around 8 a.m.: one time
