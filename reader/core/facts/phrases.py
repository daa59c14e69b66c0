"""Phrases around a figure: the noun it counts, the verb that tells what happened, and the
name it belongs to ("Luck threw for 205 yards", "Raj Chohan, 59", "58km south-west of
Bandar Abbas"). Grammar only; the vocabulary comes from the rules.
"""

from __future__ import annotations

from itertools import pairwise

from reader.core.facts.amounts import Sentence
from reader.core.facts.lexicon import (
    ADVERBS_OF_REPORT,
    AUXILIARIES,
    DETERMINERS,
    MONTHS,
    PREPOSITIONS,
    SAME_PAST,
    STOPWORDS,
    WEEKDAYS,
)
from reader.core.facts.numbers import glued
from reader.core.language import zipf

_DIRECTIONS = frozenset(
    """north south east west northeast northwest southeast southwest north-east north-west
    south-east south-west north-northeast north-northwest south-southeast south-southwest
    east-northeast west-northwest east-southeast west-southwest northern southern eastern
    western off from away""".split()
)
COMMON_WORD = 3.0  # zipf frequency above which a word is taken for a common noun
_ARCHAIC_PRONOUNS = frozenset("thee thou ye thy thine".split())
_BARE_VERBS = frozenset("come go be do get make take give".split())
_OBJECT_PRONOUNS = frozenset("him her them us it me".split())
_BEFORE_INFINITIVE = frozenset("to will would shall should can could may might must".split())
_LEADING_MODIFIERS = frozenset("more other additional further extra new".split())
# (copulas that are no noun: "nine remain missing", "two stay in hospital")
_COPULAS = frozenset({"remain", "remained", "remains", "stay", "stayed", "stays"})
_NOUN_STOP = (
    STOPWORDS
    | AUXILIARIES
    | PREPOSITIONS
    | frozenset({"more", "other", "others", "than", "remain", "stay", "earlier", "later", "ago"})
)
_TIME_ADVERBS = frozenset(  # "injured 23 late on Thursday" (not "200 late-shift workers")
    {"late", "early", "overnight", "yesterday", "today", "tonight", "tomorrow"}
)


def noun_run(s: Sentence, k: int) -> tuple[int, int]:
    """The noun phrase starting at token ``k``: its first and last token (last < first when
    there is none). Hyphenated and capitalised modifiers are taken: "12 worst-hit villages",
    "26 Somali pirates"."""
    n = len(s.toks)
    if 0 < k < n and s.toks[k].text in ("'", "’") and glued(s.toks[k - 1], s.toks[k]):
        k += 1  # "three years' famine"
    while k < n and s.lower[k] in _LEADING_MODIFIERS:
        k += 1
    first = k
    last = k - 1
    if k < n and s.toks[k].kind == "word" and verb_form(s, k) and s.lower[k].endswith("ed"):
        plural_after = s.is_word(k + 1) and (
            (s.lower[k + 1].endswith("s") and s.lemmas[k + 1] != s.lower[k + 1])
            or s.lemmas[k + 1] in s.rules.counting["person_nouns"]
        )
        if not plural_after:
            return first, last  # "two landed inside the camp": no noun ("four armed men" has)
    while k < n and k - first < 6:
        tok = s.toks[k]
        if tok.text == "-" and last == k - 1 and k + 1 < n and glued(s.toks[k - 1], tok):
            k += 1
            continue
        if len(tok.text) == 1 and tok.text.isupper() and s.word(k + 1) == ".":
            k += 2  # "U.S. soldiers"
            continue
        if tok.kind == "num" and last >= first:
            break
        if tok.kind != "word":
            break
        word = s.lower[k]
        if word in _NOUN_STOP and not (word in ("others", "other") and last < first):
            break
        if word.endswith("ly") and len(word) > 4:
            break
        if word in _TIME_ADVERBS and s.word(k + 1) != "-":
            break
        hyphened = k > first and s.toks[k - 1].text == "-" and glued(s.toks[k - 1], tok)
        if last >= first and not hyphened and (verb_form(s, k) or word in SAME_PAST):
            break  # "people killed", "people fled": the verb ends the phrase
        if last >= first and word in _BARE_VERBS:
            break  # "seven years of famine come unto thee": a verb, not a noun
        if last >= first and word.endswith("s") and s.word(k + 1) in s.rules.verb_particles:
            break  # "by a margin of nine points sets up a clash": a verb and its particle
        plural = last >= first and (
            s.lemmas[last] != s.lower[last] or s.lemmas[last] in s.rules.counting["person_nouns"]
        )
        if plural and s.term(k) in s.rules.counting["human_predicates"]:
            break  # "300 people homeless", "five people missing": what became of them
        if plural and word.endswith("ing"):
            break  # "two blind men sitting": a plural noun, then what they were doing
        last = k
        k += 1
    if last > first and not s.lower[last].endswith("s"):
        for j in range(last - 1, first - 1, -1):
            if s.lower[j].endswith("s") and s.lemmas[j] != s.lower[j]:
                return first, j  # "twelve baskets full": the plural is the noun
    return first, last


