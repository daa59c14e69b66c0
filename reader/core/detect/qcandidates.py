"""Which mentions of a quantity may be one fact: comparable keys, and the candidate pairs.

Two mentions are compared only when they are about the same thing (``compatible_keys``). For
a thing counted everywhere (a book's thousands of figures, a text that repeats one figure)
not every pair is weighed: ``candidate_pairs`` takes, for each mention, the mentions of the
passages aligned with it and those of every other account whose figure could be its own,
at most ``NEAR_MAX`` per account, nearest in place first (found by bisection).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.core.align import Unit
from reader.core.facts.quantities import Op, Quantity, Relation, relation
from reader.core.facts.scope import CONTRASTIVE
from reader.core.language import lemma, same_name
from reader.core.rules import Rules

if TYPE_CHECKING:
    from reader.core.detect.qscore import Item as _Item
    from reader.core.detect.qscore import Scorer as _Scorer
    from reader.core.facts.cache import Facts

PERSON = "people"


def in_sequence(facts: Facts, units: Sequence[Unit]) -> Iterator[tuple[Unit, Quantity]]:
    """Each unit's quantities, read in the order the account tells them: "At least 21 people
    have died. Another 40 were being treated in hospital": the 40 are other people than the
    dead, not more of the treated, so a sentence's first count loses its "another" when the
    sentence before counted people of another predicate."""
    before: str | None = None  # what befell the last people counted in the unit before
    for unit in units:
        found = facts.quantities(unit)
        first = min((q.start for q in found), default=None)
        for q in found:
            other = q.scope in CONTRASTIVE and q.start == first and q.thing == PERSON
            if other and before and q.predicate and q.predicate != before:
                q = replace(q, scope="")
            yield unit, q
        people = [q.predicate for q in found if q.thing == PERSON and q.predicate]
        before = people[-1] if people else None


def none_hurt(a: Quantity, b: Quantity) -> bool:
    """ "No one was hurt" against a count of people hurt or treated: both cannot be."""
    told = {a.predicate, b.predicate} == {"injure", "treat"}
    return told and 0.0 in (a.value.figure, b.value.figure)


def _one_head(a: str, b: str) -> bool:
    """Two nouns of one thing: the same, or one the head of the other's compound
    ("epicentre" / "centre", "footbridge" / "bridge")."""
    short, long = sorted((a.lower(), b.lower()), key=len)
    return short == long or (len(short) >= 4 and long.endswith(short))


def compatible_keys(a: Quantity, b: Quantity, measures: frozenset[str]) -> bool:
    if a.dimension != b.dimension and not (a.is_open or b.is_open):
        return False
    tally = Op.TALLY in (a.value.op, b.value.op)
    ungraded_none = any(q.value.figure == 0.0 and not q.scope for q in (a, b))
    graded = a.predicate == b.predicate == "injure" and ungraded_none  # "no injuries were
    graded = graded and {a.scope, b.scope} <= {"", "slight", "serious"}  # reported" / "Two
    # officers suffered minor injuries": none of any grade (not "no one was seriously hurt")
    if a.scope != b.scope and not graded and not (tally and {a.scope, b.scope} == {"against", ""}):
        parts = {a.scope, b.scope} == {"part", ""}
        if not (parts and a.where and b.where and set(a.where.split()) & set(b.where.split())):
            return False  # "his last two games" is not the season; "another 20" not the total
        # ("170,000 of them in Aceh" / "170,000 in Aceh": one place's count)
    if a.kind_of and b.kind_of and not set(a.kind_of.split()) & set(b.kind_of.split()):
        return False  # "a 250GB hard drive" / "a 256GB solid state drive": two kinds of drive
    if a.where and b.where and not set(a.where.split()) & set(b.where.split()):
        return False  # "in Sumatra alone" / "around the Indian Ocean": two places' counts
    one_holder = bool(a.owner and b.owner and same_name(a.owner, b.owner))
    if a.dimension == "ratio" and one_holder and {a.thing, b.thing} <= {None, "vote"}:
        return True  # "won with 52.4 percent of the vote" / "taking 54 percent": her share
    if a.thing in measures or b.thing in measures:
        if a.thing != b.thing:
            return False
        if a.thing == "time" and not (a.predicate and a.predicate == b.predicate):
            return False  # "twice admitted he lied" / "lied several times": what was done?
        if a.thing == "distance" and a.noun and b.noun and not _one_head(a.noun, b.noun):
            return False  # the building and a motorist, each some miles from one town
        if a.thing in ("age", "distance") and relation(a, b) != Relation.SAME:
            if not (a.anchor or b.anchor) and a.predicate and a.predicate == b.predicate:
                return True  # "a 24-year-old man was arrested" / "a 25-year-old ... detained"
            if a.thing == "age" and not (a.anchor or b.anchor) and a.kind_of == b.kind_of != "":
                return True  # "a seven-year-old girl" / "The girl was nine"
            return bool(a.anchor and b.anchor and same_name(a.anchor, b.anchor))
        return not (a.anchor and b.anchor and not same_name(a.anchor, b.anchor))
    if a.thing and b.thing and a.thing != b.thing:
        return False
    if a.predicate and b.predicate and a.predicate != b.predicate and not none_hurt(a, b):
        return False  # ("No one was hurt" / "Two firefighters were treated": both cannot be)
    if not (a.thing or b.thing):
        if a.dimension not in (None, "count"):
            return True  # "around 15 seconds" / "one minute"
        # "the Lord appointed other seventy" / "… other threescore and ten": one doer, one deed
        return bool(
            a.predicate
            and a.predicate == b.predicate
            and a.owner
            and b.owner
            and same_name(a.owner, b.owner)
        )
    if deed_and_its_noun(a, b) or deed_and_its_noun(b, a):
        return True  # "after three days of deliberation" / "The jury deliberated for two days"
    if (a.dimension or "").endswith("/rate") and a.dimension == b.dimension:
        return True  # "will pay 38 euros a share" / "the offer of 36 euros per share"
    if not (a.thing and b.thing):
        return bool(a.predicate and b.predicate) or (
            (a.is_open or b.is_open) and bool(a.thing or b.thing)
        )
    if a.thing == PERSON or a.thing is None:
        if not (a.predicate or b.predicate) and _group(a) and _group(b):
            return same_name(_group(a), _group(b))  # "the men of Judah were …" / "Judah was …"
        if not (a.predicate or b.predicate) and a.kind_of and a.kind_of == b.kind_of:
            return a.kind_of not in ("people", "person")  # "a camp of about 20,000 refugees"
        return bool(a.predicate and b.predicate) or a.is_open or b.is_open
    return True


def deed_and_its_noun(a: Quantity, b: Quantity) -> bool:
    """A span of an act told by its noun against one told by its verb ("three days of
    deliberation" / "deliberated for two days"): the noun and the verb share their stem; a
    sum told by its noun against one told by the same word as a verb ("a fine of 300,000
    euros" / "was fined 250,000 euros")."""
    if not (a.thing and not a.predicate and b.predicate and not b.thing):
        return False
    noun, verb = a.thing, b.predicate
    money = (a.dimension or "").startswith("money") and a.dimension == b.dimension
    if money:
        return noun == verb
    if a.dimension != "duration" or b.dimension != "duration":
        return False
    return min(len(noun), len(verb)) > 6 and noun[:7] == verb[:7]


def same_receipt(a: Quantity, b: Quantity, rules: Rules) -> bool:
    """One named sum told with two verbs of receiving ("accepting 1.2 million euros in
    bribes" / "took 2.1 million euros in bribes"): one sum received. The verbs are rules."""
    verbs = rules.counting.get("receiving_verbs", ())
    return bool(
        a.thing
        and a.thing == b.thing
        and (a.dimension or "").startswith("money")
        and a.dimension == b.dimension
        and {a.predicate, b.predicate} <= set(verbs) | {None}
    )


def other_people(a: Quantity, b: Quantity, rules: Rules) -> bool:
    """Counts of two groups of people by age or sex ("five women" / "two children", "three
    men" / "two women"): never one count, whatever befell them. Groups are rules data."""
    groups = rules.data["counting"].get("person_groups", {})
    ga = groups.get(lemma(a.noun)) if a.noun else None
    gb = groups.get(lemma(b.noun)) if b.noun else None
    if not ga or not gb:
        return False
    return ga[0] != gb[0] or bool(ga[1] and gb[1] and ga[1] != gb[1])


def same_doers(a: Quantity, b: Quantity, rules: Rules) -> bool:
    """Counts of those who did the deed ("two gunmen opened fire" / "three attackers stormed
    the market"): the same people whatever verb tells what they did."""
    doers = rules.canonical_counting("doer_nouns") - {"suspect"}
    return bool(
        a.thing in doers
        and b.thing in doers  # "three armed men" / "two gunmen" / "four robbers": one gang
        and a.scope == b.scope
        and a.dimension == b.dimension == "count"
    )  # (not suspects: those arrested may be others)


def far_apart(a: Quantity, b: Quantity) -> bool:
    """Figures an order of magnitude apart or more."""
    fa, fb = a.value.figure, b.value.figure
    return bool(fa and fb and max(fa, fb) / min(fa, fb) >= 10)


def _group(q: Quantity) -> str:
    """The named people a count is of: its subject, or the place it is given for."""
    return q.owner or q.where


class Figures:
    """A group's mentions by account, sorted by figure, to find the few near a figure."""

    def __init__(self, group: list[_Item], place: Callable[[_Item], float] | None = None) -> None:
        self.by_doc: dict[int, list[tuple[float, int, _Item]]] = defaultdict(list)
        self.open: dict[int, list[_Item]] = defaultdict(list)
        self._same: dict[tuple[int, int], list[_Item]] = {}
        self.place = place  # set for a large group: candidates are then taken near in place
        self._placed: dict[tuple[int, int, int], tuple[list[float], list[_Item]]] = {}
        for n, item in enumerate(group):
            figure = item.q.value.figure
            if figure is None:
                self.open[item.doc].append(item)
            else:
                self.by_doc[item.doc].append((figure, n, item))
        for items in self.by_doc.values():
            items.sort(key=lambda t: (t[0], t[1]))

    def same_as(self, x: _Item, doc: int, measures: frozenset[str]) -> list[_Item]:
        """Mentions of ``doc`` that give ``x``'s figure for the same thing."""
        key = (id(x), doc)
        found = self._same.get(key)
        if found is None:
            candidates = self.near(x, doc) if self.place is None else self.near_placed(x, doc)
            found = self._same[key] = [
                o
                for o in candidates
                if compatible_keys(x.q, o.q, measures) and relation(x.q, o.q) == Relation.SAME
            ]
        return found

    def _range(self, x: _Item, doc: int) -> tuple[list[tuple[float, int, _Item]], int, int]:
        items = self.by_doc.get(doc, [])
        figure = x.q.value.figure or 0.0
        low, high = sorted((figure * 0.7, figure * 1.45))
        lo = bisect_left(items, (low, -1))
        hi = bisect_right(items, (high, len(items) + 10**9))
        return items, lo, hi

    def near(self, x: _Item, doc: int) -> list[_Item]:
        """Mentions of ``doc`` whose figure could be the same as ``x``'s."""
        if x.q.value.figure is None:
            return self.open.get(doc, [])
        items, lo, hi = self._range(x, doc)
        return [t[2] for t in items[lo:hi]]

    def near_placed(self, x: _Item, doc: int, k: int = 0) -> list[_Item]:
        """Of those, the ``k`` (``NEAR_MAX``) placed most like ``x`` in their account, found
        by bisection: a figure repeated everywhere costs no more than a rare one."""
        k = k or NEAR_MAX
        if x.q.value.figure is None or self.place is None:
            return self.near(x, doc)[:k] if self.place is not None else self.near(x, doc)
        items, lo, hi = self._range(x, doc)
        if hi - lo <= k:
            return [t[2] for t in items[lo:hi]]
        key = (doc, lo, hi)
        if key not in self._placed:
            ordered = sorted(items[lo:hi], key=lambda t: (self.place(t[2]), t[2].q.start))
            self._placed[key] = ([self.place(t[2]) for t in ordered], [t[2] for t in ordered])
        places, found = self._placed[key]
        at = bisect_left(places, self.place(x))
        left, right = at - 1, at
        out: list[_Item] = []
        where = self.place(x)
        while len(out) < k and (left >= 0 or right < len(found)):
            if right >= len(found) or (left >= 0 and where - places[left] <= places[right] - where):
                out.append(found[left])
                left -= 1
            else:
                out.append(found[right])
                right += 1
        return out


MANY = 120  # mentions of one thing above which only likely pairs are compared


def candidate_pairs(
    group: list[_Item], scorer: _Scorer, figures: Figures
) -> Iterator[tuple[_Item, _Item]]:
    """The pairs of mentions to weigh. A small group: all of them. A large one (a book's
    thousands of figures): only mentions in passages aligned or linked together, and
    mentions whose figures could be the same, so the cost grows with the text, not its
    square."""
    if len(group) <= MANY:
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                yield a, b
        return
    index = {id(item): n for n, item in enumerate(group)}
    by_unit: dict[Unit, list[_Item]] = defaultdict(list)
    for item in group:
        by_unit[item.unit].append(item)
    seen: set[tuple[int, int]] = set()
    for a in group:
        by_doc: dict[int, list[_Item]] = defaultdict(list)
        for unit in scorer.partners(a.unit):
            by_doc[unit.doc].extend(by_unit.get(unit, ()))
        for doc in figures.by_doc:
            if doc != a.doc:
                by_doc[doc].extend(figures.near_placed(a, doc))
        partners = [b for doc, found in by_doc.items() for b in closest(a, found, scorer)]
        for b in partners:
            key = tuple(sorted((index[id(a)], index[id(b)])))
            if b.doc != a.doc and key not in seen:
                seen.add(key)  # type: ignore[arg-type]
                yield (a, b) if index[id(a)] < index[id(b)] else (b, a)


NEAR_MAX = 8  # mentions of one other account weighed against each mention, at most


def closest(a: _Item, near: list[_Item], scorer: _Scorer) -> list[_Item]:
    """Of one account's candidate mentions for ``a`` (in passages aligned with it, or with a
    figure that could be its), the few in linked passages or placed most like it: a text that
    repeats one figure everywhere must not make every pair a candidate."""
    if len(near) <= NEAR_MAX:
        return near
    units = scorer.ctx.alignment.units
    where = a.unit.index / max(len(units[a.doc]), 1)
    unique = {id(b): b for b in near}.values()
    return sorted(
        unique,
        key=lambda b: (
            -scorer.linked.get((a.unit, b.unit), 0.0),  # linked passages first
            abs(b.unit.index / max(len(units[b.doc]), 1) - where),
            b.q.start,
        ),
    )[:NEAR_MAX]


def listed_ages(
    items: list[_Item], matched: list[tuple[_Item, _Item, Relation]], used: set[tuple]
) -> list[tuple[_Item, _Item, Relation]]:
    """Ages listed together ("who were 61 and 48 years old" / "two women -- 68 and 48"): where
    one age of the list is the same in two accounts, the one other age of each list is the
    other person's, however the lists name them ("his mother, Katherine, 61")."""
    ages: dict[Unit, list[_Item]] = defaultdict(list)
    for item in items:
        if item.q.thing == "age" and item.q.dimension == "count":
            ages[item.unit].append(item)
    out = []
    for a, b, rel in matched:
        if rel != Relation.SAME or a.q.thing != "age":
            continue
        rest_a = [i for i in ages[a.unit] if i is not a and (i, b.doc, "") not in used]
        rest_b = [i for i in ages[b.unit] if i is not b and (i, a.doc, "") not in used]
        if len(rest_a) != 1 or len(rest_b) != 1:
            continue  # (ages matched already, such as the accused's, are not the list's)
        x, y = rest_a[0], rest_b[0]
        if x.q.anchor and y.q.anchor and not same_name(x.q.anchor, y.q.anchor):
            continue
        found = relation(x.q, y.q)
        if found not in (Relation.SAME, Relation.UNKNOWN):
            used.add((x, y.doc, ""))
            used.add((y, x.doc, ""))
            out.append((x, y, found))
    return out
