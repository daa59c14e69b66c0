"""Days counted in a month: "on the seventh day of the month", "in the five and twentieth day
of the twelfth month", "the twenty-first day of the month" (as in chronicles and annals, where
a month is told by its number, not its name), and days of a named month told in words or with
"the": "the fourteenth of April", "the fourteenth day of April", "April the 14th"; and years
counted in a reign: "in the twelfth year of Joram"."""

from __future__ import annotations

import re

from reader.core.facts.lexicon import MONTHS
from reader.core.facts.moments import DateMention
from reader.core.rules import Rules

_PATTERNS: dict[tuple[str, int], re.Pattern[str]] = {}
_MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
)


def _ordinal(rules: Rules) -> str:
    """An ordinal in words, compounds included: "tenth", "twenty-first", "seven and
    twentieth", "thirty and first"."""
    ordinals = "|".join(sorted(rules.numbers("ordinals"), key=len, reverse=True))
    units = "|".join(w for w, v in rules.numbers("units").items() if 1 <= v <= 9)
    tens = "|".join(rules.numbers("tens"))
    # ("seven and twentieth", "thirty and first", "twenty-first")
    return rf"(?:(?:{units}|{tens})\s+and\s+)?(?:(?:{tens})[-\s])?(?:{ordinals})"


def _pattern(kind: str, rules: Rules) -> re.Pattern[str]:
    """The compiled pattern of ``kind`` ("numbered" months, "named" ones) for these rules."""
    found = _PATTERNS.get((kind, id(rules)))
    if found is None:
        ordinal = _ordinal(rules)
        source = (
            rf"\b(?:(?:in|on)\s+the\s+(?P<m1>{ordinal})\s+month,?\s+)?"
            rf"(?:in|on|upon)\s+the\s+(?P<d>{ordinal})\s+day\s+of\s+the\s+"
            rf"(?:(?P<m2>{ordinal})\s+)?month\b"
            if kind == "numbered"
            else rf"(?:\bthe\s+(?P<d>{ordinal})\s+(?:day\s+)?of\s+(?P<m>{_MONTH_NAMES})\b"
            rf"|\b(?P<m2>{_MONTH_NAMES})\s+the\s+(?P<d2>\d{{1,2}}(?:st|nd|rd|th)|{ordinal})\b)"
            r"(?:,?\s+(?:in\s+the\s+year\s+)?(?P<year>1[0-9]\d\d|20\d\d)\b)?"
        )
        if kind == "regnal":
            source = (
                rf"\b(?:in|from|unto|until|of)\s+the\s+(?P<n>{ordinal})\s+year\s+of\s+"
                r"(?:the\s+reign\s+of\s+)?(?:(?:king|queen)\s+)?(?P<name>[A-Z][a-z]+)"
            )
        found = _PATTERNS[(kind, id(rules))] = re.compile(source, re.I)
    return found


def ordinal_value(words: str, rules: Rules) -> int:
    """ "seven and twentieth" -> 27, "twenty-first" -> 21, "tenth" -> 10."""
    total = 0
    tables = (rules.numbers("ordinals"), rules.numbers("units"), rules.numbers("tens"))
    for word in re.split(r"[-\s]+", words.lower()):
        for table in tables:
            if word in table:
                total += int(table[word])
                break
    return total


def month_days(span: str, start: int, rules: Rules, add) -> None:
    """Add a date for each day of a numbered month in ``span`` (offsets from ``start``)."""
    if "day of the" not in span and "Day of the" not in span:
        return  # (the pattern is long; most sentences have no such day)
    for m in _pattern("numbered", rules).finditer(span):
        month_words = m.group("m1") or m.group("m2")
        if not month_words:
            continue  # "the seventh day of the month": which month, the passage does not say
        day, month = ordinal_value(m.group("d"), rules), ordinal_value(month_words, rules)
        if 1 <= day <= 31 and 1 <= month <= 12:
            shown = " ".join(f"{m.group('d')} day of the {month_words} month".split())
            add(
                DateMention(
                    start + m.start(), start + m.end(), "point", "date", shown, month=month, day=day
                )
            )


def named_month_days(span: str, start: int, rules: Rules, add) -> None:
    """Add a date for "the fourteenth of April", "the fourteenth day of April", "April the
    14th" in ``span`` (offsets from ``start``)."""
    if " the " not in span and "The " not in span:
        return
    for m in _pattern("named", rules).finditer(span):
        month_word = (m.group("m") or m.group("m2")).lower()
        if month_word == "may" and not (m.group("m") or m.group("m2"))[:1].isupper():
            continue  # the verb
        day_words = m.group("d") or m.group("d2")
        digits = re.match(r"\d+", day_words)
        day = int(digits.group()) if digits else ordinal_value(day_words, rules)
        year = int(m.group("year")) if m.group("year") else None
        if 1 <= day <= 31:
            shown = " ".join(m.group().split())
            add(
                DateMention(
                    start + m.start(),
                    start + m.end(),
                    "point",
                    "date",
                    shown,
                    year=year,
                    month=MONTHS[month_word],
                    day=day,
                )
            )


def regnal_years(span: str, start: int, rules: Rules, add) -> None:
    """Add a date for each year counted in a reign in ``span``: "in the twelfth year of
    Joram", "in the thirty and first year of Asa king of Judah" (as chronicles date)."""
    if " year of " not in span:
        return
    for m in _pattern("regnal", rules).finditer(span):
        name = m.group("name")
        if not name[:1].isupper() or name.lower() in ("the", "our", "his", "their"):
            continue  # "the first year of his reign": whose, the passage says elsewhere
        count = ordinal_value(m.group("n"), rules)
        if count >= 1:
            shown = f"{' '.join(m.group('n').split())} year of {name}"
            add(
                DateMention(
                    start + m.start("n"),
                    start + m.end(),
                    "point",
                    "regnal",
                    shown,
                    reign=name,
                    reign_year=count,
                )
            )


_OF_THE_MONTH = re.compile(
    r"\b(?:(?:on|of)\s+the|the(?=\s+\d{1,2}(?:st|nd|rd|th)\s+(?:inst|ult|prox)))"
    r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b"
    r"(?:\s+(?P<rel>inst|ult|prox|instant|ultimo|proximo)\b\.?)?(?![ \t]*(?:[a-z]|of\s+[A-Z]))"
)
_MONTH_SHIFT = {"inst": 0, "instant": 0, "ult": -1, "ultimo": -1, "prox": 1, "proximo": 1}


def days_of_the_month(span: str, start: int, add) -> None:
    """Add a date for "on the night of the 14th inst.", "on the 16th," (a day of the month
    the account was written in), "the 3rd ult." (of the month before) in ``span``; not "the
    16th century" or "the 16th floor", nor "the 14th of April" (read elsewhere)."""
    if "th" not in span and "st" not in span and "nd" not in span and "rd" not in span:
        return
    for m in _OF_THE_MONTH.finditer(span):
        day = int(m.group("d"))
        if 1 <= day <= 31:
            shift = _MONTH_SHIFT.get((m.group("rel") or "inst").lower(), 0)
            shown = m.group()[m.start("d") - m.start() :].strip()
            add(
                DateMention(
                    start + m.start("d"),
                    start + m.end(),
                    "point",
                    "inst",
                    shown,
                    day=day,
                    offset=shift,
                )
            )
