"""Date disagreements: the same event dated or timed differently, across the whole set.

Each date mention is read against its account's publication date ("yesterday", "on Friday")
and paired with mentions of other accounts that have the same role (a start, an end, a
moment) and whose surroundings tell the same event (the words around the date and the whole
sentences). Agreeing pairs are matched first, one to one; what is left and cannot be the same
moment is a disagreement. Lines that are only a date (datelines, "Updated ...") are skipped.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from reader.core.align import Unit
from reader.core.detect.base import Context, Finding, Mention, summary_line
from reader.core.facts.dates import DateMention, compatible, describe, same_words
from reader.core.facts.lexicon import STOPWORDS
from reader.core.facts.numbers import rich_tokens
from reader.core.kinds import Kind, Severity
from reader.core.language import lemma
from reader.core.passages import Feature, FeatureKind, unit_features

EVENT_REACH = 45  # characters either side of a date that say what happened then
SAME_EVENT = 0.3  # how alike the surroundings of two dates must be to date one event
SAME_DATE = 0.15
YEAR_EVENT = 0.5
AGREEMENT_BONUS = 0.05
ONLY_ONE = 0.1  # between two pairings about as good, prefer the one that agrees


@dataclass(frozen=True)
class _Item:
    doc: int
    unit: Unit
    m: DateMention


def _dateline(ctx: Context, item: _Item) -> bool:
    """A unit that is little more than a date: a dateline or "Updated ..." line."""
    text = ctx.text(item.doc)
    rest = (text[item.unit.start : item.m.start] + " " + text[item.m.end : item.unit.end]).split()
    return len([w for w in rest if any(c.isalpha() for c in w)]) <= 4


def _published(ctx: Context, item: _Item) -> bool:
    """ "posted in Hit and Run Accidents on Friday, September 20, 2013": the page's date."""
    text = ctx.text(item.doc)
    before = text[max(item.unit.start, item.m.start - 60) : item.m.start].lower()
    return any(f"{cue} " in before or before.startswith(cue) for cue in ctx.rules.publication_cues)


def _quoted(ctx: Context, item: _Item) -> bool:
    """A date inside a quotation is the speaker's "today", not the account's."""
    return any(q.start <= item.m.start < q.end for q in ctx.facts.quotes(item.unit))


def _of_a_statement(ctx: Context, item: _Item) -> bool:
    """ "police said Tuesday", "On Saturday, the coach indicated": the day of a statement,
    which accounts written on different days naturally give differently."""
    text = ctx.text(item.doc)
    before = text[max(item.unit.start, item.m.start - 50) : item.m.start].lower().split()[-4:]
    after = text[item.m.end : min(item.unit.end, item.m.end + 70)].lower().split()[:7]
    verbs = ctx.rules.speech_verbs
    return any(w.strip(".,") in verbs for w in before + after)


def _recency(item: _Item, refs: dict) -> str:
    """ "news" for a day within a week of publication, "past" for older background (a quake
    "on April 20" is not the one "on Tuesday"), "?" when unknown."""
    ref = refs.get(item.doc)
    key = item.m.resolve(ref)
    if ref is None or key is None or key[0] != "day":
        if key is not None and key[0] in ("year", "month") and ref is not None:
            year = key[1]
            if year is None and key[0] == "month":  # "in February" told in November
                return "?" if (ref.month - key[2]) % 12 <= 1 else "past"
            return "past" if year is not None and year < ref.year else "?"
        return "?"
    return "news" if abs((ref - key[1]).days) <= 7 else "past"


def _scorer(ctx: Context):
    local: dict[_Item, set] = {}

    def features(item: _Item) -> set:
        found = local.get(item)
        if found is None:
            found = local[item] = ctx.context_terms(item.unit, item.m.start, item.m.end, reach=90)
        return found

    def reference(item: _Item) -> set:
        """What a relative date is relative to: "the day before [Amnesty released its
        report]"."""
        end = min(item.unit.end, item.m.end + 70)
        return {
            f
            for f in unit_features(ctx.text(item.doc), item.m.end, end, ctx.rules)
            if f.kind != FeatureKind.MONTH
        }

    def score(a: _Item, b: _Item) -> float:
        if a.m.kind == b.m.kind == "relative":
            ra, rb = reference(a), reference(b)
            total = ctx.overlap(ra, ra) + ctx.overlap(rb, rb)
            if total:
                return 2 * ctx.overlap(ra, rb) / total
        fa, fb = features(a), features(b)
        total = ctx.overlap(fa, fa) + ctx.overlap(fb, fb)
        near = 2 * ctx.overlap(fa, fb) / total if total else 0.0
        return max(near, ctx.alignment.similarity(a.unit, b.unit))

    events: dict[_Item, set] = {}
    light = ctx.rules.light_verbs | ctx.rules.speech_verbs

    def event_words(item: _Item) -> set:
        """What happened next to a date, as the inflected words there ("died on Thursday",
        "extinguished by 7 a.m.", "the Friday afternoon slaying"): names, plain nouns
        ("police", "mother"), light verbs and verbs of saying left out."""
        found = events.get(item)
        if found is None:
            text = ctx.text(item.doc)
            left = max(item.unit.start, item.m.start - EVENT_REACH)
            right = min(item.unit.end, item.m.end + EVENT_REACH)
            found = events[item] = set()
            for tok in rich_tokens(text, left, right):
                word = tok.lower
                if tok.kind != "word" or tok.text[:1].isupper() or word in STOPWORDS:
                    continue
                base = lemma(word)
                inflected = base != word and not word.endswith("s")
                if (inflected or word.endswith("ing")) and base not in light:
                    found.add(Feature(FeatureKind.TERM, ctx.rules.canonical(word)))
        return found

    def one_event(a: _Item, b: _Item) -> bool:
        """Whether what happened next to one date is told near the other."""
        return bool(event_words(a) & features(b)) or bool(event_words(b) & features(a))

    return score, features, one_event


