"""Clock times told in words, as witnesses and older narratives tell them: "ten o'clock",
"half past ten", "a quarter to nine", "twenty minutes to twelve", "five o'clock in the
afternoon". Without "in the morning", "at night" or the like, such a time may be either half
of the day, and is compared as such (``DateMention.half_day``)."""

from __future__ import annotations

import re

from reader.core.facts.moments import DateMention, approximate_at, role_of

_HOURS = {
    w: i + 1
    for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split())
}
_MINUTES = {"five": 5, "ten": 10, "twenty": 20, "twenty-five": 25, "twenty five": 25}
_HOUR = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])"
_MINUTE = r"(?:twenty[- ]five|twenty|ten|five|[1-5]?\d)"
_WORD_CLOCK = re.compile(
    rf"\b(?P<h>{_HOUR})\s+o['’]?\s?clock\b"
    rf"|\b(?:(?P<half>half)\s+past|(?:a\s+)?(?P<quarter>quarter)\s+(?P<qdir>past|to)"
    rf"|(?P<min>{_MINUTE})\s+(?:minutes\s+)?(?P<dir>past|to))\s+(?P<h2>{_HOUR})\b",
    re.I,
)
_MORNING = re.compile(r"^\s*(?:in\s+the\s+morning|a\.?\s?m\b\.?)", re.I)
_AFTERNOON = re.compile(
    r"^\s*(?:in\s+the\s+(?:afternoon|evening)|at\s+night|(?:that|this|the)\s+night"
    r"|p\.?\s?m\b\.?)",
    re.I,
)


def _number(word: str) -> int:
    word = word.lower().replace("-", " ")
    if word.isdigit():
        return int(word)
    return _HOURS.get(word) or _MINUTES.get(word, 0)


def word_times(span: str, start: int, text: str, add) -> None:
    """Add a time for each clock time in words in ``span`` (offsets from ``start``)."""
    for m in _WORD_CLOCK.finditer(span):
        hour = _number(m.group("h") or m.group("h2"))
        if not 1 <= hour <= 12:
            continue
        minute = 0
        if m.group("half"):
            minute = 30
        elif m.group("quarter"):
            minute = 15 if m.group("qdir").lower() == "past" else -15
        elif m.group("min"):
            minute = _number(m.group("min"))
            minute = minute if m.group("dir").lower() == "past" else -minute
            if not 0 < abs(minute) < 60:
                continue
        after = span[m.end() : m.end() + 25]
        told = _AFTERNOON.match(after) or _MORNING.match(after)
        pm, am = bool(_AFTERNOON.match(after)), bool(_MORNING.match(after))
        end = m.end() + (told.end() if told else 0)  # "… in the morning" is part of it
        minutes = ((hour % 12) * 60 + minute) % 720 + (720 if pm else 0)  # "to twelve at night"
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
                half_day=not (am or pm),
            )
        )
