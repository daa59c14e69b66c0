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
from functools import lru_cache

from reader.core.align import Unit
from reader.core.detect.base import Context, Finding, Mention, merge, short, summary_line
from reader.core.diffing import diff_words
from reader.core.facts.claims import Name
from reader.core.facts.dates import compatible, weeks_apart
from reader.core.facts.lexicon import NEGATION_WORDS, STOPWORDS
from reader.core.facts.negation import not_a_denial
from reader.core.facts.numbers import number_reader, rich_tokens
from reader.core.facts.quantities import Relation, relation
from reader.core.kinds import Kind, Severity
from reader.core.language import same_name, spelling_key

NEAR_SAME = 0.85  # share of unchanged characters from which two passages are mostly the same
MAX_CHUNK = 6  # words: longer rewrites are not one changed fact
_FUNCTION = frozenset({"the", "a", "an", "of", "and", "de", "la", "von", "van", "al"})


def _numbers(ctx: Context, unit: Unit, lo: int, hi: int) -> list[float]:
    """Values of the numbers in ``[lo, hi)`` of a unit that are not part of a date or clock
    time and not in parentheses (a conversion or an aside)."""
    text = ctx.text(unit.doc)
    dates = [(d.start, d.end) for d in ctx.facts.dates(unit)]
    reader = number_reader(ctx.rules)
    out = []
    for n in reader.read(rich_tokens(text, lo, hi)):
        if any(s < n.end and n.start < e for s, e in dates):
            continue
        before = text[unit.start : n.start]
        if before.count("(") > before.count(")"):
            continue
        out.append(n.value)
    return out


def _negated(text: str, start: int, end: int) -> bool:
    words = {w.strip(".,;:!?\"'“”‘’").lower() for w in text[start:end].split()}
    return bool(words & NEGATION_WORDS) or any(w.endswith(("n't", "n’t")) for w in words)


def _proper(found: tuple[Name, ...], start: int, end: int) -> list[str]:
    """The names of a passage inside a changed chunk."""
    return [n.text for n in found if n.start >= start - 1 and n.end <= end + 1]


def _only_names(words: str, names: list[str]) -> bool:
    """The chunk is names and little else ("Smith" / "Jones", "of the Red Cross")."""
    rest = words
    for name in names:
        rest = rest.replace(name, " ")
    return all(w.strip(".,;:'’\"").lower() in _FUNCTION for w in rest.split())


def _renamed(
    ctx: Context, ua: Unit, a0: int, a1: int, ub: Unit, b0: int, b1: int, wa: str, wb: str
) -> tuple[str, str] | None:
    """One word of a name replaced ("General Ahmed Khan" / "General Omar Khan"): the whole
    names, when they cannot be one person's."""
    if len(wa.split()) != 1 or len(wb.split()) != 1 or not (wa[:1].isupper() and wb[:1].isupper()):
        return None
    fa, fb = wa.strip(".,").casefold(), wb.strip(".,").casefold()
    if (
        wa.isupper()
        or wb.isupper()  # "INS Sukanya" / "Warship Sukanya": a designation, not a name
        or fa.startswith(fb)
        or fb.startswith(fa)  # "Fort Smith, Ark" / "Fort Smith, Arkansas"
        or not ctx.text(ua.doc)[ua.start : a0].strip()
        or not ctx.text(ub.doc)[ub.start : b0].strip()  # a sentence's first word
    ):
        return None
    na = [n.text for n in ctx.facts.names(ua) if n.start < a1 and a0 < n.end]
    nb = [n.text for n in ctx.facts.names(ub) if n.start < b1 and b0 < n.end]
    if not na or not nb or any(same_name(x, y) for x in na for y in nb):
        return None
    if not (len(na[0].split()) > 1 or len(nb[0].split()) > 1):
        return None  # a lone word: left to the test above
    return na[0], nb[0]


def _told_in_both(ta: str, ua: Unit, tb: str, ub: Unit, typed: tuple) -> bool:
    """A word of one side's name is in the other passage too: nested places or a name
    moved, not one name replaced by another."""
    pa, pb = ta[ua.start : ua.end], tb[ub.start : ub.end]
    words_a = [w.strip(".,;:") for w in typed[2].split() if w[:1].isupper()]
    words_b = [w.strip(".,;:") for w in typed[3].split() if w[:1].isupper()]
    return any(w and w in pb for w in words_a) or any(w and w in pa for w in words_b)


