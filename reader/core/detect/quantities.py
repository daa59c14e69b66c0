"""Quantity disagreements: the same counted thing with different figures, across the whole set.

Mentions are compared like with like: the same thing (counted noun or measure) with the same
predicate ("people" + "kill"), in the same dimension, tied to the same name where the measure
has one (an age, a distance). Which mention of one account is "the same fact" as a mention of
another is decided by how much their surroundings share (the words around the figure, the
whole sentences, whether the alignment linked them) and by names or years that one of them
carries and the other account keeps for another sentence ("killed 26,000 in Bam in 2003" is
not the toll of today's quake). Equal figures are matched first, one to one, so that two
numbers in one sentence never cross-pair.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from itertools import pairwise

from reader.core.align import Alignment, Unit
from reader.core.detect.base import Context, Finding, Mention, summary_line
from reader.core.detect.qaccounts import reread
from reader.core.detect.qalone import (
    ABOARD as _ABOARD,
)
from reader.core.detect.qalone import CROWD as _CROWD
from reader.core.detect.qalone import UNIQUE_MEASURES as _UNIQUE_MEASURES
from reader.core.detect.qalone import alone_comparable, part_of_told_total, same_deed
from reader.core.detect.qalone import money as _money
from reader.core.detect.qcandidates import (
    MANY,
    PERSON,
    Figures,
    candidate_pairs,
    compatible_keys,
    far_apart,
    in_sequence,
    listed_ages,
    other_people,
    same_doers,
    same_receipt,
)
from reader.core.detect.qscore import CUMULATIVE as _CUMULATIVE
from reader.core.detect.qscore import (
    LEAD_UNITS,
    SPENDING,
    headline_tolls,
    only_mentions,
    scorer_era,
)
from reader.core.detect.qscore import Item as _Item
from reader.core.detect.qscore import Scorer as _Scorer
from reader.core.detect.qscore import year_of as _year
from reader.core.detect.qtopics import MEASURE_TOPICS, topic
from reader.core.facts.cache import Facts
from reader.core.facts.ordinals import ORDINAL
from reader.core.facts.quantities import Op, Quantity, Relation, relation
from reader.core.facts.tallies import AGAINST
from reader.core.kinds import Kind, Severity
from reader.core.language import lemma, same_name
from reader.core.rules import Rules

SAME_FACT = 0.22  # how alike two mentions' surroundings must be to be one fact
SAME_VALUE = 0.12
LOOSE_KEY = 0.35
UNKEYED = 0.45
PARAPHRASE = 0.6  # how alike two sentences must be for two verbs of one counted thing to agree
TOLD_TOO = 0.5  # how alike, against the pair's own, the sentence with the same figure must be
SHARES_ANY = 1e-6  # sentences with at least one weighted word in common
UNIQUE = 0.05  # mentions that are the only ones of their thing in each account
UNIQUE_BARE = 0.15  # the same, when nothing says what happened to the thing
_PERSON = PERSON
_TOLLS = frozenset(
    {"kill", "evacuate", "displace", "miss", "trap", "release", "kidnap", "rescue", _ABOARD}
    | {"hospitalise", "hospitalize", "treat", "infect"}
)


def _one_kind(a: Quantity, b: Quantity) -> bool:
    """Two counts of people of one named kind ("Three workers" / "Two workers"), not of
    people at large, told with the same verb."""
    nouns = {lemma(a.noun), lemma(b.noun)} if a.noun and b.noun else {_PERSON}
    return len(nouns) == 1 and not nouns & {_PERSON, "person"} and a.predicate == b.predicate


def _match(ctx: Context, items: list[_Item]) -> list[tuple[_Item, _Item, Relation]]:
    """One-to-one matches between documents' mentions of comparable quantities."""
    measures = frozenset(ctx.rules.measures) | {
        "distance",
        "age",
        "vote",
        "score",
        "record",
        "time",
        "children",
        "weight",
    }
    scorer = _Scorer(ctx)
    doers = ctx.rules.canonical_counting("doer_nouns") - {"suspect"}
    capacity = ctx.rules.canonical_counting("capacity_nouns")
    needs = {ctx.rules.canonical(v) for v in ctx.rules.counting.get("requirement_verbs", ())}
    by_key: dict[str, list[_Item]] = defaultdict(list)
    for item in items:
        money = "money" if _money(item.q) else None  # sums meet whatever was done, any currency
        money = money or ("area" if item.q.dimension == "area" else None)  # and areas any land
        share = (  # "43% for Maria Dune" / "Maria Dune won 45%": one named owner's share
            f"share of {item.q.owner.split()[-1].lower()}"
            if item.q.dimension == "ratio" and item.q.owner and item.q.thing in (None, "vote")
            else None
        )
        key = share or item.q.thing or money or item.q.predicate or item.q.dimension or ""
        sums = ctx.rules.canonical_counting("money_nouns")
        if money == "money" and (item.q.thing is None or item.q.thing in sums):
            key = money  # "demanded 5 million dollars" / "a ransom of 10 million dollars"
        if item.q.thing in doers:
            key = "doers"  # "three armed men" / "two gunmen" / "four robbers": one gang
        if item.q.dimension == "duration" and item.q.predicate == "last":
            key = "last"  # "a 16-month trial" / "the trial lasted 14 months": how long it lasted
        elif item.q.dimension == "duration" and len(key) > 6:
            key = f"span of {key[:7]}"  # "three days of deliberation" / "deliberated for two
            # days": the act by its noun or its verb
        by_key[key].append(item)
    candidates: list[tuple[int, float, _Item, _Item, Relation]] = []
    for group in by_key.values():
        alone = only_mentions(group, scorer)
        totals = {(i.doc, i.q.predicate) for i in group if i.q.kind_of == "total"}
        leads = headline_tolls(group, scorer)
        figures = Figures(group, scorer.place if len(group) > MANY else None)
        for a, b in candidate_pairs(group, scorer, figures):
            if a.doc == b.doc:
                continue
            lone_ages = a.q.thing == b.q.thing == "age" and a in alone and b in alone
            lone_ages = lone_ages and not (a.q.anchor or b.q.anchor)  # "The 24-year-old has
            # agreed" / "The 25-year-old forward": each account's one age, of the one person
            lone_ages = lone_ages and _the_before(ctx, a) and _the_before(ctx, b)  # it is about
            if not (
                compatible_keys(a.q, b.q, measures)
                or _paraphrased(a, b, scorer)
                or same_doers(a.q, b.q, ctx.rules)
                or same_receipt(a.q, b.q, ctx.rules)
                or lone_ages
            ) or other_people(a.q, b.q, ctx.rules):
                continue
            if part_of_told_total(a, b, totals) or part_of_told_total(b, a, totals):
                continue  # "86 passengers and six crew" (92) / "104 people on board": the 92
            if (a.q.predicate in needs) != (b.q.predicate in needs):
                continue  # "needing 11 points to break the record" / "now has 2,129 points"
            rel = relation(a.q, b.q)
            if rel == Relation.UNKNOWN or (rel != Relation.SAME and _units_apart(a.q, b.q)):
                continue
            score = scorer.score(a, b)
            if bool(_year(ctx, a)) != bool(_year(ctx, b)):
                score *= 0.5  # a year in one sentence only: background against news
            needed = SAME_VALUE if rel == Relation.SAME else SAME_FACT
            if not (a.q.thing or b.q.thing) and not (
                a.q.predicate and a.q.predicate == b.q.predicate
            ):
                needed = max(needed, UNKEYED)  # only the unit says what it is
                if far_apart(a.q, b.q):
                    continue  # "320GB" of disk / "8GB" of memory: two things the unit shares
            elif (
                not same_deed(a.q, b.q)
                and a.q.thing not in measures
                and not same_receipt(a.q, b.q, ctx.rules)  # ("accepting" / "took" bribes)
            ):
                needed = max(needed, LOOSE_KEY)  # one of them does not say what happened
                if (a.q.is_open or b.q.is_open) and a.q.thing == b.q.thing != _PERSON:
                    needed = SAME_FACT  # "did not say how much gas had escaped" / "10
                    # tonnes of gas": the amount of one named substance
            elif (
                a.q.anchor
                and b.q.anchor
                and a.q.thing in measures
                and (a.q.thing != "distance" or rel == Relation.SAME)
            ):
                # the population of one place, the age of one man; many things lie at
                # different distances from one town
                needed = SAME_VALUE
            one_record = bool(a.q.owner and b.q.owner and same_name(a.q.owner, b.q.owner))
            share = a.q.dimension == "ratio"  # "54% of the vote": a share, not a tally
            if share and one_record:
                needed = min(needed, SAME_FACT)  # "43% for Maria Dune" / "Maria Dune won 45%"
            if a.q.thing in ("score", "record", "vote") and not one_record and not share:
                needed = max(needed, UNKEYED)  # tallies of points are everywhere in sport
                if scorer.other_names(a, b):
                    continue  # "a 27-24 loss to Chicago" / "the 13-10 loss to Atlanta"
            sides = {a.q.scope, b.q.scope} == {AGAINST, ""} and a.q.thing == "vote"
            if sides and Op.TALLY in (a.q.value.op, b.q.value.op) and a in alone and b in alone:
                needed = 0.0  # "by 188 votes to 142" / "139 against": the one vote told
            offset = scorer.offset(a) or scorer.offset(b)
            if offset and (a.unit, b.unit) not in scorer.grouped:
                continue  # "two seconds later": between which events? Only in one passage.
            if _span_between(ctx, a) != _span_between(ctx, b):
                continue  # "two days after the expulsion" / "72 hours to leave": a span
                # between two events is no deadline
            if (
                a.q.thing
                and a.q.thing != _PERSON
                and a.q.thing not in measures
                and not (a.q.predicate or b.q.predicate)
            ):
                needed = max(needed, LOOSE_KEY)  # "two chances" / "one final chance"
            if Op.VAGUE in (a.q.value.op, b.q.value.op):
                needed = max(needed, LOOSE_KEY)  # "dozens" is weak evidence of one fact
            headline = a in leads and b in leads and a.q.predicate == b.q.predicate
            tally = a.q.thing in ("score", "record") and not one_record
            if a in alone and b in alone and alone_comparable(a.q, b.q) and not tally:
                needed = 0.0 if a.q.thing in _UNIQUE_MEASURES else UNIQUE  # counted once each
                bare = not (a.q.predicate or a.q.is_open or b.q.is_open)
                bare = bare or (
                    a.q.predicate == "last"
                    and a.q.thing != b.q.thing
                    and not _names_the_thing(ctx, a, b)
                )  # ("a 16-month trial" / "The trial lasted 14 months": one trial)
                bare = bare and not (_of_thing(ctx, a) and _of_thing(ctx, b))  # "65 km of
                # shore", "3,500 tonnes of oil": a measure of one named thing
                held = a.q.thing in capacity  # ("650 beds" / "the 720-bed hospital": the
                unique = a.q.thing in _UNIQUE_MEASURES or held  # one facility's, counted once)
                if bare and a.q.thing not in measures and not unique:
                    needed = UNIQUE_BARE  # "3 touchdowns" / "five touchdowns": whose, when?
                one_age = a.q.thing == "age" and bool(a.q.anchor and b.q.anchor)
                if one_age and same_name(a.q.anchor, b.q.anchor):
                    needed = 0.0  # the one age each account gives, of one named person
                lasted = a.q.predicate == b.q.predicate == "last" and a.q.thing == b.q.thing
                if lasted and a.q.thing:
                    needed = 0.0  # how long the one named thing each account times lasted
                    # ("a five-year contract" / "a four-year deal")
                if a.q.thing == _PERSON and a.q.predicate == _CROWD:
                    needed = SHARES_ANY  # each account's one count of those who took part,
                    # in sentences with a word in common ("the crowd" / "took part")
                elif a.q.thing == _PERSON and a.q.predicate in _TOLLS and not a.q.scope:
                    needed = 0.0  # each account's one count of the dead, the evacuated...
                elif a.q.thing == _PERSON and 0.0 in (a.q.value.figure, b.q.value.figure):
                    needed = 0.0  # "No one was hurt" / "Two firefighters were treated": the
                    # whole event's count, against the one count the other account gives
                elif a.q.thing == _PERSON and _one_kind(a.q, b.q):
                    needed = UNIQUE  # each account's one count of wounded workers
                elif a.q.thing == _PERSON:
                    needed = SAME_VALUE  # each account's one count of the wounded
                elif (_money(a.q) or a.q.dimension == "area") and not a.q.thing:
                    needed = SAME_FACT  # "for $13.9 billion" / "a deal valued at $13.2 billion"
                elif a.q.thing == b.q.thing and a.q.predicate not in (None, AGAINST, "last"):
                    needed = 0.0  # each account's one count of things that befell one deed
                    # ("Eleven tank cars left the tracks" / "Fourteen of the 90 cars derailed")
            lead = a.unit.index < LEAD_UNITS and b.unit.index < LEAD_UNITS
            score_alone = a.q.thing == "score" and a in alone and b in alone and lead
            if tally and score_alone and not scorer.other_names(a, b):
                needed = min(needed, SAME_FACT)  # the one score each account leads with
            gang = a.q.thing in doers and b.q.thing in doers and a.q.scope == b.q.scope
            if gang and a in alone and b in alone and lead:
                needed = 0.0  # the one count of the doers each account leads with ("three
                # armed men stormed" / "Witnesses said four robbers took part")
            if headline or (a in alone and b in alone and _nationals(ctx, a, b)):
                needed = min(needed, UNIQUE)  # the toll each account leads with; "including
                # three Germans" / "Among them were two Germans": the one count of a nation's
            if (
                score < needed
                or scorer.exclusive(a, b, group, names=not headline)
                or scorer.other_sites(a, b)
                or scorer.owned_elsewhere(a, b)
                or scorer.anchored_elsewhere(a, b)
                or scorer.placed_elsewhere(a, b)
                or (rel != Relation.SAME and scorer.one_aggregate(a, b))
                or (rel != Relation.SAME and _told_too(a, b, figures, measures, scorer))
            ):
                continue
            candidates.append((0 if rel == Relation.SAME else 1, -score, a, b, rel))
    candidates.sort(key=lambda c: (c[0], c[1], c[2].doc, c[2].q.start, c[3].doc, c[3].q.start))
    used: set[tuple[_Item, int, str]] = set()
    out = []
    for _, _, a, b, rel in candidates:
        side_a, side_b = _side(a, b), _side(b, a)  # (a tally meets each side of a vote once)
        if (a, b.doc, side_a) in used or (b, a.doc, side_b) in used:
            continue
        used.add((a, b.doc, side_a))
        used.add((b, a.doc, side_b))
        out.append((a, b, rel))
    return out + listed_ages(items, out, used)


