"""Dates and timing: days, months, years, weekdays, relative days, clock times and parts of day.

A :class:`DateMention` holds what the words fix (a day, a month, a weekday, a clock time or a
span of the day such as "afternoon") and its ``role`` ("start", "end" or "point").
:meth:`DateMention.resolve` reads it against the account's publication date, so "Tuesday",
"yesterday" and "16 May" can be the same day; :func:`compatible` says whether two mentions
can be the same moment. Times are in minutes after midnight; "early Sunday afternoon",
"1353 (1023 GMT)", "9.25 a.m.", "at 9:25 hours", "the sixth hour" and "dawn" are all read.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from reader.core.facts.clock import merge_time, part_span, parts_of_day, times
from reader.core.facts.daycount import (
    days_of_the_month,
    month_days,
    named_month_days,
    regnal_years,
)
from reader.core.facts.lexicon import MONTHS, STOPWORDS, WEEKDAYS
from reader.core.facts.moments import DateMention, role_of, time_compatible
from reader.core.facts.wordclock import word_times
from reader.core.language import same_name
from reader.core.rules import Rules

_MONTH = (
    r"(?P<month>january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
)
_WDAY = r"(?:(?P<wday>monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?"
_YEAR = r"(?:,?\s+(?P<year>1[6-9]\d\d|20\d\d)\b)?"
_DMY = re.compile(  # not the end of a score: "a 30-7 Oct. 19 loss" is October 19
    rf"(?<!\d[-–])\b{_WDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b\.?{_YEAR}",
    re.I,
)
_MDY = re.compile(rf"\b{_WDAY}{_MONTH}\b\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b{_YEAR}", re.I)
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
_MONTH_ONLY = re.compile(
    r"\b(?:in|since|until|till|by|during|from|through|before|after|last|next|early|mid|late|of"
    r"|end of|beginning of|start of|this|that)\s+(?:early\s+|late\s+|mid-)?"
    + _MONTH
    + r"\b(?:\s+(?P<year>1[6-9]\d\d|20\d\d)|\s+(?P<rel>last|this|next)\s+year)?",
    re.I,
)
_YEAR_RANGE = re.compile(
    r"\b(?:between|from)\s+(?:the\s+)?(?P<y1>1[6-9]\d\d|20\d\d)\s*(?:and|to|through|until|-|–)"
    r"\s*(?P<y2>1[6-9]\d\d|20\d\d)\b",
    re.I,
)
_YEAR_ONLY = re.compile(
    r"\b(?:in|since|until|by|during|of|from|before|after)\s+(?P<year>1[6-9]\d\d|20\d\d)\b(?![-,.]\d)",
    re.I,
)
_YEAR_BEFORE_NOUN = re.compile(  # "the 2004 tsunami", "its 2012 quake": a singular noun's year
    r"\b(?:the|a|an|its|their|his|her|this|that)\s+(?P<year>1[6-9]\d\d|20\d\d)"
    r"\s+(?=(?!block\b)[a-z]+(?<!s)\b)",
    re.I,
)
_OLD_YEAR = re.compile(  # years of a chronicle: "A.D. 851", "in the year 1066", "in 1066"
    r"\b(?:A\.\s?D\.|AD|anno domini)\s*(?P<year>\d{1,4})\b"
    r"|\bin\s+the\s+year\s+(?:of\s+our\s+lord\s+)?(?P<year2>\d{1,4})\b"
    r"|\b(?:in|since|until|by|during|from|before|after)\s+(?P<year3>1[0-5]\d\d)\b"
    r"(?![-,.]\d)(?!\s+[a-z]+s\b)",
    re.I,
)
_OLD_YEAR_HINT = re.compile(
    r"\b1[0-5]\d\d\b|A\.\s?D\.|\bAD\b|[Aa]nno|\b[Yy]ear\s+(?:of\s+our\s+[Ll]ord\s+)?\d"
)
_SHORT_MONTHS = frozenset("may mar jun jul sep sept oct nov dec jan feb apr aug".split())
_WEEKDAY = re.compile(
    r"\b(?P<wday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?\b"
    r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
)
_DIGIT = re.compile(r"\d")
_YEAR_END = re.compile(r"\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?year\b", re.I)
_RELATIVE = (
    (
        r"\b(?:on\s+)?(?:that\s+|the\s+)(?:very\s+)?same\s+day\b|\b(?:on\s+)?the\s+very\s+day\b"
        r"|\bon\s+the\s+day\s+(?:that\s+|when\s+)?(?!before|after|of\b)",
        0,
    ),
    (
        r"\bthe\s+day\s+before\b|\ba\s+day\s+(?:earlier|before)\b|\bthe\s+previous\s+day\b"
        r"|\bthe\s+day\s+prior\b|\bone\s+day\s+(?:before|earlier)\b",
        -1,
    ),
    (
        r"\bthe\s+(?:next|following)\s+day\b|\bthe\s+day\s+after\b|\ba\s+day\s+(?:later|after)\b"
        r"|\bone\s+day\s+(?:after|later)\b|\bon\s+the\s+morrow\b",  # archaic "morrow"
        1,
    ),
)
_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_RELATIVE_RE = re.compile(
    "|".join(f"(?P<r{n}>{p})" for n, (p, _) in enumerate(_RELATIVE))
    + r"|\b(?P<n>two|three|four|five|six|seven)\s+days\s+(?P<dir>before|earlier|after|later)\b",
    re.I,
)  # one pass: "the same day", "the day before", "the next day", "three days after"
_DEICTIC = re.compile(
    r"\b(?P<w>yesterday|today|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b",
    re.I,
)
_AGO = re.compile(
    r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)"
    r"\s+(?P<unit>day|week|month|year|decade)s?\s+(?:ago|earlier|before)\b",
    re.I,
)
_AGO_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3652}
_SMALL = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
}
_PERIOD = re.compile(  # "last month", "next year", "earlier this year": when, roughly
    r"\b(?P<w>last|next|past|previous|coming)\s+(?P<unit>week|month|year)\b"
    r"|\b(?P<w2>earlier|later)\s+this\s+(?P<unit2>week|month|year)\b",
    re.I,
)
_PERIOD_DAYS = {"week": 7, "month": 30, "year": 365}
_PERIOD_SIGN = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}
_DEICTIC_OFFSET = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "last night": -1}


def _day_compatible(a: tuple | None, b: tuple | None) -> bool | None:
    if a is None or b is None:
        return None
    if a[0] == b[0]:
        if a[0] == "regnal":  # years of one reign compare; of two reigns, not
            return a[2] == b[2] if same_name(a[1], b[1]) else None
        if a[0] == "month":
            if a[1] is not None and b[1] is not None and a[1] != b[1]:
                return False
            return a[2] == b[2]
        return a == b
    kinds = {a[0], b[0]}
    pick = {x[0]: x for x in (a, b)}
    if kinds == {"rel"}:
        return a[1] == b[1]  # "the same day as" / "the day before" the same reference
    if "rel" in kinds:
        return None
    if kinds == {"day", "month"}:
        day, month = pick["day"][1], pick["month"]
        return day.month == month[2] and (month[1] is None or month[1] == day.year)
    if kinds == {"day", "weekday"}:
        return pick["day"][1].weekday() == pick["weekday"][1]
    if kinds == {"day", "monthday"}:
        day = pick["day"][1]
        return (day.month, day.day) == (pick["monthday"][1], pick["monthday"][2])
    if kinds == {"month", "monthday"}:
        return pick["month"][2] == pick["monthday"][1]
    if kinds == {"year", "day"}:
        return pick["day"][1].year == pick["year"][1]
    if kinds == {"year", "month"}:
        return pick["month"][1] is None or pick["month"][1] == pick["year"][1]
    return None


def same_words(a: DateMention, b: DateMention) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind == "weekday":
        return a.weekday == b.weekday and a.future == b.future
    return a.kind in ("deictic", "ago") and a.offset == b.offset


NEWS_WEEK = 7  # days around its publication in which an account's news happened
APART_DAYS = 30  # days between two accounts' news past which they tell two events


def weeks_apart(a: DateMention, b: DateMention, ref_a: date | None, ref_b: date | None) -> bool:
    """Whether two days, each in the week its own account was published, lie a month or
    more apart ("Thursday" in an April report, "Friday" in a June one): two events, each
    account's own news, not one event dated twice."""
    ka, kb = a.resolve(ref_a), b.resolve(ref_b)
    if ref_a is None or ref_b is None or ka is None or kb is None:
        return False
    if ka[0] != "day" or kb[0] != "day":
        return False
    news = abs((ref_a - ka[1]).days) <= NEWS_WEEK and abs((ref_b - kb[1]).days) <= NEWS_WEEK
    return news and abs((ka[1] - kb[1]).days) >= APART_DAYS