def _number_words(ctx: Context, ua: Unit, ub: Unit, edits: list) -> int:
    """How many words beyond one each changed chunk that is a number written in words has
    ("fourscore and six" / "eighty-four": two and none)."""
    extra = 0
    ta, tb = ctx.text(ua.doc), ctx.text(ub.doc)
    for e in edits:
        if e.op == "equal":
            continue
        wa, wb = ta[e.a_start : e.a_end].split(), tb[e.b_start : e.b_end].split()
        if 0 < len(wa) <= 4 and 0 < len(wb) <= 4:
            na = _numbers(ctx, ua, e.a_start, e.a_end)
            nb = _numbers(ctx, ub, e.b_start, e.b_end)
            if len(na) == 1 and len(nb) == 1:
                extra += len(wa) - 1 + len(wb) - 1
    return extra


def _implicit_one(words: str) -> bool:
    """A changed chunk that opens with an article: one of something ("a blind man")."""
    first = words.split()[0].lower() if words.split() else ""
    return first in ("a", "an")


def _date_span(ctx: Context, unit: Unit, start: int, end: int) -> tuple[int, int] | None:
    """The date or time a changed chunk is part of (or, for a word inserted, next to)."""
    for d in ctx.facts.dates(unit):
        if d.start < max(end, start + 1) and start < d.end:
            return d.start, d.end
    return None


def _date_change(ctx: Context, ua: Unit, a0: int, a1: int, ub: Unit, b0: int, b1: int):
    """True if a date in one chunk cannot be any date the other passage gives, False if
    every date in the two chunks can be told by the other passage, None if no date."""
    refs = ctx.documents[ua.doc].published, ctx.documents[ub.doc].published
    da, db = ctx.facts.dates(ua), ctx.facts.dates(ub)
    in_a = [d for d in da if d.start < max(a1, a0 + 1) and a0 < d.end]
    in_b = [d for d in db if d.start < max(b1, b0 + 1) and b0 < d.end]
    if not in_a and not in_b:
        return None
    if not in_a or not in_b:
        return False

    def told(x, others, flip: bool) -> bool:
        pair = (lambda y: (y, x)) if flip else (lambda y: (x, y))
        return any(
            compatible(*pair(y), refs[0], refs[1]) is not False
            or weeks_apart(*pair(y), refs[0], refs[1])  # (each account's own news)
            for y in others
        )

    return any(not told(x, db, False) for x in in_a) or any(not told(y, da, True) for y in in_b)


def _typed(
    ctx: Context, ua: Unit, a0: int, a1: int, ub: Unit, b0: int, b1: int
) -> tuple[Kind, str, str, str] | None:
    """(kind, topic word, value a, value b) for one changed chunk, or None if untyped."""
    ta, tb = ctx.text(ua.doc), ctx.text(ub.doc)
    wa, wb = ta[a0:a1].strip(), tb[b0:b1].strip()
    if len(wa.split()) > MAX_CHUNK or len(wb.split()) > MAX_CHUNK:
        return None
    dated = _date_change(ctx, ua, a0, a1, ub, b0, b1)
    if dated:
        # the whole date or time where the chunk is part of one ("10" of "10:45 a.m.")
        sa, sb = _date_span(ctx, ua, a0, a1), _date_span(ctx, ub, b0, b1)
        da, db = ta[sa[0] : sa[1]] if sa else "", tb[sb[0] : sb[1]] if sb else ""
        return Kind.DATE, "date", da or wa or "—", db or wb or "—"
    na, nb = _numbers(ctx, ua, a0, a1), _numbers(ctx, ub, b0, b1)
    if na and nb:
        qa = [q for q in ctx.facts.quantities(ua) if q.start < a1 and a0 < q.end]
        qb = [q for q in ctx.facts.quantities(ub) if q.start < b1 and b0 < q.end]
        if qa and qb and all(relation(x, y) != Relation.CONFLICT for x in qa for y in qb):
            return None  # read as amounts, they agree ("more than 100 mph" / "120 mph")
        # A replaced figure: each side holds a value the other passage nowhere gives.
        all_a, all_b = _numbers(ctx, ua, ua.start, ua.end), _numbers(ctx, ub, ub.start, ub.end)
        if any(v not in all_b for v in na) and any(v not in all_a for v in nb):
            return Kind.QUANTITY, "number", wa, wb
        return None
    one = _implicit_one(wb) if na and not nb else _implicit_one(wa) if nb and not na else False
    if one and (na or nb) != [1.0]:  # "two blind men" / "a blind man": an article counts one
        return Kind.QUANTITY, "number", wa, wb
    if (na and not wb) or (nb and not wa):  # "crow twice" / "crow": a numeral adverb only
        adverbs = ctx.rules.numbers("numeral_adverbs")
        word = (wa or wb).lower().strip(".,")
        if word in adverbs:
            return Kind.QUANTITY, "number", wa or "none", wb or "none"
        return None
    if dated is not None or na or nb:
        return None
    pa, pb = _proper(ctx.facts.names(ua), a0, a1), _proper(ctx.facts.names(ub), b0, b1)
    if (
        pa
        and pb
        and _only_names(wa, pa)
        and _only_names(wb, pb)
        and not any(same_name(x, y) for x in pa for y in pb)
    ):
        return Kind.NAME, "name", wa, wb
    whole = _renamed(ctx, ua, a0, a1, ub, b0, b1, wa, wb)
    if whole is not None:
        return Kind.NAME, "name", *whole
    if _negated(ta, a0, a1) != _negated(tb, b0, b1) and (wa or wb):
        if not_a_denial(ta[ua.start : ua.end]) or not_a_denial(tb[ub.start : ub.end]):
            return None
        near = f"{ta[a0 : a1 + 20]} {tb[b0 : b1 + 20]}".lower()
        if any(idiom in near for idiom in ctx.rules.negation_idioms):
            return None  # "none other than", "will not hesitate to": nothing denied
        return Kind.POLARITY, "affirmed or denied", wa or "—", wb or "—"
    return None


