"""Mechanisms added in the fourteenth session for misses of the blind batches, each written
here in other words than the story it came from, with a reading each must leave alone."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.document import Document
from reader.core.facts.counting import extract_quantities
from reader.core.rules import Rules

RULES = Rules.default()


def found(*texts: str) -> list[str]:
    docs = [Document(text=t, title=f"Account {i}") for i, t in enumerate(texts)]
    return [d.summary for d in compare(docs).disagreements if str(d.kind) == "quantity"]


def counts(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (q.display, q.thing, q.predicate) for q in extract_quantities(text, 0, len(text), RULES)
    ]


def test_an_adjective_in_ly_before_a_plural_noun_keeps_the_count() -> None:
    assert counts("Two elderly passengers died in the crash.") == [("2", "people", "kill")]
    assert counts("Four family members were hurt.")[0][1:] == ("people", "injure")


def test_an_adverb_in_ly_after_a_count_ends_the_noun() -> None:
    assert counts("The gunman wounded 12 seriously on Friday.") == [("12", "people", "injure")]


def test_a_supply_that_failed_in_homes_is_their_loss_of_power() -> None:
    a = "Electricity went out in 12,000 homes after the storm."
    b = "About 18,000 homes lost power after the storm."
    assert counts(a)[0][1:] == ("house", "lose power")
    assert "homes without power: 12,000 / about 18,000" in found(a, b)


def test_a_tally_told_after_the_vote_was() -> None:
    assert counts("The vote was 71 to 29.") == [("71–29", "vote", None)]
    assert counts("The count was 10 to 20 people.")[0][0] == "10–20"  # a range, no tally


def test_a_limit_told_by_a_verb_or_a_noun_is_one_cap() -> None:
    assert counts("The city capped fare increases at 4 percent.") == [("4 percent", "rise", "cap")]
    assert counts("Fare rises will be limited to 4%.")[0][1:] == ("rise", "cap")
    assert counts("It set a ceiling of 5 percent on fare rises.")[0][1:] == ("rise", "cap")
    assert counts("It agreed a 6 percent cap on fare rises.")[0][1:] == ("rise", "cap")
    assert counts("The bank raised its rate to 4 percent.")[0][2] == "reach"  # no limit


def test_present_tense_cover_and_apply_to_are_one_predicate() -> None:
    a = "The scheme covers some 40,000 farms."
    b = "The scheme will apply to about 55,000 farms."
    assert counts(a)[0][2] == counts(b)[0][2] == "cover"
    assert "farms covered: about 40,000 / about 55,000" in found(a, b)