def _span_between(ctx: Context, item: _Item) -> bool:
    """A duration told right before "after", "before", "later" or "earlier" ("two days after
    Veloria expelled ..."): a span between two events."""
    text = ctx.text(item.doc)
    after = text[item.q.end : item.q.end + 10]
    if item.q.dimension != "duration" or " of " in text[item.q.start : item.q.end + 4]:
        return False  # ("after three days of deliberation": how long it went on)
    if item.q.predicate in SPENDING:
        return False  # "spent 44 hours underground before rescuers drilled through": how long
    told_after = _AFTER.search(text, max(0, item.q.start - 12), item.q.start) is not None
    return _BETWEEN.match(after) is not None or told_after  # "And after six days Jesus
    # taketh": the span since the event told before ("ended after 14 hours": how long)


_BETWEEN = re.compile(r"\s+(?:after|before|later|earlier)\b", re.I)
_AFTER = re.compile(r"(?:^|[.,;:]\s*|\b(?:and|but|then|so)\s+)after\s+$", re.I)


def _the_before(ctx: Context, item: _Item) -> bool:
    """Whether "the" opens the mention ("The 24-year-old"): someone the account has named."""
    return ctx.text(item.doc)[max(0, item.q.start - 4) : item.q.start].lower() == "the "


def _of_thing(ctx: Context, item: _Item) -> bool:
    """A measure whose thing follows "of" ("65 km of shore"), not a count, a tally or a
    time ("four days of riots": days go by)."""
    told = ctx.text(item.doc)[item.q.start : item.q.end]
    attribute = "-" in told or told.split()[-1] in ctx.rules.data.get("length_adjectives", {})
    named = " of " in told or bool(attribute and item.q.thing not in (None, *ctx.rules.measures))
    return item.q.dimension in ("length", "mass", "volume", "area") and named  # ("a 35-km
    # path", "a path 20 km long")


