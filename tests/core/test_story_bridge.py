"""Four short accounts of one bridge collapse, written here in the sample's style (the
differences listed before the engine ran on them): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from reader.core.loaders.meta import outlet_dateline
from tests.stories import compare_story, summaries

A = """Bridge collapses in Merrow, killing six

By Dana Flint, River Courier — October 15, 2025

A road bridge over the Alder River in Merrow collapsed at about 5:40 p.m. on Tuesday, sending \
at least 20 vehicles into the water and killing six people, police said.

Mayor Tom Hale said 43 people were injured, 11 of them seriously. "This is the darkest day in \
our city's history," Hale told reporters.

The 300-metre bridge was built in 1967 and carried about 40,000 vehicles a day.

City engineers had warned in 2023 that the bridge needed urgent repairs, according to council \
records.

Divers were searching for four people still missing.
"""

B = """Merrow bridge disaster: death toll climbs to nine

By Omar Reyes, National Herald — October 16, 2025

Nine people died when the Alder River bridge in Merrow gave way during the Tuesday evening \
rush hour, city engineer Paula Grant said on Wednesday.

Police did not say how many vehicles fell into the river.

Grant said dozens of people were hurt. "This is the darkest day in the history of our city," \
she said.

The 250-metre bridge, opened in 1971, had been inspected in August and was declared safe, \
Grant said.
"""

C = """Deadly collapse of Merrow bridge

By Staff, Valley Post — October 15, 2025

Six people were killed when a bridge collapsed in Merrow at around 6 p.m. on Tuesday.

About 20 cars and a bus plunged into the Alder River. Rescuers pulled 37 people from the water.

Mayor Tom Hale said 43 people were hurt.
"""

D = """Merrow mourns as bridge toll rises

By Lin Cho, Evening Standard-Bearer — October 17, 2025

The number of dead from Tuesday's bridge collapse in Merrow has risen to 11, police said on \
Thursday, and two people remain missing.

The catastrophic failure of the 300-metre span, which carried some 40,000 vehicles a day, has \
prompted a national review of ageing bridges.

Police said 48 people were injured.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("bridge"), (A, B, C, D))


def test_a_hyphen_inside_an_outlet_name() -> None:
    found = outlet_dateline("Evening Standard-Bearer — October 17, 2025")
    assert found is not None and found[0] == "Evening Standard-Bearer"


def test_the_toll_rises_in_later_accounts(result: Comparison) -> None:
    tolls = [s for s in summaries(result, "quantity") if s.startswith("people died")]
    assert tolls == ["people died: 6 / 9 (later account) / 11 (later account)"]


def test_the_missing_after_a_background_paragraph(result: Comparison) -> None:
    assert "people missing: 4 / 2" in summaries(result, "quantity")


def test_a_quotation_credited_to_two_people(result: Comparison) -> None:
    assert any("Hale" in s and "Grant" in s for s in summaries(result, "attribution"))


def test_the_span_and_the_traffic_are_not_flagged(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert not any("40,000" in s for s in counts)
    assert not any("300 metre" in s and "250" not in s for s in counts)
