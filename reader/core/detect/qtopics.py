"""Readable topics for quantity disagreements: "people killed", "villages hit", "magnitude",
"age of Raj Chohan", "distance fallen"."""

from __future__ import annotations

from reader.core.detect.qcandidates import PERSON
from reader.core.facts.quantities import Quantity
from reader.core.facts.subjects import DEADLINE
from reader.core.language import lemma

MEASURE_TOPICS = frozenset(
    {
        "magnitude",
        "depth",
        "height",
        "length",
        "width",
        "thickness",
        "population",
        "age",
        "distance",
        "score",
        "record",
        "vote count",
        "margin",
    }
)  # single-word topics, not "number of ..."


def _plural(noun: str) -> str:
    if noun in ("people", "police", "personnel", "children") or noun.endswith("s"):
        return noun
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


_SET_SHARES = frozenset({"offer", "demand", "cap"})  # shares asked, offered or set as limits


def _participle(q: Quantity, participles: dict[str, str] | None = None) -> str:
    words = q.words or q.predicate or ""
    if words.startswith("without "):
        return words  # "homes without power"
    if words.endswith(("ed", "en")) or words in ("hit", "hurt", "dead", "shot", "struck"):
        return words
    base = q.predicate or words
    if base == "kill":
        return "killed"
    if base == "miss" and q.thing == "people":
        return "missing"  # people are missing; games are missed
    if base == "board":
        return "on board"  # "150 passengers on board", "carrying 150 passengers"
    if base == "present":
        return "present"  # "There were 16 patients in the ward", "were inside the club"
    if participles and base in participles:
        return participles[base]  # "fall" -> "fallen", not "falled"; "bring" -> "brought"
    if base.endswith(("less", "ing")):
        return base  # a state: "people homeless", "people missing"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ied"
    vowels = "aeiou"
    if len(base) == 3 and base[0] not in vowels and base[1] in vowels and base[2] not in "aeiouwxy":
        return base + base[-1] + "ed"  # "cap" -> "capped", "ban" -> "banned"
    return base + ("d" if base.endswith("e") else "ed") if base else ""


_SPANS = {"since": "time since", "until": "time before", "ago": "time since"}


def _gerund(verb: str) -> str:
    """ "leave" -> "leaving", "stop" -> "stopping", "return" -> "returning"."""
    word = verb.split()[0]
    rest = verb[len(word) :]
    if word.endswith("e") and not word.endswith("ee"):
        return word[:-1] + "ing" + rest
    vowels = "aeiou"
    if len(word) == 3 and word[0] not in vowels and word[1] in vowels and word[2] not in "aeiouwxy":
        return word + word[-1] + "ing" + rest
    return word + "ing" + rest


