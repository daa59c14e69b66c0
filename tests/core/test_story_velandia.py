"""Four short accounts of a defence minister's resignation, in the sample's style, written after
the tenth session's engine changes with their differences listed first, and scored blind once
(batch 41, see the README's table of stories): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Velandian defence minister resigns over arms deal

By Rita Santos, Capital Report — April 3, 2030

Velandia's defence minister, Paul Varga, resigned on Thursday over a 1.2 billion euro arms \
contract awarded without a tender, the prime minister's office said.

Mr Varga, 58, had been in the post since 2026. He denied any wrongdoing.

Prime Minister Helen Stark said she had accepted his resignation "with regret".
"""

B = """Varga quits as scandal grows

By Luke Bennet, Global Wire — April 3, 2030

Defence Minister Paul Varga stepped down on Thursday after newspapers revealed that a 1.5 \
billion euro arms contract had been awarded without competition.

Varga, 61, has held the post since 2025. He admitted mistakes had been made.

Opposition leader Dora Kiss called for an early election.
"""

C = """Prosecutors open inquiry into Velandia arms deal

By Rita Santos, Capital Report — April 4, 2030

Prosecutors opened an investigation on Friday into a 1.2 billion euro arms contract that led \
to the resignation of defence minister Paul Varga on Thursday.

The contract, for 40 armoured vehicles, was signed in November.

Prime Minister Helen Stark said she had accepted the resignation "with great regret".
"""

D = """Velandia names new defence minister

By Anna Weller, Euro Desk — April 4, 2030

Velandia's prime minister appointed Marek Holl as defence minister on Friday, a day after \
Paul Varga resigned over an arms deal worth 1.2 billion euros.

The deal covered 48 armoured vehicles and was signed in October, officials said.

Opposition leader Dora Kiss said the government should resign.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("velandia"), (A, B, C, D))


def test_contract_vehicles_and_signing(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "arm: 1.2 billion euro / 1.5 billion euro" in counts  # (topic: "arms contract")
    assert "vehicles covered: 40 / 48" in counts
    assert summaries(result, "date") == ["date of signing: November / October"]
    # "Mr Varga, 58" / "Varga, 61" (found after scoring: a titled name, "since 2026")
    assert "age of Mr Varga: 58 / 61" in counts
    # (blind, batch 41: 3 of 7, no false alarm. Still missed: in the post since 2026 / since
    # 2025; denied any wrongdoing / admitted mistakes had been made; "with regret" / "with
    # great regret")