def textdiff_findings(ctx: Context) -> list[Finding]:
    """Typed changes inside aligned passages that are mostly the same words."""
    out = []
    told: set[tuple] = set()
    for ua, ub, gi in _closest_pairs(ctx):
        ta, tb = ctx.text(ua.doc), ctx.text(ub.doc)
        if ctx.facts.is_dateline(ua) or ctx.facts.is_dateline(ub):
            continue
        alike = ctx.alignment.similarity(ua, ub)
        if alike < DIFF_PAIR and not (
            any(_lone(ctx, n, ua.doc, ub.doc) for n in ctx.facts.names(ua))
            and any(_lone(ctx, n, ub.doc, ua.doc) for n in ctx.facts.names(ub))
        ):
            continue  # (read for a name's slot only: none to read, no diff needed)
        edits = diff_words(ta, ua.start, ua.end, tb, ub.start, ub.end, _fold_word)
        # mostly the same, in characters or in words (one long word changed in a short
        # sentence, "second-degree" / "first-degree", is still one word), or a small edit
        # ("shot three times" / "shot twice")
        chars = sum(e.a_end - e.a_start for e in edits if e.op == "equal")
        words = sum(len(ta[e.a_start : e.a_end].split()) for e in edits if e.op == "equal")
        total = len(ta[ua.start : ua.end].split()) + len(tb[ub.start : ub.end].split())
        total -= _number_words(ctx, ua, ub, edits)  # "fourscore and six" is one number
        loose = 2 * chars < NEAR_SAME * ((ua.end - ua.start) + (ub.end - ub.start))
        if loose and _few_changes(ta, tb, edits, words):
            loose = False  # "was by the threshingplace of Araunah" / "stood by … of Ornan"
        local = False  # only figures told in the same words around them
        slots_only = False  # only a name between the same words
        if loose and (words < 4 or (2 * words < NEAR_SAME * total and total - 2 * words > 3)):
            # (in words only from four shared words: a fragment is too short)
            slots_only = alike < LOCAL_PAIR
            local = True
        if alike < DIFF_PAIR:
            slots_only = local = True  # (a pair this unlike is read for a name's slot only)
        # (speech told without marks, "he said, It is finished", is the narrative's own words)
        quoted_a = [(q.start, q.end) for q in ctx.facts.quotes(ua) if q.start < q.inner_start]
        quoted_b = [(q.start, q.end) for q in ctx.facts.quotes(ub) if q.start < q.inner_start]
        for k, e in enumerate(edits):
            if e.op == "equal":
                continue
            slot = None
            if e.op == "replace" and (loose or local):
                slot = _name_in_slot(ctx, ua, e.a_start, e.a_end, ub, e.b_start, e.b_end)
            if slot is None and (slots_only or (local and not _same_words_around(ta, edits, k))):
                continue
            if any(s <= e.a_end and e.a_start <= t for s, t in quoted_a) or any(
                s <= e.b_end and e.b_start <= t for s, t in quoted_b
            ):
                continue
            typed = slot or _typed(ctx, ua, e.a_start, e.a_end, ub, e.b_start, e.b_end)
            if typed is None or (loose and typed[0] == Kind.POLARITY):
                continue  # (a negation is read only where nearly all else is the same)
            if local and typed[0] != Kind.QUANTITY and slot is None:
                continue
            if (
                loose
                and not slot
                and typed[0] == Kind.NAME
                and _told_in_both(ta, ua, tb, ub, typed)
            ):
                continue  # "High Street, Wellington" / "Wellington, Somerset": one place
            kind, what, va, vb = typed
            if (kind, va, vb, ua, ub) in told:
                continue  # "Eli, Eli" / "Eloi, Eloi": one name twice, one finding
            told.add((kind, va, vb, ua, ub))
            where = short(ta[ua.start : ua.end], 5)
            topic = f"{what} in “{where}”"
            a_span = (e.a_start, e.a_end) if e.a_end > e.a_start else _anchor(ta, e.a_start)
            b_span = (e.b_start, e.b_end) if e.b_end > e.b_start else _anchor(tb, e.b_start)
            if kind == Kind.DATE:  # the whole dates: "the third hour", not "third"
                a_span = _date_span(ctx, ua, e.a_start, e.a_end) or a_span
                b_span = _date_span(ctx, ub, e.b_start, e.b_end) or b_span
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


