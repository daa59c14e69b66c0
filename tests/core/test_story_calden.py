"""Four short accounts of a cup semi-final, written at the very end of the thirteenth session after
all its engine changes (batch 50), with their differences listed first, and scored blind once
(see the README's table of stories): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Calden beat Rovan to reach final

By Ola Piret, Sports Wire — May 15, 2039

Calden United beat Rovan City 3-1 on Saturday to reach the cup final, with striker Teo Dunmar \
scoring twice.

Dunmar opened the scoring in the 12th minute and added a second after the break. A crowd of \
41,000 watched at the Vellby Stadium.

"We were the better side from start to finish," Calden manager Ines Ludo said.
"""

B = """Dunmar double sends Calden through

Rovan Evening Post — May 14, 2039

Teo Dunmar scored twice as Calden United beat Rovan City 3-2 in Saturday's semi-final at the \
Vellby Stadium.

Dunmar's first goal came in the 18th minute. Rovan's Ari Teska was sent off in the second \
half. The attendance was 38,500.

"We were the better team from start to finish," manager Ines Ludo said.
"""

C = """Rovan to appeal Teska red card

By Ola Piret, Sports Wire — May 16, 2039

Rovan City will appeal against the red card shown to Ari Teska in Saturday's defeat by Calden \
United, the club said on Sunday.

Teska was sent off in the 70th minute for a second yellow card.
"""

D = """Ludo hails Calden's spirit

Calden Chronicle — May 16, 2039

Calden United manager Ines Ludo said on Sunday that his side had earned Saturday's win, in \
which Rovan's Ari Teska was sent off in the 58th minute.

Rovan City said they would not appeal against the red card.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("calden"), (A, B, C, D))


def test_score_words_and_appeal(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "score: 3–1 / 3–2" in counts
    assert "people watched: 41,000 / 38,500" in counts  # "The attendance was 38,500" (read
    assert "which minute sent off: 70th / 58th" in counts  # after the blind run, as this)
    assert len(summaries(result, "quote")) == 1
    assert summaries(result, "polarity") == ["appeal against red card: appeal / not appeal"]
    assert not summaries(result, "date")  # "will appeal against the red card shown to Ari
    # Teska in Saturday's defeat": the Saturday before (blind, read as the coming one: a
    # false alarm on the Saturday control; mended after)
    # (blind, batch 50: 3 of 6. Still missed: the first goal "opened the scoring in the
    # 12th minute" / "first goal came in the 18th minute", two ways of telling it)
    assert "which minute first goal: 12th / 18th" in counts  # (found in the fourteenth
    # session: rules deed_phrases, and a light verb's subject as the deed)
