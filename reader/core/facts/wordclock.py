"""Clock times told in words, as witnesses and older narratives tell them: "ten o'clock",
"half past ten", "a quarter to nine", "twenty minutes to twelve", "five o'clock in the
afternoon". Without "in the morning", "at night" or the like, such a time may be either half
of the day, and is compared as such (``DateMention.half_day``)."""

from __future__ import annotations

import re

from reader.core.facts.moments import DateMention, approximate_at, role_of
from reader.core.rules import Rules

_HOUR = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])"
_MINUTE = r"(?:twenty[- ]five|twenty|ten|five|[1-5]?\d)"
_WORD_CLOCK = re.compile(
    rf"\b(?P<h>{_HOUR})\s+o['’]?\s?clock\b"
    rf"|\b(?:(?P<half>half)[\s-]+past|(?:a\s+)?(?P<quarter>quarter)[\s-]+(?P<qdir>past|to|before|after)"
    rf"|(?P<min>{_MINUTE})\s+(?:minutes\s+)?(?P<dir>past|to|before|after))[\s-]+(?P<h2>{_HOUR})\b"
    r"(?:\s+o['’]?\s?clock\b)?",  # "half-past eight o'clock"
    re.I,
)
_MORNING = re.compile(r"^\s*(?:in\s+the\s+morning|a\.?\s?m\b\.?)", re.I)
_AFTERNOON = re.compile(
    r"^\s*(?:in\s+the\s+(?:afternoon|evening)|at\s+night|(?:that|this|the)\s+night"
    r"|p\.?\s?m\b\.?)",
    re.I,
)


_PAST = ("past", "after")  # "a quarter before one": to; "ten minutes after six": past


def _number(word: str, rules: Rules) -> int:
    """ "ten" -> 10, "twenty-five" -> 25, "11" -> 11, from the rules' number words."""
    if word.isdigit():
        return int(word)
    values = {**rules.numbers("units"), **rules.numbers("tens")}
    return int(sum(values.get(w, 0) for w in re.split(r"[-\s]+", word.lower())))


def word_times(span: str, start: int, text: str, rules: Rules, add) -> None:
    """Add a time for each clock time in words in ``span`` (offsets from ``start``)."""
    for m in _WORD_CLOCK.finditer(span):
        hour = _number(m.group("h") or m.group("h2"), rules)
        if not 1 <= hour <= 12:
            continue
        minute = 0
        if m.group("half"):
            minute = 30
        elif m.group("quarter"):
            minute = 15 if m.group("qdir").lower() in _PAST else -15
        elif m.group("min"):
            minute = _number(m.group("min"), rules)
            minute = minute if m.group("dir").lower() in _PAST else -minute
            if not 0 < abs(minute) < 60:
                continue
        after = span[m.end() : m.end() + 25]
        evening, morning = _AFTERNOON.match(after), _MORNING.match(after)
        told = evening or morning
        end = m.end() + (told.end() if told else 0)  # "… in the morning" is part of it
        minutes = ((hour % 12) * 60 + minute) % 720 + (
            720 if evening else 0
        )  # "to twelve at night"
        s = start + m.start()
        add(
            DateMention(
                s,
                start + end,
                role_of(text, s),
                "time",
                " ".join(span[m.start() : end].split()),
                minutes=(minutes, minutes),
                approximate=approximate_at(text, s),
                half_day=told is None,
            )
        )