def _paraphrased(a: _Item, b: _Item, scorer: _Scorer) -> bool:
    """The same counted thing with two verbs of holding in sentences that tell one thing ("it
    contained two thousand baths" / "it received and held three thousand baths"); never
    people, whose verbs say what befell them."""
    qa, qb = a.q, b.q
    if not (qa.thing and qa.thing == qb.thing and qa.thing != _PERSON):
        return False
    if qa.scope != qb.scope or qa.dimension != qb.dimension:
        return False
    taking = scorer.ctx.rules.canonical_counting("taking_verbs")
    if qa.predicate in taking and qb.predicate in taking:
        return True  # "took six paintings" / "five paintings were stolen": one theft
    holding = scorer.ctx.rules.counting.get("holding_verbs", ())
    if qa.predicate not in holding or qb.predicate not in holding:
        return False  # ("played in 10 games" / "missed four games": two deeds)
    return scorer.score(a, b) >= PARAPHRASE


def _side(x: _Item, other: _Item) -> str:
    """Which side of ``x``'s vote tally ``other`` counts ("against" or ""); "" otherwise."""
    return other.q.scope if x.q.thing == "vote" and x.q.value.op == Op.TALLY else ""


def _units_apart(a: Quantity, b: Quantity) -> bool:
    """ "a five-year life" / "an eight-hour battery life": measures in units far apart whose
    figures are far apart are two measures, not one told twice."""
    fa, fb = a.value.figure, b.value.figure
    if a.dimension in (None, "count") or not fa or not fb:
        return False
    unit_a, unit_b = (q.display.split()[-1].lower().rstrip("s") for q in (a, b))
    return unit_a != unit_b and max(fa, fb) / min(fa, fb) > 50


