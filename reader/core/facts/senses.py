"""What a count or a measure is of, where the words around it say more than its noun, as one
pipeline after a figure is read (``refine``): an age in commas after a name; verb phrases
("took to the streets", "forced 12,000 to evacuate"); who is counted (a role such as
passengers or crew, "job cuts", spectators); what befell them (power lost, infected, in
hospital, bodies recovered, lives lost, saved, "treated for injuries", a part of a count that
shares its verb); how much (earlier values and changes, "mm of rain", "eighteen cubits high",
areas); how long (facts/lasting.py)."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.core.facts.amounts import Sentence
from reader.core.facts.changes import direction
from reader.core.facts.lasting import how_long
from reader.core.facts.lexicon import STOPWORDS
from reader.core.facts.phrases import (
    changed_thing,
    predicate_after,
    predicate_before,
    verb_form,
)
from reader.core.facts.quantities import Quantity
from reader.core.facts.ratios import CAP, capped, share_of
from reader.core.facts.subjects import apposed, proposed
from reader.core.language import lemma
from reader.core.rules import Rules


def refine(s: Sentence, q: Quantity, first: int, end: int, predicate_tok: int | None) -> Quantity:
    """``q`` read at tokens ``first:end``, with what its surroundings say it counts; a step
    may settle it (returning True with it) or pass it on, changed or not."""
    if _age_in_commas(s, q, first, end):
        return replace(q, thing="age", predicate=None, words="", anchor=s.toks[first - 2].text)
    if q.dimension == "temperature" and not q.thing and "temperature" in s.rules.measures:
        q = replace(q, thing="temperature", predicate=None, words="")  # "reached 44.8 degrees"
    if q.dimension == "ratio":
        q = share_of(s, q, first)
    kind = q.dimension.split("/")[0]
    limited = capped(s, first, end) if kind == "ratio" or kind.startswith("money") else None
    if limited:  # "capping rent increases at 3 percent" / "a cap of 3.5 percent on rent rises"
        return replace(q, thing=limited, predicate=CAP, words="")
    by = s.word(first - 1) == "by"  # "raised its rate by half a percentage point": a change
    changed = (
        changed_thing(s, first) if q.dimension == "ratio" and (by or not q.predicate) else None
    )
    if by and changed in s.rules.counting.get("changing_nouns", ()):
        changed = None  # "Shares rose by 5%": a price's move (read below, up or down)
    if changed and q.thing in (None, changed):  # "raised its main interest rate ... to 7.25%",
        level = "change" if by else "reach"  # "inflation rose to 6.4%"
        q = replace(q, thing=changed, predicate=level, words="")
    elif q.dimension == "ratio" and not q.thing and not q.predicate:
        told = apposed(s, first)  # "said inflation, at 6.2 percent in May, was"
        q = replace(q, thing=told) if told else q
    if q.dimension == "ratio" and q.thing and not q.predicate:
        q = proposed(s, q, first)  # "want a 9 percent rise" / "offer of a 5 percent rise"
    asked = s.rules.data.get("counting", {}).get("proposal_words", {}).values()
    last = s.last
    bare = q.dimension == "ratio" and not q.thing and q.predicate in asked
    if bare and last is not None and last.dimension == "ratio" and last.predicate in asked:
        q = replace(q, thing=last.thing)  # "want a 9 percent rise; the government has
        # offered 4 percent": a rise too
    employ = s.rules.canonical("employ")
    if q.thing == s.rules.canonical("employee") and not q.predicate and q.dimension == "count":
        q = replace(q, thing="people", predicate=employ, words="employed")  # "a company with
        # 18,000 employees" / "will employ about 21,000 people": those it employs
    lost = s.rules.counting.get("job_loss_verbs", ())
    if q.thing == s.rules.canonical("job") and q.predicate in lost:
        q = replace(q, predicate=s.rules.canonical("cut"))  # "1,500 positions would go"
    q = _who(s, _verb_phrases(s, q, end, predicate_tok), _beside(s, q, predicate_tok))
    for step in (_what_befell, _how_much):
        q, settled = step(s, q, first, end, predicate_tok)
        if settled:
            return q
    return how_long(s, q, first, end)


def _verb_phrases(s: Sentence, q: Quantity, end: int, k: int | None) -> Quantity:
    """ "took to the streets", "forced to leave their homes", "forced 12,000 to evacuate"."""
    rules = s.rules
    if k is not None and s.word(k + 1) == "to" and s.is_word(k + 2):
        j = k + 3 if s.word(k + 2) == "the" else k + 2  # "took to the streets"
        told = rules.term_class(f"{s.lemmas[k]} to {s.lemmas[j]}") if s.is_word(j) else None
        if told is not None:  # "forced to leave their homes": evacuated
            q = replace(q, predicate=told)
    if k is not None and s.word(end) == "to" and s.is_word(end + 1):  # "forced 12,000 to
        told = rules.term_class(f"{s.lemmas[k]} to {s.lemmas[end + 1]}")  # evacuate"
        if told is not None:
            q = replace(q, predicate=told, thing=q.thing or "people", words="")
    after = next((j for j, t in enumerate(s.toks) if t.start >= q.end), None)
    if k is not None and after is not None and s.word(after) in ("from", "to", "into"):
        j = after + 1 + (s.word(after + 1) in ("their", "his", "her", "the"))
        if s.is_word(j):  # "forcing 8,000 residents from their homes", "12,000 people have
            told = rules.term_class(f"{s.lemmas[k]} {s.word(after)} {s.lemmas[j]}")
            if told is not None:  # been moved to shelters": evacuated
                q = replace(q, predicate=told, words="")
    if k is not None and k > end:
        j, preposition = k + 1, s.word(k + 1)
        if preposition == "out" and s.word(k + 2) == "of":
            j, preposition = k + 2, "out of"
        j += 1 + (s.word(j + 1) in ("their", "his", "her", "the", "a", "an"))
        verb = rules.verb_of_participle.get(s.lower[k]) or s.lemmas[k]  # ("struck": strike)
        for noun in range(j, min(len(s.toks), j + 3)):  # "struck by a stomach virus"
            if preposition not in ("to", "into", "from", "out of", "by") or not s.is_word(noun):
                break
            told = rules.term_class(f"{verb} {preposition} {s.lemmas[noun]}")
            if told is not None:  # "12,000 people have been moved to shelters", "were
                q = replace(q, predicate=told, words="")  # moved out of their homes"
                break
    return q


def _beside(s: Sentence, q: Quantity, k: int | None) -> bool:
    """Whether the count's verb stands right before it or right after its noun ("killing
    five skiers", "five skiers were killed"), not in a clause further on."""
    if k is None:
        return False
    following = s.text[q.end :].split()
    if following and following[0] in ("of", "from"):
        return False  # "seven members of one family": whose members, not which people
    at = s.toks[k].start
    between = s.text[q.end : at].split() if at >= q.end else []
    clause = (
        not set(between) & {",", "who", "which", "that", "whom"}
        and "," not in s.text[q.end : max(q.end, at)]
    )
    return q.start - 12 <= at < q.start or (at >= q.end and len(between) <= 5 and clause)


