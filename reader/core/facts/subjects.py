"""The subject a figure after a verb counts: "the number of people killed ... has risen to
58", "the death toll rose to 10", and in older English a count told as the predicate of its
noun: "all the souls of the house of Jacob, which came into Egypt, were threescore and ten"."""

from __future__ import annotations

from dataclasses import replace

from reader.core.facts.amounts import Sentence, partitive, severity_after
from reader.core.facts.coordination import thing_of
from reader.core.facts.lexicon import AUXILIARIES, DETERMINERS, STOPWORDS
from reader.core.facts.phrases import noun_run, predicate_after, predicate_before, verb_form
from reader.core.facts.quantities import Quantity, Value
from reader.core.facts.scope import place_of
from reader.core.language import ing_verb, lemma


def counted_subject(s: Sentence, first: int) -> tuple[int, int | None] | None:
    """ "The number of people killed ... has risen to 58": the noun and predicate of the
    subject of a level verb (rise, reach, stand at) before a figure."""
    k = first - 1
    while k >= 0 and s.lower[k] in ("to", "at", "by", "about", "around", "nearly", "almost"):
        k -= 1
    levels = s.rules.counting.get("level_verbs", ())
    if k < 0 or (s.term(k) not in levels and s.lemmas[k] not in levels and s.lemmas[k] != "be"):
        return None  # ("rose to", "stood at", "is stated at", "was put at", "was about")
    for j in range(k - 1, max(-1, k - 14), -1):
        if s.lower[j] == "of" and j > 0 and s.lower[j - 1] in ("number", "count", "total"):
            noun = j + 1
            while noun < k and s.lower[noun] in ("the", "a", "an"):
                noun += 1
            if noun >= k:
                return None
            while noun + 1 < k and s.is_word(noun + 1) and s.lower[noun + 1].endswith("s"):
                if verb_form(s, noun + 1) or s.lemmas[noun + 1] == s.lower[noun + 1]:
                    break
                noun += 1  # "the number of cholera cases": cases
            verb = noun + 1 if noun + 1 < k and verb_form(s, noun + 1) else None
            if verb is None and noun + 2 < k and s.lower[noun + 1] in ("who", "that"):
                told = noun + 2 + (s.lower[noun + 2] in AUXILIARIES)
                verb = told if told < k and verb_form(s, told) else None  # "the number of
                # people who died ... has risen to four"
            return noun, verb
    return None


def subject_predicate(s: Sentence, first: int) -> int | None:
    """ "the death toll rose to 10", "the death toll from the quake in the north rose to
    10": the counted subject before "rose to", "stood at", in the same clause."""
    for k in range(first - 1, max(-1, first - 20), -1):
        if s.toks[k].text in (",", ";", ":", "(", ")"):
            return None
        if s.term(k) == "kill" and s.lower[k] in ("toll", "death", "dead", "fatalities"):
            if k > 0 and s.word(k - 1) not in ("the", "death", "its", "their", "of", ","):
                return None  # "seven people were shot dead ... had only 12 guards": no subject
            level = s.rules.counting.get("level_verbs", ())
            if k >= first - 5 or any(s.term(j) in level for j in range(k + 1, first)):
                return k
            return None
    return None


_COPULAS = frozenset(("were", "are", "was", "is"))
_CLAUSE_BREAKS = (":", ";", "(", ")")


def copular_subject(s: Sentence, first: int, end: int) -> int | None:
    """The head noun of a subject that "all" opens, counted by a figure after its copula
    that ends the clause ("all the souls ... were threescore and ten."): the noun's
    position, or None. Without "all" such a figure is more often an age ("the two men were
    25"), and it is left alone."""
    k = first - 1
    if k < 1 or s.lower[k] not in _COPULAS:
        return None
    if end < len(s.toks) and s.is_word(end):
        return None  # a noun or more words follow: not the clause's last word
    opening = k - 1
    while opening >= 0 and s.toks[opening].text not in _CLAUSE_BREAKS:
        opening -= 1
    j = opening + 1
    while j < k and s.lower[j] in ("and", "but", "for", "so"):
        j += 1
    if j >= k or s.lower[j] != "all":
        return None
    j += 1
    while j < k and s.lower[j] in DETERMINERS:
        j += 1
    noun_first, noun_last = noun_run(s, j)
    if noun_last < noun_first or s.lemmas[noun_last] == s.lower[noun_last]:
        return None  # no plural noun heads the subject
    return noun_last