def _told_too(
    a: _Item, b: _Item, figures: Figures, measures: frozenset[str], scorer: _Scorer
) -> bool:
    """One account also gives the other's figure for the thing, in a sentence at least as
    like the other's: its different figure is about something else (a second quake, a later
    count) and says so itself. ("killing one man" in one village does not make an account's
    toll of five agree with another's "a child".)"""
    for x, y in ((a, b), (b, a)):
        others = [
            o
            for o in figures.same_as(x, y.doc, measures)
            if o is not y and _side(x, o) == _side(x, y)
        ]  # (a vote's side in favour says nothing of the side against)
        bare = not (x.q.thing or x.q.predicate or y.q.thing or y.q.predicate)
        if others and bare:
            return True  # "turbo up to 3.7GHz" / "up to 3.7 GHz", "2.3 GHz": only the unit
            # says what either is, and the other account tells the very figure too
        if others and any(
            scorer.score(x, other) >= TOLD_TOO * scorer.score(x, y) for other in others
        ):
            return True
    return False


def _names_the_thing(ctx: Context, a: _Item, b: _Item) -> bool:
    """Whether the side whose duration names no thing tells the other's thing in its
    sentence ("The trial lasted 14 months" against "a 16-month trial")."""
    for x, y in ((a, b), (b, a)):
        if y.q.thing and not x.q.thing:
            told = ctx.text(x.doc)[x.unit.start : x.unit.end].lower()
            return y.q.thing in told
    return False


