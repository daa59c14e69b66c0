"""Dates and timing: forms, roles, datelines, and which pairs are the same moment."""

from datetime import date

import pytest

from reader.core.facts.dates import compatible, extract_dates, is_dateline

REF = date(2023, 5, 18)  # a Thursday


def mentions(text: str) -> list[tuple[str, str, tuple | None]]:
    return [(d.role, d.kind, d.resolve(REF)) for d in extract_dates(text, 0, len(text))]


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
        ("the fighting began in July", [("start", "month", ("month", None, 7))]),
        ("until Dec. 31.", [("end", "date", ("day", date(2023, 12, 31)))]),
        ("through the end of the year", [("end", "year_end", ("day", date(2023, 12, 31)))]),
        ("Congress on Tuesday approved", [("point", "weekday", ("day", date(2023, 5, 16)))]),
        ("he will be back Monday", [("point", "weekday", ("day", date(2023, 5, 22)))]),
        ("voted on 16 May", [("point", "date", ("day", date(2023, 5, 16)))]),
        ("Thursday, May 18, 2023", [("point", "date", ("day", date(2023, 5, 18)))]),
        ("on the same day the report came out", [("point", "relative", ("rel", 0))]),
        ("the day before the report was released", [("point", "relative", ("rel", -1))]),
        ("the next day", [("point", "relative", ("rel", 1))]),
        ("expelled the ambassador in December", [("point", "month", ("month", None, 12))]),
        ("In April last year a quake struck", [("point", "month", ("month", 2022, 4))]),
        ("convicted in June 1998", [("point", "month", ("month", 1998, 6))]),
        ("a tsunami in 2004", [("point", "year", ("year", 2004))]),
        ("yesterday", [("point", "deictic", ("day", date(2023, 5, 17)))]),
    ],
)
def test_date_forms(text: str, expected: list) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("at 6:30 p.m.", (1110, 1110)),
        ("At 9.25 a.m. on Thursday", (565, 565)),
        ("at around 4.30am", (270, 270)),
        ("struck at 1353 (1023 GMT)", (833, 833)),
        ("at 9:25 hours", (565, 565)),
        ("early Sunday afternoon", (720, 900)),
        ("in the early hours of the morning", (0, 360)),
        ("late Saturday night", (1260, 1440)),
    ],
)
def test_times_and_parts_of_day(text: str, minutes: tuple[int, int]) -> None:
    assert extract_dates(text, 0, len(text))[0].minutes == minutes


def test_ordinal_hours_and_the_verb_may() -> None:
    found = extract_dates("about the sixth hour there was darkness", 0, 39)
    assert found[0].hour == 6 and found[0].approximate
    assert mentions("They may go in the spring and may 4 of them stay.") == []


def first(text: str):
    return extract_dates(text, 0, len(text))[0]


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
        ("on the morrow", "the next day", True),  # archaic
        ("the end of the year", "Dec. 31", True),
        ("at 2:53 p.m.", "at approximately 3:00 pm", True),
        ("around 10 a.m.", "at 1 p.m.", False),
        ("at 1353", "early Sunday afternoon", True),
        ("at 7:48 a.m.", "at 7:48 am", True),
        ("at noon", "in December", None),  # not comparable
    ],
)
def test_compatible(a: str, b: str, same: bool | None) -> None:
    assert compatible(first(a), first(b), REF, REF) is same


def test_a_bare_day_and_month_is_not_put_in_another_year_than_the_same_day_with_one() -> None:
    assert compatible(first("on June 20"), first("June 20, 2005"), REF, REF) is True
    assert compatible(first("on June 21"), first("June 20, 2005"), REF, REF) is False
    assert compatible(first("June 20, 2004"), first("June 20, 2005"), REF, REF) is False


def test_weekday_without_a_reference_compares_by_weekday() -> None:
    assert compatible(first("on Tuesday"), first("on 16 May 2023"), None, None) is True
    assert compatible(first("on Tuesday"), first("on 17 May 2023"), None, None) is False


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("Posted 11/27/2005 7:21 AM", True),
        ("PUBLISHED: WEDNESDAY, MARCH 13, 2013, 2:29 PM", True),
        ("Last Updated: Monday, 28 November 2005, 02:24 GMT", True),
        ("The quake struck on Sunday.", False),
    ],
)
def test_datelines(line: str, dateline: bool) -> None:
    assert is_dateline(line) is dateline


