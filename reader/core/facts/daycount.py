"""Days counted in a month: "on the seventh day of the month", "in the five and twentieth day
of the twelfth month", "the twenty-first day of the month" (as in chronicles and annals, where
a month is told by its number, not its name)."""

from __future__ import annotations

import re

from reader.core.facts.moments import DateMention
from reader.core.rules import Rules

_PATTERNS: dict[int, re.Pattern[str]] = {}


def _pattern(rules: Rules) -> re.Pattern[str]:
    found = _PATTERNS.get(id(rules))
    if found is None:
        ordinals = "|".join(sorted(rules.numbers("ordinals"), key=len, reverse=True))
        units = "|".join(w for w, v in rules.numbers("units").items() if 1 <= v <= 9)
        tens = "|".join(rules.numbers("tens"))
        ordinal = rf"(?:(?:{units})\s+and\s+)?(?:(?:{tens})[-\s])?(?:{ordinals})"
        found = _PATTERNS[id(rules)] = re.compile(
            rf"\b(?:(?:in|on)\s+the\s+(?P<m1>{ordinal})\s+month,?\s+)?"
            rf"(?:in|on|upon)\s+the\s+(?P<d>{ordinal})\s+day\s+of\s+the\s+"
            rf"(?:(?P<m2>{ordinal})\s+)?month\b",
            re.I,
        )
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
    for m in _pattern(rules).finditer(span):
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
