"""How long: a duration read as a prison term told three ways ("sentenced to eight years",
"an eight-year sentence", "serving 10 years"), as how long a named thing lasted ("a 16-month
trial", "The standoff ended after 14 hours") or as a span given for a deed."""

from __future__ import annotations

from dataclasses import replace

from reader.core.facts.amounts import Sentence
from reader.core.facts.lexicon import STOPWORDS
from reader.core.facts.quantities import Op, Quantity
from reader.core.facts.subjects import deadline_deed
from reader.core.language import lemma

PRISON_TERM = "prison term"
_ENDING = frozenset({"end", "finish", "conclude", "close"})
_REACH = 4  # tokens before a duration in which "sentenced", "jailed" tell a prison term


def how_long(s: Sentence, q: Quantity, first: int, end: int) -> Quantity:
    """A duration read as a prison term, or as how long a named thing lasted ("a 16-month
    trial", "The standoff ended after 14 hours", "closed for three hours"), or as a span given
    for a deed ("within a week"); ``q`` as it is otherwise."""
    if _prison_term(s, q, first, end):
        q = replace(q, thing=PRISON_TERM, predicate=None, noun="", kind_of="")
        return replace(q, display=_plural(q))
    ended = first >= 3 and s.word(first - 1) == "after" and s.lemmas[first - 2] in _ENDING
    subject = s.lower[first - 3] if ended and s.is_word(first - 3) else ""
    ending = first >= 4 and s.word(first - 1) == "after" and s.word(first - 3) == "the"
    if ending and s.lemmas[first - 4] in _ENDING and s.is_word(first - 2):
        subject = s.lower[first - 2]  # "Security forces ended the siege after six hours"
    timed = (q.dimension or "").startswith("duration") and not q.thing
    closed = first >= 2 and s.word(first - 1) == "for" and q.predicate is not None
    if timed and closed and s.rules.canonical(q.predicate) == s.rules.canonical("close"):
        return replace(q, thing=q.predicate, predicate="last")  # "closed for three hours"
    during = first >= 3 and s.word(first - 1) == "of" and s.word(first - 3) in ("a", "an")
    noun = s.lemmas[first - 2] if during else ""
    if timed and during and s.rules.canonical(noun) == s.rules.canonical("close"):
        return replace(q, thing=s.rules.canonical(noun), predicate="last")  # "a shutdown of
        # almost five hours": how long it lasted
    took = first >= 2 and s.lemmas[first - 1] == "take" and s.word(first - 2) != "to"
    if took and s.word(end) not in ("to", "for") and s.is_word(first - 2):
        subject = s.lower[first - 2]  # "The theft took less than ten minutes": how long it
        # lasted (not "took rescuers three hours to reach them")
    if first >= 2 and s.word(first - 1) in ("lasted", "lasting", "lasts") and not subject:
        k = first - 2
        k -= s.word(k) in ("that", "which")
        k -= s.word(k) == ","
        if s.toks[k].text[:1].isupper() and s.word(k - 1) in ("near", "in", "at", "on", "of"):
            k -= 2  # "The clash near Hira lasted": the clash
        if s.is_word(k) and s.lower[k] not in STOPWORDS and not s.toks[k].text[:1].isupper():
            return replace(q, noun=s.lemmas[k], predicate="last")  # "The trial lasted five
            # months", "a trial that lasted four months": its name for the topic only
    timed = (q.dimension or "").startswith("duration") and not q.thing
    modal = s.word(first - 2) in ("will", "would", "could", "may", "should", "to")
    if timed and not q.predicate and s.word(first - 1) == "last" and modal:
        q = replace(q, predicate="last")  # "The mission will last 18 months": how long
    if timed and subject and subject not in STOPWORDS:  # "The standoff ended after 14
        return replace(q, thing=s.rules.canonical(lemma(subject)), predicate="last")  # hours"
    amounts = s.rules.counting.get("amount_words", ())
    if q.thing and q.thing not in amounts and not q.predicate and "-" in s.text[q.start : q.end]:
        agreed = q.thing in s.rules.counting.get("agreement_nouns", ())
        thing = "contract" if agreed else q.thing  # "a five-year contract" / "a four-year deal"
        return replace(q, thing=thing, predicate="last", display=_plural(q))  # "a 16-month
        # trial": 16 months
    reopen = first >= 2 and s.word(first - 1) == "in" and s.lemmas[first - 2] == "reopen"
    if timed and reopen:  # "would reopen in three months" / "stay closed for six months"
        return replace(q, thing=s.rules.canonical("close"), predicate="last")
    if timed and not q.predicate:
        return deadline_deed(s, q, first, end)  # "within a week", "48 hours to leave"
    return q


def _plural(q: Quantity) -> str:
    """ "16 months" for the "16 month" of "a 16-month trial"."""
    shown = q.display
    if q.value.figure not in (None, 1) and shown[-1:].isalpha() and not shown.endswith("s"):
        return shown + "s"
    return shown


def _prison_term(s: Sentence, q: Quantity, first: int, end: int) -> bool:
    counting = s.rules.counting
    window = {s.lemmas[k] for k in range(max(0, first - _REACH), first) if s.is_word(k)}
    if window & set(counting.get("prison_possible", ())) or q.value.op in (Op.AT_MOST, Op.UNDER):
        return False  # "faces up to 20 years in prison": what he may get, not what he got
    places = counting.get("prison_places", ())
    if q.thing in counting.get("prison_nouns", ()) and (not q.kind_of or q.kind_of in places):
        jail = set(counting.get("prison_verbs", ())) | set(places)
        jail |= {s.rules.canonical(w) for w in counting.get("prison_serving", ())}
        office = q.thing == "term" and not q.kind_of and not jail & set(s.lemmas)
        return not office  # "an eight-year sentence", "a 10-year prison term"; not "limits
        # presidents to a single six-year term"
    if window & set(counting.get("prison_verbs", ())):
        return True  # "sentenced to eight years", "jailed for six years"
    if s.word(first - 1) in counting.get("prison_serving", ()):
        return True  # "serving 10 years for fraud" (not "served as mayor for 10 years")
    place = s.lemmas[end + 1] if s.is_word(end + 1) else ""
    return s.word(end) in ("in", "behind") and place in places