def verb_form(s: Sentence, k: int) -> bool:
    """Whether a word after a noun reads as a verb: inflected, and not a plural noun."""
    word, base = s.lower[k], s.lemmas[k]
    if base == word or word.endswith("s"):
        return False
    return base not in s.rules.counting["person_nouns"]


def predicate_after(s: Sentence, k: int) -> int | None:
    """The verb after a counted noun: "were killed", "had so far been confirmed dead"."""
    n = len(s.toks)
    steps = 0
    if s.word(k) == "," and s.word(k + 1) in ("whom", "who", "which"):
        k += 2  # "against eight hundred, whom he slew": what the relative clause says
        if s.word(k) in ("he", "she", "they", "we", "it", "i"):
            k += 1
    elif s.word(k) == ",":  # "Eleven people, five of them children, died": past the aside
        close = next((j for j in range(k + 1, min(n, k + 8)) if s.word(j) == ","), None)
        named = close is not None and all(
            s.toks[j].text[:1].isupper() or s.lower[j] == "and" for j in range(k + 1, close)
        )  # "two managers, Paul Riva and Alan Steinberg, were wounded": past the names
        if close is not None and (
            named or any(s.lower[j] in ("of", "including") for j in range(k, close))
        ):
            k = close + 1
    while k < n and steps < 6:
        word = s.lower[k]
        if s.toks[k].kind != "word":
            return None
        if word in ("aboard", "onboard") or (word == "on" and s.word(k + 1) == "board"):
            return k + (word == "on")  # "144 passengers on board"
        if steps == 0 and word.endswith("ing") and len(word) > 5 and word not in STOPWORDS:
            # "two blind men sitting by the way side": what they were doing, unless a verb
            # follows ("20 people working on the site were hurt")
            for j in range(k + 1, min(n, k + 8)):
                if s.word(j) in AUXILIARIES:
                    later = predicate_after(s, j)
                    return later if later is not None else k
                if s.word(j) in (",", ".", ";", ":"):
                    break
            return k
        if (
            word in AUXILIARIES
            or word in ADVERBS_OF_REPORT
            or (word.endswith("ly") and len(word) > 4)
        ):
            if word in (
                "confirmed",
                "reported",
                "feared",
                "believed",
                "thought",
                "presumed",
                "said",
                "known",
            ):
                j = k + 1
                if s.word(j) == "to" and s.word(j + 1) in ("have", "be"):
                    j += 2  # "are now known to have died", "reported to have been killed"
                nxt = predicate_after(s, j)
                return nxt if nxt is not None else k
            k += 1
            steps += 1
            continue
        state = s.term(k + 1) if k + 1 < n and s.is_word(k + 1) else ""
        if (
            word in ("left", "made", "rendered", "leaving") or word in _COPULAS
        ) and state in s.rules.counting["human_predicates"]:
            return k + 1  # "were left homeless", "remain missing"
        if word in STOPWORDS:
            return None
        inflected = (
            s.lemmas[k] != word
            or (word.endswith(("ed", "en")) and word not in s.rules.number_words)
            or word in s.rules.verb_of_participle  # "whom he slew"
        )
        if word in s.rules.speech_verbs:
            return None
        if (
            inflected
            or s.term(k) in s.rules.counting["human_predicates"]
            or word in ("dead", "hurt", "hit")
        ):
            return k
        return None
    return None