def _nationals(ctx: Context, a: _Item, b: _Item) -> bool:
    """Two counts of one nation's people ("three Germans" / "two Germans"), told with the same
    verb or with none on one side."""
    qa, qb = a.q, b.q
    if not qa.thing or qa.thing != qb.thing or qa.thing == _PERSON or qa.dimension != "count":
        return False
    if qa.predicate != qb.predicate and not (_among(ctx, a) or _among(ctx, b)):
        return False  # ("about 350 Palestinians were inside" / "three Palestinians ... died")
    if Op.VAGUE in (qa.value.op, qb.value.op):
        return False

    def capitalised(item: _Item) -> bool:
        told = ctx.text(item.doc)[item.q.start : item.q.end].split()
        return bool(told) and told[-1][:1].isupper() and item.q.start > item.unit.start

    return capitalised(a) and capitalised(b)


def _among(ctx: Context, item: _Item) -> bool:
    """A count told as a part of a group the sentence names before it, with no verb of its
    own: "Among them were two Germans"."""
    if item.q.predicate:
        return False
    before = ctx.text(item.doc)[item.unit.start : item.q.start].lower()
    return "among" in before.split() or "including" in before.split()


FACT_LINK = 0.3  # the link score two passages get for stating the same count of one thing


def fact_links(facts: Facts, rules: Rules) -> Callable[[Alignment], list[tuple[float, Unit, Unit]]]:
    """Links between passages that give the same figure for the same thing and predicate
    ("killing 10 people" / "the death toll rose to 10"), whatever their other words."""

    def links(alignment: Alignment) -> list[tuple[float, Unit, Unit]]:
        items = [
            (unit, q)
            for units in alignment.units
            for unit in units
            for q in facts.quantities(unit)
            if q.thing
            and (q.predicate or q.thing in facts.rules.measures)
            and q.value.figure
            and q.value.figure >= 3
        ]
        by_key: dict[tuple, list[tuple[Unit, Quantity]]] = defaultdict(list)
        for unit, q in items:
            by_key[(q.thing, q.predicate, q.dimension)].append((unit, q))
        out = []
        for group in by_key.values():
            if len(group) > 40:
                continue  # a thing counted everywhere tells nothing
            for i, (ua, qa) in enumerate(group):
                for ub, qb in group[i + 1 :]:
                    if ua.doc != ub.doc and relation(qa, qb) == Relation.SAME:
                        out.append((FACT_LINK, ua, ub))
        return out

    return links


