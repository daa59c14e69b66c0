"""Counts told without a figure, what a span of time is counted from, and counts whose meaning
the words around them give: numeral adverbs ("crew twice"), a parent's children ("a mother of
12"), what someone weighs, and those a wounding verb befell.

"killed a child" and "one bomb" count one; "fought the fire for an hour" and "an hour after the
ferry left" count one hour. A span before "after"/"before" a clause, or after the clause's verb
with "earlier"/"later", is counted from that clause's event: "two hours after the ship left"
and "had left Valdra two hours earlier" both time the leaving, so they are compared with each
other and not with any other span of two hours.
"""

from __future__ import annotations

from dataclasses import replace

from reader.core.facts.amounts import Sentence, unit_after
from reader.core.facts.lexicon import AUXILIARIES, DETERMINERS, MONTHS, STOPWORDS
from reader.core.facts.numbers import Number
from reader.core.facts.phrases import predicate_before, verb_form
from reader.core.facts.quantities import Op, Quantity, Value
from reader.core.facts.scope import POSSESSIVE

# the span runs from the event to the one told ("after the ship left", "left ... earlier"),
# or from the one told to the event ("before the storm hit", "hit ... later")
_SINCE, _UNTIL = "since", "until"
_DAY = 86400.0
_AFTER_CLAUSE = {"after": _SINCE, "before": _UNTIL}
_AFTER_VERB = {
    "earlier": _SINCE,
    "later": _UNTIL,
    "ago": "ago",  # "returned to Millom six weeks ago": counted back from the telling
}


_PLACE_PREPOSITIONS = frozenset("in at on into inside near from under beside behind".split())


def single(s: Sentence, i: int) -> bool:
    """ "killed a child", "one minute", "one bomb": an article or "one" that counts (after a
    counting verb, or "one" before a unit or a plain noun)."""
    if s.lower[i] not in ("a", "an", "one") or not s.is_word(i + 1):
        return False
    nxt = s.lower[i + 1]
    if s.lower[i] == "one" and nxt == "of" and s.word(i + 2) in ("them", "whom", "those"):
        return s.last is not None  # "stabbed four people, killing one of them": a part
    if nxt in STOPWORDS or nxt in ("of", "another", "day", "such", "time", "way") or nxt in MONTHS:
        return False
    if s.lemmas[i + 1] in s.rules.counting.get("amount_words", ()) and s.word(i + 2) == "of":
        return False  # "killed a total of 51 people": the count is the 51
    if s.lower[i] == "one" and nxt in s.rules.number_words:
        return False  # "one five-year term": the count is the term's years
    if s.lower[i] == "one":
        return s.word(i - 1) not in ("the", "this", "that", "no") and not verb_form(s, i + 1)
    if s.word(i - 1) in _PLACE_PREPOSITIONS:
        return False  # "found dead in a flooded basement": where, not how many
    told = s.is_word(i + 2) and s.lower[i + 2] not in STOPWORDS
    if nxt in ("certain", "single", "lone") and told:
        return True  # "a certain blind man sat", "a single drone was seen": one
    before = predicate_before(s, i - 1)
    if before is not None and s.term(before) in s.rules.counting["human_predicates"]:
        return True
    return _one_doer(s, i)


def _one_doer(s: Sentence, i: int) -> bool:
    """ "A suicide bomber blew himself up": the one attacker an account opens with (a doer
    noun, perhaps after one modifier, as the subject that opens the sentence)."""
    if i != 0 and s.word(i - 1) not in (",", ";", ":"):
        return False
    doers = s.rules.counting.get("doer_nouns", ())
    for k in (i + 1, i + 2):
        if s.is_word(k) and s.rules.canonical(s.lemmas[k]) in {s.rules.canonical(d) for d in doers}:
            return s.is_word(k + 1) and verb_form(s, k + 1)
    return False


def an_hour(s: Sentence, i: int) -> Number | None:
    """ "fought the fire for an hour", "lasted about a minute", "an hour after the ferry
    left": an article that counts one unit of time."""
    if s.lower[i] not in ("a", "an") or i == 0:
        return None
    unit = unit_after(s, i + 1)
    if unit is None or unit[0].dimension != "duration" or s.word(i + 2) == "-":
        return None  # ("a five-hour battle" has its own number)
    before = s.lower[i - 1]
    counted = before in ("for", "lasted", "lasting", "within") or any(
        phrase.split()[-1] == before for phrase, _ in s.rules.approximations
    )
    if not counted and (s.word(unit[1]) not in _AFTER_CLAUSE or unit[0].factor >= _DAY):
        return None  # ("a day after the vote" is a relative date)
    tok = s.toks[i]
    return Number(tok.start, tok.end, 1.0, 1.0, "words", i, i + 1)


def with_reference(s: Sentence, q: Quantity) -> Quantity:
    """A span of time counted from an event told beside it takes that event's verb as its
    predicate and the direction as its scope; any other quantity is returned as it is."""
    if not (q.dimension or "").startswith("duration") or q.scope or q.predicate == "last":
        return q  # ("lasted nine hours before the men surrendered": how long, its own verb)
    first = next((k for k, t in enumerate(s.toks) if t.start >= q.start), None)
    end = next((k for k, t in enumerate(s.toks) if t.start >= q.end), len(s.toks))
    if first is None:
        return q
    word = s.word(end)
    if word in _AFTER_CLAUSE:
        if (q.value.figure or 0) >= _DAY:
            return q  # "two days after the election": a relative date, read as such
        verb = _clause_verb(s, end + 1)
        scope = _AFTER_CLAUSE[word]
    elif word in _AFTER_VERB and s.word(end + 1) != "than":
        verb = _verb_before(s, first - 1)
        scope = _AFTER_VERB[word]
    else:
        return q
    if verb is None:
        return q
    base = s.rules.verb_of_participle.get(s.lower[verb]) or s.lemmas[verb]
    if s.word(verb + 1) in s.rules.verb_particles:
        phrase = f"{base} {s.word(verb + 1)}"  # "moved back" is "returned"
        if s.rules.canonical(phrase) != phrase:
            base = phrase
    return replace(q, predicate=s.rules.canonical(base), scope=scope)


