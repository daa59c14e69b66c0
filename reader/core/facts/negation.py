"""What a passage negates: the content words a negation cue governs ("declined to confirm
the deployment", "No group has claimed responsibility", "no ban on fishing has been
ordered"), antonyms from the rules as negations of their pairs, and sentences whose
negation denies nothing (conditionals, "I don't think", "didn't ... until").
"""

from __future__ import annotations

import re

from reader.core.facts.lexicon import AUXILIARIES, STOPWORDS
from reader.core.language import ing_verb, lemma
from reader.core.rules import Rules
from reader.core.text import tokens

_CONDITIONAL = re.compile(r"\b(?:if|unless|would have|could have|might have)\b", re.I)
_RAISED = re.compile(
    r"\b(?:do|does|did)(?:\s+not|n['’]t)\s+(?:think|feel|believe|expect|suppose|imagine)\b"
    r"|(?:\bnot|n['’]t)\b[^.;]{1,60}\buntil\b",
    re.I,
)


def not_a_denial(sentence: str) -> bool:
    """Whether a sentence's negation says nothing is denied: a conditional ("would not have
    placed him on reserve if ..."), a negation on a verb of thinking ("I don't think it will",
    the same as "I think it won't") or one that only delays ("didn't lead until ...")."""
    return bool(_CONDITIONAL.search(sentence) or _RAISED.search(sentence))


def negated_verbs(
    text: str, start: int, end: int, rules: Rules
) -> dict[str, tuple[bool, int, int]]:
    """Lemmas of the passage's content words -> (negated?, start, end of the phrase with the
    cue). "declined to confirm the deployment" -> {"confirm": (True, ...)}; an antonym counts
    as the negation of its pair ("denied" records "confirm" as negated)."""
    toks = tokens(text, start, end)
    out: dict[str, tuple[bool, int, int]] = {}
    lowered = [t.text.lower() for t in toks]
    cues = _cue_positions(lowered, rules)
    for k, word in enumerate(lowered):
        if word in STOPWORDS or word in _NOT_PREDICATES or not word.isalpha() or len(word) < 3:
            continue
        if len(word) == 3 and not (
            k and (lowered[k - 1] in ("no", "not", "never") or lowered[k - 1].endswith("n't"))
        ):
            continue  # short words only right after a negation: "no ban", "did not use"
        if k and lowered[k - 1] in _POSSESSORS:
            continue  # "his return": a noun, neither affirmed nor denied
        cue_start = None
        for first, after in cues:
            if not _governs(lowered, after, k):
                continue
            if any(c in text[toks[after - 1].end : toks[k].start] for c in _CLAUSE_BREAKS):
                continue  # "... the rich pay nothing," said the union's head
            if lowered[after - 1] in _VERB_CUES | _NOMINAL_CUES and not _verb_like(
                lowered, after, k
            ):
                continue  # "denied arson", "won without receiver X": not a deed undone
            cue_start = toks[first].start
        key = lemma(word)
        if word.endswith("ing") and k + 1 < len(lowered) and lowered[k + 1] in _OBJECT_HEADS:
            key = ing_verb(word)  # "hearing a voice": the verb, not "a hearing"
        after_verb = k + 1 < len(lowered) and lowered[k + 1] == "not" and _archaic_verb(word)
        after_verb = after_verb and (k + 2 == len(lowered) or lowered[k + 2] in _OBJECT_HEADS)
        # ("heard not the voice"; not "pleaded not guilty")
        if after_verb and cue_start is None:  # "they heard not the voice": a verb the "not"
            out[key] = (True, toks[k].start, toks[k + 1].end)  # after it denies, as of old
            continue
        if cue_start is None and _no_object(lowered, k):  # "it had paid no ransom": the
            out[key] = (True, toks[k].start, toks[k + 2].end)  # deed denied by its object
            told = rules.data.get("received_nouns", {}).get(lemma(lowered[k + 2]))
            if told and key in _RECEIVING:  # "had received no reports of a gas smell": no one
                out[told] = (True, toks[k].start, toks[k + 2].end)  # reported it
            continue
        if cue_start is not None:
            out[key] = (True, cue_start, toks[k].end)
            event = _event_noun(lowered, cues, k, rules)
            if event is not None:  # "no ban on fishing has been ordered": nothing banned
                out[lemma(lowered[event])] = (True, cue_start, toks[k].end)
        elif key not in out:
            out[key] = (False, toks[k].start, toks[k].end)
        noun = _supported_noun(lowered, k, rules)
        if noun is not None:  # "failed to issue any warning": "warn" negated
            verb = lemma(lowered[noun][: -len("ing")])
            if cue_start is not None:
                out[verb] = (True, cue_start, toks[noun].end)
            elif verb not in out:
                out[verb] = (False, toks[k].start, toks[noun].end)
        plainer = rules.kinds_of_use.get(key)
        if plainer is not None and cue_start is None:
            out.setdefault(plainer, (False, toks[k].start, toks[k].end))  # "fired tear gas"
        for antonym in rules.antonyms.get(key, ()):
            out.setdefault("¬" + antonym, (cue_start is None, toks[k].start, toks[k].end))
        phrase = rules.phrase_class(key, lowered[k + 1 : k + 3])
        if phrase and phrase != key and phrase in rules.antonyms:  # "pleaded guilty": he
            end_of = toks[min(k + 1, len(toks) - 1)].end  # admitted it, as "denied" did not
            out.setdefault(phrase, (cue_start is not None, toks[k].start, end_of))
            for antonym in rules.antonyms[phrase]:
                out.setdefault("¬" + antonym, (cue_start is None, toks[k].start, end_of))
    return out


