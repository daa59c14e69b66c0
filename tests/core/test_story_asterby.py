"""Four short accounts of a container ship aground, written at the end of the fourteenth
session after its engine changes in a longer, more varied style (batch 53), with their
differences listed first, and scored blind once (see the README's table of stories): what is
found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Container ship aground off Asterby, leaking fuel

By Ruth Osk, Maritime Wire — November 20, 2040

The Liberian-registered container ship Kelda Star ran aground off the Asterby coast late on \
Sunday with 23 crew aboard, and has leaked an estimated 40 tonnes of fuel oil, the \
coastguard said.

Oil has washed up along some 15 kilometres of shoreline. None of the crew was hurt.

"The priority is to stop the leak," coastguard chief Mira Coldwell said.
"""

B = """Fuel spill fouls Asterby beaches

Coast Herald — November 20, 2040

A cargo vessel carrying 21 crew members went aground near Asterby on Sunday night. The \
Panamanian-flagged Kelda Star has since spilled roughly 120 tonnes of fuel, officials \
estimate.

About 40 km of coastline have been affected, according to environmental groups.

"Our first priority is stopping the leak," said Mira Coldwell, head of the coastguard.
"""

C = """Salvors to try to refloat Kelda Star

By Ruth Osk, Maritime Wire — November 20, 2040

Salvage teams will try to refloat the stranded container ship Kelda Star on Thursday, its \
owners said on Tuesday, once the remaining fuel has been pumped out.
"""

D = """Asterby waits for the tide

Shipping Weekly — November 20, 2040

Salvage crews hope to refloat the Kelda Star on Friday, when the highest tide of the month \
is expected, the harbour master said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("asterby"), (A, B, C, D))


def test_crew_fuel_shoreline_flag_and_quote(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "coastline: about 15 kilometres / about 40 km" in counts
    assert len(summaries(result, "quote")) == 1
    # (blind, batch 53: 2 of 6, no false alarm; found after the blind run: the crew "aboard",
    # fuel oil / fuel, the flag told as "-registered" / "-flagged")
    assert "crew on board: 23 / 21" in counts
    assert "oil: about 40 tonnes / about 120 tonnes" in counts
    assert summaries(result, "name") == ["flag: Liberian-registered / Panamanian-flagged"]
    assert summaries(result, "date") == [
        "date of refloat: Thursday (22 November) / Friday (23 November)"
    ]  # (found at the very end of the fourteenth session: what one intends "to" do that day,
    # and "hope to" tells the coming Friday)
