"""Quantities: a stated amount, its unit, and the thing it is about.

A :class:`Quantity` says how much (``op`` and ``figure``, or an open value such as "not
disclosed"), of what (``dimension``: a count, a length, euros ...) and about which thing
(``thing``: the counted noun or the measure, "people", "village", "magnitude", "age";
``predicate``: what happened to them, "kill", "injure", "hit"). Two quantities can be
compared only when they are about the same thing; :func:`relation` then says whether their
values conflict, differ while both can be true, or agree.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import StrEnum

INF = math.inf


class Op(StrEnum):
    EQ = "="
    ABOUT = "~"
    OVER = ">"
    AT_LEAST = ">="
    UNDER = "<"
    AT_MOST = "<="
    NEARLY = "<~"
    JUST_OVER = ">~"
    RANGE = "range"
    VAGUE = "vague"
    TALLY = "tally"
    OPEN = "open"


class Relation(StrEnum):
    SAME = "same"  # the same figure, however phrased
    DIFFERS = "differs"  # different figures that can both be true ("at least 5" / "24")
    CONFLICT = "conflict"  # cannot both be true
    UNKNOWN = "unknown"  # not comparable (different units, vague against vague)


@dataclass(frozen=True)
class Value:
    """One reading of an amount in the dimension's base unit (metres, seconds, items)."""

    op: Op
    figure: float | None  # the stated figure (low end of a range); None when open or vague
    low: float | None  # bounds of what the statement allows; None = unbounded
    high: float | None
    step: float  # the precision the writer stated, in base units
    second: float | None = None  # a tally's other side; a range's high figure

    def bounds(self) -> tuple[float, float]:
        """The interval of values the statement allows, with its rounding."""
        half = self.step / 2 * 0.999  # "8.6" is [8.55, 8.65): it does not meet "8.7"
        low = -INF if self.low is None else self.low - half
        high = INF if self.high is None else self.high + half
        if self.op == Op.ABOUT:
            low, high = low * 0.9, high * 1.1
        elif self.op == Op.NEARLY:
            low = low * 0.85
        elif self.op == Op.JUST_OVER:
            high = high * 1.1 if high != INF else high
        return low, high


@dataclass(frozen=True)
class Quantity:
    """A quantity mention: ``text[start:end]`` states ``values`` (the first is the one the
    account states; others are its own conversions, as in "10 km (6 miles)")."""

    start: int
    end: int
    values: tuple[Value, ...]
    dimension: str | None  # "count", "length", "duration", "money:EUR", "ratio", ...
    thing: str | None  # counted noun class or measure ("people", "village", "magnitude")
    predicate: str | None  # what happened ("kill", "injure", "hit"), as a term class
    display: str  # the amount as the account states it ("at least five", "not disclosed")
    words: str = ""  # the predicate as the account words it ("killed"), for topics
    anchor: str | None = None  # the name a measure is tied to (a person's age, a place)
    owner: str | None = None  # the named subject whose count it is ("Charles had 226 yards")
    noun: str = ""  # the counted noun as the account words it ("troops"), for topics
    scope: str = ""  # what narrows the count ("last", "final", "in 15 game"); "" for none
    where: str = ""  # the place the count is given for ("sumatra", "indian ocean"), folded
    kind_of: str = ""  # the counted noun's own modifiers ("hard", "solid state", "australian")

    @property
    def value(self) -> Value:
        return self.values[0]

    @property
    def is_open(self) -> bool:
        return self.value.op == Op.OPEN

    def shifted(self, offset: int) -> Quantity:
        from dataclasses import replace

        return replace(self, start=self.start + offset, end=self.end + offset)


_LOWER = frozenset({Op.OVER, Op.AT_LEAST, Op.JUST_OVER})
_BOUNDS = _LOWER | {Op.UNDER, Op.AT_MOST, Op.NEARLY}
UNDER_BOUND = 0.95  # how far below "more than N" a figure may be and still be N rounded
NEAR_BOUND = 1.25  # a lower bound this close under a figure it allows is that figure, rounded
FAR_APART = 1.5  # an approximate figure and an exact one this far apart conflict
TWO_ESTIMATES = 1.1  # two approximate figures this far apart are two estimates
NEAR_TOP = 0.9  # an upper bound ("up to 80") tells figures this close under it


