"""A person's age told with a count: "59-year-old Raj Chohan", "Raj Chohan, 59", "aged 32",
"Jehoiachin was eighteen years old", "a 24-year-old man was arrested" (known by what befell
him)."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.core.facts.amounts import Sentence, quantity_at
from reader.core.facts.lexicon import STOPWORDS
from reader.core.facts.numbers import Number
from reader.core.facts.owners import name_after
from reader.core.facts.phrases import noun_run, predicate_after, predicate_before
from reader.core.facts.quantities import Quantity, Value, format_number
from reader.core.language import lemma


def age_of(
    s: Sentence,
    n: Number | None,
    value: Value,
    first: int,
    end_tok: int,
    anchor: str | None,
) -> Quantity | None:
    """ "59-year-old Raj Chohan", "Raj Chohan, 59", "aged 32": a person's age."""
    if n is None:
        return None
    stop = end_tok
    while s.word(stop) in ("-", "year", "years", "old", "year-old"):
        stop += 1
    if anchor is None:
        anchor = name_after(s, stop) or relative_role(s, first)
    if anchor is None and s.word(first - 1) in ("was", "is") and first >= 2:
        k = first - 2  # "Jehoiachin was eighteen years old"
        while k >= 0 and s.toks[k].kind == "word" and s.toks[k].text[:1].isupper():
            k -= 1
        if k < first - 2 and s.lower[k + 1] not in STOPWORDS:
            anchor = " ".join(t.text for t in s.toks[k + 1 : first - 1])
    if anchor is None and s.word(stop) in ("was", "is") and s.toks[stop + 1 :][:1]:
        name = s.toks[stop + 1].text  # "Two and twenty years old was Ahaziah": inverted
        if s.toks[stop + 1].kind == "word" and name[:1].isupper() and name.lower() not in STOPWORDS:
            anchor = name_after(s, stop + 1) or name
    befell = None
    words = ""
    role = _role_before(s, first) if anchor is None else None
    the_one = _the_one(s, first) if anchor is None and role is None else None
    told_before = pronoun_doer(s, first) if anchor is None and role is None else None
    if role is not None:  # "The attacker, a 28-year-old man," / "the suspect, a 26-year-old"
        befell, words = "doer", s.lower[role]
    elif told_before is not None:  # "officers shot the gunman dead. He was 36"
        befell, words = "doer", told_before
    elif the_one is not None:
        anchor = the_one  # "the seller, a 45-year-old man" / "The seller, aged 47"
    elif anchor is None:  # "a 24-year-old man was arrested": who he is, by what befell him
        _, noun_last = noun_run(s, stop)
        verb = predicate_after(s, noun_last + 1) if noun_last >= stop else None
        person = noun_last >= stop and s.lemmas[noun_last] in s.rules.counting["person_nouns"]
        if verb is None and first >= 2 and person:  # "Police arrested a 31-year-old man" (not
            # "made an arrest in a 41-year-old double murder case")
            verb = predicate_before(s, first - 1 - (s.word(first - 1) in ("a", "an")))
        if verb is not None and s.term(verb) in s.rules.counting["human_predicates"]:
            befell = s.term(verb)
            if befell in s.rules.canonical_counting("suspect_verbs"):
                befell, words = "doer", "suspect"  # "a 31-year-old man was arrested": the
                # suspect, whatever the account calls him
    years = Value(value.op, n.value, n.value, n.value if value.high is not None else None, 1.0)
    shown = format_number(n.value)
    person = None
    common = anchor.lower().removeprefix("the ") if anchor and anchor[:4].lower() == "the " else ""
    if common.isalpha() and lemma(common) in s.rules.counting["person_nouns"]:
        anchor, person = None, lemma(common)  # "The man, 71," / "a 68-year-old man": no name
    age = quantity_at(s, first, stop, [years], "count", "age", befell, shown, words, anchor)
    if person is None and anchor is None and befell != "doer":
        person = _apposed_role(s, first) or _person_told(s, first, stop)
    return replace(age, kind_of=person) if person else age  # "a seven-year-old girl" /
    # "The girl was nine": the age of the one girl