def _topic(ctx: Context, a: _Item, b: _Item, shared: set) -> str:
    if a.m.role == b.m.role == "start":
        return "start date"
    if a.m.role == b.m.role == "end":
        return "end date"
    if a.m.kind == b.m.kind == "hour":
        return "hour"
    timed = a.m.minutes is not None and b.m.minutes is not None
    measures = {cue.strip("-") for cues in ctx.rules.measures.values() for cue in cues}
    terms = sorted(
        (
            f
            for f in shared
            if f.kind == FeatureKind.TERM
            and f.value not in measures
            and f.value not in ctx.rules.speech_verbs
        ),
        key=lambda f: -ctx.weight(f),
    )
    about = terms[0].value if terms else ""
    what = "time" if timed and a.m.kind in ("time",) else "date"
    if a.m.kind == b.m.kind == "relative":
        what = "timing"
    return f"{what} of {about}".strip() if about else what


def date_findings(ctx: Context) -> list[Finding]:
    """The same event dated differently by two or more accounts."""
    items = [
        _Item(d, unit, m)
        for d in ctx.docs
        for unit in ctx.alignment.units[d]
        for m in ctx.facts.dates(unit)
    ]
    items = [
        i
        for i in items
        if not _dateline(ctx, i)
        and not _of_a_statement(ctx, i)
        and not _quoted(ctx, i)
        and not _published(ctx, i)
    ]
    score, features, one_event = _scorer(ctx)
    refs = {d: ctx.documents[d].published for d in ctx.docs}
    eras = {d: ctx.facts.eras(d, ctx.alignment.units[d]) for d in ctx.docs}
    roles: dict[tuple[int, str], int] = defaultdict(int)
    for item in items:
        if item.m.role != "point" and eras[item.doc][item.unit.index] == "news":
            roles[(item.doc, item.m.role)] += 1
    candidates = []
    for x, a in enumerate(items):
        for b in items[x + 1 :]:
            if a.doc == b.doc or a.m.role != b.m.role:
                continue
            same = compatible(a.m, b.m, refs[a.doc], refs[b.doc])
            if same is None or {_recency(a, refs), _recency(b, refs)} == {"news", "past"}:
                continue
            if {eras[a.doc][a.unit.index], eras[b.doc][b.unit.index]} == {"news", "past"} and not (
                a.m.kind == b.m.kind == "month"  # the era was read from these very months
            ):
                continue
            s = score(a, b)
            needed = SAME_DATE if same else SAME_EVENT
            if not same and a.m.kind == b.m.kind == "year":
                needed = YEAR_EVENT  # a life or a history names many years
            if a.m.role != "point" and roles[(a.doc, a.m.role)] == roles[(b.doc, b.m.role)] == 1:
                needed = min(needed, ONLY_ONE)  # the one start (or end) date each account gives
            if s < needed:
                continue
            if (
                not same
                and a.m.role == "point"
                and {a.m.kind, b.m.kind}.isdisjoint(("month", "year", "relative"))
                and not one_event(a, b)
            ):
                continue  # "face charges on Friday" / "appear in court next Monday"
            candidates.append((-(s + (AGREEMENT_BONUS if same else 0.0)), a, b, same))
    candidates.sort(key=lambda c: (c[0], c[1].doc, c[1].m.start, c[2].doc, c[2].m.start))
    used: set[tuple[_Item, int]] = set()
    conflicts: dict[_Item, list[tuple[_Item, _Item]]] = defaultdict(list)
    parent: dict[_Item, _Item] = {}

    def root(x: _Item) -> _Item:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    matched = []
    for _, a, b, same in candidates:
        if (a, b.doc) in used or (b, a.doc) in used:
            continue
        used.add((a, b.doc))
        used.add((b, a.doc))
        matched.append((a, b, same))
        parent[root(a)] = root(b)
    by_unit: dict[Unit, list[_Item]] = defaultdict(list)
    for item in items:
        by_unit[item.unit].append(item)

    def told_too(x: _Item, y: _Item) -> bool:
        """x's sentence also gives a date that can be y's: the two are not the same event."""
        return any(
            o is not x and (compatible(o.m, y.m, refs[o.doc], refs[y.doc]) or same_words(o.m, y.m))
            for o in by_unit[x.unit]
        )

    for a, b, same in matched:
        if not same and not told_too(a, b) and not told_too(b, a):
            conflicts[root(a)].append((a, b))
    out = []
    for pairs in conflicts.values():
        chosen: dict[int, _Item] = {}
        for a, b in pairs:
            chosen.setdefault(a.doc, a)
            chosen.setdefault(b.doc, b)
        told = {x for pair in pairs for x in pair}
        for a, b, same in matched:
            # accounts that agree with one side, directly: chains of agreement can wander
            # from one event to another
            if same and (a in told or b in told):
                chosen.setdefault(a.doc, a)
                chosen.setdefault(b.doc, b)
        members = [chosen[d] for d in sorted(chosen)]
        a, b = pairs[0]
        label = _topic(ctx, a, b, features(a) & features(b))
        values = [describe(i.m, refs[i.doc]) for i in members]
        mentions = [
            Mention(i.doc, i.m.start, i.m.end, v) for i, v in zip(members, values, strict=True)
        ]
        out.append(
            Finding(
                Kind.DATE,
                label,
                summary_line(label, values),
                mentions,
                "the same event is dated differently",
                Severity.CONFLICT,
            )
        )
    return out
