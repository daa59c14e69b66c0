"""What event a date mention is of: today's news or older background (by its distance from the
account's publication), another event than the story's ("A second explosion took place on
Thursday"), or the start of one ("The fire started on Sunday")."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from reader.core.detect.base import Context
from reader.core.detect.dateskip import Item
from reader.core.detect.datetopics import FEATURE_REACH
from reader.core.facts.dates import compatible
from reader.core.facts.lexicon import STOPWORDS
from reader.core.facts.moments import DateMention
from reader.core.facts.numbers import rich_tokens
from reader.core.language import lemma, same_name
from reader.core.passages import Feature, FeatureKind
from reader.core.rules import Rules

_WORD = re.compile(r"[a-z]+")
DETERMINERS_BEFORE = frozenset({"a", "an", "the", "that", "this", "his", "her", "their", "its"})
_STARTED = re.compile(r"\b(?:started|began|begun|commenced)\s+(?:on|in|at)?\s*$", re.I)


def another_event(ctx: Context, item: Item) -> str:
    """ "a second explosion", "another deadly blast" before the date in its sentence (rules
    ``another_words``): the event's canonical noun (rules ``event_nouns_dated``), or ""."""
    words = _WORD.findall(ctx.text(item.doc)[item.unit.start : item.m.start].lower())
    nouns = ctx.rules.counting.get("event_nouns_dated", ())
    another = ctx.rules.counting.get("another_words", ())
    for k, word in enumerate(words):
        if word in another:
            for told in words[k + 1 : k + 3]:  # "a second explosion", "another deadly blast"
                if lemma(told) in nouns:
                    return ctx.rules.canonical(lemma(told))
    return ""


def started_before(ctx: Context, item: Item) -> bool:
    """A verb of starting right before the date ("started on", "began in")."""
    text = ctx.text(item.doc)[max(0, item.m.start - 16) : item.m.start]
    return bool(_STARTED.search(text))


def recency(item: Item, refs: dict, other: date | None = None) -> str:
    """ "news" for a day within a week of publication, "past" for older background (a quake
    "on April 20" is not the one "on Tuesday"), "?" when unknown. ``other``: the date of the
    account it is compared with, used when its own account has none."""
    ref = refs.get(item.doc) or other
    key = item.m.resolve(ref)
    if ref is None or key is None or key[0] != "day":
        if key is not None and key[0] in ("year", "month") and ref is not None:
            year = key[1]
            if year is None and key[0] == "month":  # "in February" told in November
                return "?" if (ref.month - key[2]) % 12 <= 1 else "past"
            return "past" if year is not None and year < ref.year else "?"
        return "?"
    return "news" if abs((ref - key[1]).days) <= 7 else "past"


_NEAR_DAYS = 3


def days_near(a: Item, b: Item, refs: dict) -> bool:
    """Whether two dates are days at most three apart ("left Miami on January 22" /
    "on January 24"): one event's days, though one is just over a week old."""
    ka, kb = a.m.resolve(refs.get(a.doc)), b.m.resolve(refs.get(b.doc))
    if ka is None or kb is None or ka[0] != "day" or kb[0] != "day":
        same_month = a.m.month is not None and a.m.month == b.m.month and a.m.year == b.m.year
        days = (a.m.day, b.m.day)
        return same_month and None not in days and abs(days[0] - days[1]) <= _NEAR_DAYS
        # ("the 9th of June" / "the 10th of June" in accounts without a date of their own)
    return abs((ka[1] - kb[1]).days) <= _NEAR_DAYS


_CLOSE_DAYS = 45