def compatible(
    a: DateMention, b: DateMention, ref_a: date | None, ref_b: date | None
) -> bool | None:
    """True if two mentions can be the same moment, False if not, None if not comparable."""
    day = _day_compatible(a.resolve(ref_a), b.resolve(ref_b))
    if (
        day is False
        and a.kind == b.kind == "date"
        and (a.month, a.day) == (b.month, b.day)
        and None in (a.year, b.year)
    ):
        # "June 20" against "June 20, 2005": the year guessed for the bare one is the doubt
        day = True
    if day is False and same_words(a, b):
        # "on Saturday" in both: when the accounts' dates of publication make these different
        # days, those dates (often of a later update) are the doubt, not the words.
        day = None
    time = time_compatible(a, b)
    if day is False or time is False:
        return False
    if day is None and time is None:
        return None
    return True


def _month(value: str) -> int:
    return int(value) if value.isdigit() else MONTHS[value.lower().rstrip(".")]


def extract_dates(text: str, start: int, end: int, rules: Rules | None = None) -> list[DateMention]:
    """Date and timing mentions in ``text[start:end]``, offsets into ``text``."""
    rules = rules or Rules.default()
    found: list[DateMention] = []

    def add(mention: DateMention) -> None:
        for i, m in enumerate(found):
            if m.start < mention.end and mention.start < m.end:
                if m.kind in ("weekday", "deictic", "date") and mention.kind == "time":
                    found[i] = merge_time(m, mention)  # "Sunday" + "afternoon"
                return
        found.append(mention)

    span = text[start:end]
    named_month_days(span, start, rules, add)  # before "of April" alone is taken
    _absolute(span, start, text, add)
    month_days(span, start, rules, add)
    regnal_years(span, start, rules, add)
    days_of_the_month(span, start, add)
    times(span, start, text, rules, add)
    word_times(span, start, text, rules, add)
    for m in _WEEKDAY.finditer(span):
        s = start + m.start()
        part = m.group("part")
        minutes = part_span(part, rules) if part else None
        add(
            DateMention(
                s,
                start + m.end(),
                role_of(text, s),
                "weekday",
                m.group(),
                weekday=WEEKDAYS[m.group("wday").lower()],
                minutes=minutes,
            )
        )
    for m in _RELATIVE_RE.finditer(span):
        told = next((n for n in range(len(_RELATIVE)) if m.group(f"r{n}")), None)
        if told is not None:
            offset = _RELATIVE[told][1]
            shown = {0: "same day", -1: "day before", 1: "day after"}[offset]
        else:
            after = m.group("dir").lower() in ("after", "later")
            offset = _DAYS[m.group("n").lower()] * (1 if after else -1)
            shown = f"{abs(offset)} days {'after' if after else 'before'}"
        add(
            DateMention(
                start + m.start(), start + m.end(), "point", "relative", shown, offset=offset
            )
        )
    for m in _DEICTIC.finditer(span):
        word = " ".join(m.group("w").lower().split())
        offset = _DEICTIC_OFFSET.get(word, 0)
        part = (
            word.split()[-1]
            if word.startswith(("this", "last"))
            else ("night" if word == "tonight" else None)
        )
        minutes = part_span(part, rules) if part else None
        add(
            DateMention(
                start + m.start(),
                start + m.end(),
                "point",
                "deictic",
                m.group(),
                offset=offset,
                minutes=minutes,
            )
        )
    for m in _AGO.finditer(span):
        word = m.group("n").lower()
        single = 1 if word in ("a", "an") else 3
        n = int(word) if word.isdigit() else _SMALL.get(word, single)
        days = n * _AGO_DAYS[m.group("unit").lower()]
        add(
            DateMention(start + m.start(), start + m.end(), "point", "ago", m.group(), offset=-days)
        )
    for m in _PERIOD.finditer(span):
        if m.group("w"):
            days = _PERIOD_SIGN[m.group("w").lower()] * _PERIOD_DAYS[m.group("unit").lower()]
        else:
            days = _PERIOD_DAYS[m.group("unit2").lower()] // 3
            days = -days if m.group("w2").lower() == "earlier" else days
        add(
            DateMention(
                start + m.start(), start + m.end(), "point", "period", m.group(), offset=days
            )
        )
    parts_of_day(span, start, rules, found)
    found.sort(key=lambda d: d.start)
    return [_attribute(text, _tensed(text, start, m)) for m in _anchored(text, found)]