# Words between a verb and its count; participles that only qualify the count ("the remaining
# three skiffs", "an estimated 1,500 houses") are not what happened.
_NOT_PREDICATES = frozenset(
    "another some all only just the a an around about remaining following estimated reported "
    "alleged combined total additional further other".split()
)


def predicate_before(s: Sentence, k: int) -> int | None:
    """The verb right before a count: "killing at least five", "apprehending 26", "played in
    10 games"."""
    steps = 0
    preposition = False
    while k >= 0 and steps < 3:
        word = s.lower[k]
        if s.toks[k].kind != "word":
            return None
        if word in _NOT_PREDICATES:
            k -= 1
            steps += 1
            continue
        if (
            steps == 0
            and s.toks[k].text[:1].isupper()
            and s.word(k - 1) in ("in", "at", "over")
            and s.lower[k] not in STOPWORDS
        ):
            k -= 2  # "reigned in Jerusalem three months": where it was done
            steps += 2
            preposition = True
            continue
        if (
            word == "of"
            and steps == 0
            and s.lemmas[k - 1] in s.rules.counting.get("amount_words", ())
            and s.word(k - 2) in ("a", "an", "the")
        ):
            k -= 3  # "rushed for a total of 226 yards": what was done, not "total"
            continue
        if word == "from" and not preposition and steps == 0 and s.word(k - 1).endswith("ed"):
            preposition = True  # "evacuated from six villages": what was done there
            k -= 1
            steps += 1
            continue
        if word in ("in", "for", "at") and not preposition and steps == 0:
            preposition = True  # "played in 10 games": what was done in them
            k -= 1
            steps += 1
            continue
        if word in STOPWORDS or word in AUXILIARIES:
            return None
        inflected = (
            (s.lemmas[k] != word and (word.endswith(("ing", "ed")) or not word.endswith("s")))
            or word in s.rules.verb_of_participle  # "shot 5 men", "slew 800"
            or (word in s.rules.same_form_verbs and s.word(k - 1) not in DETERMINERS)
            or (  # "promised to hire 200", "will evacuate 5,000": what is to befall them;
                # "will eliminate 1,500 jobs", "and close two plants": a listed verb
                s.word(k - 1) in _BEFORE_INFINITIVE | {"and"}
                and (
                    s.term(k) in s.rules.counting["human_predicates"]
                    or s.rules.term_class(word) in s.rules.counting.get("plain_verbs", ())
                )
            )
        )  # ("had cost the economy 40 million euros", not "the cost")
        if inflected and not word.endswith(("ing", "ed")) and s.word(k - 1) in DETERMINERS:
            return None  # "the oxen", "the men": a plural noun, not a verb
        if word in s.rules.speech_verbs:
            return None
        if inflected or s.term(k) in s.rules.counting["human_predicates"]:
            return k
        return None
    return None


def relative_predicate(s: Sentence, first: int) -> int | None:
    """ "they that had eaten were about five thousand men", "those who died numbered 40": the
    verb of the subject's relative clause before a count told with "were" or "numbered"."""
    k = first - 1
    while k >= 0 and s.lower[k] in ("about", "around", "some", "nearly", "almost", "over"):
        k -= 1
    if k < 1 or s.lower[k] not in ("were", "was", "are", "numbered", "number"):
        return None
    for j in range(k - 1, max(-1, k - 5), -1):
        if s.lower[j] in ("that", "who", "which"):
            words = [
                v
                for v in range(j + 1, k)
                if s.lower[v] not in AUXILIARIES and s.lower[v] not in STOPWORDS
            ]  # "had eaten", "did eat": the verb, not its auxiliary
            return words[-1] if len(words) == 1 else None
        if s.toks[j].kind != "word":
            return None
    return None


def person_before(s: Sentence, i: int) -> str | None:
    """ "Raj Chohan, 59": the name before ", N"."""
    if i < 2 or s.toks[i - 1].text != ",":
        return None
    k = i - 2
    names = []
    while k >= 0 and s.toks[k].kind == "word" and s.toks[k].text[:1].isupper():
        names.insert(0, s.toks[k].text)
        k -= 1
    after = s.word(i + 1)
    if len(names) >= 2 and after in (
        ",",
        ".",
        "and",
        "of",
        "who",
        "was",
        "is",
        "had",
        "from",
        ";",
        ")",
    ):
        return " ".join(names)
    return None