_DAY = 86400.0  # seconds


def _time_passed(items: list[_Item], ctx: Context) -> bool:
    """Whether a span told in days grows between accounts by no more than the days between
    their publication ("four days of riots" / "five days of riots" a day later)."""
    told = [(ctx.documents[i.doc].published, i.q.value.figure) for i in items]
    if all(i.q.dimension == ORDINAL and i.q.thing == "day" for i in items):
        told = [(d, f * _DAY if f is not None else None) for d, f in told]  # "a sixth
        # straight day" / "the seventh consecutive day" a day later
    elif any(i.q.dimension != "duration" for i in items):
        return False
    if any(d is None or f is None or f < _DAY or f % _DAY for d, f in told):
        return False  # (undated accounts; hours: a delay or a trip, not days going by)
    dated = sorted(told)  # type: ignore[type-var]
    for (d1, f1), (d2, f2) in pairwise(dated):
        if not 0 <= f2 - f1 <= (d2 - d1).days * _DAY:  # type: ignore[operator]
            return False
    return len({f for _, f in dated}) > 1


def _aged(items: list[_Item], ctx: Context) -> bool:
    """Ages of one person that grow between accounts by no more than the years between them
    ("Orozco, 27" in July 2005 / "Orozco, 29" in March 2007): the same age, told later."""
    told = [(ctx.documents[i.doc].published, i.q.value.figure) for i in items]
    if any(i.q.thing != "age" for i in items) or any(f is None for _, f in told):
        return False
    dated = sorted((d, f) for d, f in told if d is not None)
    if len(dated) < 2 or any(d is None and f not in {g for _, g in dated} for d, f in told):
        return False  # (an undated account must give one of the dated ages)
    for (d1, f1), (d2, f2) in pairwise(dated):
        years = (d2 - d1).days / 365.25
        if f2 < f1 or (f2 > f1 and (years < 0.25 or f2 - f1 > years + 1)):
            return False  # (a year older a day later is another age, not a birthday)
    return len({f for _, f in dated}) > 1


