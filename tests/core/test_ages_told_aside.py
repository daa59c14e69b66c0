"""Ages told beside a role or after "aged", and "no one was seriously hurt": shapes met in the
eleventh session's blind batch 42 (a tram crash, a hostel arson), written here in other
words."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.document import Document
from reader.core.facts.counting import extract_quantities
from reader.core.rules import Rules


def told(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    found = extract_quantities(text, 0, len(text), Rules.default())
    return [(q.display, q.thing, q.predicate, q.anchor) for q in found]


def quantities(*texts: str) -> list[str]:
    docs = [Document(text=t, title=f"Account {i}") for i, t in enumerate(texts)]
    return [d.summary for d in compare(docs).disagreements if str(d.kind) == "quantity"]


def test_aged_after_a_counted_noun_tells_the_next_figures() -> None:
    assert told("Two men aged 19 and 23 have been charged over the attack.") == [
        ("2", "people", "charge", None),
        ("19", "age", None, None),
        ("23", "age", None, None),
    ]
    assert [x[0:2] for x in told("Police held three women, aged 30, 41 and 52, on Friday.")] == [
        ("3", "people"),
        ("30", "age"),
        ("41", "age"),
        ("52", "age"),
    ]


def test_a_role_with_its_age_in_commas() -> None:
    assert told("The pilot, 48, was unhurt.") == [("48", "age", None, "the pilot")]
    assert told("The pilot of the light aircraft, a 44-year-old man, was unhurt.") == [
        ("44", "age", None, "the pilot")
    ]


def test_the_roles_two_ages_differ() -> None:
    a = (
        "The plane came down in a field. The pilot of the light aircraft, a 44-year-old man, "
        "was unhurt."
    )
    b = "The plane landed in a field on Sunday. The pilot, 48, was unhurt, police said."
    assert any("44" in s and "48" in s for s in quantities(a, b))


def test_no_one_seriously_hurt_against_two_critically_injured() -> None:
    a = "Nine people were treated for smoke inhalation. No one was seriously hurt."
    b = "Two residents were critically injured in the fire, a hospital spokeswoman said."
    assert any("serious" in s and "none" in s and "2" in s for s in quantities(a, b))