def _interval(key: tuple | None) -> tuple[date, date] | None:
    if key is None:
        return None
    if key[0] == "day":
        return key[1], key[1]
    if key[0] == "month" and key[1] is not None:
        first = date(key[1], key[2], 1)
        last = date(key[1] + key[2] // 12, key[2] % 12 + 1, 1) - timedelta(days=1)
        return first, last
    return None


def close_in_time(a: Item, b: Item, refs: dict) -> bool:
    """Whether two dates, each resolved against its own account's date (or the other's),
    lie within about six weeks of each other: one account's news and another's background
    may be one event where the accounts were written far apart ("A jury today convicted",
    20 March 2007 / "In April 2007 the suspect was found guilty", written years later)."""
    ia = _interval(a.m.resolve(refs.get(a.doc) or refs.get(b.doc)))
    ib = _interval(b.m.resolve(refs.get(b.doc) or refs.get(a.doc)))
    if ia is None or ib is None:
        return False
    gap = max((ib[0] - ia[1]).days, (ia[0] - ib[1]).days, 0)
    return gap <= _CLOSE_DAYS


_BESIDE = 16  # characters: how near a verb must be to a year to be its deed


def dated_once(near: Any, items: list[Item], a: Item, b: Item) -> bool:
    """A verb told beside both dates, and beside no other date of either account."""
    shared = near.event_words(a) & near.event_words(b)
    if a.m.kind == b.m.kind == "year":  # the verb right beside each year ("ejected in 2003" /
        shared &= set(near.verbs_near(a, _BESIDE)) & set(near.verbs_near(b, _BESIDE))
        # "ousted in 2002"), not one a clause away ("modeling began after she divorced in 1947")
    if not shared or a.m.kind != b.m.kind or a.m.kind not in ("date", "year"):
        return False  # (weekdays: "resumed on Monday" / "on Sunday", two days of one search)
    years = a.m.kind == "year"

    def beside(i: Item) -> set:  # (a year's verb is the one right beside it)
        return set(near.verbs_near(i, _BESIDE)) if years else near.event_words(i)

    for term in shared:
        told = [i for i in items if i.doc in (a.doc, b.doc) and term in beside(i)]
        if len(told) == 2:
            return True
    return False


def once_dated(near: Any, items: list[Item], a: Item, b: Item, rules: Rules) -> bool:
    """A deed that befalls a person once (rules ``once_deeds``: convicted, sentenced, married)
    told beside both dates, and beside no other date of either account: the one date each
    gives it, however little else the two sentences share ("A jury today convicted ..." /
    "In April 2007 the suspect was found guilty")."""
    once = {rules.canonical(w) for w in rules.counting.get("once_deeds", ())}
    shared = {t for t in near.event_words(a) & near.event_words(b) if t.value in once}
    for term in shared:
        told = [
            i
            for i in items
            if i.doc in (a.doc, b.doc)
            and term in near.event_words(i)
            and not _modifies_noun(near.ctx.text(i.doc), i)
        ]
        if len(told) == 2 and a in told and b in told:
            return True
    return False


_BEFORE_NOUN = re.compile(r"\b(?:the|a|an|his|her|their|its)\s+$", re.I)


def _modifies_noun(text: str, item: Item) -> bool:
    """A date that dates a noun after it, not a verb: "convicted of the June 20, 2005
    attempted murder", "the Friday shooting"."""
    before = text[max(0, item.m.start - 8) : item.m.start]
    after = text[item.m.end : item.m.end + 2]
    return bool(_BEFORE_NOUN.search(before)) and after[:1] == " " and after[1:2].isalpha()


_NAME = re.compile(r"\b[A-Z][a-z]+(?:['’]s)?\b")
_REFERENCE_REACH = 40  # characters after a relative date that name what it counts from


def told_from_each_side(ctx: Context, a: Item, b: Item) -> bool:
    """ "The day before Buckley's death, Rait died" / "Buckley's death came a day after Rait
    died": one relation of two events told from each side (opposite offsets, and what one
    counts from is what the other dates), not two datings of one event."""
    if a.m.kind != "relative" or b.m.kind != "relative" or a.m.offset is None:
        return False
    if b.m.offset != -a.m.offset:
        return False
    ref_a, subject_a = _reference_and_subject(ctx, a)
    ref_b, subject_b = _reference_and_subject(ctx, b)
    return _shares_name(ref_a, subject_b) and _shares_name(ref_b, subject_a)


def _reference_and_subject(ctx: Context, item: Item) -> tuple[set[str], set[str]]:
    """The names right after a relative date (what it counts from) and the sentence's other
    names (what it dates)."""
    text = ctx.text(item.doc)
    reach = min(item.unit.end, item.m.end + _REFERENCE_REACH)
    while reach < item.unit.end and text[reach].isalpha():
        reach += 1  # (not a name cut in two)
    sentence_start = item.unit.start

    def names(start: int, end: int) -> set[str]:
        out = set()
        for m in _NAME.finditer(text, start, end):
            name = m.group().removesuffix("'s").removesuffix("’s")
            if m.start() == sentence_start and name.lower() in STOPWORDS:
                continue  # (a sentence's first word is capitalised anyway)
            out.add(name)
        return out

    reference = names(item.m.end, reach)
    subject = names(sentence_start, item.m.start) | names(reach, item.unit.end)
    return reference, subject - reference


def _shares_name(xs: set[str], ys: set[str]) -> bool:
    return any(same_name(x, y) for x in xs for y in ys)


_ONGOING = re.compile(r"\b(?:was|were|is|are)\s+([a-z]+ing)\s+$")


def ongoing(ctx: Context, item: Item) -> str:
    """The activity a date is told with when a progressive verb stands right before it
    ("Employees were coping Saturday with ..."), or ""."""
    m = _ONGOING.search(ctx.text(item.doc), max(0, item.m.start - 40), item.m.start)
    return m.group(1) if m else ""


ASIDE = re.compile(  # what went on meanwhile, or an event dated from this one ("on Monday,
    r",\s+(?:as|while|(?:a|one|two|three|four|five|six|\d)\s+(?:day|days|week|weeks)\s+"
    r"(?:after|before))\s"  # a day after a fire killed ten": the fire's day is Sunday)
    r"|^\s+after\s+(?:a|an|the|his|her|their|its|two|three|four|five|six|\d+|[A-Z][\w'’-]+"
    r"\s+(?:[A-Z][\w'’-]+\s+)?[a-z]+ed)\s",  # "resigned
    # on Tuesday after three inmates escaped at the weekend": the escape is not Tuesday's;
    # "jumped on Wednesday after Kerrin Foods agreed": a name and its past verb
    re.I,
)


def after_clause(text: str, item: Item) -> int | None:
    """How far past a date its own words reach when "after" and an event follow it
    ("resigned on Tuesday after three inmates escaped": the escape is told of another day),
    or None. Not ", a day after": "expelled ... on Tuesday, a day after" is its own day."""
    window = text[item.m.end : min(item.unit.end, item.m.end + FEATURE_REACH)]
    after = ASIDE.search(window)
    if after is None or after.group().lstrip()[:5].lower() != "after":
        return None
    return after.start()


def clock_told(m: DateMention) -> bool:
    """A time told by the clock ("3:12 a.m.", "shortly after 2 a.m."), not a part of the day."""
    told = m.display.lower()
    return any(ch.isdigit() for ch in told) or "noon" in told or "midnight" in told


def frees(near: Any, items: list[Item], vague: Item, clock: Item) -> bool:
    """Whether a part of the day agreeing with a clock time leaves that clock time free: the
    part's account tells its own clock time beside the same deed."""
    if clock_told(vague.m) or not clock_told(clock.m):
        return False
    deeds = near.event_words(clock)
    return any(
        o.doc == vague.doc
        and o is not vague
        and clock_told(o.m)
        and (near.event_words(o) & deeds or not deeds or near.shared_event_noun(o, clock))
        for o in items
    )  # (a clock time with no deed beside it, "shortly after 6 a.m. on Tuesday", is free for
    # the other account's own clock time as well: "before dawn" / "at around 5 a.m.")


def perfect(tokens: list, k: int) -> bool:
    """Whether the word at ``k`` follows "has" or "have" (with an adverb between or not)."""
    before = [t.lower for t in tokens[max(0, k - 2) : k]]
    return bool(before) and (
        before[-1] in ("has", "have") or (len(before) == 2 and before[0] in ("has", "have"))
    )


def word_before(text: str, at: int) -> str:
    """The word before offset ``at``, lower-cased ("a crowded market": a)."""
    m = re.search(r"(\w+)\W*$", text[max(0, at - 20) : at])
    return m.group(1).lower() if m else ""


def told_as_occurring(near: Any, item: Item) -> bool:
    """No deed beside a date but a verb of occurring ("The raid happened at 1.30 a.m.", "The
    burglary took place"): the time of the event the sentence names."""
    occurring = near.ctx.rules.canonical_counting("occurring_verbs")
    return all(f.value in occurring for f in near.event_words(item))


def reported(near: Any, a: Item, b: Item) -> bool:
    """Whether either date is told as when something was reported ("the blaze, which was
    reported at 1.15am"): when it was known, not when it happened."""
    told = {f.value for f in near.event_words(a) | near.event_words(b)}
    return near.ctx.rules.canonical("report") in told


def adjectives_near(ctx: Context, item: Item) -> set[Feature]:
    """Terms told only as adjectives of things near a date ("the dead whales"), not of an
    event ("the fatal shooting"): a word after a determiner and before a plain noun."""
    text = ctx.text(item.doc)
    left = max(item.unit.start, item.m.start - FEATURE_REACH)
    right = min(item.unit.end, item.m.end + FEATURE_REACH)
    tokens = [t for t in rich_tokens(text, left, right) if t.kind == "word"]
    rules = ctx.rules
    events = set(rules.counting.get("event_nouns_dated", ()))
    out = set()
    for k in range(1, len(tokens) - 1):
        before, word, after = tokens[k - 1].lower, tokens[k].lower, tokens[k + 1].lower
        thing = after.isalpha() and after not in STOPWORDS and lemma(after) not in events
        if before in DETERMINERS_BEFORE and thing and not after.endswith("ing"):
            out.add(Feature(FeatureKind.TERM, rules.canonical(lemma(word))))
    return out


def changing_subject(rules: Rules, before: str) -> bool:
    """Whether the clause before a verb (``before``: the sentence up to it) names an amount
    that changes (rules ``changing_nouns``: shares, prices, sales): "Shares in the club
    fell" tells no event that another verb of the rules' groups tells ("collapsed")."""
    clause = re.split(r"[,;:]", before)[-1].lower()
    nouns = rules.counting.get("changing_nouns", ())
    return any(lemma(w) in nouns for w in _WORD.findall(clause))


_DAY_BESIDE = 6  # characters between a clock time and the day it is of (" on ")


def _has_day(m: DateMention) -> bool:
    return m.weekday is not None or m.day is not None or m.offset is not None


def other_day(by_unit: dict[Any, list[Item]], x: Item, y: Item, refs: dict) -> bool:
    """A part of the day told with its day ("Tuesday morning") that fits a clock time only as
    a time, where the day told right after the clock time is another ("detected shortly
    after 6 a.m. on Sunday"): no agreement."""
    for p, q in ((x, y), (y, x)):
        if not _has_day(p.m) or _has_day(q.m):
            continue
        days = [
            o
            for o in by_unit[q.unit]
            if o is not q and _has_day(o.m) and 0 <= o.m.start - q.m.end <= _DAY_BESIDE
        ]
        if days and all(compatible(o.m, p.m, refs[o.doc], refs[p.doc]) is False for o in days):
            return True
    return False