def _apposed_role(s: Sentence, first: int) -> str | None:
    """ "One hostage, a 62-year-old man,": the role noun (rules ``role_nouns``) an age is
    told of in apposition, which says who the man is better than "man" does."""
    k = first - 1 - (s.word(first - 1) in ("a", "an"))
    if s.word(k) != "," or not s.is_word(k - 1):
        return None
    role = s.lemmas[k - 1]
    return role if role in s.rules.counting.get("role_nouns", ()) else None


def _person_told(s: Sentence, first: int, stop: int) -> str | None:
    """The person noun an unnamed age belongs to: after it ("a seven-year-old girl") or as
    the subject of "was" ("the girl was nine", "the girl, who was nine,")."""
    people = s.rules.counting["person_nouns"]
    if s.is_word(stop) and s.lemmas[stop] in people:
        return s.lemmas[stop]
    described = s.is_word(stop) and s.lower[stop] not in STOPWORDS
    described = described and s.lemmas[stop] == s.lower[stop] and s.is_word(stop + 1)
    if described and s.lemmas[stop + 1] in people:
        return s.lemmas[stop + 1]  # "a 34-year-old Norwegian man": the man
    k = first - 1
    if s.word(k) in ("was", "is"):
        relative = s.word(k - 1) == "who" and s.word(k - 2) == ","
        k = k - 3 if relative else _before_participle(s, k - 1)
        owned = s.word(k - 1).endswith(("'s", "’s")) and s.word(k - 2) == "the"
        if s.is_word(k) and s.lemmas[k] in people and (s.word(k - 1) == "the" or owned):
            return s.lemmas[k]  # ("The passenger train's driver, who was 49,")
        if s.is_word(k) and s.word(k - 1) == "the" and _thing_word(s, k):
            return s.lemmas[k]  # "The aircraft was 11 years old": the aircraft's age
    elif s.word(stop - 1) == "old" and _thing_word(s, stop) and not _plain_noun(s, stop + 1):
        return s.lemmas[stop]  # "the 14-year-old aircraft": a thing's age
    return None


def _plain_noun(s: Sentence, k: int) -> bool:
    """A lower-case word in its own base form ("engine" of "aircraft engine"), not a verb's
    inflection ("ran", "sank") nor a little word."""
    return _thing_word(s, k) and s.lemmas[k] == s.lower[k]


def _thing_word(s: Sentence, k: int) -> bool:
    """A plain lower-case noun at ``k`` that can have an age ("aircraft", "bridge")."""
    if not s.is_word(k):
        return False  # (past either end of the sentence: "... was the 14-year-old")
    word = s.lower[k]
    return word.isalpha() and word not in STOPWORDS and s.toks[k].text.islower()


def _before_participle(s: Sentence, k: int) -> int:
    """The noun before a participle phrase that ends at token ``k`` ("the girl rescued on
    Wednesday morning" was): the phrase opens with a participle, has no punctuation and at
    most five words; ``k`` itself when there is none."""
    for j in range(k, max(0, k - 5), -1):
        if not s.is_word(j):
            return k
        word = s.lower[j]
        participle = word.endswith("ed") or word in s.rules.verb_of_participle
        if participle and j >= 2 and s.word(j - 2) == "the" and s.is_word(j - 1):
            return j - 1
    return k


def _role_before(s: Sentence, first: int) -> int | None:
    """ "The attacker, a 28-year-old man": the doer noun (rules ``doer_nouns``: attacker,
    suspect, gunman) whose age an appositive tells; one person in any of those words."""
    k = first - 1
    if s.word(k) in ("a", "an", "aged"):  # ("The suspect, aged 29,")
        k -= 1
    if k < 1 or s.word(k) not in (",", "was", "is"):
        return None
    doers = s.rules.canonical_counting("doer_nouns")
    noun = k - 1
    return noun if s.is_word(noun) and s.rules.canonical(s.lemmas[noun]) in doers else None