_RELATIVES = frozenset(("which", "that", "who", "whom"))
_APPOSITION_REACH = 12  # words before the comma searched for the counted noun
_AGES = 130  # a figure a person could be of age is below this


def apposed_noun(s: Sentence, first: int, end: int) -> int | None:
    """The plural noun a bare figure set off by commas counts ("the chief of the officers
    that were over the work, five hundred and fifty, which bare rule"; "king Solomon's
    officers, even two hundred and fifty, that bare rule"): its position, or None. A
    figure a person could be of age is left to the reading of ages ("the brothers, 24,")."""
    k = first - 1
    if k >= 0 and s.lower[k] in ("even", "namely"):
        k -= 1
    if k < 1 or s.toks[k].text != ",":
        return None
    closed = end >= len(s.toks) or s.toks[end].text in (",", ".", ";", ":")
    if not closed and s.lower[end] not in _RELATIVES:
        return None
    for j in range(k - 1, max(-1, k - 1 - _APPOSITION_REACH), -1):
        tok = s.toks[j]
        if tok.text in (".", ";", ":", "(", ")", ",") or tok.kind == "num":
            return None
        if not s.is_word(j) or s.lower[j] in STOPWORDS:
            continue
        if tok.text[:1].isupper():
            if tok.text.endswith(("'s", "’s")) or j == 0:
                continue  # ("over Solomon's work")
            return None  # "when Jeffs, 54, will be moved": the name the figure is told of
        if verb_form(s, j) and s.word(j - 1) not in _RELATIVES:
            return None  # ("officials are not revealing when ..."): another clause; a
            # relative clause on the noun is read past ("the guard that kept the gate")
        if s.lemmas[j] != s.lower[j] and s.lower[j].endswith("s"):
            return j
    return None


def bare_count_noun(s: Sentence, first: int, end: int, figure: float | None) -> int | None:
    """The noun a figure with no noun of its own counts, told as the predicate of its subject
    or in apposition to it; None if neither."""
    copular = copular_subject(s, first, end)
    if copular is not None:
        return copular
    apposed = apposed_noun(s, first, end)
    people = s.rules.counting["person_nouns"]
    if apposed is not None and s.lemmas[apposed] in people and (figure or 0) < _AGES:
        return None  # ("the brothers, 24, ...": an age)
    return apposed


_ESTIMATING = frozenset(("put", "puts", "estimated", "estimate", "estimates", "placed", "places"))


def gathering_counted(s: Sentence, first: int) -> bool:
    """Whether a figure counts those at a gathering: "a crowd of 2,000", "a march of 30,000
    people", "put the crowd at 2,000", "Police put the march, to mark a strike, at roughly
    30,000 people" (a verb of estimating before the gathering, whatever aside follows it)."""
    before = s.word(first - 1)
    nouns = {"crowd", "turnout", "attendance"} | set(s.rules.counting.get("gathering_nouns", ()))
    if before in ("was", "were", "is") and first >= 2 and s.lemmas[first - 2] in nouns:
        return True  # "The attendance was 38,500"
    if before not in ("at", "of") or first < 2:
        return False
    if s.lemmas[first - 2] == "crowd":
        return True  # "a crowd of 2,000", "put the crowd at 2,000"
    if before == "of":
        return s.lemmas[first - 2] in nouns and s.word(first - 3) in ("a", "an")
    for k in range(first - 2, max(0, first - 16), -1):
        if s.toks[k].text in (".", ";", ":"):
            return False
        if s.lemmas[k] in nouns and s.word(k - 1) in ("the", "a", "its", "their"):
            return s.word(k - 2) in _ESTIMATING  # "put the march, ..., at 30,000"
    return False