_NAME_PREPOSITIONS = frozenset("from in at on by with for to near against aboard".split())


def owner(s: Sentence, first: int) -> str | None:
    """The named subject right before a count's verb: "Luck threw for 205 yards",
    "Peyton Hillis added 101 yards" (not a speaker: "Fauzi said five died"; not a modifier:
    "Wind speeds reached 160 km/h")."""
    k = first - 1
    verb = None
    while k >= 0 and first - k <= 4:
        tok = s.toks[k]
        if tok.text == "," and verb is not None and k > 0 and s.toks[k - 1].text[:1].isupper():
            if verb == k + 1 and s.lower[verb].endswith("ing"):
                return None  # "… at the mouth of Sandvik Bay, spilling 2,000 tonnes": the
                # clause's subject is the sentence's, not the name the comma closes
            k -= 1  # "His rival, Maria Dune, won 45%": the name the comma closes
            continue
        if tok.kind != "word":
            return None
        if tok.text[:1].isupper() and s.lower[k] not in STOPWORDS:
            if verb is None or s.lower[k] in MONTHS or s.lower[k] in WEEKDAYS:
                return None
            if k == 0 and s.lower[k] in s.rules.generic_speakers:
                return None  # "Police arrested three": no one named
            if k == 0 and s.lemmas[k] != s.lower[k] and s.lower[k].endswith(("s", "men")):
                return None  # "Regulators fined …", "Gunmen seized …": a plural noun
            between = range(k + 1, verb)
            if any(s.lower[j] not in AUXILIARIES and s.lower[j] != "," for j in between):
                return None  # words between the name and the verb: the name is no subject
            names = []
            while (
                k >= 0
                and s.toks[k].kind == "word"
                and s.toks[k].text[:1].isupper()
                and s.lower[k] not in STOPWORDS  # "And Solomon had": Solomon
            ):
                names.insert(0, s.toks[k].text)
                k -= 1
            j = k
            while j >= 0 and k - j < 4 and s.is_word(j) and not s.toks[j].text[:1].isupper():
                if s.lower[j] in _NAME_PREPOSITIONS:
                    return None  # "Oil from the stricken tanker Nordic Star has fouled": the
                    # name ends a phrase; the subject is before it
                if s.lower[j] in STOPWORDS and s.lower[j] not in ("the", "a", "an"):
                    break
                j -= 1
            return " ".join(names)
        if s.lower[k] in s.rules.speech_verbs:
            return None
        if (
            verb is None
            and s.lower[k] not in _ARCHAIC_PRONOUNS
            and (
                s.lemmas[k] != s.lower[k]
                or s.lower[k] in SAME_PAST
                or s.lower[k] in s.rules.verb_of_participle  # "won", "shot"
            )
        ):
            verb = k  # ("thee" lemmatises to "you" but is no verb)
        k -= 1
    return None


def bracket_owner(s: Sentence, first: int) -> str | None:
    """The name before brackets that hold a count: "Klitschko (52-3, 46 knockouts)",
    "Rahman (45-7-2, 36 KOs)": whose record it is."""
    k = first - 1
    while k >= 0 and first - k <= 8 and s.toks[k].text not in "()":
        k -= 1
    if k < 1 or s.toks[k].text != "(":
        return None
    names = []
    j = k - 1
    while j >= 0 and s.toks[j].kind == "word" and s.toks[j].text[:1].isupper():
        names.insert(0, s.toks[j].text)
        j -= 1
    return " ".join(names) or None


def counted_subject(s: Sentence, first: int) -> tuple[int, int | None] | None:
    """ "The number of people killed ... has risen to 58": the noun and predicate of the
    subject of a level verb (rise, reach, stand at) before a figure."""
    k = first - 1
    while k >= 0 and s.lower[k] in ("to", "at", "by", "about", "around", "nearly", "almost"):
        k -= 1
    if k < 0 or s.term(k) not in s.rules.counting.get("level_verbs", ()):
        return None
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
            return noun, verb
    return None


def subject_predicate(s: Sentence, first: int) -> int | None:
    """ "the death toll rose to 10", "the death toll from the quake in the north rose to
    10": the counted subject before "rose to", "stood at", in the same clause."""
    for k in range(first - 1, max(-1, first - 20), -1):
        if s.toks[k].text in (",", ";", ":", "(", ")"):
            return None
        if s.term(k) == "kill" and s.lower[k] in ("toll", "death", "dead", "fatalities"):
            level = s.rules.counting.get("level_verbs", ())
            if k >= first - 5 or any(s.term(j) in level for j in range(k + 1, first)):
                return k
            return None
    return None


