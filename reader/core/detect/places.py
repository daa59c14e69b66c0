"""Name disagreements about places: where a person is from, and where the event happened.

Residence is read from "<Person> of <Place>", "<Person>, 59, of <Place>", "<Person> from
<Place>", "<Person>, who lived ... in <Place>" and from descriptions such as "a Spiro man".
Two accounts disagree when they give one person (names matched through spelling variants)
different homes, or when aligned passages that tell the same event describe its subject by
different homes. The place of the event comes from aligned passages that put the same thing
"in X" and "in Y" where neither account names the other's place at all. Spelling variants of
one place ("Marrakesh" / "Marrakech") are one place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.align import Unit
from reader.core.detect.base import Context, Finding, Mention, merge, summary_line
from reader.core.facts.claims import Name
from reader.core.facts.lexicon import STOPWORDS
from reader.core.kinds import Kind, Severity
from reader.core.language import fold_letters, same_name, zipf

SAME_EVENT = 0.3
LINKED_EVENT = 0.15  # aligned passages this alike that differ in the place they give

_PLACE = r"(?P<place>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|del|la|of))*)"
_RESIDENCE = (
    re.compile(r"^,?\s*(?:\d{1,3},\s*)?(?:of|from)\s+" + _PLACE),
    re.compile(r"^,?\s*who\s+(?:lived|lives|lives|had lived)\s+(?:[\w\s]{0,30}?\s)?in\s+" + _PLACE),
)


@dataclass(frozen=True)
class Residence:
    doc: int
    unit: Unit
    person: str | None  # None for "a Spiro man"
    place: str
    start: int  # span of the place
    end: int


def _is_person(name: str, ctx: Context, full_names: set[str]) -> bool:
    """A person's name: two words or more that name no organisation or role, or a surname
    the document gives in full elsewhere ("Chohan" after "Raj Chohan")."""
    words = [w.strip(".,").lower() for w in name.split()]
    if any(w in ctx.rules.organisation_words or w in ctx.rules.role_words for w in words):
        return False
    return len(words) >= 2 or words[0] in full_names


def _full_names(ctx: Context, doc: int) -> set[str]:
    """Last words of the multi-word names of a document (the surnames it introduces)."""
    cache = ctx.__dict__.setdefault("_surnames", {})
    found = cache.get(doc)
    if found is None:
        found = set()
        for unit in ctx.alignment.units[doc]:
            for name in ctx.facts.names(unit):
                words = name.text.split()
                if len(words) >= 2:
                    found.add(words[-1].strip(".,").lower())
        cache[doc] = found
    return found


def _well_known(place: str) -> bool:
    """A one-word place common in English (a country, state or capital): it may hold the
    other place ("Oklahoma" / "Spiro"), so the two do not contradict."""
    words = place.split()
    return len(words) == 1 and zipf(words[0]) >= 4.0


def _clean_place(place: str, ctx: Context) -> str:
    words = place.split()
    while words and words[-1].lower() in ("of", "de", "del", "la"):
        words.pop()
    return " ".join(words).rstrip(".,")


def residences(ctx: Context, unit: Unit) -> list[Residence]:
    """Homes the passage gives to people."""
    text = ctx.text(unit.doc)
    out: list[Residence] = []
    found: list[Name] = list(ctx.facts.names(unit))
    full = _full_names(ctx, unit.doc)
    first = re.match(r"[A-Z][\w'’-]+", text[unit.start : unit.end])
    if first and first.group().lower() in full and not any(n.start == unit.start for n in found):
        found.insert(0, Name(unit.start, unit.start + first.end(), first.group(), None))
    for name in found:
        if not _is_person(name.text, ctx, full):
            continue
        after = text[name.end : min(unit.end, name.end + 80)]
        for pattern in _RESIDENCE:
            m = pattern.match(after)
            if m:
                place = _clean_place(m.group("place"), ctx)
                if place and not same_name(place, name.text):
                    start = name.end + m.start("place")
                    out.append(
                        Residence(unit.doc, unit, name.text, place, start, start + len(place))
                    )
                break
    for name in found:  # "a Spiro man", "a Queens resident"
        before = text[max(unit.start, name.start - 4) : name.start].lower()
        after = text[name.end : min(unit.end, name.end + 20)].lower().split()
        described = before.rstrip().endswith((" a", " an")) or before.strip() in ("a", "an")
        if described and after and after[0].strip(".,") in ctx.rules.residence_words:
            who = _named_next(ctx, unit, name.end, full)
            out.append(Residence(unit.doc, unit, who, name.text, name.start, name.end))
            break  # ("A Spiro man was convicted in the death of a Fort Smith woman": the
            # sentence's first description is its subject; a later one is someone else)
    return out


def _named_next(ctx: Context, unit: Unit, after: int, full: set[str]) -> str | None:
    """Who "a Spiro man" is: the first person the account names after the description, in
    the same sentence or the next one ("A Spiro man was convicted ... Christopher Kenyon
    Simpson, 27, ..."); None when no person is named that close."""
    units = ctx.alignment.units[unit.doc]
    text = ctx.text(unit.doc)
    for nearby in units[unit.index : unit.index + 2]:
        for name in ctx.facts.names(nearby):
            before = text[max(nearby.start, name.start - 4) : name.start].lower().split()
            next_word = text[name.end : name.end + 20].lower().split()[:1]
            described = before[-1:] in (["a"], ["an"]) and bool(next_word)
            if described and next_word[0].strip(".,") in ctx.rules.residence_words:
                continue  # "the death of a Fort Smith woman": another description
            if (
                name.start >= after
                and len(name.text.split()) >= 2
                and _is_person(name.text, ctx, full)
            ):
                return name.text
    return None


def _same_place(a: str, b: str) -> bool:
    """One place, or one inside the other: "Marrakesh" / "Marrakech", "High Street, Wellington" /
    "Wellington, Somerset" (a part in common)."""
    fa, fb = fold_letters(a), fold_letters(b)
    if same_name(a, b) or fa in fb or fb in fa:
        return True
    parts_a = [p.strip() for p in a.split(",") if p.strip()]
    parts_b = [p.strip() for p in b.split(",") if p.strip()]
    return len(parts_a) + len(parts_b) > 2 and any(
        same_name(x, y) for x in parts_a for y in parts_b
    )


def _broad(place: str) -> bool:
    """A place every word of which is common English ("New Zealand", "Oklahoma"): likely a
    country or region that holds the other place rather than contradicts it."""
    words = [w for w in place.split() if w.isalpha()]
    return bool(words) and all(zipf(w) >= 4.0 for w in words)


def residence_findings(ctx: Context) -> list[Finding]:
    """One person given two different homes."""
    items = [r for d in ctx.docs for unit in ctx.alignment.units[d] for r in residences(ctx, unit)]
    out = []
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            if a.doc == b.doc or _same_place(a.place, b.place):
                continue
            if _well_known(a.place) or _well_known(b.place):
                continue
            if a.person and b.person:
                if not same_name(a.person, b.person):
                    continue
            elif not (a.person or b.person):
                continue  # two descriptions ("a Spiro man", "an Oklahoma man"): too loose
            elif ctx.alignment.similarity(a.unit, b.unit) < SAME_EVENT:
                continue  # "a Spiro man" and "Simpson of Fort Coffee" only in passages alike
            elif _mentioned(ctx, a, b) or _mentioned(ctx, b, a):
                continue
            person = a.person or b.person or ""
            topic = f"where {person} is from"
            out.append(
                Finding(
                    Kind.NAME,
                    topic,
                    summary_line(topic, (a.place, b.place)),
                    [
                        Mention(a.doc, a.start, a.end, a.place),
                        Mention(b.doc, b.start, b.end, b.place),
                    ],
                    "one person is given different homes",
                    Severity.CONFLICT,
                    key=("residence", fold_letters(person.split()[-1])),
                )
            )
    return merge(out)


def _mentioned(ctx: Context, a: Residence, b: Residence) -> bool:
    """Whether ``b``'s sentence names ``a``'s place too (then it is not a different home)."""
    text = ctx.text(b.doc)[b.unit.start : b.unit.end]
    return a.place.lower() in text.lower()


def place_findings(ctx: Context) -> list[Finding]:
    """The same event placed in different places ("in Leeds" / "in York")."""
    out = []
    for ua, ub, gi in ctx.pairs():
        if ctx.alignment.similarity(ua, ub) < LINKED_EVENT:
            continue
        pa = _event_places(ctx, ua)
        pb = _event_places(ctx, ub)
        if len(pa) != 1 or len(pb) != 1:
            continue
        a, b = pa[0], pb[0]
        if _same_place(a.text, b.text) or _broad(a.text) or _broad(b.text):
            continue
        if (a.after_preposition == "near") != (b.after_preposition == "near"):
            continue  # "in East Flatbush" / "near Nostrand": a place and a landmark by it
        if ctx.rules.fold_name(a.text) in ctx.facts.folded_text(ub.doc):
            continue
        if ctx.rules.fold_name(b.text) in ctx.facts.folded_text(ua.doc):
            continue
        if _venue(ctx, a.text) != _venue(ctx, b.text) or _paired(ctx, a.text, b.text):
            continue  # a court in a town; "Millom, Cumbria" somewhere in the set
        if _venue(ctx, a.text) and set(a.text.split()) & set(b.text.split()):
            continue  # "Banstead Baptist Church" / "Banstead High Street": two sites of a town
        out.append(
            Finding(
                Kind.NAME,
                "place",
                summary_line("place", (a.text, b.text)),
                [Mention(ua.doc, a.start, a.end, a.text), Mention(ub.doc, b.start, b.end, b.text)],
                "aligned passages place the event differently",
                Severity.CONFLICT,
                gi,
            )
        )
    return merge(out)


def _venue(ctx: Context, place: str) -> bool:
    """A building, street or site ("Preston Crown Court", "Millom Pier"), not a town."""
    return place.split()[-1].lower().strip(".,'’") in ctx.rules.venue_words


def _paired(ctx: Context, a: str, b: str) -> bool:
    """Whether some account names one place inside the other ("Millom, Cumbria")."""
    fa, fb = ctx.rules.fold_name(a), ctx.rules.fold_name(b)
    return any(
        f"{x}, {y}" in ctx.facts.folded_text(d) or f"{x} {y}" in ctx.facts.folded_text(d)
        for d in ctx.docs
        for x, y in ((fa, fb), (fb, fa))
    )


_LOWER_PREPOSITION = re.compile(r"\b(?:in|at|near)\s+$")
_MOVED_TO = re.compile(r"\b([a-z]+)\s+to\s+$")
_NOT_NOUNS = frozenset(
    "next last this early late earlier later yesterday today tomorrow tonight overnight "
    "recently where when while since until said says".split()
)
_ING_NOUNS = frozenset(
    "trading building meeting hearing offering housing shipping banking funding spending "
    "training screening opening".split()
)
_MODIFIES = re.compile(r"(?:'s|’s)?\s+[a-z]")


def _event_places(ctx: Context, unit: Unit) -> list[Name]:
    """Names after "in", "at", "near" that stand for a place: not "in UNRWA schools" or "in
    Laci Peterson's hometown", where the name qualifies a noun."""
    text = ctx.text(unit.doc)
    out = []
    for n in ctx.facts.names(unit):
        if len(n.text.split()) > 3:
            continue
        if n.after_preposition == "to":
            moved = _MOVED_TO.search(text, max(0, n.start - 30), n.start)
            if not moved or moved.group(1).lower() not in ctx.rules.motion_verbs:
                continue  # "flown to Bamako", "diverted to Gander": where they were taken
        elif n.after_preposition not in ("in", "at", "near"):
            continue
        elif not _LOWER_PREPOSITION.search(text, max(0, n.start - 8), n.start):
            continue  # "Research In Motion": the "In" is part of a name
        after = _MODIFIES.match(text, n.end)
        if after:
            word = text[after.end() - 1 : after.end() + 14].split()[0].strip(".,;:")
            if (
                word not in STOPWORDS
                and word not in _NOT_NOUNS
                and (not word.endswith(("ed", "ly", "ing")) or word in _ING_NOUNS)
            ):
                continue  # ("in Oslo trading": the trading, not the event, is in Oslo)
        out.append(n)
    return out