_REPORTING = frozenset({"post", "record", "report", "announce", "make", "earn", "turn", "book"})


def money_thing(
    s: Sentence, first: int, end: int, predicate: str | None
) -> tuple[str | None, str | None]:
    """What a sum with no counted noun is, and the verb that tells what was done with it:
    "a profit of $2.3 billion" (profit), "demanded a ransom of $5 million" (ransom, demand),
    "1.2 million euros in bribes", "bribes worth 1.2 million euros" (bribe)."""
    rules = s.rules
    if (
        s.word(first - 1) == "of"
        and s.is_word(first - 2)
        and s.lower[first - 2] not in STOPWORDS
        and s.lemmas[first - 2] not in rules.counting.get("amount_words", ())
    ):  # (before "of $5 million", "a total" and the like say nothing of what the money is)
        thing = thing_of(rules, s.lemmas[first - 2])
        verb = first - 4 if s.word(first - 3) in ("a", "an", "the") else None
        told = s.lower[verb] if verb is not None else ""
        plain = told in rules.speech_verbs or lemma(told) in _REPORTING
        if predicate is None and verb is not None and verb_form(s, verb) and not plain:
            predicate = rules.canonical(lemma(s.lower[verb]))  # "demanded a ransom of"
        return thing, predicate
    return money_named(s, first, end), predicate


def money_named(s: Sentence, first: int, end: int) -> str | None:
    """What a sum is, told by a money noun right after it or before "worth": "1.2 million
    euros in bribes", "bribes worth 1.2 million euros" -> "bribe"; None otherwise."""
    money = s.rules.counting.get("money_nouns", ()) - {"cash", "money"}  # ("in cash": how
    # it is paid, not what it is)
    if s.word(end) == "in" and s.is_word(end + 1) and s.lemmas[end + 1] in money:
        return s.lemmas[end + 1]
    if s.word(first - 1) == "worth" and first >= 2 and s.lemmas[first - 2] in money:
        return s.lemmas[first - 2]
    return None


RELATIVES = ("who", "that")


def relative_verb(s: Sentence, noun_last: int, before: int | None, partitive: bool) -> int | None:
    """The verb of a relative clause right after a counted noun after a verb of searching:
    "searching for four prisoners who broke out" (they are sought for what they did). None
    otherwise, and for a part ("Two of the three inmates who escaped"). (Without a verb
    before, the clause mostly says who they are: "24,000 refugees who have fled".)"""
    if partitive or s.word(noun_last + 1) not in RELATIVES or before is None:
        return None
    if ing_verb(s.lemmas[before]) not in s.rules.counting.get("search_verbs", ()):
        return None
    return predicate_after(s, noun_last + 2)


def befell_them(s: Sentence, k: int) -> bool:
    """Whether the participle at ``k`` after a counted noun tells what befell them before
    the sentence's own verb ("Four aid workers kidnapped in Marra have been freed": the
    rules' human predicates and captive verbs), not who they are ("two officers involved in
    the shooting were arrested")."""
    term = s.term(k)
    return term in s.rules.counting["human_predicates"] or term in s.rules.counting.get(
        "captive_verbs", ()
    )


def part_of_them(
    s: Sentence, first: int, of: int, values: list[Value], dimension: str, display: str
) -> tuple[Quantity | None, int]:
    """A count told as a part of people just named ("three of them caught fire", "killing one
    of them", "15 of them on Qeshm"; ``of`` is the token "of"), and the token to go on from:
    what the part did or what befell it when told, else a part compared as one in a place."""
    end = of + 2
    part = partitive(s, first, end, values, dimension, display)
    if part is None:
        return None, end
    human = s.rules.counting["human_predicates"]
    own = predicate_after(s, end)
    befell = own is not None and s.term(own) in human
    if own == end and not befell and verb_form(s, own):
        part = replace(part, predicate=s.term(own), words=s.lower[own])  # "eleven cars left
        # the tracks, and three of them caught fire": what the three did
    elif not befell:  # "stabbed four people, killing one of them"
        own = predicate_before(s, first - 1)
        befell = own is not None and s.term(own) in human
    if own is not None and befell and s.term(own) != part.predicate:
        return replace(part, predicate=s.term(own), words=s.lower[own]), end  # "About 90
        # whales stranded, and 62 of them had died": a count of the dead
    severity = severity_after(s, end)  # "five of them critically"
    return replace(part, scope=severity or "part", where=place_of(s, end)), end


