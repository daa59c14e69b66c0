"""Which one of a series an account says something is: "its third increase this year", "for
the sixth straight day", "the fifth consecutive month", "raised rates for the third time this
year". An ordinal counts only with a cue that a series is being counted (rules
``series_before`` and ``series_after``); "the second explosion" alone may be any of several.
Compared like a count, in the dimension "ordinal"."""

from __future__ import annotations

from reader.core.facts.amounts import Sentence
from reader.core.facts.lexicon import STOPWORDS
from reader.core.facts.numbers import Number
from reader.core.facts.phrases import noun_run, predicate_before
from reader.core.facts.quantities import Op, Quantity, Value

ORDINAL = "ordinal"


def ordinal_count(s: Sentence, n: Number) -> Quantity | None:
    """The ordinal at ``n`` as a place in a counted series, or None."""
    if n.form != "ordinal":
        return _match_minute(s, n)  # ("the 70th minute": a figure and its suffix)
    counting = s.rules.counting
    before_cues = set(counting.get("series_before", ()))
    after_cues = tuple(counting.get("series_after", ()))
    j = n.last
    series = False
    while s.word(j) in before_cues:
        series, j = True, j + 1
    elided = _elided_series(s, n) or _match_minute(s, n)
    if elided is not None:
        return elided  # "... was its second this year", "sent off in the 70th minute"
    if not s.is_word(j) or s.lower[j] in STOPWORDS or s.word(n.last) == "-":
        return None  # "the third-largest": a rank, not a place in a series
    first, last = noun_run(s, j)
    if last < first:
        return None
    noun = s.lemmas[last]
    if noun in counting.get("period_nouns", ()):
        return None  # "the third quarter", "the second half": a part of a period
    after = " ".join(s.lower[last + 1 : last + 5])
    series = series or any(f"{after} ".startswith(f"{cue} ") for cue in after_cues)
    if not series:
        return None
    thing = s.rules.canonical(noun)
    predicate = None
    if noun == "time":  # "raised rates for the third time": the raising's place
        k = n.first - 1
        while k >= 0 and s.lower[k] in ("the", "a", "for", "its", "their", "his", "her"):
            k -= 1  # "raised rates for the third time"
        verb = predicate_before(s, k) if k >= 0 else None
        verb = verb if verb is not None else _verb_at(s, k)
        if verb is None:
            return None
        thing = s.term(verb)
    value = Value(Op.EQ, n.value, n.value, n.value, 1.0)
    start, end = s.toks[n.first].start, s.toks[last].end
    shown = s.text[s.toks[n.first].start : s.toks[n.last - 1].end]
    return Quantity(start, end, (value,), ORDINAL, thing, predicate, shown, "", None)


def _verb_at(s: Sentence, k: int) -> int | None:
    """The verb a little before ``k`` whose object stands between ("raised rates")."""
    for j in range(k, max(-1, k - 3), -1):
        if s.is_word(j) and s.lower[j].endswith("ed") and s.lower[j] not in STOPWORDS:
            return j
    return None


_COPULAS = frozenset({"was", "is", "were", "are", "be", "been"})
_HEAD_ENDS = frozenset({"to", "on", "at", "in", "by", "for", "from", "with", "was", "is"})


def _elided_series(s: Sentence, n: Number) -> Quantity | None:
    """ "The Bank of Quell's rate rise to 4.75 percent on Thursday was its second this year":
    an ordinal with no noun after a copula, its place in the series of the subject's head
    noun (rise); None otherwise."""
    after = " ".join(s.lower[n.last : n.last + 4])
    cues = s.rules.counting.get("series_after", ())
    if not any(f"{after} ".startswith(f"{cue} ") for cue in cues):
        return None
    if s.word(n.first - 1) not in ("its", "their", "his", "her", "the"):
        return None
    if s.word(n.first - 2) not in _COPULAS:
        return None
    end = next((k for k in range(1, n.first - 2) if s.lower[k] in _HEAD_ENDS), n.first - 2)
    head = end - 1
    if head < 0 or not s.is_word(head) or not s.toks[head].text.islower():
        return None
    if s.lower[head] in STOPWORDS:
        return None
    value = Value(Op.EQ, n.value, n.value, n.value, 1.0)
    start, stop = s.toks[n.first].start, s.toks[n.last - 1].end
    shown = s.text[start:stop]
    return Quantity(
        start, stop, (value,), ORDINAL, s.rules.canonical(s.lemmas[head]), None, shown, "", None
    )


_MATCH_TIMES = frozenset({"minute", "inning", "lap", "round"})
_LIGHT_DEEDS = frozenset({"come", "arrive", "follow", "happen"})


def _match_minute(s: Sentence, n: Number) -> Quantity | None:
    """ "was sent off in the 70th minute", "knocked out in the third round": when in a match
    a deed came, as the ordinal of its minute (or round, lap, inning) with the deed for its
    predicate; None without a verb before "in the"."""
    end = n.last + (s.word(n.last) in ("th", "st", "nd", "rd"))
    if s.word(end) not in _MATCH_TIMES or s.word(n.first - 1) != "the":
        return None
    if s.word(n.first - 2) != "in" or n.first < 3:
        return None
    k = n.first - 3
    if s.word(k) in ("off", "out", "up", "down"):
        k -= 1  # "sent off in the 70th minute": the verb before its particle
    verb = predicate_before(s, k) if s.is_word(k) else None
    if verb is None and s.is_word(k) and s.lower[k].endswith("ed"):
        verb = k
    if verb is None:
        return None
    value = Value(Op.EQ, n.value, n.value, n.value, 1.0)
    start, stop = s.toks[n.first].start, s.toks[end].end
    shown = s.text[start : s.toks[end - 1].end]
    told = " ".join(s.lower[verb : n.first - 2])  # "sent off", "opened the scoring"
    predicate = s.term(verb)
    if s.lemmas[verb] in _LIGHT_DEEDS and verb >= 2:  # "Dunmar's first goal came in the
        nouns = [j for j in (verb - 2, verb - 1) if s.is_word(j) and s.toks[j].text.islower()]
        told = predicate = " ".join(s.lemmas[j] for j in nouns)  # 18th minute": the goal's
    named = s.rules.data.get("counting", {}).get("deed_phrases", {})
    phrases = [
        " ".join([s.lemmas[j], *s.lower[j + 1 : n.first - 2]])  # ("opened the scoring")
        for j in range(max(0, n.first - 6), verb + 1)
    ]
    phrase = next((p for p in [*phrases, told] if p in named), None)
    if phrase is not None:  # "opened the scoring": the first goal
        told = predicate = named[phrase]
    if not predicate:
        return None
    thing = f"{s.lemmas[end]} {told}"  # "minute sent off": the topic says which deed
    return Quantity(start, stop, (value,), ORDINAL, thing, predicate, shown, "", None)
