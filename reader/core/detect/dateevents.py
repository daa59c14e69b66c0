"""What event a date mention is of, from the words before it in its sentence: another event
than the story's ("A second explosion took place on Thursday"), or the start of one ("The
fire started on Sunday")."""

from __future__ import annotations

import re

from reader.core.detect.base import Context
from reader.core.detect.dateskip import Item
from reader.core.language import lemma

_ANOTHER = re.compile(r"\b(?:second|third|another|fresh|further)\s+(\w+)(?:\s+(\w+))?")
_STARTED = re.compile(r"\b(?:started|began|begun|commenced)\s+(?:on|in|at)?\s*$", re.I)


def another_event(ctx: Context, item: Item) -> str:
    """ "a second explosion", "another deadly blast" before the date in its sentence: the
    event's canonical noun (rules ``event_nouns_dated``), or ""."""
    text = ctx.text(item.doc)[item.unit.start : item.m.start].lower()
    nouns = ctx.rules.counting.get("event_nouns_dated", ())
    for m in _ANOTHER.finditer(text):
        for word in (m.group(1), m.group(2) or ""):
            if lemma(word) in nouns:
                return ctx.rules.canonical(lemma(word))
    return ""


def started_before(ctx: Context, item: Item) -> bool:
    """A verb of starting right before the date ("started on", "began in")."""
    text = ctx.text(item.doc)[max(0, item.m.start - 16) : item.m.start]
    return bool(_STARTED.search(text))
