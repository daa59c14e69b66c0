"""What narrows a count: its scope ("his last two games", "one final chance", "26 touchdowns
in 15 games"), the window a duration gives ("in the first 3½ minutes") and the place it is
given for ("170,000 people in Sumatra alone"). Two counts narrowed differently are two counts.
"""

from __future__ import annotations

from reader.core.facts.amounts import Sentence, unit_after
from reader.core.facts.lexicon import DETERMINERS, MONTHS, STOPWORDS, WEEKDAYS
from reader.core.facts.numbers import NumberReader
from reader.core.facts.owners import place_after
from reader.core.facts.phrases import deed_before, verb_form
from reader.core.facts.quantities import format_number

POSSESSIVE = frozenset({"'", "'s", "’", "’s"})


CONTRASTIVE = frozenset({"other", "more", "another", "additional", "further"})


_TIME_WORDS = frozenset(
    "mid end early late midnight noon next tomorrow tonight summer winter spring autumn".split()
)


_BEFORE_VERB = frozenset("will would could can may might must should to did does do not".split())


def scope_of(s: Sentence, first: int, end_tok: int, noun_last: int, reader: NumberReader) -> str:
    """What narrows a count: a modifier before it ("his last two games", "another 20"), one
        between it and its noun ("one final chance", "two more games"), or the events it is summed
        over ("26 touchdowns in 15 games"), or "each" for a figure given per member ("100 yards
    apiece"). "" when nothing does."""
    modifiers = s.rules.scope_modifiers
    same = s.rules.data.get("scope_synonyms", {})  # "200 new officers": 200 more
    if first > 0 and s.is_word(first - 1) and s.lower[first - 1] in modifiers:
        if s.lower[first - 1] == "last" and s.word(first - 2) in _BEFORE_VERB:
            return ""  # "the mission will last 18 months": the verb, not "the last 18"
        return same.get(s.lower[first - 1], s.lower[first - 1])
    for k in range(end_tok, noun_last):
        if s.is_word(k) and s.lower[k] in modifiers and s.word(k + 1) != "than":
            return same.get(s.lower[k], s.lower[k])
    k = noun_last + 1
    if s.word(k) in s.rules.distributive_words:
        return "each"  # "over 100 yards each": a figure per member, not the total
    if s.word(k) in ("coming", "came", "all"):
        k += 1
    if s.word(k) == "by" and noun_last >= end_tok:  # "51 wins coming by way of knockout"
        j = k + 1 + 2 * (s.word(k + 1) == "way" and s.word(k + 2) == "of")
        when = s.lower[j] in _TIME_WORDS if s.is_word(j) else False  # "by mid-2027"
        named = s.is_word(j) and s.toks[j].text[:1].isupper()  # "paintings by Dutch masters"
        plain = s.is_word(j) and s.lower[j] not in STOPWORDS and not verb_form(s, j)
        if plain and not (when or named):
            return f"by {s.lemmas[j]}"
        k = noun_last + 1
    if s.word(k) in ("in", "over", "across", "through"):
        k += 1
        while s.word(k) in DETERMINERS or s.word(k) in POSSESSIVE or s.word(k) in modifiers:
            k += 1  # "in his last two games"
        over = reader.read(s.toks[k : k + 1])
        noun = k + 1
        across = s.word(noun_last + 1) in ("over", "across")  # "over four nights" too
        if (
            over
            and s.is_word(noun)
            and s.lower[noun].endswith("s")
            and s.lower[noun] not in STOPWORDS
            and (across or unit_after(s, noun) is None)
        ):
            return f"in {format_number(over[0].value)} {s.lemmas[noun]}"
    if _during_a_run(s, noun_last + 1):
        return "part"  # "had five points during a pivotal 15-2 run": a stretch of the game
    return _another_event(s, first)


_STRETCHES = frozenset(("run", "stretch", "spell", "streak", "burst", "flurry"))


def _during_a_run(s: Sentence, k: int) -> bool:
    """Whether "during a <...> run" (a stretch, a spell) follows a count: the part of a game
    it was scored in, not the whole game."""
    if s.word(k) not in ("during", "in") or s.word(k + 1) not in ("a", "an", "the", "that"):
        return False
    for j in range(k + 2, min(len(s.toks), k + 8)):
        if s.lower[j] in _STRETCHES:
            return True
        if s.toks[j].text in (",", ".", ";"):
            return False
    return False


def _another_event(s: Sentence, first: int) -> str:
    """ "A second explosion ... on Thursday, killing twenty-seven": a count of another
    event than the one the story is about (rules ``event_nouns_dated``), compared only with
    counts of such an event."""
    events = s.rules.counting.get("event_nouns_dated", ())
    another = s.rules.counting.get("another_words", ())
    for k in range(max(0, first - 25), first):
        if s.lower[k] not in another:
            continue
        for j in (k + 1, k + 2):
            if s.is_word(j) and s.lemmas[j] in events:
                return f"another {s.rules.canonical(s.lemmas[j])}"
    return ""


_PLACE_PREPOSITIONS = frozenset({"in", "on", "around", "across", "throughout"})


