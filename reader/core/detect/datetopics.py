"""The topic of a date disagreement: what the two dates are the dates of ("date of killing",
"time of explosion", "start date"), from the words the date detector reads around them."""

from __future__ import annotations

from typing import Any

from reader.core.detect.base import Context
from reader.core.detect.dateskip import Item
from reader.core.passages import Feature, FeatureKind

FEATURE_REACH = 90  # characters either side of a date read as its surroundings


def date_topic(ctx: Context, a: Item, b: Item, near: Any) -> str:
    """What two dates are the dates of, in words ("time of explosion", "start date"), from
    the surroundings ``near`` reads (the date detector's)."""
    if a.m.role == b.m.role == "start":
        return "start date"
    if a.m.role == b.m.role == "end":
        return "end date"
    if a.m.kind == b.m.kind == "hour":
        return "hour"
    if a.m.kind == b.m.kind == "regnal":
        return f"year of {a.m.reign}'s reign"  # "year of Joram's reign"
    timed = a.m.minutes is not None and b.m.minutes is not None
    measures = {cue.strip("-") for cues in ctx.rules.measures.values() for cue in cues}
    shared = near.features(a) & near.features(b)
    happened = near.event_words(a) & (near.event_words(b) | near.features(b)) or (
        near.event_words(b) & near.features(a)
    )  # what happened, told beside both dates: the topic before other shared words
    terms = sorted(
        (
            f
            for f in shared | happened
            if f.kind == FeatureKind.TERM
            and f.value not in measures
            and f.value not in ctx.rules.units  # ("600 metres below": no event)
            and f.value not in ctx.rules.speech_verbs
        ),
        key=lambda f: (f not in happened, near.distance(a, f), -ctx.weight(f)),
    )
    nouns = near.event_nouns(a) & near.event_nouns(b)
    start = Feature(FeatureKind.TERM, ctx.rules.canonical("start"))
    if nouns and terms and terms[0] == start:
        happened = set()  # "The attack began at 8:15": the time of the attack, not "of start"
    if not happened and nouns:
        what = "time" if timed and a.m.kind == "time" else "date"
        what = "timing" if a.m.kind == b.m.kind == "relative" else what
        return f"{what} of {sorted(nouns)[0]}"
        # ("the explosion at 10:40 p.m." / "the blast shortly before midnight")
    if not happened:  # a verb told near both, or what one says happened then, before any
        # other shared word ("time of escape", not "time of inmate")
        wide = near.verbs_within(a, FEATURE_REACH) & near.verbs_within(b, FEATURE_REACH)
        x = a if near.event_words(a) or not near.event_words(b) else b
        verbs = near.event_words(x) or near.verbs_within(x, FEATURE_REACH)
        told = sorted(wide, key=lambda f: -ctx.weight(f)) or sorted(
            verbs, key=lambda f: near.distance(x, f)
        )  # the verb nearest the date: "ran aground at 4 a.m. …, spilling oil": ran aground
        terms = told[:1] or terms
    about = terms[0].value if terms else ""
    if not about and (near.event_nouns(a) or near.event_nouns(b)):
        one = sorted(near.event_nouns(a) or near.event_nouns(b))[0]  # "The collapse happened
        return f"{'time' if timed and a.m.kind == 'time' else 'date'} of {one}"  # at 7.30"
    particle = near.event_particle(a, terms[0]) or near.event_particle(b, terms[0]) if terms else ""
    about = f"{about} {particle}" if particle else about  # "time of go off"
    what = "time" if timed and a.m.kind in ("time",) else "date"
    if a.m.kind == b.m.kind == "relative":
        what = "timing"
    about = ctx.rules.nominal(about)  # "time of collision", not "time of collide"
    return f"{what} of {about}".strip() if about else what