def _pair_relation(a: Value, b: Value, timed: bool = False) -> Relation:
    if a.op == Op.OPEN or b.op == Op.OPEN:
        return Relation.SAME if a.op == b.op else Relation.CONFLICT
    if a.op == Op.TALLY or b.op == Op.TALLY:
        if a.op != b.op:
            return Relation.UNKNOWN
        same = (a.figure, a.second) == (b.figure, b.second)
        return Relation.SAME if same else Relation.CONFLICT
    if a.op == Op.VAGUE and b.op == Op.VAGUE:
        return Relation.UNKNOWN
    lo1, hi1 = a.bounds()
    lo2, hi2 = b.bounds()
    if hi1 < lo2 or hi2 < lo1:
        return Relation.CONFLICT
    if a.op == Op.VAGUE or b.op == Op.VAGUE:
        return Relation.SAME  # "dozens" fits 50: not worth a finding
    if a.figure is None or b.figure is None:
        return Relation.UNKNOWN
    low_high = (min(a.figure, b.figure), max(a.figure, b.figure))
    if a.op == b.op == Op.ABOUT and low_high[0] > 0 and low_high[1] / low_high[0] >= TWO_ESTIMATES:
        return Relation.DIFFERS  # "about 40,000" / "about 45,000": two estimates, not one
        # ("about 280" / "about 300": one figure, rounded)
    if Op.ABOUT in (a.op, b.op) and a.op in (Op.ABOUT, Op.EQ) and b.op in (Op.ABOUT, Op.EQ):
        exact = b if a.op == Op.ABOUT else a
        lo, hi = (a if exact is b else b).bounds()
        if lo <= exact.figure <= hi:
            return Relation.SAME  # "about 58 km" allows 35 miles (56 km)
        rough = (a if exact is b else b).figure
        if min(exact.figure, rough) > 0 and max(exact.figure, rough) / min(exact.figure, rough) >= (
            FAR_APART
        ):
            return Relation.CONFLICT  # "an hour" / "about two hours": no rounding joins them
    a_bound, b_bound = a.op in _BOUNDS, b.op in _BOUNDS
    if a_bound and b_bound and (a.op in _LOWER) != (b.op in _LOWER):
        return Relation.SAME  # "more than 100" / "up to 120": one range of values
    if a_bound != b_bound:
        bound, other = (a, b) if a_bound else (b, a)
        if other.op in (Op.EQ, Op.ABOUT) and min(a.figure, b.figure) > 0:
            # A lower bound is a figure rounded down: "more than 100 mph" tells "120 mph", "at
            # least 5" does not tell "24". An upper bound ("as many as 80") gives the top
            # figure itself: 70 is another count.
            if bound.op in _LOWER:
                # only a round bound is a rounded figure: "at least 42 killed" counts the
                # dead found so far, and 51 is a higher count
                ratio = other.figure / bound.figure
                near = UNDER_BOUND <= ratio <= 1 or (bound.step > 1 and 1 <= ratio <= NEAR_BOUND)
                # ("more than 100 whales" / "about 90": fewer than the least told)
            else:
                near = other.figure >= bound.figure * NEAR_TOP
            return Relation.SAME if near else Relation.DIFFERS
    step = min(a.step, b.step) if timed and a.op == b.op == Op.EQ else max(a.step, b.step)
    tolerance = max(step / 2 - 1e-9, 1e-9)  # (a half-step apart is no rounding: "2 years" /
    # "2 1/2 years"; a time told to the day is not another's rounding: "three months" /
    # "three months and ten days")
    if abs(a.figure - b.figure) <= tolerance and (a.second or 0) == (b.second or 0):
        return Relation.SAME
    if a.op == b.op == Op.RANGE:
        return Relation.DIFFERS
    return Relation.DIFFERS


_ORDER = {Relation.SAME: 0, Relation.DIFFERS: 1, Relation.UNKNOWN: 2, Relation.CONFLICT: 3}


def relation(a: Quantity, b: Quantity) -> Relation:
    """How two mentions of the same thing relate. Conversions count: two readings that agree
    in any of their stated forms agree."""
    if a.dimension != b.dimension and not (a.is_open or b.is_open):
        return Relation.UNKNOWN
    if a.thing == b.thing == "vote":
        tallies = [q for q in (a, b) if any(v.op == Op.TALLY for v in q.values)]
        if len(tallies) == 1:  # "7 to 2" against "6 votes in favour" (or "2 against")
            tally = tallies[0].values[0]
            counted = b if tallies[0] is a else a
            count = counted.values[0]
            if count.op not in (Op.EQ, Op.ABOUT) or count.figure is None:
                return Relation.UNKNOWN
            sides = (tally.figure, tally.second)
            if counted.scope == "against" and tally.second is not None:
                sides = (min(sides), tally.second)  # "139 against" / "188 votes to 142"
            return Relation.SAME if count.figure in sides else Relation.CONFLICT
    best = Relation.CONFLICT
    for va in a.values:
        for vb in b.values:
            fine = a if va.step < vb.step else b  # ("three months and ten days" / "three
            timed = (a.dimension or "").startswith("duration") and " and " in fine.display
            found = _pair_relation(va, vb, timed)  # months": told to the day, not rounded)
            stated = va is a.values[0] and vb is b.values[0]
            if found == Relation.SAME and stated and _rounded_apart(a, b):
                found = Relation.DIFFERS  # "7%" / "7.25%": one may round the other, but they
                # differ in the same unit (not "10 km (6 miles)" / "9.7 km")
            if _ORDER[found] < _ORDER[best]:
                best = found
    return best


_FIGURE = re.compile(r"[\d.,]+")


def _rounded_apart(a: Quantity, b: Quantity) -> bool:
    """Two exact figures told in the same words but for the figure, that differ: "7%" /
    "7.25%", "killed 100" / "killed 98"."""
    va, vb = a.values[0], b.values[0]
    if va.op != Op.EQ or vb.op != Op.EQ or va.figure is None or va.figure == vb.figure:
        return False
    if not _FIGURE.search(a.display) or not _FIGURE.search(b.display):
        return False  # ("a child", "twice": words, not figures)
    return _FIGURE.sub("#", a.display) == _FIGURE.sub("#", b.display)


def format_number(value: float | None) -> str:
    if value is None:
        return "?"
    if abs(value) >= 1e9 and value % 1e8 == 0:
        return f"{value / 1e9:g} billion"
    if abs(value) >= 1e7 and value % 1e5 == 0:
        return f"{value / 1e6:g} million"  # "half a billion": "500 million", not 500,000,000
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")