_RECEIVING = frozenset({"receive", "get", "have", "log", "record"})


def _no_object(lowered: list[str], k: int) -> bool:
    """Whether "no" and a noun follow a past verb after an auxiliary ("had paid no ransom",
    "has made no arrests"): the deed denied; not "no longer" or "no one"."""
    if k + 2 >= len(lowered) or lowered[k + 1] != "no" or lowered[k + 2] in ("longer", "one"):
        return False
    word = lowered[k]
    inflected = word.endswith("ed") or (lemma(word) != word and not word.endswith("s"))
    return inflected and k > 0 and lowered[k - 1] in AUXILIARIES


def _archaic_verb(word: str) -> bool:
    """A past or present verb that a following "not" negates in older English ("heard not",
    "knew not", "cometh not"), not an auxiliary ("was not") or a noun."""
    if word in AUXILIARIES or word in STOPWORDS:
        return False
    return word.endswith(("ed", "eth", "est")) or (lemma(word) != word and not word.endswith("s"))


def _event_noun(
    lowered: list[str], cues: list[tuple[int, int]], k: int, rules: Rules
) -> int | None:
    """The noun after a "no" whose support verb at ``k`` is negated ("no ban ... has been
    ordered", "no warning was issued"): the event denied, or None."""
    if lemma(lowered[k]) not in rules.support_verbs:
        return None
    for _first, after in cues:
        if lowered[after - 1] == "no" and after < k:
            return after
    return None


def _supported_noun(lowered: list[str], k: int, rules: Rules) -> int | None:
    """The "-ing" noun a support verb at ``k`` carries ("issue any warning"), or None."""
    if lemma(lowered[k]) not in rules.support_verbs:
        return None
    j = k + 1
    while j < len(lowered) and lowered[j] in ("a", "an", "any", "the", "its", "their", "no"):
        j += 1
    if j < len(lowered) and lowered[j].endswith("ing") and len(lowered[j]) > 6:
        return j
    return None


_OBJECT_HEADS = frozenset("a an the no his her their its this that him them me us it".split())
_NOT_PREDICATES = frozenset("much many more most very such only ever even quite rather".split())
_BRIDGE = (
    frozenset(
        "to be been being have has had it is was were are that even really actually ever "
        "always just yet also still".split()
    )
    | AUXILIARIES
)
_HEDGES = frozenset("think believe expect suppose consider".split())