SLOT = 3  # words on either side of a name, at most, that show it fills the other's place
_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


def _name_in_slot(
    ctx: Context, ua: Unit, a0: int, a1: int, ub: Unit, b0: int, b1: int
) -> tuple[Kind, str, str, str] | None:
    """ "his second, Chileab, of Abigail" / "the second Daniel, of Abigail": inside a longer
    rewording, one name stands where the other account has another, between the same words
    (the next word on each side the same, and a word that is not grammar among them)."""
    names_a, names_b = ctx.facts.names(ua), ctx.facts.names(ub)
    ta, tb = ctx.text(ua.doc), ctx.text(ub.doc)
    only_a = [n for n in names_a if a0 <= n.start and n.end <= a1 and _lone(ctx, n, ua.doc, ub.doc)]
    only_b = [n for n in names_b if b0 <= n.start and n.end <= b1 and _lone(ctx, n, ub.doc, ua.doc)]
    if not (only_a and only_b):
        return None  # (the cheap tests first: most changed chunks hold no such name)
    only_a = [n for n in only_a if not any(same_name(n.text, m.text) for m in names_b)]
    only_b = [n for n in only_b if not any(same_name(n.text, m.text) for m in names_a)]
    slotted = []
    for x in only_a:
        for y in only_b:
            before_a, before_b = (
                _words(ta, ua.start, x.start)[::-1],
                _words(tb, ub.start, y.start)[::-1],
            )
            if _LOCATIVE.intersection(before_a[:2] + before_b[:2]):
                continue  # "in the Bureij camp" / "in the Jabaliya camp": two places, maybe
                # two events (places are the place detector's)
            left = _same_run(_before_naming(before_a), _before_naming(before_b))
            after_a = _after_kin(_words(ta, x.end, ua.end))
            right = _same_run(after_a, _after_kin(_words(tb, y.end, ub.end)))
            if left and right and not all(w in STOPWORDS for w in left + right):
                slotted.append((x.text, y.text))
    if len(slotted) != 1:
        return None  # (two names in one place: the slot is not one name's)
    return Kind.NAME, "name", *slotted[0]


def _lone(ctx: Context, name: Name, doc: int, other: int) -> bool:
    """:func:`_lone_name` for a name of account ``doc`` against account ``other``, kept per
    comparison (pairs of passages ask about the same names many times)."""
    memo = ctx.__dict__.setdefault("_lone_names", {})
    key = (name.text, doc, other, name.end)
    if key not in memo:
        memo[key] = _lone_name(name, ctx.text(doc), ctx.text(other))
    return memo[key]


def _lone_name(name: Name, text: str, other: str) -> bool:
    """A one-word name, no initials ("AP") nor web address ("People.com"), that the other
    account nowhere tells (else it was moved, or one place holds the other: "Brooklyn" /
    "Brownsville")."""
    if " " in name.text or name.text.isupper():
        return False
    if text[name.end : name.end + 1] == "." and text[name.end + 1 : name.end + 2].isalpha():
        return False
    return re.search(rf"\b{re.escape(name.text)}\b", other) is None


def _before_naming(before: list[str]) -> list[str]:
    """The words before a name (nearest first) past "a man named" / "one called": the slot
    is the man's ("he saw a man, named Matthew, sitting" / "he saw Levi ... sitting")."""
    if before[:1] not in (["named"], ["called"]):
        return before
    for k in range(1, min(len(before), 4)):
        if before[k] in ("a", "an", "one"):
            return before[k + 1 :]
    return before[1:]


