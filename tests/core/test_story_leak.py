"""Four short accounts of a chlorine leak, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Chlorine leak at Marlow plant forces 3,000 from homes

By Dana Frost, Midlands Record — September 9, 2026

About 3,000 residents were evacuated on Wednesday evening after chlorine gas leaked from a \
water treatment plant in Marlow shortly before 7 p.m.

Forty-one people were treated in hospital for breathing problems. No one died.

"There is no danger to the public now," fire chief Alan Brook said late on Wednesday.
"""

B = """Gas leak in Marlow: 5,000 evacuated within two kilometres

By Peter Hale, National Chronicle — September 10, 2026

Around 5,000 people living within two kilometres of the Marlow water treatment plant were \
moved out of their homes on Wednesday after a chlorine leak.

The company that runs the plant did not say how much gas had escaped. "There is no danger to \
the public now," a company spokesman, Neil Carver, said.
"""

C = """Worker dies, dozens in hospital after Marlow chlorine leak

By Ruth Evans, Western Gazette — September 10, 2026

One worker died and 60 people needed hospital treatment after a chlorine leak at the Marlow \
water treatment plant on Wednesday.

Police closed roads within a three-kilometre radius of the plant while the leak was brought \
under control.
"""

D = """Marlow gas leak: ammonia cloud drifts over town

By Omar Latif, Continental Wire — September 10, 2026

A cloud of ammonia gas drifted over Marlow on Wednesday afternoon after a leak at the town's \
water treatment plant, officials said.

About 10 tonnes of gas escaped before engineers sealed a broken valve. Residents were told to \
keep windows closed.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("leak"), (A, B, C, D))


def test_counts(result: Comparison) -> None:
    found = summaries(result, "quantity")
    assert "people evacuated: about 3,000 / about 5,000 (later account)" in found  # "moved out
    # of their homes"
    assert "people hospitalised: 41 / 60 (later account)" in found
    assert "radius: 2 kilometres / 3 kilometre" in found  # "within two kilometres of the plant"
    assert "gas escaped: did not say / about 10 tonnes" in found  # "how much gas": an amount
    assert any(s.startswith("people died: none / One worker") for s in found)


def test_gas_and_speaker(result: Comparison) -> None:
    assert summaries(result, "name") == ["which gas: chlorine / ammonia"]
    assert len(summaries(result, "attribution")) == 1  # "a company spokesman, Neil Carver, said"
    assert summaries(result, "date") == []  # (missed: shortly before 7 p.m. / afternoon)
