"""Whether two mentions, each alone of its kind in its account, may be compared with little
shared context, and which counts are parts of a total an account tells."""

from __future__ import annotations

from reader.core.detect.qcandidates import PERSON, deed_and_its_noun, none_hurt
from reader.core.detect.qscore import CUMULATIVE
from reader.core.detect.qscore import Item as _Item
from reader.core.facts.quantities import Op, Quantity
from reader.core.language import same_name

UNIQUE_MEASURES = frozenset({"vote", "magnitude", "depth", "margin"})
ABOARD = "board"
EMPLOYED = "employ"  # the one workforce each account gives ("employs 21,000 people")
CROWD = "attend"  # (the rules' group of "took part", "turned out", "involved", "gathered")


def part_of_told_total(a: _Item, b: _Item, totals: set[tuple[int, str | None]]) -> bool:
    """A part of a sum its account totals ("86 passengers" of "86 passengers and six crew")
    against a count of everyone in another account: that count is the total's."""
    return (
        a.q.thing == PERSON
        and a.q.kind_of not in ("", "total")
        and not b.q.kind_of
        and (a.doc, a.q.predicate) in totals
    )


_LEVELS = frozenset({None, "stand", "reach"})  # "inflation, at 6.2%" / "stood at 6.4%"


def same_deed(a: Quantity, b: Quantity) -> bool:
    """The same predicate, or two ways of telling a rate's level ("Inflation stood at 6.4
    percent" / "inflation, at 6.2 percent" / "rose to 6.2 percent")."""
    if a.predicate == b.predicate:
        return True
    return a.dimension == b.dimension == "ratio" and {a.predicate, b.predicate} <= _LEVELS


def alone_comparable(a: Quantity, b: Quantity) -> bool:
    """Whether two mentions, each the only one of its thing in its account, may be compared
    with little shared context: the same named thing, the same predicate, no vague amount."""
    if a.thing is None and b.thing is None:
        summed = money(a) or a.dimension == "area"
        if summed and a.dimension == b.dimension and not two_deeds(a, b):
            return Op.VAGUE not in (a.value.op, b.value.op)  # the one sum each account gives
        # "lasted just over 10 seconds" / "lasted around 30 seconds": a measure of the one
        # thing each account says lasted (or travelled, or weighed) that much
        return bool(a.predicate and a.predicate == b.predicate) and a.dimension not in (
            None,
            "count",
        )
    if a.predicate == b.predicate == "last" and a.dimension == b.dimension == "duration":
        return not (a.thing and b.thing and a.thing != b.thing)  # "a 16-month trial" / "the
        # trial lasted 14 months": how long the one thing each account times lasted
    if a.dimension == "duration" and (deed_and_its_noun(a, b) or deed_and_its_noun(b, a)):
        return True  # "after two days of deliberations" / "the jury deliberated for nine
        # hours": how long the one act each account times took
    if a.thing == b.thing == PERSON and none_hurt(a, b):
        return True  # "No one was hurt" / "Two firefighters were treated"
    one_sum = money(a) and a.dimension == b.dimension and None in (a.thing, b.thing)
    named = (a.predicate and a.predicate == b.thing) or (b.predicate and b.predicate == a.thing)
    if one_sum and named:  # "was fined 250,000 euros" / "a fine of 300,000 euros"
        return Op.VAGUE not in (a.value.op, b.value.op)
    if one_sum and a.predicate and a.predicate == b.predicate:  # "demanded a ransom of 2
        return Op.VAGUE not in (a.value.op, b.value.op)  # million euros" / "are demanding 5
        # million euros": the one sum each account says was demanded
    if a.thing == b.thing == "age" and not (a.anchor or b.anchor) and a.kind_of == b.kind_of != "":
        return True  # "a seven-year-old girl" / "the girl rescued on Wednesday was nine"
    one_thing = money(a) and a.dimension == b.dimension and a.thing and a.thing == b.thing
    if one_thing and not two_deeds(a, b) and not (a.owner or b.owner):
        return Op.VAGUE not in (a.value.op, b.value.op)  # "approved a 1.9 billion euro
        # budget" / "a 2.1 billion euro spending plan": the one sum each gives of one thing
    one_measure = a.thing in UNIQUE_MEASURES - {"vote", "margin"}  # ("trapping 14 miners
    if a.thing != b.thing or not (same_deed(a, b) or one_measure):  # about 600 metres
        return False  # underground" / "450 metres below the surface": one depth)
    if a.thing == PERSON and a.predicate not in CUMULATIVE | {CROWD, ABOARD, EMPLOYED}:
        return False  # people who did something: many groups in one story
    owned = bool(a.owner or b.owner) and a.thing not in UNIQUE_MEASURES  # (one margin a race)
    if a.thing == PERSON and a.predicate == ABOARD:
        owned = bool(a.owner and b.owner and not same_name(a.owner, b.owner))  # one vessel
        # each account counts aboard, named or not ("The MV Calla was carrying 92" / "It
        # had 104 people on board"); a vessel another account does not name is ruled out
        # by owned_elsewhere
    if a.thing == "temperature":  # "46.2C" / "Seville reached 44.8 degrees": one reading,
        owned = bool(a.owner and b.owner and not same_name(a.owner, b.owner))  # unless two
        # places are named
    return Op.VAGUE not in (a.value.op, b.value.op) and not owned


def two_deeds(a: Quantity, b: Quantity) -> bool:
    """Both say what was done, and not the same thing ("fined" / "paid")."""
    return bool(a.predicate and b.predicate and a.predicate != b.predicate)


def money(q: Quantity) -> bool:
    return (q.dimension or "").startswith("money")