def _after_kin(after: list[str]) -> list[str]:
    """The words after a name past its parentage: "Levi the son of Alphaeus sitting"."""
    k = 1 if after[:1] == ["the"] else 0
    if after[k : k + 2] in (["son", "of"], ["daughter", "of"]) and len(after) > k + 2:
        return after[k + 3 :]
    return after


def _words(text: str, start: int, end: int) -> list[str]:
    return [_fold_word(m.group()) for m in _WORD.finditer(text, start, end)]


def _same_run(a: list[str], b: list[str]) -> list[str]:
    """The words two sequences open with alike, up to SLOT of them."""
    run = []
    for x, y in zip(a[:SLOT], b[:SLOT], strict=False):
        if x != y:
            break
        run.append(x)
    return run


LOCAL_PAIR = 0.5  # similarity from which a figure in the same words is read in a looser pair
AROUND = 5  # words the same on either side of such a figure, the noun after it among them


def _same_words_around(ta: str, edits: list, k: int) -> bool:
    """ "and five men of them that were in" / "and seven men of them that were near": one
    word replaced between runs of the same words, the one after opening with a noun (what
    is counted), in passages that otherwise differ more."""
    e = edits[k]
    if not (0 < k < len(edits) - 1) or e.a_end == e.a_start or e.b_end == e.b_start:
        return False
    before, after = edits[k - 1], edits[k + 1]
    if before.op != "equal" or after.op != "equal":
        return False
    if len(ta[e.a_start : e.a_end].split()) > 1:
        return False
    following = ta[after.a_start : after.a_end].split()
    shared = len(ta[before.a_start : before.a_end].split()) + len(following)
    noun = following[0].strip(".,;:").lower() if following else ""
    return shared >= AROUND and noun.isalpha() and noun not in STOPWORDS


FEW = 3  # words changed on each side, at most, of a passage that is otherwise the same
SHARED = 8  # words the two passages must share for that


def _few_changes(ta: str, tb: str, edits: list, shared: int) -> bool:
    """A long passage told in the same words but for a few single-word changes."""
    if shared < SHARED:
        return False
    changed = [e for e in edits if e.op != "equal"]
    words_a = sum(len(ta[e.a_start : e.a_end].split()) for e in changed)
    words_b = sum(len(tb[e.b_start : e.b_end].split()) for e in changed)
    return max(words_a, words_b) <= FEW and all(
        len(ta[e.a_start : e.a_end].split()) <= 1 and len(tb[e.b_start : e.b_end].split()) <= 1
        for e in changed
    )


DIFF_PAIR = 0.3  # similarity from which an aligned pair's changed words are typed
SLOT_PAIR = 0.2  # from which a pair is read for a name in the place of another only
PARTNERS = 3  # per passage and other account: the closest ones (a rewording has one or two)


def _closest_pairs(ctx: Context) -> list:
    """Aligned pairs similar enough to diff, each passage with at most its PARTNERS most
    similar passages of each other account (text where every sentence is like every other
    would otherwise have every pair diffed), in the order the alignment gives them."""
    pairs = [
        (ctx.alignment.similarity(ua, ub), n, ua, ub) for n, (ua, ub, _) in enumerate(ctx.pairs())
    ]
    ranked = sorted((p for p in pairs if p[0] >= SLOT_PAIR), key=lambda p: (-p[0], p[1]))
    taken: dict[tuple, int] = {}
    kept: set[int] = set()
    for _, n, ua, ub in ranked:
        ka, kb = (ua, ub.doc), (ub, ua.doc)
        if taken.get(ka, 0) < PARTNERS and taken.get(kb, 0) < PARTNERS:
            taken[ka] = taken.get(ka, 0) + 1
            taken[kb] = taken.get(kb, 0) + 1
            kept.add(n)
    return [p for n, p in enumerate(ctx.pairs()) if n in kept]


_TYPOGRAPHY = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


@lru_cache(maxsize=100_000)
def _fold_word(token: str) -> str:
    return spelling_key(token.casefold().translate(_TYPOGRAPHY))


def _anchor(text: str, pos: int) -> tuple[int, int]:
    """Where nothing stands on one side, the word before the gap marks the place."""
    start = pos
    while start > 0 and text[start - 1] == " ":
        start -= 1
    end = start
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return (start, end) if end > start else (pos, min(len(text), pos + 1))