def _who(s: Sentence, q: Quantity, beside: bool = False) -> Quantity:
    """What the counted noun says: "job cuts", "crew members", a role ("passengers",
    "crew"), those who came to watch."""
    rules = s.rules
    counting = rules.counting
    deed = rules.canonical(q.thing) if q.thing in counting.get("deed_nouns", ()) else None
    if deed and q.kind_of and not q.predicate:
        q = replace(q, thing=rules.canonical(q.kind_of.split()[-1]), predicate=deed, kind_of="")
        # "about 1,200 job cuts": jobs cut
    if q.thing == "member" and q.kind_of in counting["person_nouns"]:
        q = replace(q, thing="people", noun=q.kind_of, kind_of="")  # "six crew members"
    told = {lemma(w) for w in s.text[q.start : q.end].lower().split()}
    armed = told & set(counting.get("doer_adjectives", ()))  # (lemmas: "armed" is "arm")
    plain = q.thing == "people" and lemma(q.noun or "") in ("man", "people", "person")
    after = s.text[q.end : q.end + 40]
    deeds = rules.canonical_counting("doer_verbs")
    told = q.words.split()[0] if q.words else ""
    inflected = bool(told) and (lemma(told) != told or told in rules.verb_of_participle)
    # a verb ("took", "broke"), not "hostage"
    took = inflected and re.match(rf"\s+{re.escape(q.words)}\s+(\w+)", after)
    doing = bool(took) and (  # the count is the verb's subject: its doers
        q.predicate in deeds or rules.canonical(f"{q.predicate} {took.group(1)}") in deeds
    )
    deed = [f"{q.predicate} {took.group(1)}", q.predicate or ""] if took else [q.predicate or ""]
    who = re.match(r"\s+who\s+(?:had\s+)?(\w+)(?:\s+(\w+))?", after)
    if who:  # "three men who stole paintings": the relative clause says what they did
        verb = rules.verb_of_participle.get(who.group(1).lower()) or lemma(who.group(1).lower())
        deed = [f"{verb} {who.group(2) or ''}".strip(), verb]
    relative = bool(who) and any(rules.canonical(v) in deeds for v in deed)
    if plain and (armed or (doing and beside) or relative):  # "three armed men", "Three men took
        q = replace(q, thing=rules.canonical(_doer(rules, deed)), kind_of="")
        # control of the jet"; named after their deed where the rules name one ("robbers")
    if beside and _agent_noun(rules, q) and q.predicate in counting.get("befalling_people", ()):
        q = replace(q, thing="people", kind_of=f"{q.kind_of} {lemma(q.noun)}".strip())
        # "five skiers were killed": people, whatever they did; not the rescuers
    staffed = q.predicate in (rules.canonical("cut"), rules.canonical("hire"))
    if staffed and q.thing in rules.counting.get("post_nouns", ()):
        q = replace(q, thing=rules.canonical("job"))  # "eliminates 150 positions": jobs
    sent = rules.sent_predicate(q.thing, q.predicate)
    if sent != q.predicate and q.dimension == "count":
        q = replace(q, predicate=sent, words="")  # "took 80 firefighters five hours"
    spouse = q.thing == "people" and lemma(q.noun or "") in rules.data.get("spouse_nouns", ())
    if spouse and q.predicate in (None, rules.canonical("have")):
        q = replace(q, predicate=rules.canonical("marry"))  # "has 19 wives": women married
    role = rules.canonical(lemma(q.noun)) if q.thing == "people" and q.noun else ""
    if role in counting.get("role_nouns", ()) and role not in q.kind_of.split():
        q = replace(q, kind_of=f"{q.kind_of} {role}".strip())  # "186 passengers" / "eight
        # crew": two groups on board; "hostages" / "captives": one
    told = q.display.split()
    if len(told) == 2 and told[0].lower() in ("a", "an") and q.noun and told[1] != q.noun:
        q = replace(q, display=f"{q.display} {q.noun}")  # "a suicide bomber", not "A suicide"
    watcher = lemma(q.noun) in counting.get("crowd_nouns", ()) if q.noun else False
    if watcher and (not q.predicate or q.predicate == rules.canonical("attend")):
        q = replace(q, thing="people", predicate=rules.canonical("attend"), kind_of="")
        # "watched by 38,500 spectators", "a crowd of 1,500 supporters": those who came
    return q