def test_the_end_of_a_score_does_not_start_a_date() -> None:
    text = "He was hurt in the 30-7 Oct. 19 loss at Carolina."
    assert [(d.display, d.resolve(REF)) for d in extract_dates(text, 0, len(text))] == [
        ("Oct. 19", ("day", date(2023, 10, 19)))
    ]


def test_a_participle_after_an_article_is_no_event() -> None:
    """ "a convicted cop killer laughed Tuesday": what happened on Tuesday is the laughing."""
    from reader.core.align import align
    from reader.core.detect.base import Context
    from reader.core.detect.dates import _Item, _Surroundings
    from reader.core.document import Document
    from reader.core.facts.cache import Facts
    from reader.core.rules import Rules

    rules = Rules.default()
    docs = [
        Document(text="A convicted cop killer laughed Tuesday after the jury's ruling."),
        Document(text="The cop killer laughed on Tuesday after the ruling of the jury."),
    ]
    facts = Facts(docs, rules)
    alignment = align(docs, rules)
    ctx = Context(docs, alignment, facts, [0, 1], rules)
    unit = alignment.units[0][0]
    (mention,) = facts.dates(unit)
    words = {f.value for f in _Surroundings(ctx).event_words(_Item(0, unit, mention))}
    assert "laugh" in words
    assert "convict" not in words


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("A.D. 851. This year came the heathen army.", 851),
        ("In the year of our Lord 1066 he came to England.", 1066),
        ("In 1066 the king died.", 1066),
        ("The flood reached 1500 homes.", None),  # a count, not a year
    ],
)
def test_years_of_a_chronicle(text: str, year: int | None) -> None:
    years = [d.year for d in extract_dates(text, 0, len(text)) if d.kind == "year"]
    assert years == ([year] if year else [])


def test_last_month_opens_background() -> None:
    from reader.core.document import Document
    from reader.core.facts.cache import Facts
    from reader.core.text import sentences

    text = (
        "The navy captured 23 pirates on Saturday. Last month, a warship had rescued two "
        "merchant vessels. The talks will resume next week."
    )
    found = extract_dates(text, 0, len(text))
    periods = [(d.display, d.offset) for d in found if d.kind == "period"]
    assert periods == [("Last month", -30), ("next week", 7)]
    from reader.core.passages import Unit
    from reader.core.rules import Rules

    facts = Facts([Document(text=text)], Rules.default())
    units = [Unit(0, i, s.start, s.end, s.paragraph) for i, s in enumerate(sentences(text))]
    assert facts.eras(0, units) == ["news", "past", "news"]


@pytest.mark.parametrize(
    ("text", "minutes", "half_day"),
    [
        ("At about ten o'clock the ship struck.", 600, True),
        ("At half past ten the ship struck.", 630, True),
        ("About half-past eight o'clock a fire broke out.", 510, True),  # one time, not "eight"
        ("At a quarter past nine in the morning the troops left.", 555, False),
        ("At twenty minutes to twelve that night the ship struck.", 1420, False),
        ("At ten to eleven at night the bells rang.", 1370, False),
    ],
)
def test_clock_times_in_words(text: str, minutes: int, half_day: bool) -> None:
    (found,) = [d for d in extract_dates(text, 0, len(text)) if d.kind == "time"]
    assert (found.minutes, found.half_day) == ((minutes, minutes), half_day)


def test_a_time_without_its_half_of_the_day_meets_either() -> None:
    ten = first("At ten o'clock the ship struck.")
    assert compatible(ten, first("At 10 p.m. the ship struck."), None, None) is True
    assert compatible(ten, first("At 10 a.m. the ship struck."), None, None) is True
    assert compatible(ten, first("At 11.40 p.m. the ship struck."), None, None) is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on the fifteenth of April, 1912, she sank", (1912, 4, 15)),
        ("on the fourteenth day of April the ship sailed", (None, 4, 14)),
        ("on April the 14th the ship sailed", (None, 4, 14)),
    ],
)
def test_days_of_a_named_month_in_words(text: str, expected: tuple) -> None:
    (found,) = [d for d in extract_dates(text, 0, len(text)) if d.kind == "date"]
    assert (found.year, found.month, found.day) == expected


