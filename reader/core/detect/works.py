"""The year of a named work: "the 2005 film The Notorious Bettie Page" / "in 2006 a movie, The
Notorious Bettie Page" / "Secret Man" (2006). Two accounts that date one title differently
disagree on a date, wherever in them the title is told.

A work is a noun of the rules' ``work_nouns`` (film, book, album...) with a year beside it and
its title after it: in quotation marks, or a run of capitalised words. Titles are compared
folded, and one may be the start of the other ("Secret Man" / "Secret Man: The Story of
Watergate's Deep Throat").
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from typing import NamedTuple

from reader.core.detect.base import Context, Finding, Mention, summary_line
from reader.core.kinds import Kind, Severity

TITLE_REACH = 120  # characters after the work noun in which its title may begin
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_SMALL = frozenset("of the a an and in on to for at with from by or".split())


class Work(NamedTuple):
    doc: int
    title: str
    key: str  # the title folded
    year: int
    start: int  # the year's span
    end: int


@cache
def _patterns(nouns: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    noun = r"(?P<noun>" + "|".join(re.escape(n) for n in nouns) + r")s?"
    return (
        # "the 2005 film", "the 2006 HBO movie", "his 2006 expose"
        re.compile(
            rf"\b(?:the|a|an|his|her|its|their|this)\s+{_YEAR}\s+(?:[\w-]+\s+){{0,2}}?{noun}\b",
            re.I,
        ),
        re.compile(rf"\bin\s+{_YEAR}\s*,?\s+(?:a|an|the)\s+{noun}\b", re.I),  # "in 2006 a movie"
        re.compile(rf"\b{noun}\s+in\s+{_YEAR}\b", re.I),  # "a film in 2005"
    )


_QUOTED = re.compile(r"[\"“]([^\"“”\n]{2,80}?)[,.]?[\"”]|[‘']([^‘\n]{2,80}?)[,.]?[’'](?!\w)")
_TITLED_YEAR = re.compile(rf"[\"“]([^\"“”\n]{{2,80}}?)[,.]?[\"”]\s*\({_YEAR}\)")  # "X" (2006)


def _title_after(text: str, at: int) -> str | None:
    """The title told right after a work noun: quoted, or capitalised words."""
    rest = text[at : at + TITLE_REACH]
    lead = re.match(r"[\s,:—–-]*", rest)
    rest = rest[lead.end() if lead else 0 :]
    quoted = _QUOTED.match(rest)
    if quoted:
        return (quoted.group(1) or quoted.group(2)).strip()
    words = []
    for word in re.findall(r"[\w'’]+|[^\w\s]", rest):
        if word[0].isupper() or word[0].isdigit() or (word.lower() in _SMALL and words):
            words.append(word)
        else:
            break
    while words and not (words[-1][0].isupper() or words[-1][0].isdigit()):
        words.pop()
    return " ".join(words) if len(words) >= 2 else None


def _fold(title: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", title.lower().replace("’", "'")))


def _works(ctx: Context, doc: int) -> list[Work]:
    text = ctx.text(doc)
    nouns = tuple(ctx.rules.counting.get("work_nouns", ()))
    found: dict[tuple[int, int], Work] = {}
    if not nouns:
        return []
    for pattern in _patterns(nouns):
        for m in pattern.finditer(text):
            title = _title_after(text, m.end())
            if title and title.split()[0].lower() not in _SMALL - {"the", "a", "an"}:
                span = m.span("year")
                found[span] = Work(doc, title, _fold(title), int(m.group("year")), *span)
    for m in _TITLED_YEAR.finditer(text):
        span = m.span("year")
        title = m.group(1)
        found.setdefault(span, Work(doc, title, _fold(title), int(m.group("year")), *span))
    return list(found.values())


def _same_title(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return len(short.split()) >= 2 and (long == short or long.startswith(short + " "))


def works_findings(ctx: Context) -> list[Finding]:
    """The same titled work dated to different years."""
    works = [w for d in ctx.docs for w in _works(ctx, d)]
    groups: list[list[Work]] = []
    for w in works:
        for group in groups:
            if any(_same_title(w.key, o.key) for o in group):
                group.append(w)
                break
        else:
            groups.append([w])
    out = []
    for group in groups:
        years: dict[int, set[int]] = defaultdict(set)
        for w in group:
            years[w.doc].add(w.year)
        told = {next(iter(ys)) for ys in years.values() if len(ys) == 1}
        if len(years) < 2 or len(told) < 2:
            continue  # one account, one year, or an account that gives both
        title = max((w.title for w in group), key=len)
        mentions = []
        for d in sorted(years):
            if len(years[d]) == 1:
                w = next(w for w in group if w.doc == d)
                mentions.append(Mention(d, w.start, w.end, str(w.year)))
        topic = f"year of {title}"
        out.append(
            Finding(
                Kind.DATE,
                topic,
                summary_line(topic, (m.value for m in mentions)),
                mentions,
                "the same work is dated to different years",
                Severity.CONFLICT,
            )
        )
    return out