def _doer(rules: Rules, deed: list[str]) -> str:
    """The noun for a count of doers: after the deed the rules name them by ("three men who
    stole paintings": robbers), else attackers."""
    by_deed = {rules.canonical(k): v for k, v in rules.data.get("doer_by_deed", {}).items()}
    return next((by_deed[v] for v in map(rules.canonical, deed) if v in by_deed), "attacker")


def _agent_noun(rules: Rules, q: Quantity) -> bool:
    """A lower-case noun that names a doer by its ending ("skiers", "climbers", "motorists",
    "pedestrians", "residents"): a person where what befell it befalls people."""
    noun = lemma(q.noun) if q.noun else ""
    if not noun or q.thing in (None, "people") or not noun.isalpha() or not noun.islower():
        return False
    if noun in rules.counting.get("doer_nouns", ()):
        return False  # "two attackers were killed": counted apart from those they killed
    suffixes = tuple(rules.counting.get("person_suffixes", ()))
    return len(noun) > 4 and noun.endswith(suffixes) and q.thing == rules.canonical(noun)


def _what_befell(
    s: Sentence, q: Quantity, first: int, end: int, k: int | None
) -> tuple[Quantity, bool]:
    """What happened to those counted where another verb or noun tells it: power lost,
    infected, in hospital, dead (bodies, lives), rescued, injured; a part of a count."""
    rules = s.rules
    counting = rules.counting
    if _outage(s, end) or _cut_off(s, q, first):
        people = q.thing == "people" and lemma(q.noun or "") in ("people", "person", "resident")
        supply = counting.get("supply_words", ())
        owner = None if (q.owner or "").lower() in supply else q.owner  # "Power failed in"
        return replace(
            q,
            owner=owner,
            predicate=_POWER_CUT,
            words="without power",
            thing="people" if people else rules.canonical("home"),
        ), True
        # "homes left without power" / "households lost electricity" / "customers were
        # without power": one count of supplies, whatever the verb; "3.5 million people":
        # another count
    moved = direction(s, q, None, first) if q.dimension == "ratio" and q.noun else None
    if moved is not None:
        return moved, True  # "including a 4 percent rise in property tax": the tax's rise
    among = first >= 2 and s.word(first - 1) in ("them", "whom") and s.word(first - 2) == "among"
    if (q.predicate == "include" or among) and s.last is not None and s.last.predicate:
        named = bool(q.noun) and s.text[q.start : q.end].split()[-1][:1].isupper()
        scope = q.scope or ("" if named else "among")  # "killed 14, including three
        # civilians": a part of the 14, not a toll ("including three Germans": a nation's)
        return replace(q, predicate=s.last.predicate, scope=scope), True  # "freed 12,
        # including three"
    if (q.dimension or "").startswith("money") and q.predicate == "total":
        return replace(q, predicate=None, words=""), True  # "kickbacks totalling 1 million"
    if q.thing in counting.get("case_nouns", ()) and not q.predicate:
        q = replace(q, thing="people", predicate=rules.canonical("infect"), words="infected")
        # "112 cases" of a disease: 86 "infected"
    deed = _deed_of(s, first)
    if q.thing and q.dimension == "count" and not q.predicate and deed:
        q = replace(q, predicate=rules.canonical(deed), words="")  # "the release of 12"
    if q.thing == "people" and not q.predicate and _there_were(s, q, first):
        q = replace(q, predicate="present", words="")  # "There were 16 patients in the ward"
    if q.thing == "people" and not q.predicate and _at_gathering(s, q):
        q = replace(q, predicate=rules.canonical("attend"), words="")  # "were at the festival"
    bare = q.thing is None and not q.noun and q.dimension == "count" and not q.predicate
    aboard = q.thing == "people" and not q.predicate and s.word(first - 1) == "with"
    if aboard and set(q.kind_of.split()) & {"passenger", "crew"}:  # "left port with 3,100
        q = replace(q, predicate=rules.canonical("board"))  # passengers": on board
    held = "with" in s.lower[max(0, first - 6) : first] and re.match(
        r"\s*(?:on board|aboard|onboard)\b", s.text[q.end :]
    )
    if q.thing == "people" and held:  # "an airliner with 156 people on board was hijacked":
        q = replace(q, predicate=rules.canonical("board"), words="")  # those it carried
    carried = q.thing not in (None, "people") and re.match(
        r"\s*(?:on board|aboard)\b", s.text[q.end :]
    )
    if carried and q.dimension == "count":  # "destroying the two satellites on board": what
        q = replace(q, predicate=rules.canonical("board"), words="")  # the craft carried
    told_after = k is not None and k - end <= 2 and s.word(first - 1) in _CLAUSE_OPENERS
    if q.thing is None and not q.noun and q.predicate and told_after and _people_before(s):
        q = replace(q, thing="people")  # "92 students were missing, and that 15 had escaped"
    if (q.thing == "people" or bare) and not q.predicate and _in_hospital(s, end):
        q = replace(q, thing="people")  # "three have died and about 150 are in hospital"
    if q.thing == "people" and not q.predicate and _in_hospital(s, end):
        q = replace(q, predicate=rules.canonical("hospitalise"), words="in hospital")
    care = _hospital_care(s, k) if q.thing == "people" and k is not None else None
    told = s.lemmas[max(0, k - 1) : k + 4] if q.predicate == "treat" and k is not None else ()
    hurt = any(s.rules.canonical(w) == "injure" for w in s.lemmas[end : end + 6])
    if "hospital" in told and not hurt:  # "were being treated in hospital", "Hospitals
        care = "hospitalise"  # treated 1,400 people": in hospital (not "... people who were
        # hurt", "... for injuries": injured)
    if care is not None:  # "needed hospital treatment": treated; "taken to hospital"
        q = replace(q, predicate=rules.canonical(care), words="")
    bodies = s.word(first - 1) == "of" and s.lemmas[first - 2] in counting.get("body_nouns", ())
    found = q.predicate is None or q.predicate in counting.get("finding_verbs", ())
    if bodies and q.thing == "people" and found:  # "the bodies of 11", "Rescuers found the
        q = replace(q, predicate=rules.canonical("kill"), words="dead")  # bodies of two skiers"
    if q.thing == "people" and q.dimension == "count" and _alive(s, q):  # "pulled 14 people
        q = replace(q, predicate=rules.canonical("rescue"), words="")  # alive from the rubble"
    fell = q.predicate == "fall" and k is not None and s.word(k + 1) not in _FALLING
    if fell and q.thing in (None, "people") and q.dimension == "count" and not q.noun:
        q = replace(q, thing="people", predicate=rules.canonical("kill"))  # "and fell in one
        # day three and twenty thousand": fell dead, as older narratives tell it
    if q.predicate == "save" and q.thing in (None, "people") and q.dimension == "count":
        q = replace(q, thing="people", predicate=rules.canonical("rescue"))  # "47 were saved"
    lost = q.predicate == "lose" and k is not None and s.word(k + 1) in ("their", "his", "her")
    if lost and lemma(s.word(k + 2)) in counting.get("life_nouns", ()):  # "Five persons lost
        q = replace(q, thing="people", predicate=rules.canonical("kill"), words="lost their lives")
        # their lives"
    life = lemma(q.noun) in counting.get("life_nouns", ()) and q.predicate in ("lose", "claim")
    if life:  # "some two hundred and forty lives were lost"
        q = replace(q, thing="people", predicate=rules.canonical("kill"), words="lost")
    if q.thing in counting.get("body_nouns", ()) and _found(s, q, first, k):
        return replace(q, thing="people", predicate=rules.canonical("kill"), words="dead"), True
    return q, False


