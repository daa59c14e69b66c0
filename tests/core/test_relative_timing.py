"""Timing told against another event ("the day after the vote", "on the same day as the
parade"): two accounts that count from the same event differently disagree; the words of a
statement after the phrase ("…, aides said") do not make it the statement's day."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.document import Document


def dates(*texts: str) -> list[str]:
    result = compare([Document(text=t, title=f"Account {i}") for i, t in enumerate(texts)])
    return [d.summary for d in result.disagreements if d.kind == "date"]


def test_a_day_after_against_two_days_after_the_same_event() -> None:
    assert dates(
        "The minister resigned the day after the vote.",
        "The minister resigned two days after the vote, aides said.",
    ) == ["timing of resignation: day after / 2 days after"]


def test_the_same_day_as_against_a_day_after() -> None:
    found = dates(
        "Hundreds gathered in the square on Saturday for the parade. A second bomb exploded "
        "near the stadium a day after the parade, police said.",
        "Hundreds gathered in the square on Saturday for the parade. Police said the second "
        "explosion, near the stadium, happened on the same day as the parade.",
    )
    assert found == ["timing of explosion: day after / same day"]


def test_the_same_timing_is_no_difference() -> None:
    assert not dates(
        "The minister resigned two days after the vote.",
        "Two days after the vote, the minister resigned, aides said.",
    )