_CAPTIVE = ("hostage", "captive")


def taken_captive(
    s: Sentence, noun_first: int, noun_last: int, verb: int | None
) -> tuple[int, int | None] | None:
    """The counted noun's last token and the deed's token when the people counted were taken
    or are held captive, else None: "took more than 100 people hostage" (the noun ends before
    "hostage", the deed is "hostage"), "held four guards hostage", "is holding five hostages"
    (a captive verb of the rules before them)."""
    if noun_last > noun_first and s.lower[noun_last] == "hostage":
        return noun_last - 1, noun_last
    if s.word(noun_last + 1) in _CAPTIVE:
        return noun_last, verb
    held = verb is not None and verb < noun_first and s.lemmas[noun_last] in _CAPTIVE
    if held and s.lemmas[verb] in s.rules.counting.get("captive_verbs", ()):
        return noun_last, verb
    return None


def apposed(s: Sentence, first: int) -> str | None:
    """The common noun a level is told of in an aside right after it ("inflation, at 6.2
    percent in May, was still too high": inflation), or None."""
    if s.word(first - 1) != "at" or s.word(first - 2) != "," or first < 3:
        return None
    k = first - 3
    if not s.is_word(k) or not s.toks[k].text.islower() or s.lower[k] in STOPWORDS:
        return None
    return s.rules.canonical(s.lemmas[k])


def proposed(s: Sentence, q: Quantity, first: int) -> Quantity:
    """A share named by its noun ("a 9 percent rise") after a word of asking or offering
    ("The unions want a 9 percent rise", "the offer of a 5 percent rise"): what was asked
    or offered, two deeds (the rules' proposal words)."""
    k = first - 1
    while k >= 0 and s.lower[k] in ("a", "an", "the", "of", "its", "their"):
        k -= 1
    table = s.rules.data.get("counting", {}).get("proposal_words", {})
    asked = table.get(s.lemmas[k]) if k >= 0 else None
    if asked and s.is_word(k):
        return replace(q, predicate=asked, words=s.lower[k])
    return q


DEADLINE = "deadline"  # the scope of a span given for a deed ("within a week", "48 hours to")
_BEFORE_BASE = frozenset("to will would could should may might must can".split())


def deadline_deed(s: Sentence, q: Quantity, first: int, end: int) -> Quantity:
    """A span given for a deed, with that deed as its predicate and the scope "deadline":
    "gave him 48 hours to leave", "to leave within 72 hours", "would resume full production
    within a week", "should be restored within two weeks"; ``q`` as it is otherwise."""
    given = first >= 2 and s.lemmas[first - 2] == "give"
    if s.word(end) == "to" and given and s.is_word(end + 1):
        return replace(q, predicate=s.term(end + 1), words=s.lower[end + 1], scope=DEADLINE)
    if s.word(first - 1) != "within":
        return q
    for k in range(first - 2, max(-1, first - 6), -1):
        if not s.is_word(k):
            break
        base = s.word(k - 1) in _BEFORE_BASE and s.lower[k] not in STOPWORDS
        base = base or (  # "help the hospital restore its systems within a week"
            s.word(k + 1) in ("its", "their", "his", "her") and s.lower[k] not in STOPWORDS
        )
        if verb_form(s, k) or base:
            return replace(q, predicate=s.term(k), words=s.lower[k], scope=DEADLINE)
    return q


def lives_taken(s: Sentence, noun_last: int, first: int) -> bool:
    """ "claimed at least 31 lives": lives (rules life_nouns) after a verb that takes them."""
    verbs = s.rules.counting.get("life_taking_verbs", ())
    return s.lemmas[noun_last] in s.rules.counting.get("life_nouns", ()) and any(
        s.lemmas[k] in verbs for k in range(max(0, first - 2), first)
    )
