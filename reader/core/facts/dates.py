"""Dates and timing: absolute dates, months, weekdays, relative days, times, and their role.

A mention's ``role`` is "start" ("from 1 June", "beginning on 30 May"), "end" ("until Dec. 31",
"through the end of the year") or "point". ``key(reference)`` reduces a mention to something
comparable, resolving weekdays and "yesterday" against the document's publication date, so
"on Tuesday" and "on 16 May" are the same day when the article appeared that week.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from reader.core.facts.lexicon import MONTHS, WEEKDAYS

_MONTH = (
    r"(?P<month>january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
)
_WDAY = r"(?:(?P<wday>monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?"
_DMY = re.compile(
    rf"\b{_WDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b\.?(?:,?\s+(?P<year>\d{{4}}))?",
    re.I,
)
_MDY = re.compile(
    rf"\b{_WDAY}{_MONTH}\b\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?",
    re.I,
)
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
_MONTH_ONLY = re.compile(
    r"\b(?:in|since|until|till|by|during|from|through|before|after|last|next|early|mid|late|of"
    r"|end of|beginning of|start of)\s+(?:early\s+|late\s+|mid-)?"
    + _MONTH
    + r"\b(?:\s+(?P<year>\d{4}))?",
    re.I,
)
_SHORT_MONTHS = frozenset("may mar jun jul sep sept oct nov dec jan feb apr aug".split())
_WEEKDAY = re.compile(r"\b(?P<wday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_YEAR_END = re.compile(r"\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?year\b", re.I)
_CLOCK = re.compile(r"\b(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)", re.I)
_TIME_WORDS = {
    "noon": 720,
    "midday": 720,
    "midnight": 0,
    "dawn": 360,
    "daybreak": 360,
    "sunrise": 360,
    "dusk": 1140,
    "sunset": 1140,
    "nightfall": 1200,
}
_TIME_WORD = re.compile(
    r"\b(?:at|before|after|around|by)\s+(?P<w>noon|midday|midnight|dawn|daybreak|sunrise|dusk|sunset|nightfall)\b",
    re.I,
)
_RELATIVE = (
    (
        re.compile(
            r"\b(?:on\s+)?(?:that\s+|the\s+)(?:very\s+)?same\s+day\b|\b(?:on\s+)?the\s+very\s+day\b|\bon\s+the\s+day\s+(?:that\s+|when\s+)?(?!before|after|of\b)",
            re.I,
        ),
        0,
    ),
    (
        re.compile(
            r"\bthe\s+day\s+before\b|\ba\s+day\s+(?:earlier|before)\b|\bthe\s+previous\s+day\b|\bthe\s+day\s+prior\b|\bone\s+day\s+(?:before|earlier)\b",
            re.I,
        ),
        -1,
    ),
    (
        re.compile(
            r"\bthe\s+(?:next|following)\s+day\b|\bthe\s+day\s+after\b|\ba\s+day\s+later\b|\bone\s+day\s+(?:after|later)\b",
            re.I,
        ),
        1,
    ),
    (re.compile(r"\btwo\s+days\s+(?:before|earlier)\b", re.I), -2),
    (re.compile(r"\btwo\s+days\s+(?:after|later)\b", re.I), 2),
)
_DEICTIC = {"yesterday": -1, "today": 0, "tomorrow": 1}
_START = re.compile(
    r"(?:\bfrom|\bbeginning(?:\s+on)?|\bstarting(?:\s+on|\s+from)?|\bas\s+of|\beffective|\bsince|\bbegins?(?:\s+on)?|\bstarts?(?:\s+on)?)\s*$",
    re.I,
)
_END = re.compile(
    r"(?:\bto|\buntil|\btill|\bthrough|\bthru|\bending(?:\s+on)?|\bup\s+to|\bends?(?:\s+on)?|\bno\s+later\s+than)\s*$",
    re.I,
)


@dataclass(frozen=True)
class DateMention:
    """A date or timing expression. Fields not given by the text are None."""

    start: int
    end: int
    role: str
    kind: str  # "date", "month", "weekday", "relative", "year_end", "time", "deictic"
    display: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset: int | None = None
    minutes: int | None = None

    def key(self, reference: date | None) -> tuple | None:
        """A comparable value: ("day", date), ("month", m), ("weekday", n), ("rel", n), ...."""
        ref_year = reference.year if reference else None
        if self.kind == "date":
            year = self.year or ref_year
            if year is None:
                return ("monthday", self.month, self.day)
            try:
                return ("day", date(year, self.month, self.day))  # type: ignore[arg-type]
            except ValueError:
                return None
        if self.kind == "year_end":
            return ("day", date(ref_year, 12, 31)) if ref_year else ("year_end",)
        if self.kind == "month":
            return ("month", self.month)
        if self.kind == "weekday":
            if reference is None:
                return ("weekday", self.weekday)
            back = (reference.weekday() - self.weekday) % 7  # type: ignore[operator]
            return ("day", reference - timedelta(days=back))
        if self.kind == "deictic":
            return ("day", reference + timedelta(days=self.offset)) if reference else None  # type: ignore[arg-type]
        if self.kind == "relative":
            return ("rel", self.offset)
        if self.kind == "time":
            return ("time", self.minutes)
        return None


def compatible(a: tuple | None, b: tuple | None) -> bool | None:
    """True if two keys can be the same moment, False if not, None if not comparable."""
    if a is None or b is None:
        return None
    if a[0] == b[0]:
        return a == b
    kinds = {a[0], b[0]}
    if kinds == {"day", "month"}:
        day, month = (a, b) if a[0] == "day" else (b, a)
        return day[1].month == month[1]
    if kinds == {"day", "weekday"}:
        day, wday = (a, b) if a[0] == "day" else (b, a)
        return day[1].weekday() == wday[1]
    if kinds == {"day", "monthday"}:
        day, md = (a, b) if a[0] == "day" else (b, a)
        return (day[1].month, day[1].day) == (md[1], md[2])
    if kinds == {"month", "monthday"}:
        month, md = (a, b) if a[0] == "month" else (b, a)
        return month[1] == md[1]
    return None


def _role(text: str, start: int) -> str:
    head = text[max(0, start - 24) : start]
    if _START.search(head):
        return "start"
    if _END.search(head):
        return "end"
    return "point"


def _month(value: str) -> int:
    return int(value) if value.isdigit() else MONTHS[value.lower().rstrip(".")]


def extract_dates(text: str, start: int, end: int) -> list[DateMention]:
    """Date and timing mentions in ``text[start:end]``, offsets into ``text``."""
    found: list[DateMention] = []

    def add(mention: DateMention) -> None:
        if not any(m.start < mention.end and mention.start < m.end for m in found):
            found.append(mention)

    span = text[start:end]
    for pattern in (_ISO, _DMY, _MDY):
        for m in pattern.finditer(span):
            if m.group("month")[:1].islower() and m.group("month").lower() == "may":
                continue  # the verb, not the month
            s, e = start + m.start(), start + m.end()
            try:
                wday = m.groupdict().get("wday")
                mention = DateMention(
                    s,
                    e,
                    _role(text, s),
                    "date",
                    m.group().strip(),
                    year=int(m.group("year")) if m.group("year") else None,
                    month=_month(m.group("month")),
                    day=int(m.group("day")),
                    weekday=WEEKDAYS[wday.lower()] if wday else None,
                )
            except (KeyError, ValueError):
                continue
            if mention.display.endswith(".") and len(m.group("month")) > 4:
                # "31 December." : the sentence's full stop, not an abbreviation's
                fields = {**mention.__dict__, "end": e - 1, "display": mention.display[:-1]}
                mention = DateMention(**fields)
            if 1 <= mention.day <= 31:  # type: ignore[operator]
                add(mention)
    for m in _YEAR_END.finditer(span):
        s = start + m.start()
        add(DateMention(s, start + m.end(), _role(text, s), "year_end", "end of the year"))
    for m in _MONTH_ONLY.finditer(span):
        # "may" the verb and "mar", "dec" as words: a month only when capitalised
        if m.group("month").lower() in _SHORT_MONTHS and not m.group("month")[:1].isupper():
            continue
        s = start + m.start("month")
        e = start + m.end()
        year = int(m.group("year")) if m.group("year") else None
        shown = m.group("month") + (f" {year}" if year else "")
        add(
            DateMention(
                s,
                e,
                _role(text, start + m.start() + len(m.group().split()[0])),
                "month",
                shown,
                year=year,
                month=_month(m.group("month")),
            )
        )
    for m in _WEEKDAY.finditer(span):
        s = start + m.start()
        add(
            DateMention(
                s,
                start + m.end(),
                _role(text, s),
                "weekday",
                m.group(),
                weekday=WEEKDAYS[m.group().lower()],
            )
        )
    for pattern, offset in _RELATIVE:
        for m in pattern.finditer(span):
            s = start + m.start()
            shown = {0: "same day", -1: "day before", 1: "day after"}.get(
                offset, f"{offset:+d} days"
            )
            add(DateMention(s, start + m.end(), "point", "relative", shown, offset=offset))
    for word, offset in _DEICTIC.items():
        for m in re.finditer(rf"\b{word}\b", span, re.I):
            s = start + m.start()
            add(DateMention(s, start + m.end(), "point", "deictic", word, offset=offset))
    for m in _CLOCK.finditer(span):
        hour = int(m.group("h")) % 12 + (12 if m.group("ampm").lower().startswith("p") else 0)
        minutes = hour * 60 + int(m.group("m") or 0)
        s = start + m.start()
        add(DateMention(s, start + m.end(), _role(text, s), "time", m.group(), minutes=minutes))
    for m in _TIME_WORD.finditer(span):
        s = start + m.start("w")
        add(
            DateMention(
                s,
                start + m.end(),
                "point",
                "time",
                m.group("w"),
                minutes=_TIME_WORDS[m.group("w").lower()],
            )
        )
    return sorted(found, key=lambda d: d.start)


def describe(mention: DateMention, reference: date | None) -> str:
    """How a mention reads in a summary: "1 June", "30 May", "day before"."""
    key = mention.key(reference)
    if key and key[0] == "day" and mention.kind in ("date", "year_end", "weekday", "deictic"):
        day = key[1]
        text = f"{day.day} {day.strftime('%B')}"
        return text + (f" {day.year}" if mention.year else "")
    return mention.display