def _later(items: list[_Item], ctx: Context) -> dict[int, str]:
    """For counts that grow (tolls) and spans that go on, note which accounts are later and
    give more."""
    if not all(i.q.predicate in _CUMULATIVE for i in items) and not _time_passed(items, ctx):
        return {}
    # ("dozens" says nothing of which figure is later)
    dated = [(ctx.documents[i.doc].published, i) for i in items if i.q.value.figure is not None]
    if any(d is None for d, _ in dated) or len({d for d, _ in dated}) < 2:
        return {}
    earliest: date = min(d for d, _ in dated)  # type: ignore[type-var]
    first = [i.q.value.figure for d, i in dated if d == earliest]
    notes = {}
    for d, i in dated:
        if (
            d != earliest
            and i.q.value.figure is not None
            and all(i.q.value.figure > f for f in first if f is not None)
        ):
            notes[i.doc] = " (later account)"
    return notes


def quantity_findings(ctx: Context) -> list[Finding]:
    """Counts and measures of the same thing that differ between accounts."""
    items = reread(
        ctx,
        [
            _Item(d, unit, q)
            for d in ctx.docs
            for unit, q in in_sequence(ctx.facts, ctx.alignment.units[d])
        ],
        _TOLLS,
    )
    matches = _match(ctx, items)
    parent: dict[_Item, _Item] = {}

    def root(x: _Item) -> _Item:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for a, b, _ in matches:
        parent[root(a)] = root(b)
    components: dict[_Item, list[tuple[_Item, _Item, Relation]]] = defaultdict(list)
    for a, b, rel in matches:
        components[root(a)].append((a, b, rel))
    out = []
    for edges in components.values():
        relations = {rel for _, _, rel in edges}
        if relations <= {Relation.SAME}:
            continue
        chosen: dict[int, _Item] = {}
        for a, b, _ in sorted(edges, key=lambda e: e[2] == Relation.SAME):
            for item in (a, b):
                chosen.setdefault(item.doc, item)
                if item.q.kind_of == "total":
                    chosen[item.doc] = item  # "92 (86 passengers and six crew)": the whole
        members = [chosen[d] for d in sorted(chosen)]
        if _aged(members, ctx):
            continue
        notes = _later(members, ctx)
        mentions = [
            Mention(
                i.doc,
                i.q.start,
                i.q.end,
                None if i.q.is_open else i.q.display + notes.get(i.doc, ""),
            )
            for i in members
        ]
        label = topic(
            members[0].q,
            [i.q for i in members[1:]],
            tuple(ctx.rules.measures),
            ctx.rules.participles,
            frozenset()
            if any(i.q.predicate in ctx.rules.counting["human_predicates"] for i in members)
            else ctx.rules.canonical_counting("doer_nouns"),  # ("attackers killed": befell)
        )
        if any(i.q.thing == "vote" and i.q.scope == "against" for i in members):
            label = "votes against"  # "unanimous" / "two of the seven voted against"
        if members[0].q.dimension == ORDINAL:
            label = f"which {members[0].q.thing}"  # "which rise: third / fourth"
        if label.startswith("length of "):  # "length of closure", not "of close"
            label = "length of " + ctx.rules.nominal(label.removeprefix("length of "))
        years = {_year(ctx, i) for i in members} - {None}
        if len(years) == 1 and all(scorer_era(ctx, i) == "past" for i in members):
            label += f" ({years.pop()})"  # background: "people killed (2004)"
        conflict = Relation.CONFLICT in relations and not _time_passed(members, ctx)
        values = [i.q.display + notes.get(i.doc, "") for i in members]
        counted = (
            members[0].q.thing
            and " " not in label
            and label not in MEASURE_TOPICS
            and (members[0].q.dimension or "count") == "count"
        )
        out.append(
            Finding(
                Kind.QUANTITY,
                label,
                summary_line(f"number of {label}" if counted else label, values),
                mentions,
                "the same count is given differently"
                if conflict
                else "the figures differ but can all be true",
                Severity.CONFLICT if conflict else Severity.DIFFERS,
                key=("quantity", label, members[0].q.start, members[0].doc),
            )
        )
    return out


__all__ = ["Op", "quantity_findings", "topic"]
