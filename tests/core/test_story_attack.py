"""Four short accounts of one market shooting, written here in the sample's style (the
differences listed before the engine ran on them): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from reader.core.facts.claims import speeches
from reader.core.facts.dates import extract_dates
from reader.core.facts.negation import negated_verbs
from reader.core.rules import Rules
from tests.stories import compare_story, summaries

A = """Gunmen kill four at Dorran market

By Lea Moss, Northern Times — September 3, 2025

Two gunmen opened fire at a crowded market in the northern town of Dorran shortly before noon \
on Tuesday, killing four people and wounding 17, police said.

Police Chief Omar Said said the attackers fled in a white van. "We will find those \
responsible," he told reporters.

A 24-year-old man was arrested late on Tuesday in the neighbouring village of Pell.

The market reopened on Wednesday morning under heavy guard.

No group has claimed responsibility for the attack.
"""

B = """Dorran market attack: death toll rises to six

By Carl Webb, Eastern Post — September 4, 2025

Six people have now died after three attackers stormed a market in Dorran on Tuesday, the \
regional health office said on Wednesday.

The gunmen arrived on motorcycles at about 11 a.m. and fired for nearly ten minutes, witnesses \
said.

Interior Minister Hana Roth said a 25-year-old suspect had been detained in Pell. "We will \
find everyone responsible," Roth said.

A militant group calling itself the Dorran Front claimed responsibility in a statement on \
Wednesday.

Twenty people remain in hospital.
"""

C = """Terror in Dorran

By Staff, Valley Mail — September 3, 2025

Terrorists massacred four shoppers at Dorran's busy market on Tuesday morning.

Witnesses said the killers escaped on motorbikes. At least 15 people were wounded.

Police have not made any arrests, a spokesman said.
"""

D = """Dorran attack suspect appears in court

By Nia Hart, Coastal Daily — September 5, 2025

A 24-year-old man accused of the market shooting in Dorran appeared in court on Thursday.

The attack on Tuesday killed six people and wounded 17.

Prosecutors said the suspect and an accomplice, who is still at large, opened fire at about \
11.50 a.m.

Police Chief Omar Said said the attackers had used a van to escape.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("attack"), (A, B, C, D))


def test_counts_and_ages(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "number of gunmen: 2 / 3" in counts  # "two gunmen opened fire" / "three attackers"
    assert "age of the suspect: 24 / 25" in counts  # a man arrested / a suspect detained
    assert any(s.startswith("people died: 4 / 6") for s in counts)
    dates = summaries(result, "date")  # the one clock time of the gunfire in each account
    assert any("11 a.m." in s and "11.50 a.m." in s for s in dates)


def test_who_said_it_and_what_was_denied(result: Comparison) -> None:
    assert any("Omar Said" in s and "Roth" in s for s in summaries(result, "attribution"))
    assert any("No group has claimed" in s for s in summaries(result, "polarity"))


def test_a_name_that_is_a_verb_of_saying() -> None:
    text = "Police Chief Omar Said said the attackers fled in a white van."
    assert [s.speaker for s in speeches(text, 0, len(text), Rules.default())] == [
        "Police Chief Omar Said"
    ]


def test_a_subject_with_no() -> None:
    rules = Rules.default()
    for text in ("No group has claimed responsibility.", "No militant group has claimed it."):
        assert negated_verbs(text, 0, len(text), rules)["claim"][0]
    assert not negated_verbs("He had no choice.", 0, 16, rules)["choice"][0]


def test_shortly_before_and_after() -> None:
    text = "Gunmen opened fire shortly before noon; a fire broke out shortly after 2 a.m."
    spans = [m.minutes for m in extract_dates(text, 0, len(text)) if m.kind == "time"]
    assert spans == [(690, 720), (120, 150)]