_FALLING = frozenset(
    "from off down into ill sick asleep silent behind short victim over out by to below".split()
)
_STILL = frozenset({"be", "remain", "stay", "still", "keep", "is", "are", "was", "were"})


def _alive(s: Sentence, q: Quantity) -> bool:
    """Whether those counted were brought out alive ("pulled 14 people alive", "17 survivors
    were brought out alive"): rescued, whatever the verb; not "are still alive"."""
    if "alive" not in s.lower:
        return False  # (read only where the word is told)
    first = _token_at(s, q.start)
    after = _token_at(s, q.end)
    for j in range(after, min(len(s.toks), after + 5)):
        if not s.is_word(j):
            return False
        if s.lower[j] == "alive":
            if j == after:  # "pulled 14 people alive": the verb before the count
                return first > 0 and s.is_word(first - 1) and verb_form(s, first - 1)
            return s.lower[j - 1] not in _STILL and s.lemmas[j - 1] not in _STILL
    return False


def _token_at(s: Sentence, offset: int) -> int:
    """The first token starting at or after a character offset."""
    return next((j for j, t in enumerate(s.toks) if t.start >= offset), len(s.toks))


def _how_much(
    s: Sentence, q: Quantity, first: int, end: int, k: int | None
) -> tuple[Quantity, bool]:
    """Earlier values and changes, how much of a substance, injuries told by treatment,
    lengths that are heights or widths, areas whatever land they cover; settled unless a
    duration."""
    rules = s.rules
    before = " ".join(s.lower[max(0, first - 4) : first])
    for phrase, scope in rules.data.get("scope_phrases", {}).items():
        if not q.scope and f" {before}".endswith(f" {phrase}"):
            return replace(q, scope=scope), True  # "eight hours, up from five hours"
    if q.dimension in ("length", "mass", "volume") and q.thing and s.word(end) == "of":
        q = replace(q, predicate=None, words="")  # "300 mm of rain fell" / "dumped 150
        # millimetres of rain": how much of it, whatever brought it
    at = (
        next((j for j in range(k + 1, k + 4) if s.word(j) == "for"), None)
        if k is not None
        else None
    )
    treated = q.predicate == "treat" and at is not None  # ("treated in hospital for")
    after = s.lemmas[end : end + 6]  # "treated 150 people who were hurt"
    who = q.predicate == "treat" and "who" in after[:3]
    hurts = rules.counting.get("injury_nouns", ())  # ("treated for burns")
    told = s.lemmas[at + 1 : at + 4] if at is not None else []
    hurt = [w for w in told if rules.canonical(w) == "injure" or w in hurts]
    if q.predicate == "treat" and _agent_noun(rules, q):
        q = replace(q, thing="people", kind_of=f"{q.kind_of} {lemma(q.noun)}".strip())
        # "two firefighters were treated": people hurt or treated
    if (treated and hurt) or (who and any(rules.canonical(w) == "injure" for w in after)):
        grades = rules.data.get("severity_adjectives", {})
        graded = grades.get(s.word(at + 1)) if at is not None else None
        q = replace(q, predicate="injure", words="injured", scope=q.scope or graded or "")
        # "treated for minor injuries": slightly hurt, as "suffered minor injuries" is
    moved = direction(s, q, k, first)
    if moved is not None:
        return moved, True
    measured = rules.data.get("length_adjectives", {}).get(s.word(end))
    if q.dimension == "length" and measured:  # "eighteen cubits high", "300 metres long"
        before = s.lower[first - 1] if first >= 1 and s.is_word(first - 1) else ""
        if measured == "length" and before and before not in STOPWORDS:
            measured = rules.canonical(lemma(before))  # "a path 20 km long": the path
        elif measured == "length" and before in _COPULAS and s.is_word(first - 2):
            subject = s.lower[first - 2]  # "The ferry is 160 metres long": the ferry
            if subject not in STOPWORDS and not s.toks[first - 2].text[:1].isupper():
                measured = rules.canonical(lemma(subject))
        return replace(q, thing=measured, noun="", kind_of="", predicate=None), True
    if q.dimension == "area":
        return replace(q, thing=None, noun="", kind_of=""), True  # "12,000 hectares of
        # forest and farmland" / "30,000 acres": the land, whatever grew there
    return q, q.dimension != "duration"