def place_of(s: Sentence, k: int) -> str:
    """The place a count is given for, when a phrase right after it names one with a capital:
    "170,000 people in Sumatra alone", "230,000 people around the Indian Ocean" -> its
    content words, folded. Two counts for places that share no word are two counts."""
    if s.word(k) not in _PLACE_PREPOSITIONS:
        return ""
    words = []
    for j in range(k + 1, min(len(s.toks), k + 7)):
        if not s.is_word(j) or s.lower[j] in ("and", "or", "but", "when", "after", "as"):
            break
        if s.lower[j] in MONTHS or s.lower[j] in WEEKDAYS or verb_form(s, j):
            break
        if s.lower[j] not in STOPWORDS:
            words.append(s.lemmas[j])
    named = any(
        s.toks[j].text[:1].isupper() or s.lemmas[j] in s.rules.place_nouns
        for j in range(k + 1, min(len(s.toks), k + 1 + len(words) + 2))
    )
    return " ".join(words) if words and named else ""


def is_window(s: Sentence, first: int) -> bool:
    """Whether a narrowed duration is a window: "in the first 3 minutes", "over the past week"."""
    k = first - 2
    while k >= 0 and (s.word(k) in DETERMINERS or s.word(k) in POSSESSIVE):
        k -= 1
    return k >= 0 and s.word(k) in s.rules.window_prepositions


def place_just_before(s: Sentence, first: int) -> str:
    """ "there were in Israel 800,000 men": the named place right before a count."""
    k = first - 1
    while k >= 0 and s.toks[k].kind == "word" and s.toks[k].text[:1].isupper():
        k -= 1
    if k == first - 1 or s.word(k) != "in" or s.lower[k + 1] in STOPWORDS:
        return ""
    if s.lower[k + 1] in MONTHS:
        return ""
    return " ".join(s.lower[k + 1 : first])


_APPROXIMATE = frozenset(
    "approximately about around some nearly almost roughly an estimated".split()
)


def place_of_where(s: Sentence, first: int) -> str:
    """ "clashes broke out in Salonika where approximately 50,000 people marched": the named
    place a relative "where" before a count refers to, folded; "" when there is none."""
    k = first - 1
    while k >= 0 and s.lower[k] in _APPROXIMATE:
        k -= 1
    if k < 2 or s.lower[k] != "where" or not s.toks[k - 1].text[:1].isupper():
        return ""
    j = k - 1
    while j >= 0 and s.toks[j].kind == "word" and s.toks[j].text[:1].isupper():
        j -= 1
    if j == k - 1 or s.word(j) not in ("in", "at"):
        return ""
    return " ".join(s.lower[j + 1 : k])


def place_of_which(s: Sentence, first: int) -> str:
    """ "the reported bombing of Guffa in Upper Nile state on Tuesday, which he said killed
    seven": the named place of the deed a relative "which" before a count stands for,
    folded; "" when there is none."""
    k = first - 1
    while k >= 0 and k > first - 6 and s.lower[k] not in ("which", "that"):
        if not s.is_word(k):
            return ""
        k -= 1
    if k < 2 or s.lower[k] not in ("which", "that") or s.toks[k - 1].text != ",":
        return ""
    words: list[str] = []
    for j in range(max(0, k - 12), k - 1):
        if not s.is_word(j):
            words = []  # (only the phrase the "which" follows)
        elif s.lower[j] in ("of", "in", "at") and s.toks[j + 1].text[:1].isupper():
            name = j + 1
            while name < k - 1 and s.is_word(name) and s.toks[name].text[:1].isupper():
                name += 1
            words += [w for w in s.lower[j + 1 : name] if w not in MONTHS and w not in WEEKDAYS]
    return " ".join(words)


def within_radius(s: Sentence, first: int) -> bool:
    """ "within two kilometres of the plant", "within a three-kilometre radius": a zone."""
    return s.word(first - 1) == "within" or (
        s.word(first - 1) in ("a", "an") and s.word(first - 2) == "within"
    )


def where_measured(
    s: Sentence, first: int, at: int, thing: str | None, deed: int | None
) -> tuple[str | None, int | None, str | None]:
    """What a length told at token ``first`` (its words ending at ``at``) measures: a
    "distance" from a named place ("58km south-west of Bandar Abbas") or from where a deed
    told before a comma was done ("broke out at 3.15 p.m., 2 kilometres from the entrance":
    that verb's token is returned too), or ``thing`` as read; and the place named."""
    anchor = place_after(s, at)
    placed = s.word(at) in ("from", "into", "inside") and s.word(first - 1) == ","
    done = deed_before(s, first - 1) if placed and not anchor and deed is None else None
    away = s.word(at) == "away" or (s.word(at) == "from" and s.word(at + 1) == "the")
    if away and not anchor and deed is None and s.word(first - 1) != ",":
        done = deed_before(s, first)
        if done is not None:
            return "distance", done, None  # "were caught ... 40 kilometres away" / "were
            # recaptured 25 kilometres from the prison": how far from where it began
    return ("distance" if anchor or done is not None else thing), done, anchor