_ORIGIN = re.compile(  # a year that tells what a thing is, in a clause of its own
    r",\s+(?:(?:which|that)\s+(?:was\s+)?)?(?:founded|built|established|opened|erected|"
    r"completed|created|formed|set\s+up)\s+in\s+$",
    re.I,
)
_IN_OFFICE = re.compile(  # "Vandel, mayor from 2019 to 2031, was ...": what he is, an aside
    r"[A-Za-z],\s+(?:the\s+)?(?:former\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:from|since)\s+"
    r"(?:\d{4}\s*(?:to|until|-|–)\s*)?$"
)
_BASELINE = re.compile(  # "61 percent, up from 54 percent four years ago": the figure it
    # is compared with is dated, not the sentence
    r"\b(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+"
    r"[$€£]?[\d.,]+\s*(?:%|percent|per\s+cent|[a-z]+)?\s+(?:in\s+)?$",
    re.I,
)
_RECORD_SINCE = re.compile(  # a record the figure is measured against, not when it was told
    r"\b(?:highest|lowest|worst|best|biggest|largest|heaviest|deadliest|strongest|weakest|"
    r"most|least|first)\b[^.;]{0,40}\bsince\s+$",
    re.I,
)
_THE_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+$", re.I)
_NOUN_AFTER = re.compile(r",?\s+([a-z][a-z-]+)")


