"""Quantities: real-looking phrases and what must come out of them."""

import pytest

from reader.core.facts.quantities import extract_quantities
from reader.core.rules import Rules

RULES = Rules.default()


def quantities(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.display, q.noun, q.op) for q in extract_quantities(text, 0, len(text), RULES)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Congress cleared the way for 700 U.S. soldiers.", [("700", "troop", "=")]),
        ("lawmakers welcomed seven hundred troops", [("700", "troop", "=")]),
        ("more than a thousand American troops", [("more than 1,000", "troop", ">")]),
        ("The number of troops was not disclosed.", [("not disclosed", "troop", "open")]),
        (
            "officials did not say how many soldiers would go",
            [("did not say how many", "troop", "open")],
        ),
        ("an undisclosed number of marines", [("not disclosed", "marine", "open")]),
        ("approved by 70 votes to 33", [("70–33", "vote", "tally")]),
        ("The vote, carried by 72 to 31, came", [("72–31", "vote", "tally")]),
        ("Councillors voted six to three in favour", [("6–3", "vote", "tally")]),
        ("between 40 and 50 people were hurt", [("40–50", "people", "range")]),
        ("about 1.2 million people", [("about 1,200,000", "people", "~")]),
        ("nearly 300 homes", [("nearly 300", "home", "<~")]),
        ("at least 49 people were killed", [("at least 49", "people", ">=")]),
        ("up to 2,000 workers", [("up to 2,000", "worker", "<=")]),
        ("a dozen officials", [("12", "official", "=")]),
        ("two dozen eggs", [("24", "egg", "=")]),
        ("twenty-three houses", [("23", "house", "=")]),
        ("hundreds of protesters", [("hundreds", "protester", "vague")]),
        ("a 9% rise", [("9", "percent", "=")]),
        ("it will cost £2.4 million", [("2,400,000", "pounds", "=")]),
        ("38 parking spaces", [("38", "space", "=")]),
    ],
)
def test_quantity_phrases(text: str, expected: list) -> None:
    assert quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "from June 1 to December 31, 2023",
        "at 6 a.m. on Tuesday",
        "In 2023 the council met",
        "one of the officials",
        "an unknown cause",  # not a count
        "it is unclear whether they will go",
    ],
)
def test_not_quantities(text: str) -> None:
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("700 troops", "seven hundred soldiers", False),
        ("700 troops", "more than a thousand troops", True),
        ("about 700 troops", "720 troops", False),
        ("The number of troops was not disclosed", "700 troops", True),
        ("more than 60 people", "at least 49 people", False),
        ("hundreds of troops", "700 troops", False),
        ("by 70 votes to 33", "by 72 to 31", True),
        ("by 70 votes to 33", "seventy votes to thirty-three", False),
    ],
)
def test_equivalents_and_conflicts(a: str, b: str, conflict: bool) -> None:
    qa = extract_quantities(a, 0, len(a), RULES)[0]
    qb = extract_quantities(b, 0, len(b), RULES)[0]
    assert qa.conflicts_with(qb) is conflict
    assert qb.conflicts_with(qa) is conflict
