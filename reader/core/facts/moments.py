"""A date or time mention and the comparison of times of day.

:class:`DateMention` is what :mod:`reader.core.facts.dates` and :mod:`reader.core.facts.clock`
read; :func:`time_compatible` says whether two times of day can be one moment, converting
between the time zones the rules know ("4:30 p.m. ET" is "1:30 p.m. PST").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_START = re.compile(
    r"(?:\bfrom|\bbeginning(?:\s+on|\s+in)?|\bstarting(?:\s+on|\s+from|\s+in)?|\bas\s+of|\beffective"
    r"|\bsince(?:\s+the)?"  # ("since the afternoon")
    r"|\b(?:begins?|began|begun|starts?|started|commenced)(?:\s+(?:on|in))?)\s*$",
    re.I,
)
_END = re.compile(
    r"(?:\bto|\buntil|\btill|\bthrough|\bthru|\bending(?:\s+on)?|\bup\s+to|\bends?(?:\s+on)?"
    r"|\bno\s+later\s+than)\s*$",
    re.I,
)
_APPROX = re.compile(
    r"(?:about|around|approximately|roughly|some|circa|shortly\s+after|just\s+after|soon\s+after)\s*$",
    re.I,
)


@dataclass(frozen=True)
class DateMention:
    """A date or timing expression; fields the text does not give are None."""

    start: int
    end: int
    role: str  # "start", "end" or "point"
    kind: (
        str  # "date", "month", "year", "weekday", "relative", "deictic", "year_end", "time",
        # "hour", "period" ("last month": dates an era, compared with nothing), "regnal"
        # ("in the twelfth year of Joram"), "inst" ("the 14th inst.", "on the 16th": a day
        # of the month of writing, or of the month before: "ult.")
    )
    display: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset: int | None = None  # days from the publication date ("yesterday") or a reference
    minutes: tuple[int, int] | None = None  # a span of the day in minutes, e.g. (720, 1080)
    approximate: bool = False
    zone: str | None = None  # minutes ahead of UTC as text ("0", "-480") when a zone is named
    hour: int | None = None  # an ordinal hour ("the sixth hour")
    future: bool = False  # told in the future ("will be back Monday", "scheduled for May 2")
    half_day: bool = False  # a clock time that may be either half of the day ("ten o'clock")
    reign: str | None = None  # whose reign a year is counted in ("the twelfth year of Joram")
    reign_year: int | None = None  # and which year of it

    def resolve(self, reference: date | None) -> tuple | None:
        """The day this mention names: ("day", date), ("monthday", m, d), ("month", y, m),
        ("year", y), ("weekday", n), ("rel", n) or None when it names no day."""
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
            return ("day", date(ref_year, 12, 31)) if ref_year else ("monthday", 12, 31)
        if self.kind == "month":
            year = self.year
            if year is None and self.offset is not None and ref_year is not None:
                year = ref_year + self.offset  # "April last year"
            return ("month", year, self.month)
        if self.kind == "year":
            return ("year", self.year)
        if self.kind == "weekday":
            if reference is None:
                return ("weekday", self.weekday)
            if self.future:
                ahead = (self.weekday - reference.weekday()) % 7  # type: ignore[operator]
                return ("day", reference + timedelta(days=ahead or 7))
            back = (reference.weekday() - self.weekday) % 7  # type: ignore[operator]
            return ("day", reference - timedelta(days=back))
        if self.kind == "deictic":
            return ("day", reference + timedelta(days=self.offset)) if reference else None  # type: ignore[arg-type]
        if self.kind == "relative":
            return ("rel", self.offset)
        if self.kind == "regnal":
            return ("regnal", self.reign, self.reign_year)
        if self.kind == "inst":  # "the 14th inst.": a day of the month of writing
            if reference is None:
                return None
            month = reference.month + (self.offset or 0)
            year = reference.year + (month - 1) // 12
            try:
                return ("day", date(year, (month - 1) % 12 + 1, self.day))  # type: ignore[arg-type]
            except ValueError:
                return None
        if self.kind == "ago":
            if reference is not None:
                return ("day", reference + timedelta(days=self.offset))  # type: ignore[operator]
            return ("ago", self.offset)
        return None


def time_compatible(a: DateMention, b: DateMention) -> bool | None:
    """Whether two times of day can be one moment; None when they cannot be compared (a local
    time against one in GMT, an ordinal hour against a clock time)."""
    if a.hour is not None or b.hour is not None:
        if a.hour is not None and b.hour is not None:
            return a.hour == b.hour
        return None
    if a.minutes is None or b.minutes is None:
        return None
    shift = 0
    if a.zone != b.zone:
        if a.zone is None or b.zone is None:
            return None
        shift = int(a.zone) - int(b.zone)  # "4:30 p.m. ET" / "1:30 p.m. PST"
    slack_a = _slack(a)
    slack_b = _slack(b)
    lo1, hi1 = a.minutes[0] - slack_a - shift, a.minutes[1] + slack_a - shift
    lo2, hi2 = b.minutes[0] - slack_b, b.minutes[1] + slack_b
    day = 1440  # "night" runs past midnight: 00:30 is also 24:30
    xs = (0, day, 720, day + 720) if a.half_day else (0, day)  # "ten o'clock": 10 or 22
    ys = (0, day, 720, day + 720) if b.half_day else (0, day)
    return any(not (hi1 + x <= lo2 + y or hi2 + y <= lo1 + x) for x in xs for y in ys)
    # (ranges that only touch are two moments: "shortly after 11 p.m." / "around midnight")


def _slack(m: DateMention) -> int:
    """Minutes either side a time may be: "about 11 a.m." half an hour, "about 8:30" ten
    minutes, "about 8.40" five, an exact "11.50" three (a clock read at a glance)."""
    if m.minutes is None or m.minutes[0] != m.minutes[1]:
        return 0
    if not m.approximate:
        return 3
    at = m.minutes[0]
    if at % 60 == 0:
        return 30
    return 10 if at % 30 == 0 else 5  # ("about 8:30" is not 8:15; "about 8.40" not 8.49)


def role_of(text: str, start: int) -> str:
    """ "start" ("from June 1", "between Nov. 1 and ..."), "end" ("until", "... and Oct. 8"
    after "between") or "point"."""
    head = text[max(0, start - 24) : start]
    if _START.search(head) or re.search(r"\bbetween\s*$", head):
        return "start"
    if _END.search(head) or _BETWEEN_AND.search(text[max(0, start - 60) : start]):
        return "end"
    return "point"


_BETWEEN_AND = re.compile(r"\bbetween\s[^;]{3,40}\sand\s*$", re.I)


def approximate_at(text: str, start: int) -> bool:
    return bool(_APPROX.search(text[max(0, start - 20) : start]))


_LEANING = re.compile(r"(?:shortly|just|soon)\s+(?P<side>before|after)\s*(?:at\s+)?$", re.I)
LEANING_SPAN = 30  # minutes "shortly before noon" may lie before noon


def clock_span(text: str, start: int, minutes: int) -> tuple[tuple[int, int], bool]:
    """The minutes a clock time stands for and whether it is approximate: "shortly before
    noon" is the half hour before it, "shortly after 2 a.m." the half hour after, "about
    11 a.m." around it."""
    lean = _LEANING.search(text[max(0, start - 20) : start])
    if lean is None:
        return (minutes, minutes), approximate_at(text, start)
    if lean.group("side").lower() == "before":
        return (minutes - LEANING_SPAN, minutes), False
    return (minutes, minutes + LEANING_SPAN), False