_COPULAS = frozenset({"is", "was", "are", "were"})
_POWER_CUT = "lose power"


def _outage(s: Sentence, end: int) -> bool:
    """ "homes were left without power", "households lost electricity": what they lost."""
    words = [s.lower[k] for k in range(end, min(len(s.toks), end + 6)) if s.is_word(k)]
    supply = s.rules.counting.get("supply_words", ())
    for k, word in enumerate(words):
        if word in supply:
            return k > 0 and words[k - 1] in ("without", "lost", "lose", "losing", "no")
    return False


def _cut_off(s: Sentence, q: Quantity, first: int) -> bool:
    """ "cut power to 1.8 million customers", "a blackout that ... hit 2 million customers":
    those who lost a supply, told before them."""
    if q.dimension != "count" or not q.thing:
        return False
    before = [s.lemmas[k] for k in range(max(0, first - 6), first) if s.is_word(k)]
    supply = s.rules.counting.get("supply_words", ())
    if len(before) >= 3 and before[-1] in ("to", "for") and before[-2] in supply:
        return before[-3] in ("cut", "knock", "shut")  # "cut power to" (not "restored")
    if len(before) >= 3 and before[-1] == "in" and before[-2] in ("fail", "out", "cut"):
        return any(word in supply for word in before[-5:-2])  # "Power failed in 35,000
        # homes", "electricity went out in", "power was cut in": the supply lost there
    if q.predicate not in ("hit", "affect"):
        return False
    outages = s.rules.counting.get("outage_nouns", ())
    return any(s.lemmas[k] in outages for k in range(max(0, first - 15), first))