def _attribute(text: str, mention: DateMention) -> DateMention:
    """ "the March 11, 2005, incident", "the May 2 vote", "Sunday's game": a date that names
    another event, not when this sentence's verb happened."""
    if mention.display.endswith(("'s", "’s")):
        return replace(mention, role="attribute")
    if mention.kind == "year" and _ORIGIN.search(text[max(0, mention.start - 40) : mention.start]):
        return replace(mention, role="attribute")  # "the museum, founded in 1884,"
    if _BASELINE.search(text[max(0, mention.start - 50) : mention.start]):
        return replace(mention, role="attribute")  # "up from 54 percent four years ago"
    if mention.kind == "year" and _RECORD_SINCE.search(
        text[max(0, mention.start - 60) : mention.start]
    ):
        return replace(mention, role="attribute")  # "its highest level since 1998"
    if mention.kind == "year" and _IN_OFFICE.search(
        text[max(0, mention.start - 60) : mention.start]
    ):
        closing = text[mention.end : mention.end + 12].lstrip()
        if closing.startswith(",") or re.match(r"(?:to|until|-|–)\s*\d{4}\s*,", closing):
            return replace(mention, role="attribute")  # "Vandel, mayor from 2019 to 2031,"
    if mention.kind not in ("date", "month", "weekday") or not _THE_BEFORE.search(
        text[max(0, mention.start - 8) : mention.start]
    ):
        return mention
    after = _NOUN_AFTER.match(text, mention.end)
    if after is None:
        return mention
    word = after.group(1)
    if word in STOPWORDS or word.endswith(("ed", "ly", "ing")):
        return mention
    return replace(mention, role="attribute")


_OBJECT = re.compile(
    r"\s+(?:the|a|an|his|her|its|their|this|that|it|he|she|they|we)\b|\s+[A-Z]"
)  # ("three days after it was signed": a clause tells what the day is counted from)


