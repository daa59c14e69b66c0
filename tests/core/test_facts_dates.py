"""Dates and timing: forms, roles, and which pairs are the same moment."""

from datetime import date

import pytest

from reader.core.facts.dates import compatible, extract_dates

REF = date(2023, 5, 18)  # a Thursday


def mentions(text: str) -> list[tuple[str, str, tuple | None]]:
    return [(d.role, d.kind, d.key(REF)) for d in extract_dates(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "from June 1 to December 31",
            [
                ("start", "date", ("day", date(2023, 6, 1))),
                ("end", "date", ("day", date(2023, 12, 31))),
            ],
        ),
        ("beginning on 30 May", [("start", "date", ("day", date(2023, 5, 30)))]),
        ("until Dec. 31.", [("end", "date", ("day", date(2023, 12, 31)))]),
        ("through the end of the year", [("end", "year_end", ("day", date(2023, 12, 31)))]),
        ("Congress on Tuesday approved", [("point", "weekday", ("day", date(2023, 5, 16)))]),
        ("voted on 16 May", [("point", "date", ("day", date(2023, 5, 16)))]),
        ("Thursday, May 18, 2023", [("point", "date", ("day", date(2023, 5, 18)))]),
        ("on the same day the report came out", [("point", "relative", ("rel", 0))]),
        ("the day before the report was released", [("point", "relative", ("rel", -1))]),
        ("the next day", [("point", "relative", ("rel", 1))]),
        ("expelled the ambassador in December", [("point", "month", ("month", 12))]),
        ("yesterday", [("point", "deictic", ("day", date(2023, 5, 17)))]),
        ("at noon", [("point", "time", ("time", 720))]),
        ("before dawn", [("point", "time", ("time", 360))]),
        ("at 6:30 p.m.", [("point", "time", ("time", 1110))]),
    ],
)
def test_date_forms(text: str, expected: list) -> None:
    assert mentions(text) == expected


def test_may_the_verb_is_not_a_month() -> None:
    assert mentions("They may go in the spring and may 4 of them stay.") == []


def key(text: str, reference: date | None = REF) -> tuple | None:
    found = extract_dates(text, 0, len(text))
    return found[0].key(reference)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("1 June", "June 1", True),
        ("Dec. 31", "December 31", True),
        ("on Tuesday", "on 16 May", True),  # the weekday of that date
        ("on Wednesday", "on 16 May", False),
        ("in December", "December 5", True),
        ("in December", "in February", False),
        ("from June 1", "beginning on 30 May", False),
        ("the same day", "the day before", False),
        ("the end of the year", "Dec. 31", True),
        ("at noon", "in December", None),  # not comparable
    ],
)
def test_compatible(a: str, b: str, same: bool | None) -> None:
    assert compatible(key(a), key(b)) is same


def test_weekday_without_a_reference_compares_by_weekday() -> None:
    tuesday = key("on Tuesday", None)
    assert compatible(tuesday, ("day", date(2023, 5, 16))) is True
    assert compatible(tuesday, ("day", date(2023, 5, 17))) is False
