"""Four short accounts of a fraud sentence, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Financier jailed for 12 years over $45 million fraud

By Lisa Grant, City Journal — November 4, 2025

Carl Vance, who ran a Ponzi scheme that cheated about 3,000 investors out of $45 million, was \
sentenced on Tuesday to 12 years in prison by Judge Helen Park.

Vance, who was arrested in March, pleaded guilty to fraud in August.

"He preyed on the trust of ordinary people," prosecutor Amy Stone said.
"""

B = """Ponzi schemer sentenced

Business Wire Daily — November 4, 2025

Carl Vance was sentenced on Tuesday for a Ponzi scheme that defrauded more than 5,000 \
victims, many of them retirees.

Two accomplices are due to be sentenced next month.
"""

C = """Victims of Vance scheme say sentence too light

By Omar Reyes, The Evening Standard Post — November 5, 2025

Investors who lost money in Carl Vance's $62 million Ponzi scheme said on Wednesday that his \
sentence was too light.

Vance, who was arrested in May last year, had pleaded not guilty before his trial.
"""

D = """Judge hands Vance 15-year sentence

By Nina Ford, Courthouse News Daily — November 5, 2025

Judge Robert Hayes handed Carl Vance a 15-year sentence on Tuesday and ordered him to repay \
his victims.

"He preyed on the trust of ordinary people," Judge Hayes said. Three co-defendants will be \
sentenced in December.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("fraud"), (A, B, C, D))


def test_term_arrest_plea_and_speaker(result: Comparison) -> None:
    assert summaries(result, "quantity") == [
        "amount: $45 million / $62 million",  # "out of $45 million" / "$62 million Ponzi scheme"
        "prison term: 12 years / 15 years",
    ]
    # "who was arrested in March, pleaded guilty" / "who was arrested in May last year":
    # the topic is the verb beside the dates, before the one after them
    assert summaries(result, "date") == ["date of arrest: March / May last year"]
    # "Vance ... pleaded guilty" / "Vance ... had pleaded not guilty": one person
    assert len(summaries(result, "polarity")) == 1
    assert len(summaries(result, "attribution")) == 1