def name_after(s: Sentence, k: int) -> str | None:
    """ "16-year-old Kimani Gray": the name right after an age (not "Australian climber")."""
    names = []
    while k < len(s.toks) and s.toks[k].kind == "word" and s.toks[k].text[:1].isupper():
        names.append(s.toks[k].text)
        k += 1
    if len(names) == 1 and s.is_word(k) and s.toks[k].text[:1].islower():
        return None
    return " ".join(names) if names else None


def place_before(s: Sentence, first: int) -> str | None:
    """ "Manokwari, a city of 160,000 people", "Qeshm island, home to 120,000 people": the
    place named just before a population."""
    k = first - 1
    while (
        k >= 0
        and first - k < 16
        and not (s.toks[k].kind == "word" and s.toks[k].text[:1].isupper())
    ):
        if s.toks[k].text in (".", ";", "!", "?"):
            return None
        k -= 1
    between = s.lower[k + 1 : first]
    if any(w in ("and", "but") and nxt in AUXILIARIES for w, nxt in pairwise(between)):
        return None  # "the island, which lies off Bandar Abbas and is home to ...": not its
    names = []
    while k >= 0 and s.toks[k].kind == "word" and s.toks[k].text[:1].isupper():
        names.insert(0, s.toks[k].text)
        k -= 1
    return " ".join(names) if names and k >= 0 else (" ".join(names) or None)


_LOCATING = frozenset(
    "about some around roughly nearly almost approximately just , is was are were lies lay lie "
    "located situated based be at the a an".split()
)


def located_before(s: Sentence, first: int) -> str | None:
    """ "the building, about 15 miles north of Detroit", "a motorist 50 miles north": the
    thing a distance places, as a lemma."""
    k = first - 1
    while k >= 0 and first - k <= 5 and s.lower[k] in _LOCATING:
        k -= 1
    if k < 0 or first - k > 5 or s.toks[k].kind != "word" or s.lower[k] in STOPWORDS:
        return None
    if s.toks[k].text[:1].isupper() and k > 0:
        return None  # a name: the place anchors speak for it
    return s.lemmas[k]


def place_after(s: Sentence, k: int) -> str | None:
    """ "58km south-west of Bandar Abbas", "320 km from the provincial capital", "25 km
    south-west of the town of Karsa"."""
    steps = 0
    while k < len(s.toks) and steps < 7:
        word = s.lower[k]
        if word in _DIRECTIONS or word in ("-", "of", "the", "from", "town", "city", "port"):
            k += 1
            steps += 1
            continue
        break
    if steps == 0:
        return None
    names = []
    while (
        k < len(s.toks)
        and s.toks[k].kind == "word"
        and (s.toks[k].text[:1].isupper() or (names and s.lower[k] in ("de", "del")))
    ):
        names.append(s.toks[k].text)
        k += 1
    return " ".join(names) if names else None


def kind_of(s: Sentence, first: int, last: int) -> str:
    """The plain modifiers of a counted noun, which say which kind of it is ("250GB hard
    drive", "20 police officers"); participles ("wounded", "worst-hit") say what happened
    to it, and capitalised ones ("U.S.", "American") vary in spelling: both are left out."""
    words = []
    for k in range(first, last):
        word = s.lower[k]
        if s.toks[k].kind != "word" or word in STOPWORDS or word in DETERMINERS:
            continue
        if word in ("certain", "such", "same", "other", "several"):
            continue  # "a certain blind man": which one, not which kind
        if not s.toks[k].text.islower():
            continue  # "U.S. soldiers" / "American soldiers": names and their spellings vary
        if s.lemmas[k] != word or word.endswith(("ed", "ing", "en")):
            continue  # "wounded", "missing", "fallen"
        if k + 1 < len(s.toks) and s.toks[k + 1].text == "-":
            continue  # "worst-hit": a hyphenated modifier
        if k > 0 and s.toks[k - 1].text == "-":
            continue
        words.append(word)
    return " ".join(words)


