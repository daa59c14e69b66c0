"""Times of day: clock times ("9.25 a.m.", "1353 (1023 GMT)", "at 9:25 hours"), ordinal hours
("the sixth hour") and parts of the day ("early Sunday afternoon", "at dawn")."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.core.facts.lexicon import WEEKDAYS
from reader.core.facts.moments import DateMention, clock_span, role_of
from reader.core.rules import Rules

_CLOCK = re.compile(
    r"\b(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ampm>a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b|a\b|p\b)",
    re.I,
)
_CLOCK_24 = re.compile(
    r"(?<![:.])\b(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?![:.]\d)"  # (not "2:00:52")
    r"(?:\s*(?P<zone>hours|hrs|gmt|utc|bst|ist|local time))?\b"
    r"|\b(?P<h2>[01]\d|2[0-3])(?P<m2>[0-5]\d)\s*(?P<zone2>hours|hrs|gmt|utc|bst|ist)\b"
    r"|\bat\s+(?P<h3>[01]\d|2[0-3])(?P<m3>[0-5]\d)\b(?!\s*(?:[a-z]))",
    re.I,
)
_ORDINAL_HOUR = re.compile(
    r"\b(?:the\s+|about\s+the\s+)(?P<n>first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth|eleventh|twelfth)\s+hour\b",
    re.I,
)
_ORDINALS = {
    w: i + 1
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
    )
}

_CLOSE = frozenset({"shortly", "just", "soon", "right", "immediately"})  # "shortly before dawn"


def part_span(word: str, rules: Rules) -> tuple[int, int] | None:
    span = rules.parts_of_day.get(word.lower())
    if span is None:
        return None
    lo, hi = span
    return lo * 60, min(hi, 24) * 60


def times(span: str, start: int, text: str, rules: Rules, add) -> None:
    for m in _CLOCK.finditer(span):
        ampm = m.group("ampm").lower().replace(" ", "")
        if ampm in ("a", "p") and span[m.end() : m.end() + 1] != ".":
            continue  # "7 a" is not a time unless written "7 a.m."
        hour = int(m.group("h"))
        if hour > 12 or (m.group("m") and int(m.group("m")) > 59):
            continue
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
        minutes = hour * 60 + int(m.group("m") or 0)
        s = start + m.start()
        shown = " ".join(m.group().split())
        span_of, rough = clock_span(text, s, minutes)
        add(
            DateMention(
                s,
                start + m.end(),
                role_of(text, s),
                "time",
                shown,
                minutes=span_of,
                approximate=rough,
                zone=_zone(span, m.end(), rules),
            )
        )
    for m in _CLOCK_24.finditer(span):
        if _GAME_CLOCK.match(span, m.end()):
            continue  # "with 9:07 to play": a game clock, not a time of day
        hour = m.group("h") or m.group("h2") or m.group("h3")
        minute = m.group("m") or m.group("m2") or m.group("m3")
        zone = (m.group("zone") or m.group("zone2") or "").lower()
        if (
            m.group("h")
            and not zone
            and "." in m.group()
            and not re.search(r"\bat\s*$", span[: m.start()])
        ):
            continue  # "6.1" is a number; "at 9.25" or "9.25 hours" is a time
        minutes = int(hour) * 60 + int(minute)
        s = start + m.start()
        span_of, rough = clock_span(text, s, minutes)
        add(
            DateMention(
                s,
                start + m.end(),
                role_of(text, s),
                "time",
                " ".join(m.group().split()),
                minutes=span_of,
                approximate=rough,
                zone=_offset(zone, rules),
            )
        )
    for m in _ORDINAL_HOUR.finditer(span):
        s = start + m.start()
        add(
            DateMention(
                s,
                start + m.end(),
                "point",
                "hour",
                m.group(),
                hour=_ORDINALS[m.group("n").lower()],
                approximate="about" in m.group().lower(),
            )
        )


_ZONE_AFTER = re.compile(r"\s*\(?\s*([a-z]{1,5})\b")
_GAME_CLOCK = re.compile(r"\s+(?:to\s+play|to\s+go|remaining|left)\b", re.I)


def _zone(span: str, end: int, rules: Rules) -> str | None:
    """The time zone written after a time ("4:30 p.m. ET", "10:00 am (0800 GMT)")."""
    m = _ZONE_AFTER.match(span[end : end + 12].lower())
    return _offset(m.group(1), rules) if m else None


def _offset(zone: str, rules: Rules) -> str | None:
    """A zone as minutes ahead of UTC, in text ("0", "-480"); None for local time."""
    minutes = rules.zone_offsets.get(zone.lower())
    return None if minutes is None else str(minutes)


_SPENT = re.compile(r"\b(?:spen[dt]|spending|spends|through|throughout|all)\s+(?:the\s+)?$", re.I)
_DAY_NAME = re.compile(r"monday|tuesday|wednesday|thursday|friday|saturday|sunday", re.I)


def parts_of_day(span: str, start: int, rules: Rules, found: list[DateMention]) -> None:
    """ "early Sunday afternoon", "in the early hours", "at dawn": spans of the day, merged
    into a weekday or date next to them."""
    words = sorted(rules.parts_of_day, key=len, reverse=True)
    pattern = re.compile(
        r"\b(?:early\s+|late\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)?(?P<p>"
        + "|".join(re.escape(w) for w in words)
        + r")\b",
        re.I,
    )
    previous_end = -10
    for m in pattern.finditer(span):
        s, e = start + m.start(), start + m.end()
        if any(d.start <= s and e <= d.end for d in found):
            continue
        before = span[: m.start("p")].split()
        named = bool(before) and before[-1][:1].isupper() and before[-1][-1:].isalpha()
        if m.group("p")[:1].isupper() and named:
            continue  # "the militant group Red Dawn": part of a name, not the hour
        if span[previous_end - start : s - start].strip().lower() == "of the":
            continue  # "the early hours of the morning": one span
        if _SPENT.search(span[max(0, m.start() - 24) : m.start()]) and not _DAY_NAME.search(
            m.group()
        ):
            continue  # "after spending the night on the mountain": how long, not when
        previous_end = e
        overlapping = [d for d in found if d.start < e and s < d.end]
        for d in overlapping:
            found.remove(d)  # "Sunday afternoon" inside "early Sunday afternoon"
        part = m.group("p").lower()
        lead = m.group().lower().split()[0]
        if lead in ("early", "late") and f"{lead} {part}" in rules.parts_of_day:
            part = f"{lead} {part}"
        lo, hi = rules.parts_of_day[part]
        if lead == "early" and part in ("morning", "afternoon", "evening"):
            hi = lo + max(1, (hi - lo) // 2)
        elif lead == "late" and part in ("morning", "afternoon", "evening", "night"):
            lo = lo + (hi - lo) // 2
        words = [w.lower() for w in before[-2:]]
        if words[-1:] == ["before"] and words[0] not in _CLOSE and hi - lo <= 4:
            lo = max(0, lo - 6)  # "before dawn": any time of the night up to it
        minutes = (lo * 60, min(hi, 24) * 60) if hi <= 24 else (lo * 60, 24 * 60)
        wday = _DAY_NAME.search(m.group())
        near = next(
            (
                d
                for d in found
                if d.kind in ("weekday", "deictic", "date")
                and (0 <= s - d.end <= 3 or 0 <= d.start - e <= 3)
            ),
            None,
        )
        if near is not None:
            found[found.index(near)] = replace(
                near,
                start=min(near.start, s),
                end=max(near.end, e),
                minutes=near.minutes or minutes,
                display=span[min(near.start, s) - start : max(near.end, e) - start],
            )
            continue
        kind = "weekday" if wday else "time"
        rough = True
        if minutes[0] == minutes[1]:  # "shortly before noon": the half hour before it
            minutes, rough = clock_span(span, s - start, minutes[0])
            rough = rough or minutes[0] == minutes[1]
        found.append(
            DateMention(
                s,
                e,
                "start" if role_of(span, s - start) == "start" else "point",  # ("since the
                # afternoon": a start; "until noon" stays the moment it is compared as)
                kind,
                m.group(),
                weekday=WEEKDAYS[wday.group().lower()] if wday else None,
                minutes=minutes,
                approximate=rough,
            )
        )


def merge_time(day: DateMention, time: DateMention) -> DateMention:
    return replace(day, minutes=time.minutes, approximate=time.approximate, zone=time.zone)