_CLAUSE = re.compile(  # "a day after a fire killed ten": a clause with its own verb
    r"\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w'-]+\s+){1,3}?"
    r"(?:[a-z]+ed|struck|hit|broke|fell|began|rose|shook|swept|tore|blew|sank|went|came|took"
    r"|left|burnt|caught|ran|flew|drove|shot|stole|won|lost|spread|gave)\b"
)


def _anchored(text: str, found: list[DateMention]) -> list[DateMention]:
    """A relative day told after the one day a sentence names is counted from that day: in
    "on Monday, as the toll from the quake a day before rose", the quake was on Sunday. With an
    object ("a day after the quake") the phrase dates the named day instead, and is left."""
    anchors = [m for m in found if m.kind in ("weekday", "deictic", "date")]
    if len(anchors) != 1:
        return found
    a = anchors[0]
    out = []
    for m in found:
        clause = m.kind == "relative" and m.offset and _CLAUSE.match(text, m.end)
        if clause and m.start > a.end:  # "on Monday, a day after a fire killed ten": the
            m = replace(m, offset=-m.offset)  # fire's day is the day before Monday
        if (
            m.kind == "relative"
            and m.offset
            and m.start > a.end
            and (clause or not _OBJECT.match(text, m.end))
        ):
            shown = text[m.start : m.end]
            if a.kind == "weekday":
                m = replace(
                    a,
                    start=m.start,
                    end=m.end,
                    display=shown,
                    minutes=None,
                    weekday=(a.weekday + m.offset) % 7,
                )  # type: ignore[operator]
            elif a.kind == "deictic":
                m = replace(
                    a,
                    start=m.start,
                    end=m.end,
                    display=shown,
                    minutes=None,
                    offset=a.offset + m.offset,
                )  # type: ignore[operator]
            else:
                day = date(a.year or 2001, a.month, a.day) + timedelta(days=m.offset)  # type: ignore[arg-type]
                m = replace(
                    a,
                    start=m.start,
                    end=m.end,
                    display=shown,
                    minutes=None,
                    year=day.year if a.year else None,
                    month=day.month,
                    day=day.day,
                )
        out.append(m)
    return out


# "next" and "upcoming" in lower case only: "The Next Doctor" (a name) says nothing of tense.
_FUTURE = re.compile(
    r"\b(?:will|shall|'ll|’ll|is\s+(?:expected|due|set|scheduled|going)\s+to|are\s+(?:expected|due|set|scheduled|going)\s+to"
    r"|(?:plans?|hopes?|aims?|intends?)\s+to|to\s+be\s+(?:held|voted)|scheduled|(?-i:next(?!\s+(?:year|month|week|season|decade|term|spring|summer|autumn"
    r"|winter|fiscal|financial)\b)|upcoming)"
    r"|(?:takes?|comes?\s+into|goes?\s+into)\s+(?:effect|force))\b",
    re.I,
)


def _tensed(text: str, start: int, mention: DateMention) -> DateMention:
    """A date in a sentence told in the future names a plan; a weekday there, the coming day."""
    head = text[max(start, mention.start - 80) : mention.start]
    cues = list(_FUTURE.finditer(head))
    if not cues:
        return mention
    for m in _PAST_CLAUSE.finditer(head, cues[-1].end()):
        if m.group("aux") is None:
            return mention  # "will fall under the agreement signed in Vienna on Friday": the
            # date is the signing's, told in the past
    return replace(mention, future=True)


_PAST_CLAUSE = re.compile(  # a participle of a clause of its own before the date ("the red
    # card shown to Teska in Saturday's defeat")
    r"(?:\b(?P<aux>be|been|being|to)\s+)?\b(?!(?:when|then|even|often|seven|eleven)\b)"
    r"[a-z]+(?:ed|wn)\s+(?:in|at|on|by|to)\b"
)