def test_days_of_the_month_of_writing() -> None:
    from datetime import date

    from reader.core.facts.dates import extract_dates

    def told(text: str) -> list[tuple[str, tuple | None]]:
        return [
            (d.display, d.resolve(date(1873, 10, 16)))
            for d in extract_dates(text, 0, len(text))
            if d.kind == "inst"
        ]

    assert told("struck the rocks on the night of the 14th inst., in a thick fog.") == [
        ("14th inst.", ("day", date(1873, 10, 14)))
    ]
    assert told("on the 3rd ult.") == [("3rd ult.", ("day", date(1873, 9, 3)))]
    assert told("The Albion was lost on the night of the 16th, in a fog.")[0][0] == "16th"
    for text in ("in the 16th century", "on the 16th floor", "on the 18th hole."):
        assert told(text) == [], text


def test_a_range_of_years_gives_its_start_and_end() -> None:
    from reader.core.rules import Rules

    text = "The recall covers models built between 2018 and 2021, the company said."
    found = extract_dates(text, 0, len(text), Rules.default())
    assert [(text[m.start : m.end], m.role) for m in found] == [("2018", "start"), ("2021", "end")]


def test_a_year_that_says_what_a_thing_is_sets_no_era() -> None:
    from reader.core.rules import Rules

    text = "The museum, founded in 1884, will stay closed for at least six months."
    found = extract_dates(text, 0, len(text), Rules.default())
    assert [m.role for m in found] == ["attribute"]


def test_times_an_hour_apart_that_only_touch_are_two() -> None:
    assert compatible(first("shortly after 11 p.m."), first("around midnight"), None, None) is False
    assert compatible(first("about 11 p.m."), first("shortly after 11 p.m."), None, None) is True


def test_starting_in_a_month_starts_there() -> None:
    from reader.core.rules import Rules

    text = "The group will reduce supply starting in February, delegates said."
    found = extract_dates(text, 0, len(text), Rules.default())
    assert [(m.display, m.role) for m in found] == [("February", "start")]


def test_the_day_of_this_month_after_a_comma() -> None:
    from reader.core.rules import Rules

    text = "The Aurora struck on the night of Tuesday last, the 14th instant."
    found = extract_dates(text, 0, len(text), Rules.default())
    assert [m.kind for m in found if m.kind == "inst"] == ["inst"]
    text = "It is on the 16th floor."
    assert extract_dates(text, 0, len(text), Rules.default()) == []


def test_a_time_in_hours_minutes_and_seconds_is_no_clock() -> None:
    from reader.core.facts.counting import extract_quantities
    from reader.core.rules import Rules

    text = "Kiptoo won the marathon in 2:00:52 on Sunday."
    rules = Rules.default()
    assert [m.kind for m in extract_dates(text, 0, len(text), rules)] == ["weekday"]
    found = extract_quantities(text, 0, len(text), rules)
    assert [(q.display, q.value.figure, q.dimension) for q in found] == [
        ("2:00:52", 7252.0, "duration")
    ]


def test_about_half_past_is_not_a_quarter_past() -> None:
    assert compatible(first("at 8:15 a.m."), first("at about 8:30 a.m."), None, None) is False
    assert compatible(first("at 8:25 a.m."), first("at about 8:30 a.m."), None, None) is True
    assert compatible(first("at 8:15 a.m."), first("at about 8 a.m."), None, None) is True


def test_days_counted_from_an_event_up_to_a_week() -> None:
    from reader.core.rules import Rules

    text = "The truce collapsed on Thursday, three days after it was signed."
    found = extract_dates(text, 0, len(text), Rules.default())
    assert [(m.kind, m.display, m.weekday) for m in found] == [
        ("weekday", "Thursday", 3),
        ("weekday", "three days after", 0),  # (a clause after it: the signing, on Monday)
    ]
    text = "Inspections were ordered on Monday, a day after a fire killed ten patients."
    found = extract_dates(text, 0, len(text), Rules.default())
    assert [(m.display, m.weekday) for m in found] == [("Monday", 0), ("a day after", 6)]
    text = "The toll rose on Monday as the death toll from a quake a day before rose to 10."
    found = extract_dates(text, 0, len(text), Rules.default())
    assert [m.weekday for m in found] == [0, 6]  # (no clause of its own: the quake's day)
    assert (
        compatible(first("two days after the vote"), first("the day after the vote"), None, None)
        is False
    )


def test_a_year_told_before_a_singular_noun() -> None:
    # "The 2004 tsunami that killed about 230,000 people": background, dated by its year
    assert mentions("The 2004 tsunami killed many.") == [("point", "year", ("year", 2004))]
    assert mentions("Its 2012 quake was strong.") == [("point", "year", ("year", 2012))]
    assert mentions("The 2000 residents fled.") == []  # a count of a plural noun
    assert mentions("He lives in the 1800 block of Main Street.") == []