def _the_one(s: Sentence, first: int) -> str | None:
    """ "including the seller, a 45-year-old man": the one person a definite singular noun
    names, whose age an appositive tells ("the seller"); None if no such noun."""
    k = first - 1 - (s.word(first - 1) in ("a", "an", "aged"))
    noun = k - 1
    if s.word(k) == ",":  # "The driver of the moving tram, a 52-year-old man": the head
        head = next((j for j in range(k - 2, max(0, k - 8), -1) if s.word(j + 1) == "of"), None)
        if head is not None and s.word(head - 1) == "the" and s.word(noun - 1) != "the":
            noun = head
    if s.word(k) != "," or s.word(noun - 1) != "the" or not s.is_word(noun):
        return None
    word = s.lower[noun]
    if word in STOPWORDS or s.lemmas[noun] != word or not word.isalpha():
        return None
    return f"the {word}"


_PREVIOUS = 240  # characters of the sentence before searched for the one a pronoun stands for
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def pronoun_doer(s: Sentence, first: int) -> str | None:
    """ "He was 36" opening a sentence whose one before ends by naming a doer ("officers shot
    the gunman dead"): that noun, when no person is named after it there; else None."""
    if first != 2 or s.lower[0] not in ("he", "she") or s.word(1) not in ("was", "is"):
        return None
    opening = s.toks[0].start
    before = s.text[max(0, opening - _PREVIOUS) : opening]
    before = before[before.rfind(".", 0, len(before.rstrip()) - 1) + 1 :]
    before = before[before.rfind("\n\n") + 1 :]  # (not across a paragraph)
    doers = s.rules.canonical_counting("doer_nouns")
    found = None
    for m in _WORD.finditer(before):
        word = m.group()
        if s.rules.canonical(lemma(word.lower())) in doers:
            found = word.lower()
        elif word[:1].isupper() and m.start() > 0 and found is not None:
            found = None  # "the gunman ... told Chief Kavel": who "he" is, unclear
    return found


def relative_role(s: Sentence, first: int) -> str | None:
    """ "The passenger train's driver, who was 49,": the role a relative clause's age is
    told of ("the driver"), or None."""
    k = first - 1
    if s.word(k) not in ("was", "is") or s.word(k - 1) != "who" or s.word(k - 2) != ",":
        return None
    noun = k - 3
    opener = s.word(noun - 1)
    owned = opener.endswith(("'s", "’s")) and "the" in (s.word(noun - 2), s.word(noun - 3))
    if not s.is_word(noun) or not s.toks[noun].text.islower() or s.lower[noun] in STOPWORDS:
        return None
    return f"the {s.lower[noun]}" if opener == "the" or owned else None


def doer_was(s: Sentence, n: Number) -> bool:
    """ "The bomber was 25, police said", "The girl, who was nine, ...", "The girl rescued on
    Wednesday was nine": the age a doer's or a person's "was" gives a bare figure (a person
    noun's only from 1 to 110, alone)."""
    if s.word(n.first - 1) not in ("was", "is") or n.last != n.first + 1:
        return False
    if relative_role(s, n.first) is not None:
        return 1 <= n.value <= 110 and s.word(n.last) in (",", ".", "")
    if pronoun_doer(s, n.first) is not None:
        return 10 <= n.value <= 110 and s.word(n.last) in (",", ".", "", ";", "and")
    noun = n.first - 2
    relative = s.word(noun) == "who" and s.word(noun - 1) == ","
    noun -= 2 * relative
    if not relative:
        noun = _before_participle(s, noun)
    told = s.word(noun - 1) == "the" and s.is_word(noun)
    if not told or s.word(n.last) not in (",", ".", "", ";", "and"):
        return False  # ("the man was 36 and his wife 31")
    doers = s.rules.canonical_counting("doer_nouns")
    if s.rules.canonical(s.lemmas[noun]) in doers:
        return s.toks[n.first].text.isdigit() and 10 <= n.value <= 110 and not relative
    person = s.lemmas[noun] in s.rules.counting["person_nouns"] and s.lemmas[noun] == s.lower[noun]
    return person and 1 <= n.value <= 110 and n.value == int(n.value)
