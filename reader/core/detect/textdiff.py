"""Typed word differences inside aligned passages that tell mostly the same words.

Versions of one text, parallel narratives and wire copy edited by two outlets differ in a few
words. Every changed chunk of such a pair is typed by what it holds: a number, number word,
numeral adverb ("twice") or its absence -> quantity; a date, weekday, clock time or ordinal
hour -> date; a different proper name that is not a spelling variant -> name; a negation
added or removed -> polarity. So a difference that no extractor pattern anticipated still
shows, typed as best it can be. Quoted words and loaded terms are left to their detectors.
"""

from __future__ import annotations

import re

from reader.core.align import Unit
from reader.core.detect.base import Context, Finding, Mention, merge, short, summary_line
from reader.core.diffing import diff_words
from reader.core.facts.claims import Name
from reader.core.facts.dates import extract_dates
from reader.core.facts.numbers import number_reader, rich_tokens
from reader.core.kinds import Kind, Severity
from reader.core.language import same_name

_DATE_HINT = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun"
    r"|yesterday|today|tomorrow|tonight|day|week|month|year|hour|morning|afternoon|evening|night"
    r"|noon|midnight|dawn|dusk)",
    re.I,
)
NEAR_SAME = 0.7  # share of unchanged characters from which two passages are mostly the same
MAX_CHUNK = 6  # words: longer rewrites are not one changed fact


def _numbers(ctx: Context, text: str, start: int, end: int) -> list[float]:
    reader = number_reader(ctx.rules)
    return [n.value for n in reader.read(rich_tokens(text, start, end))]


def _negated(ctx: Context, text: str, start: int, end: int) -> bool:
    words = text[start:end].lower().split()
    joined = f" {' '.join(words)} "
    return any(f" {cue} " in joined for cue in ctx.rules.negation_cues) or any(
        w.endswith(("n't", "n’t")) for w in words
    )


def _proper(found: tuple[Name, ...], start: int, end: int) -> list[str]:
    """The names of a passage inside a changed chunk."""
    return [n.text for n in found if n.start >= start - 1 and n.end <= end + 1]


def _typed(
    ctx: Context, ua: Unit, a0: int, a1: int, ub: Unit, b0: int, b1: int
) -> tuple[Kind, str, str, str] | None:
    """(kind, topic word, value a, value b) for one changed chunk, or None if untyped."""
    ta, tb = ctx.text(ua.doc), ctx.text(ub.doc)
    wa, wb = ta[a0:a1].strip(), tb[b0:b1].strip()
    if len(wa.split()) > MAX_CHUNK or len(wb.split()) > MAX_CHUNK:
        return None
    na, nb = _numbers(ctx, ta, a0, a1), _numbers(ctx, tb, b0, b1)
    if na and nb and na != nb:
        return Kind.QUANTITY, "number", wa, wb
    if (na and not wb) or (nb and not wa):  # "crow twice" / "crow": a numeral adverb only
        adverbs = ctx.rules.numbers("numeral_adverbs")
        word = (wa or wb).lower().strip(".,")
        if word in adverbs:
            return Kind.QUANTITY, "number", wa or "none", wb or "none"
        return None
    if not (_DATE_HINT.search(wa) or _DATE_HINT.search(wb)):
        da = db = []
    else:
        da, db = extract_dates(ta, a0, a1, ctx.rules), extract_dates(tb, b0, b1, ctx.rules)
    if da and db and [d.display.lower() for d in da] != [d.display.lower() for d in db]:
        return Kind.DATE, "date", wa, wb
    pa, pb = _proper(ctx.facts.names(ua), a0, a1), _proper(ctx.facts.names(ub), b0, b1)
    mostly = all(len(" ".join(p).split()) * 2 >= len(w.split()) for p, w in ((pa, wa), (pb, wb)))
    if pa and pb and mostly and not any(same_name(x, y) for x in pa for y in pb):
        return Kind.NAME, "name", wa, wb
    if _negated(ctx, ta, a0, a1) != _negated(ctx, tb, b0, b1) and (wa or wb):
        return Kind.POLARITY, "affirmed or denied", wa or "—", wb or "—"
    return None


def textdiff_findings(ctx: Context) -> list[Finding]:
    """Typed changes inside aligned passages that are mostly the same words."""
    out = []
    for ua, ub, gi in ctx.pairs():
        if ctx.alignment.similarity(ua, ub) < 0.3:
            continue
        ta, tb = ctx.text(ua.doc), ctx.text(ub.doc)
        if ctx.facts.is_dateline(ua) or ctx.facts.is_dateline(ub):
            continue
        edits = diff_words(ta, ua.start, ua.end, tb, ub.start, ub.end, _fold_word)
        same = sum(e.a_end - e.a_start for e in edits if e.op == "equal")
        if 2 * same < NEAR_SAME * ((ua.end - ua.start) + (ub.end - ub.start)):
            continue
        quoted_a = [(q.start, q.end) for q in ctx.facts.quotes(ua)]
        for e in edits:
            if e.op == "equal":
                continue
            if any(s <= e.a_start < t for s, t in quoted_a):
                continue
            typed = _typed(ctx, ua, e.a_start, e.a_end, ub, e.b_start, e.b_end)
            if typed is None:
                continue
            kind, what, va, vb = typed
            where = short(ta[ua.start : ua.end], 5)
            topic = f"{what} in “{where}”"
            a_span = (e.a_start, e.a_end) if e.a_end > e.a_start else _anchor(ta, e.a_start)
            b_span = (e.b_start, e.b_end) if e.b_end > e.b_start else _anchor(tb, e.b_start)
            out.append(
                Finding(
                    kind,
                    topic,
                    summary_line(topic, (va, vb)),
                    [Mention(ua.doc, *a_span, va), Mention(ub.doc, *b_span, vb)],
                    "aligned passages differ in this word",
                    Severity.CONFLICT,
                    gi,
                )
            )
    return merge(out)


_TYPOGRAPHY = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


def _fold_word(token: str) -> str:
    return token.casefold().translate(_TYPOGRAPHY)


def _anchor(text: str, pos: int) -> tuple[int, int]:
    """Where nothing stands on one side, the word before the gap marks the place."""
    start = pos
    while start > 0 and text[start - 1] == " ":
        start -= 1
    end = start
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return (start, end) if end > start else (pos, min(len(text), pos + 1))
