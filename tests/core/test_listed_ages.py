"""Ages told as a list ("who were 61 and 48 years old", "two women -- 68 and 48-years-old")
and a first name in apposition ("his mother, Katherine, 61"): shapes met on real news of a
double murder (ECB+ blind7), written here in other words."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.document import Document
from reader.core.facts.counting import extract_quantities
from reader.core.rules import Rules


def ages(text: str) -> list[tuple[float | None, str | None]]:
    found = extract_quantities(text, 0, len(text), Rules.default())
    return [(q.value.figure, q.anchor) for q in found if q.thing == "age"]


def test_two_ages_sharing_years_old() -> None:
    assert ages("The two men, who were 52 and 47 years old, were not named.") == [
        (52.0, None),
        (47.0, None),
    ]
    assert ages("Police found two men -- 57 and 47-years-old -- in the flat.") == [
        (57.0, None),
        (47.0, None),
    ]


def test_two_numbers_joined_by_and_are_no_ages_without_the_cue() -> None:
    assert ages("The council voted 52 and 47 times over the years.") == []


def test_a_first_name_in_apposition_with_an_age() -> None:
    assert ages("The dead were his brother, Tomas, 52, and his friend, Ivo Marek, 47.") == [
        (52.0, "Tomas"),
        (47.0, "Ivo Marek"),
    ]


def test_the_other_age_of_a_list_whose_one_age_agrees() -> None:
    a = "Police found two men -- 57 and 47-years-old -- in the flat on Monday."
    b = "The men found in the flat on Monday, who were 52 and 47 years old, were not named."
    docs = [Document(text=t, title=f"Account {i}") for i, t in enumerate((a, b))]
    found = [d.summary for d in compare(docs).disagreements if str(d.kind) == "quantity"]
    assert any("57" in s and "52" in s for s in found)
    assert not any("47" in s for s in found)


def test_wed_is_a_verb_of_marrying_before_a_span_ago() -> None:
    a = "Deputy Ruiz, who was wed about three weeks ago, leaves a wife and two sons."
    b = "Ruiz was married for the second time about two weeks ago, colleagues said."
    docs = [Document(text=t, title=f"Account {i}") for i, t in enumerate((a, b))]
    found = [d.summary for d in compare(docs).disagreements if str(d.kind) == "quantity"]
    assert any("marr" in s and "2 weeks" in s and "3 weeks" in s for s in found)


def test_an_acronym_is_no_nationality() -> None:
    text = "He has three prior DUI convictions."
    found = extract_quantities(text, 0, len(text), Rules.default())
    assert [(q.thing, q.scope) for q in found] == [("conviction", "")]


def test_a_span_that_lasted_keeps_its_verb_before_a_bound() -> None:
    text = "The standoff with police lasted nine hours before the men surrendered."
    found = extract_quantities(text, 0, len(text), Rules.default())
    assert [(q.display, q.predicate, q.scope) for q in found] == [("9 hours", "last", "")]