def _clause_verb(s: Sentence, k: int) -> int | None:
    """The verb of the clause starting at ``k`` ("the ship left", "it was hit"), within a few
    words."""
    for j in range(k, min(len(s.toks), k + 6)):
        if not s.is_word(j):
            return None
        if s.lower[j] in STOPWORDS or s.lower[j] in DETERMINERS:
            continue
        if s.rules.verb_of_participle.get(s.lower[j]) or (
            s.lemmas[j] != s.lower[j] and not s.lower[j].endswith("s")
        ):
            return j
    return None


def _verb_before(s: Sentence, k: int) -> int | None:
    """The verb a few words before a span ("had left Valdra about two hours earlier")."""
    for j in range(k, max(-1, k - 5), -1):
        if not s.is_word(j):
            return None
        if s.rules.verb_of_participle.get(s.lower[j]) or (
            s.lemmas[j] != s.lower[j]
            and not s.lower[j].endswith("s")
            and not s.toks[j].text[:1].isupper()
        ):
            return j
        if s.word(j - 1) in AUXILIARIES and s.rules.canonical(s.lower[j]) != s.lower[j]:
            return j  # "who was wed about three weeks ago": a verb of the rules' groups
    return None


_OWNERS = frozenset({"his", "her", "their"})


def children_of_parent(s: Sentence, first: int, named: int | None) -> bool:
    """ "a mother of 12", "Mother of 13 Zurana Horton": the count of a parent's children (a
    count before a noun of its own is not: "a father of two boys")."""
    parents = s.rules.counting.get("parent_nouns", ())
    if first < 2 or s.word(first - 1) != "of" or s.lemmas[first - 2] not in parents:
        return False
    return named is None or s.toks[named].text[:1].isupper()


def own_children(s: Sentence, first: int, noun: int) -> bool:
    """ "one of her 12 children", "She has three children": how many children someone has,
    not children something befell."""
    offspring = s.rules.counting.get("offspring_nouns", ())
    owned = s.word(first - 1) in _OWNERS or s.lemmas[first - 1] == "have"
    return s.lemmas[noun] in offspring and owned


def weighed(s: Sentence, first: int, predicate: str | None) -> bool:
    """A mass that is what something weighs: "weighing 130 pounds", or a mass right after a
    height in a description ("Orozco is 5-foot-8, 135 pounds")."""
    if predicate == s.rules.canonical("weigh"):
        return True
    last = s.last
    return bool(
        last is not None
        and last.dimension == "length"
        and s.word(first - 1) == ","
        and s.toks[first - 2].end >= last.end - 1
    )


def adverb_counts(s: Sentence, i: int) -> bool:
    """Whether a numeral adverb has a verb to count ("crew twice", "twice admitted")."""
    for k in (i - 1, i - 2, i + 1):
        if 0 <= k < len(s.toks) and s.is_word(k) and s.lower[k] not in STOPWORDS:
            word = s.lower[k]
            if verb_form(s, k) or word.endswith(("ed", "ew")) or s.lemmas[k] != word:
                return True
    return False


def adverb_count(s: Sentence, n: Number) -> Quantity:
    """ "the cock crew twice": a count of times, tied to the verb before it."""
    verb = next(
        (
            k
            for k in range(n.first - 1, max(-1, n.first - 4), -1)
            if s.is_word(k) and s.lower[k] not in STOPWORDS
        ),
        None,
    )
    predicate = s.term(verb) if verb is not None else None
    tok = s.toks[n.first]
    value = Value(Op.EQ, n.value, n.value, n.value, 1.0)
    return Quantity(
        tok.start,
        tok.end,
        (value,),
        "count",
        "time",
        predicate,
        tok.text,
        s.lower[verb] if verb is not None else "",
        None,
    )


def wounded_by(s: Sentence, predicate: str | None) -> bool:
    """ "A man stabbed five people", "shot three passers-by": those a wounding verb (rules
    ``wounding_verbs``) befell are the wounded, unless the sentence tells of deaths ("shot
    ten people, killing three", "fatally stabbed")."""
    verbs = {s.rules.canonical(v) for v in s.rules.counting.get("wounding_verbs", ())}
    if predicate is None or predicate not in verbs:
        return False
    deaths = s.rules.counting.get("death_cues", ())
    return not any(w in deaths or s.rules.canonical(w) == "kill" for w in s.lemmas)


_BEFORE_WHOLE = DETERMINERS | {"next", "last", "first", "previous", "remaining", "other"}


def whole_after(s: Sentence, k: int, by_start: dict) -> bool:
    """ "of the three victims", "of its next 23 games": a whole after a part."""
    while k < len(s.toks) and (
        s.word(k) in _BEFORE_WHOLE
        or s.word(k) in POSSESSIVE
        or s.word(k + 1) in POSSESSIVE  # "of the Saints' 16 games"
        or s.word(k).endswith(("'s", "’s"))  # "of the bank's seven members"
    ):
        k += 1
    return k in by_start
