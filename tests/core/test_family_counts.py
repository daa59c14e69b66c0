"""How many children someone has, however an account tells it (ECB+ 33 ecbplus: "Brooklyn
Mother of 13 Zurana Horton" / "a mother of 12" / "one of her 12 children")."""

from __future__ import annotations

from reader.core.facts.counting import extract_quantities
from reader.core.rules import Rules
from tests.core.test_detectors import pair

RULES = Rules.default()


def things(text: str) -> list[tuple[str | None, float | None]]:
    return [(q.thing, q.value.figure) for q in extract_quantities(text, 0, len(text), RULES)]


def test_a_parent_of_n_counts_children() -> None:
    assert ("children", 13.0) in things("Brooklyn Mother of 13 Zurana Horton was shot.")
    assert ("children", 12.0) in things("Horton, 34, a mother of 12, was fatally shot.")
    assert ("children", 12.0) in things("She was walking with one of her 12 children.")
    assert ("children", 3.0) in things("She has 3 children.")
    assert ("people", 12.0) in things("Police said 12 children had died.")  # the dead


def test_different_counts_of_her_children_disagree() -> None:
    found = pair(
        "Video of Brooklyn Mother of 13 Zurana Horton being shot was revealed Thursday.",
        "Horton, 34, was walking with one of her 12 children when she was shot.",
    )
    counts = [f for f in found if str(f.kind) == "quantity"]
    assert counts and counts[0].summary.startswith("number of children:")
    assert {m.value for m in counts[0].spans} == {"13", "12"}


def test_how_many_times_married_even_beside_another_clauses_year() -> None:
    found = pair(
        "Page married twice; the first marriage to Navy man Billy Neal lasted from 1943 to 1947.",
        "Page was married three times but had no children.",
    )
    counts = [f for f in found if str(f.kind) == "quantity"]
    assert counts and counts[0].summary.startswith("times married:")