def topic(
    q: Quantity,
    others: list[Quantity],
    measures: tuple[str, ...] = (),
    participles: dict[str, str] | None = None,
    doers: frozenset[str] = frozenset(),
) -> str:
    """A readable topic: "people killed", "villages hit", "magnitude", "age of Raj Chohan"."""
    pool = [q, *others]
    anchor = max((x.anchor for x in pool if x.anchor), key=len, default=None)  # the fullest
    thing = next((x.thing for x in pool if x.thing), None)
    with_words = next((x for x in pool if x.words.endswith(("ed", "en"))), None) or next(
        (x for x in pool if x.predicate), q
    )
    verb = _participle(with_words, participles)
    told = {x.predicate for x in pool if x.predicate}
    if len(told) > 1:
        verb = "hurt" if told == {"injure", "treat"} else ""  # ("no one was hurt" / "two
        # were treated"); "two gunmen opened fire" / "three attackers stormed": who, not what
    if thing in doers:
        verb = ""  # "The four robbers … stole": how many did it, not "robbers stolen"
    if thing == "age":
        if anchor is None and q.predicate == "doer" and q.words:
            return f"age of the {q.words}"  # "the attacker, a 28-year-old man"
        if anchor is None and q.kind_of and all(x.kind_of == q.kind_of for x in pool):
            return f"age of the {q.kind_of}"  # "a seven-year-old girl" / "the girl was nine"
        return f"age of {anchor}" if anchor else "age"
    if thing == "distance":
        return f"distance from {anchor}" if anchor else "distance"
    if thing in MEASURE_TOPICS or thing in measures:
        return thing
    if thing and (q.dimension or "") == "ratio":
        if verb and q.predicate in _SET_SHARES:
            return f"{thing} {verb}"  # "rise offered", "rises capped"
        if q.predicate == "change" and not q.display.startswith(("up ", "down ")):
            return f"change in {thing}"  # "raised its rate by half a point" ("shares fell
            # 4%" shows "down 4%" under "share price")
        held = q.owner and all(x.owner == q.owner for x in pool)
        if thing == "vote" and held:
            return f"share of {q.owner}"  # "won with 52.4 percent of the vote"
        return f"{thing} share" if thing == "vote" else thing  # "turnout", "vote share"
    if thing == "vote":
        return "vote count"
    if thing in ("score", "record", "margin"):
        return thing
    if thing == "time":
        return f"times {with_words.words or verb}".strip()
    if thing and (q.dimension or "").startswith("money"):
        if verb.startswith(thing[:4]):
            return thing  # "a fine of 300,000 euros" / "fined 250,000 euros": not "fine fined"
        return f"{thing} {verb}".strip()  # "profit", "fine paid": what the money is
    if thing and (q.dimension or "") in ("mass", "volume"):
        return f"{thing} {verb}".strip()  # "oil spilled": how much of a substance
    if thing and (q.dimension or "") == "length":
        return thing  # "coastline: 40 kilometres / 65 km", "rain: 300 mm / 150 mm"
    if thing and (q.dimension or "").startswith("duration"):
        return thing if " " in thing else f"length of {thing}"  # "prison term", "length of trial"
    if thing:
        surface = next((x.noun for x in pool if x.noun and x.thing == thing), "")
        if surface in ("man", "men", "people", "person") and thing != PERSON:
            surface = ""  # "three armed men": attackers
        kinds = {x.kind_of for x in pool}
        role = thing == PERSON and len(kinds) == 1 and "" not in kinds  # "crew", "passengers"
        if surface and thing != PERSON and lemma(surface) == surface and surface[-1:] != "s":
            surface = _plural(surface)  # "a suicide bomber" / "two attackers": bombers
        part = all(x.scope == "among" for x in pool)  # "including six children"
        noun = surface if surface and (thing != PERSON or role or part) else _plural(thing)
        group = q.owner if q.owner and all(x.owner == q.owner for x in pool) else ""
        if not verb and group and " " not in noun:
            return f"{surface or noun} of {group}"  # "children of Arah": a named group
        grades = {x.scope for x in pool} & {"serious", "slight"}
        if verb and len(grades) == 1 and all(x.scope for x in pool):
            verb = f"{grades.pop()}ly {verb}"  # "people seriously injured"
        return f"{noun} {verb}" if verb else noun
    dimension = q.dimension or ""
    if dimension == "ratio" and q.owner and all(x.owner == q.owner for x in pool):
        return f"share of {q.owner}"  # "43% for Maria Dune" / "Maria Dune won 45%"
    if q.scope == DEADLINE and q.predicate:
        return f"time to {q.predicate}"  # "within a week" / "48 hours to leave"
    if q.scope in _SPANS and q.predicate:
        return f"{_SPANS[q.scope]} {_gerund(q.predicate)}"  # "time since leaving"
    if dimension.startswith("duration") and (with_words.predicate == "last" or not verb):
        named = {x.noun for x in pool if x.noun and x.predicate == "last"}
        if len(named) == 1:
            return f"length of {named.pop()}"  # "The trial lasted five months"
        return "duration"  # "lasted just over 10 seconds", "for an hour"
    if dimension == "length" and all(x.predicate in ("reach", "stand") for x in pool):
        return "level reached"  # "The river peaked at 5.2 metres" / "reached 4.8 metres"
    what = {
        "area": "area",  # "area burned"
        "length": "distance",  # "distance fallen", "distance travelled"
        "duration": "time",  # "time spent", "time taken"
        "ratio": "percentage",
        "mass": "weight",
        "speed": "speed",
        "count": "number",  # "number appointed"
    }.get(dimension.split(":")[0], "amount")
    if what == "amount" and verb in ("cost", "costed"):
        return "cost"  # "would cost 2.8 billion crowns", not "amount cost"
    return f"{what} {verb}".strip() if verb else what