def _absolute(span: str, start: int, text: str, add) -> None:
    digits = _DIGIT.search(span) is not None  # (days and years are told in figures)
    for pattern in (_ISO, _DMY, _MDY) if digits else ():
        for m in pattern.finditer(span):
            if m.group("month")[:1].islower() and m.group("month").lower() == "may":
                continue  # the verb, not the month
            s, e = start + m.start(), start + m.end()
            wday = m.groupdict().get("wday")
            try:
                mention = DateMention(
                    s,
                    e,
                    role_of(text, s),
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
                mention = replace(mention, end=e - 1, display=mention.display[:-1])
            if 1 <= (mention.day or 0) <= 31:
                add(mention)
    for m in _YEAR_END.finditer(span):
        s = start + m.start()
        add(DateMention(s, start + m.end(), role_of(text, s), "year_end", "end of the year"))
    for m in _MONTH_ONLY.finditer(span):
        if m.group("month").lower() in _SHORT_MONTHS and not m.group("month")[:1].isupper():
            continue  # "may" the verb, "mar" and "dec" as words
        s = start + m.start("month")
        year = int(m.group("year")) if m.group("year") else None
        relative = {"last": -1, "this": 0, "next": 1}.get((m.group("rel") or "").lower())
        shown = m.group()[m.start("month") - m.start() :]
        role = role_of(text, start + m.start() + len(m.group().split()[0]))
        month = _month(m.group("month"))
        add(
            DateMention(
                s, start + m.end(), role, "month", shown, year=year, month=month, offset=relative
            )
        )
    for m in _OLD_YEAR.finditer(span) if digits and _OLD_YEAR_HINT.search(span) else ():
        group = "year" if m.group("year") else "year2" if m.group("year2") else "year3"
        s = start + m.start(group)
        year = int(m.group(group))
        if 1 <= year <= 2100:
            add(DateMention(s, start + m.end(), "point", "year", m.group(group), year=year))
    for m in _YEAR_RANGE.finditer(span) if digits else ():  # "built between 2018 and 2021",
        for group, role in (("y1", "start"), ("y2", "end")):  # "the 2017 to 2021 model years"
            year = int(m.group(group))
            add(DateMention(start + m.start(group), start + m.end(group), role, "year",
                            m.group(group), year=year))  # fmt: skip
    for m in _YEAR_BEFORE_NOUN.finditer(span) if digits else ():
        add(DateMention(start + m.start("year"), start + m.end("year"), "point", "year",
                        m.group("year"), year=int(m.group("year"))))  # fmt: skip
    for m in _YEAR_ONLY.finditer(span) if digits else ():
        s = start + m.start("year")
        add(
            DateMention(
                s,
                start + m.end(),
                role_of(text, start + m.start() + 3),
                "year",
                m.group("year"),
                year=int(m.group("year")),
            )
        )


def describe(mention: DateMention, reference: date | None) -> str:
    """How a mention reads in a summary: "1 June", "30 May 2013", "day before", "2:09 a.m."."""
    key = mention.resolve(reference)
    if key and key[0] == "day" and mention.kind in ("date", "year_end", "weekday", "deictic"):
        day = key[1]
        text = f"{day.day} {day.strftime('%B')}" + (f" {day.year}" if mention.year else "")
        if mention.kind in ("weekday", "deictic"):
            text = f"{mention.display} ({text})"
        return text
    return mention.display


_DATELINE_WORDS = frozenset(
    """published posted updated last update updated: on at by am pm a.m. p.m. gmt utc bst est
    edt et ist hrs local time first""".split()
)


def is_dateline(text: str, rules: Rules | None = None) -> bool:
    """Whether a line is only a date or time ("Posted 11/27/2005 7:21 AM", "Tuesday, July 2nd,
    2013", "PUBLISHED: WEDNESDAY, MARCH 13, 2013, 2:29 PM"): a dateline, not a claim."""
    if len(text) >= 120:
        return False  # (a sentence, whatever dates it gives)
    mentions = extract_dates(text, 0, len(text), rules)
    stripped = text
    for m in sorted(mentions, key=lambda m: -m.start):
        stripped = stripped[: m.start] + " " + stripped[m.end :]
    words = [w.strip(".,:;|()").lower() for w in stripped.split()]
    words = [w for w in words if w and any(c.isalpha() for c in w)]
    rest = [w for w in words if w not in _DATELINE_WORDS and w not in WEEKDAYS and w not in MONTHS]
    has_date = bool(mentions) or any(ch.isdigit() for ch in text)
    return has_date and len(rest) <= 1