_POSSESSORS = frozenset("his her its their our my your the a an this that".split())
_CLAUSE_BREAKS = (",", '"', "“", "”", ";", ":", "(", ")")
_VERB_CUES = frozenset({"denied", "rejected", "denies", "rejects", "deny", "reject"})
_NOMINAL_CUES = frozenset({"without", "no", "none", "nobody", "nothing", "neither", "nor"})


def _verb_like(lowered: list[str], after: int, k: int) -> bool:
    """After a cue that is itself a verb, only a verb is negated ("denied killing", "denied
    having been there"), not a noun ("denied arson")."""
    word = lowered[k]
    if lowered[after - 1] in _NEGATIVE_SUBJECTS and k > after and lowered[after] in _OF_PLACE:
        return word.endswith(("s", "ed"))  # "nothing in the proposals requires"
    irregular = not word.endswith("s") and lemma(word) != word  # "Nobody was sent off"
    return (
        word.endswith(("ed", "ing"))
        or irregular
        or (k > after and lowered[k - 1] in ("to", "having"))
    )


def _governs(lowered: list[str], after: int, k: int) -> bool:
    """Whether a negation cue ending before token ``after`` negates token ``k``: only
    auxiliaries may stand between ("declined to confirm", "has not been ranked"); after a hedge
    ("do not think it is possible") the cue reaches the hedged clause's predicate."""
    if after < len(lowered) and lowered[after] in _HEDGES and after < k <= after + 5:
        return all(w in _BRIDGE or w in ("i", "we", "they") for w in lowered[after + 1 : k])
    if (
        lowered[after - 1] in _NEGATIVE_SUBJECTS
        and after < len(lowered)
        and lowered[after] in _OF_PLACE
    ):
        # "Nothing in the proposals requires ...", "none of the buildings collapsed": the
        # subject negates the verb right after its short prepositional phrase
        verb = after + 2 + (lowered[after + 1] in _POSSESSORS if after + 1 < k else 0)
        if verb < k and lowered[verb] in AUXILIARIES:
            verb += 1  # "none of the victims was identified"
        return k == verb and lowered[k].endswith(("s", "ed"))
    if lowered[after - 1] == "no" and after < k:
        # "No group has claimed responsibility", "no gun was recovered": a subject with "no"
        # negates the verb after its noun (one or two words) and auxiliaries
        verb = after + 1
        if verb < k and lowered[verb] not in AUXILIARIES:
            verb += 1  # "no militant group"
        if verb < k and lowered[verb - 1] not in AUXILIARIES and lowered[verb - 1] in _OF_PLACE:
            verb += 1 + (lowered[verb] in _POSSESSORS)  # "no ban on fishing has been ordered"
        first_aux = verb
        while verb < k and lowered[verb] in AUXILIARIES:
            verb += 1
        if k == verb > first_aux:  # ("no ransom had been paid": an irregular participle)
            return lowered[k].endswith(("s", "ed")) or lemma(lowered[k]) != lowered[k]
    return after <= k <= after + 3 and all(w in _BRIDGE for w in lowered[after:k])


_NEGATIVE_SUBJECTS = frozenset({"nothing", "nobody", "none", "neither"})
_UNMARKED = frozenset(
    "cant dont didnt doesnt isnt wasnt wont couldnt wouldnt shouldnt havent hasnt hadnt arent "
    "werent".split()
)
_OF_PLACE = frozenset({"in", "of", "at", "on", "from", "for"})  # ("no application for bail")


def _cue_positions(lowered: list[str], rules: Rules) -> list[tuple[int, int]]:
    found = []
    for i in range(len(lowered)):
        if lowered[i].endswith(("n't", "n’t")):  # "aren't", "isn't", "didn't"
            found.append((i, i + 1))
            continue
        nxt = lowered[i + 1] if i + 1 < len(lowered) else ""
        if lowered[i] in _UNMARKED and nxt.isalpha() and nxt not in STOPWORDS:
            found.append((i, i + 1))  # "I cant speak for": a contraction typed without its
            continue  # apostrophe, before a verb (not "the cant of")
        for parts in rules.negation_cues_by_first.get(lowered[i], ()):
            if lowered[i : i + len(parts)] == parts:
                found.append((i, i + len(parts)))
                break
    return found