def listed_count(s: Sentence, first: int, end: int) -> tuple[int, str] | None:
    """ "The children of Arah, seven hundred seventy and five.": a count closing a clause
    that only names what is counted. Returns the counted noun's token and the named group
    ("Arah"), or None."""
    if s.word(first - 1) != "," or (end < len(s.toks) and s.word(end) not in (".", ";", ":")):
        return None
    start = first - 1
    while start > 0 and s.word(start - 1) not in (".", ";", ":") and first - start < 16:
        start -= 1
    if start > 0 and s.word(start - 1) not in (".", ";", ":"):
        return None
    k = start + (s.word(start) in ("and",))
    k += s.word(k) in DETERMINERS
    if not s.is_word(k) or (s.toks[k].text[:1].isupper() and s.lower[k] not in DETERMINERS):
        return None
    if s.word(k + 1) != "of" or not s.is_word(k + 2) or not s.toks[k + 2].text[:1].isupper():
        return None
    names = []
    j = k + 2
    while j < first - 1 and s.is_word(j) and s.toks[j].text[:1].isupper():
        names.append(s.toks[j].text)
        j += 1
        if s.word(j) == "and" and s.is_word(j + 1) and s.toks[j + 1].text[:1].isupper():
            names.append("and")  # "The men of Bethlehem and Netophah"
            j += 1
    if s.word(j) != ",":
        return None  # ("The men of Judah were five hundred thousand": a verb says it)
    return k, " ".join(names)


def verb_of_two_objects(s: Sentence, first: int) -> int | None:
    """ "fined the company $3 million", "paid the families $5,000": the verb before the
    first object."""
    k = first - 1
    if k >= 0 and s.toks[k].kind == "sym":
        k -= 1
    if k >= 1 and s.lower[k] in _OBJECT_PRONOUNS:
        verb = k - 1  # "fined him 2 million euros"
        word = s.lower[verb] if s.is_word(verb) else ""
        inflected = word and s.lemmas[verb] != word and word.endswith(("ed", "id"))
        return verb if inflected and word not in s.rules.speech_verbs else None
    if k >= 1 and s.word(k - 1) in _BEFORE_INFINITIVE and s.is_word(k):
        plain = s.toks[k].text.islower() and s.lower[k] not in STOPWORDS
        plain = plain and s.lemmas[k] == s.lower[k]  # (not "offered to Teixeira $160m")
        return k if plain and s.lower[k] not in s.rules.speech_verbs else None  # "to pay $5m"
    if k < 2 or not s.is_word(k) or s.lower[k] in STOPWORDS:
        return None
    if s.lower[k - 1] not in ("the", "a", "an", "its", "his", "her", "their", "each"):
        return None
    verb = k - 2
    word = s.lower[verb] if s.is_word(verb) else ""
    inflected = word and s.lemmas[verb] != word and word.endswith(("ed", "id"))
    inflected = inflected or word in s.rules.same_form_verbs  # "had cost the economy"
    return verb if inflected and word not in s.rules.speech_verbs else None


def common_noun(s: Sentence, subject: str) -> bool:
    """Whether a one-word subject that opens the sentence is a common noun written with a
    capital ("Turnout was 61%", "Turnout reached 58%"), not a name: a frequent English word
    before "was" or a verb of level."""
    level = s.rules.counting.get("level_verbs", ())
    return (
        " " not in subject
        and len(s.toks) > 1
        and s.toks[0].text == subject
        and (s.lower[1] in ("was", "is", "were", "are") or s.term(1) in level)
        and zipf(subject.lower()) >= COMMON_WORD
    )  # ("Dune won 45%": a name, whose share it is)


def share_owner(s: Sentence, end: int) -> str | None:
    """Whose a share is when told after it: "43% for challenger Maria Dune"."""
    if s.word(end) != "for":
        return None
    k = end + 1
    while s.is_word(k) and s.toks[k].text[:1].islower() and k - end <= 3:
        if s.lower[k] in STOPWORDS and s.lower[k] not in ("the", "a"):
            return None
        k += 1  # "for challenger", "for the incumbent"
    names = []
    while s.is_word(k) and s.toks[k].text[:1].isupper() and s.lower[k] not in STOPWORDS:
        names.append(s.toks[k].text)
        k += 1
    return " ".join(names) or None