def _age_in_commas(s: Sentence, q: Quantity, first: int, end: int) -> bool:
    """ "said fisherman's wife Mapahai, 35, who fled with her husband": her age."""
    figure = q.value.figure or 0
    return (
        q.dimension == "count"
        and not q.noun
        and 1 <= figure <= 110
        and first >= 2
        and s.word(first - 1) == ","
        and s.toks[first - 2].kind == "word"
        and s.toks[first - 2].text[:1].isupper()
        and s.word(end) == ","
    )


_CLAUSE_OPENERS = frozenset({"that", "and", "while", "but", "whereas"})


def _people_before(s: Sentence) -> bool:
    """Whether the count read before in the sentence counts people (what a bare count in the
    next clause counts: "92 students were missing, and that 15 had escaped")."""
    return s.last is not None and s.last.thing == "people"


def _there_were(s: Sentence, q: Quantity, first: int) -> bool:
    """ "There were 16 patients in the ward": those present in a place."""
    there = " ".join(s.lower[max(0, first - 3) : first])
    told = there.endswith(("there were", "there are", "there had been", "there was"))
    return told and re.match(r"\s+(?:in|inside|at|on)\b", s.text[q.end :]) is not None


def _hospital_care(s: Sentence, k: int) -> str | None:
    """What a verb told with care says befell those counted: "received medical treatment"
    (treated); "needed hospital treatment", "were taken to hospital", "admitted to hospital"
    (hospitalised); or None."""
    verb, after = s.lemmas[k], s.lower[k + 1 : k + 3]
    if verb in ("need", "require", "receive") and "treatment" in after:
        return "hospitalise" if "hospital" in after else "treat"
    if verb in ("take", "admit", "rush", "fly") and s.word(k + 1) == "to":
        if s.word(k + 2) not in ("hospital", "hospitals"):
            return None
        hurts = s.rules.counting.get("injury_nouns", ())  # "taken to hospital with burns":
        told = s.word(k + 3) == "with" and any(w in hurts for w in s.lemmas[k + 4 : k + 7])
        return "injure" if told else "hospitalise"  # hurt, as "were injured" tells
    return None


