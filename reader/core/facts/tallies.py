"""Tallies "N-M": a vote ("7 to 2"), a game's score ("a 27-24 loss"), or a won-lost record
("a 9-14 record", "the Colts (10-5)", "Wladimir Klitschko, 53-3, 47 KO's,"); and margins
("won by 11 points", "by a margin of nine points")."""

from __future__ import annotations

from reader.core.facts.amounts import Sentence, voted_before
from reader.core.facts.numbers import Number
from reader.core.facts.owners import bracket_owner
from reader.core.facts.phrases import noun_run
from reader.core.facts.quantities import Op, Quantity, Value, format_number


def tally_kind(s: Sentence, first: int, end: int) -> str | None:
    """ "vote", "score" or "record" for the tally at tokens ``first:end``; None for a
    passing moment of a game ("a 31-24 lead", "a 13-3 halftime lead")."""
    counting = s.rules.counting
    window = " ".join(s.lower[max(0, first - 6) : end + 4])
    deciding = set(counting.get("deciding_verbs", ()))
    if "vote" in window or "favour" in window or "favor" in window:
        return "vote"
    if deciding & {s.lemmas[k] for k in range(max(0, first - 2), first)}:
        return "vote"  # "The measure passed 61 to 38", "the jury convicted 10 to 2"
    if s.word(first - 1) == "," and voted_before(s, first):
        return "vote"  # "passed its final vote late on Wednesday night, 214 to 188"
    noun_first, noun_last = noun_run(s, end)
    nouns = {s.lemmas[k] for k in range(noun_first, noun_last + 1)}
    told = {s.lemmas[k] for k in range(max(0, first - 3), first)}  # "his record to 52-3"
    record_nouns = set(counting.get("record_nouns", ()))
    bracketed = s.word(first - 1) == "(" and bracket_owner(s, first) is not None
    apposed = (  # "Wladimir Klitschko, 53-3, 47 KO's,": the man's won-lost record
        s.word(first - 1) == ","
        and first >= 2
        and s.toks[first - 2].text[:1].isupper()
        and s.word(end) == ","
    )
    if nouns & record_nouns or told & record_nouns or bracketed or apposed:
        return "record"
    if nouns & set(counting.get("passing_tally_nouns", ())):
        return None
    return "score"


def is_margin(s: Sentence, first: int, noun: str | None) -> bool:
    """Whether points counted at token ``first`` are a margin of victory."""
    if noun != "point":
        return False
    before = s.word(first - 1)
    return before == "by" or (before == "of" and first >= 2 and s.lemmas[first - 2] == "margin")


def voted_for(s: Sentence, verb: int | None) -> bool:
    """ "Sixty-five senators voted in favour", "40 members voted for the plan": a count of
    those voting for, the first side of a vote's tally."""
    if verb is None or s.rules.canonical(s.lemmas[verb]) != s.rules.canonical("vote"):
        return False
    return s.word(verb + 1) == "for" or (
        s.word(verb + 1) == "in" and s.word(verb + 2) in ("favour", "favor")
    )


AGAINST = "against"  # the scope (and predicate) of votes cast against


def voted_against(s: Sentence, verb: int | None, last: int) -> bool:
    """ "Two of the seven members voted against", "62 votes against", "and two against":
    a count of those voting against, the other side of a vote's tally. ``last`` is the
    count's last token (its noun's, when it has one)."""
    after = s.word(last + 1)
    if after == "against" and s.word(last + 2) in ("", ".", ",", ";", ")"):
        return True  # "... in favour and two against."
    if after == "against" and s.lower[last] == "votes":
        return True  # "62 votes against"
    vote = s.rules.canonical("vote")
    for k in [verb] if verb is not None else range(last + 1, min(len(s.toks), last + 6)):
        if s.is_word(k) and s.rules.canonical(s.lemmas[k]) == vote and s.word(k + 1) == "against":
            return True  # "Two of the seven members of the committee voted against"
    return False


def in_favour(s: Sentence, k: int) -> bool:
    """Whether "in favour" (or "in favor") starts at token ``k``: "with 188 in favour"."""
    return s.word(k) == "in" and s.word(k + 1) in ("favour", "favor")


def support_tallies(s: Sentence, numbers: list[Number], found: list[Quantity]) -> list[Quantity]:
    """ "Seven of the nine members of the committee voted for the rise", "Six of nine
    committee members backed the increase": a vote told as the part of a body that supported
    something, read as the tally for and against (7-2, 6-3), so that it meets "The decision
    was unanimous" and other accounts' tallies. The verbs of support are the rules'; a tally
    already read there ("voted 7 to 2") is kept as it is."""
    support = set(s.rules.counting.get("support_verbs", ()))
    told = {q.start for q in found if q.value.op == Op.TALLY}
    by_first = {n.first: n for n in numbers}
    out = []
    for n in numbers:
        j = n.last
        if s.word(j) != "of":
            continue
        j += 1 + (s.word(j + 1) == "the")
        whole = by_first.get(j)
        if whole is None or not (0 < n.value < whole.value) or whole.value > 1000:
            continue
        first, last = noun_run(s, whole.last)
        if last < first or s.lemmas[last] not in s.rules.counting.get("body_members", ()):
            continue
        for k in range(last + 1, min(len(s.toks), last + 12)):
            if s.word(k) in (",", ".", ";", ":", "against"):
                break
            if s.lemmas[k] in support or voted_for(s, k):
                value = Value(Op.TALLY, n.value, n.value, n.value, 0.0, whole.value - n.value)
                shown = f"{format_number(n.value)}–{format_number(whole.value - n.value)}"
                start, end = s.toks[n.first].start, s.toks[last].end
                if start in told:
                    break
                out.append(Quantity(start, end, (value,), "count", "vote", None, shown, "", None))
                break
    return out
