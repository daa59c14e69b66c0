"""Readings taken from the `blind8` ECB+ events (8, 13 and 19 ecbplus/ecb): a march's size put
"at" a figure after an aside, a count for another city's march, a gun's calibre written with a
leading point, and counts of two groups of people (women / children)."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.document import Document
from reader.core.facts.counting import extract_quantities
from reader.core.rules import Rules


def _quantities(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (q.display, q.thing, q.predicate)
        for q in extract_quantities(text, 0, len(text), Rules.default())
    ]


def _found(*texts: str) -> list[str]:
    docs = [Document(text=t, title=f"Account {n}") for n, t in enumerate(texts, 1)]
    return [d.summary for d in compare(docs).disagreements if str(d.kind) == "quantity"]


def test_a_gathering_put_at_a_figure() -> None:
    text = "Police put the march, to mark a 24-hour nationwide strike, at roughly 30,000 people."
    assert ("about 30,000", "people", "attend") in _quantities(text)
    assert ("30,000", "people", "attend") in _quantities("A march of 30,000 people set off.")
    assert ("5,000", "people", "attend") in _quantities("Police estimated the protest at 5,000.")
    assert _quantities("The rally at 10 Downing Street.")[0][2] != "attend"


def test_crowds_of_one_march_and_of_another_city() -> None:
    a = (
        "Three people died in Athens on Wednesday as a general strike march turned violent.\n\n"
        "Police put the march at roughly 30,000 people."
    )
    b = (
        "Three people died in Athens on Wednesday as a general strike march turned violent.\n\n"
        "An estimated 100,000 people took to the streets."
    )
    c = (
        "Three people died in Athens on Wednesday as a general strike march turned violent.\n\n"
        "The march was peaceful at first.\n\n"
        "Meanwhile, clashes broke out in Salonika where approximately 50,000 people marched."
    )
    assert _found(a, b) == ["people attended: about 30,000 / about 100,000"]
    assert _found(a, c) == []  # Salonika's march is not the capital's


def test_a_calibre_written_with_a_leading_point() -> None:
    (found,) = _quantities("he pointed a .357 caliber revolver at them.")
    assert found[0] == ".357 caliber"
    assert _found(
        "Police said Gray pointed a .38 caliber revolver at the officers.",
        "Police said Gray pointed a .357 caliber revolver at the officers.",
    ) == ["revolvers pointed: .38 caliber / .357 caliber"]


def test_women_and_children_are_two_counts() -> None:
    a = "Five adult women and possibly two children were inside the church, but escaped."
    b = "Reports are that five women were inside the building at the time of the fire."
    assert _found(a, b) == []
    assert _found("Two men were arrested at the scene.", "Three women were arrested.") == []
    assert _found("Two men were arrested at the scene.", "Three men were arrested.") == [
        "people arrested: 2 / 3"
    ]


def test_years_in_office_told_in_an_aside_are_no_background() -> None:
    from reader.core.facts.dates import extract_dates

    text = "Vandel, mayor from 2019 to 2031, was convicted of taking bribes."
    assert {m.role for m in extract_dates(text, 0, len(text), Rules.default())} == {"attribute"}
    text = "He was mayor from 2019 to 2031."
    assert {m.role for m in extract_dates(text, 0, len(text), Rules.default())} == {
        "start",
        "end",
    }


def test_what_lasted_names_the_topic() -> None:
    (q,) = extract_quantities("The siege, which lasted nine hours, ended.", 0, 41, Rules.default())
    assert (q.noun, q.predicate, q.thing) == ("siege", "last", None)
    assert _found("The trial lasted four months.", "The trial lasted five months.") == [
        "length of trial: 4 months / 5 months"
    ]


def test_a_sum_named_after_it_and_received_with_two_verbs() -> None:
    assert _found(
        "Vandel was jailed on Wednesday for accepting 1.2 million euros in bribes.",
        "Vandel was jailed on Wednesday for taking 2.1 million euros in bribes.",
    ) == ["bribe: 1.2 million euros / 2.1 million euros"]
    (q,) = extract_quantities("They paid 4.2 billion euros in cash.", 0, 35, Rules.default())
    assert q.thing != "cash"  # how it is paid, not what it is


def test_minus_temperatures_and_points_in_a_run() -> None:
    (q,) = extract_quantities("They fought the fire in minus 17 degrees.", 0, 41, Rules.default())
    assert (q.value.figure, q.display) == (-17.0, "minus 17 degrees")
    text = "McDermott had five points during a pivotal 15-2 run as Creighton won."
    (q,) = extract_quantities(text, 0, len(text), Rules.default())
    assert q.scope == "part"  # a stretch of the game, not the game
    text = "He killed at least 40 people during an attack on the camp."
    assert extract_quantities(text, 0, len(text), Rules.default())[0].scope == ""


def _kinds(a: str, b: str, kind: str) -> list[str]:
    docs = [Document(text=a, title="A"), Document(text=b, title="B")]
    return [d.summary for d in compare(docs).disagreements if str(d.kind) == kind]


def test_a_day_of_coping_is_not_the_day_of_the_killing() -> None:
    a = (
        "Police allege Eric Allen Kirkpatrick, 61, opened fire at a Vancouver office Christmas "
        "party Friday, killing one man."
    )
    b = (
        "Employees at a Vancouver wholesaler were coping Saturday with the death of their "
        "boss, who was gunned down at their office Christmas party."
    )
    assert _kinds(a, b, "date") == []


def test_a_players_running_total_is_not_one_games() -> None:
    a = (
        "Colts wide receiver Marvin Harrison did not play in Thursday night's 31-24 win over "
        "Jacksonville due to a hamstring injury.\n\nHe has 53 catches for 605 yards and five "
        "touchdowns."
    )
    b = (
        "The Colts beat Jacksonville 31-24 on Thursday night without Marvin Harrison.\n\n"
        "He wound up with eight catches for 101 yards."
    )
    assert _kinds(a, b, "quantity") == []


def test_the_date_of_a_figure_compared_with_is_no_background() -> None:
    from reader.core.facts.dates import extract_dates

    for text in (
        "Turnout was 61 percent, up from 54 percent four years ago.",
        "Turnout was 61 percent, compared with 54 percent in 2032.",
    ):
        assert {m.role for m in extract_dates(text, 0, len(text), Rules.default())} == {"attribute"}
    assert _kinds(
        "Turnout was 61 percent, up from 54 percent four years ago. Fenner won.",
        "Turnout was 58 percent. Berg lost.",
        "quantity",
    ) == ["turnout: 61 percent / 58 percent"]