def _deed_of(s: Sentence, first: int) -> str:
    """ "demanded the release of 12 prisoners", "the deaths of 11 people": the deed a noun
    before "of" tells (rules data), or ""."""
    if s.word(first - 1) != "of" or first < 2:
        return ""
    deeds = s.rules.data.get("deeds_of", {})
    return deeds.get(s.lower[first - 2]) or deeds.get(lemma(s.lower[first - 2]), "")


def _at_gathering(s: Sentence, q: Quantity) -> bool:
    """ "About 50,000 people were at the festival": those who came to a gathering (its nouns
    are rules data)."""
    after = next((j for j, t in enumerate(s.toks) if t.start >= q.end), len(s.toks))
    words = s.lower[after : after + 5]
    if len(words) < 3 or words[0] not in ("was", "were", "are", "is") or words[1] != "at":
        return False
    noun = (
        words[3]
        if words[2] in ("the", "a", "its", "their", "this") and len(words) > 3
        else words[2]
    )
    return lemma(noun) in s.rules.counting.get("gathering_nouns", ())


def _in_hospital(s: Sentence, end: int) -> bool:
    """ "Nineteen patients, aged 3 to 70, are in hospital": where the people are."""
    told = " ".join(s.lower[end : end + 10])
    return any(f"{verb} in hospital" in told for verb in ("are", "were", "remain", "remained"))


def not_a_population(s: Sentence, first: int, end: int) -> bool:
    """Whether a figure beside a population word ("residents", "town of") counts something
    else: people something befell, before or after ("evacuated 10,000 residents", "3,500
    residents have been evacuated"), or its own noun ("residents of two villages")."""
    if predicate_before(s, first - 1) is not None:
        return True
    k = end
    if not s.is_word(k) or s.lower[k] in STOPWORDS:
        return False
    counting = s.rules.counting
    if s.lemmas[k] not in counting["person_nouns"] and s.lower[k] not in _POPULATION_NOUNS:
        return True  # "two villages"
    after = predicate_after(s, k + 1)
    if after is not None and after == k + 1 and s.lemmas[after] not in _DWELLING:
        return True  # "About 4,500 residents spent the night in schools": what they did
    return after is not None and s.term(after) in counting["human_predicates"]


_DWELLING = frozenset({"live", "reside", "inhabit", "be", "call", "make", "remain"})


_POPULATION_NOUNS = frozenset({"residents", "inhabitants", "people"})


def _found(s: Sentence, q: Quantity, first: int, predicate_tok: int | None) -> bool:
    """Bodies found, recovered or pulled out ("three bodies have been recovered"), not those
    "never recovered" or "yet to be found"."""
    if predicate_tok is None or q.predicate not in s.rules.counting.get("finding_verbs", ()):
        return False
    lo, hi = sorted((predicate_tok, first))
    return not any(s.lower[k] in _NEGATIONS for k in range(max(0, lo - 2), hi + 1))


_NEGATIONS = frozenset({"not", "never", "n't", "yet", "no"})
