"""Whose a figure is and where: the named subject before a count's verb ("Luck threw for
205 yards"), a name before brackets ("Klitschko (52-3)"), a person named after an age, the
place a population or a distance belongs to ("Manokwari, a city of 160,000 people", "58km
south-west of Bandar Abbas"), the owner of a share of the vote. Grammar only.
"""

from __future__ import annotations

from itertools import pairwise

from reader.core.facts.amounts import Sentence
from reader.core.facts.lexicon import (
    AUXILIARIES,
    MONTHS,
    SAME_PAST,
    STOPWORDS,
    WEEKDAYS,
)
from reader.core.language import zipf

_DIRECTIONS = frozenset(
    """north south east west northeast northwest southeast southwest north-east north-west
    south-east south-west north-northeast north-northwest south-southeast south-southwest
    east-northeast west-northwest east-southeast west-southwest northern southern eastern
    western off from away""".split()
)
COMMON_WORD = 3.0  # zipf frequency above which a word is taken for a common noun
_ARCHAIC_PRONOUNS = frozenset("thee thou ye thy thine".split())


def person_before(s: Sentence, i: int) -> str | None:
    """ "Raj Chohan, 59", "Samuel Adeyemi, the 57-year-old leader": the name before ", N"."""
    article = i >= 3 and s.word(i - 1) in ("the", "a") and s.toks[i - 2].text == ","
    if article and s.word(i + 1) == "-":  # "Samuel Adeyemi, the 57-year-old leader"
        names = _names_before(s, i - 3)
        return " ".join(names) if len(names) >= 2 and names[0].lower() not in STOPWORDS else None
    if i < 2 or s.toks[i - 1].text != ",":
        return None
    role = s.lower[i - 2] if s.is_word(i - 2) else ""
    opener = s.word(i - 3)
    owner = opener.removesuffix("'s").removesuffix("’s")
    if s.word(i - 4) == "the" and owner != opener and owner.isalpha():
        opener = "the"  # "The train's driver, 49,": the driver ("the lorry driver" and "the
        # car driver" are two)
    of = next((j for j in range(i - 3, max(0, i - 7), -1) if s.word(j) == "of"), None)
    if of is not None and of >= 2 and s.word(of - 2) == "the" and s.word(of - 1).isalpha():
        role, opener = s.lower[of - 1], "the"  # "The driver of the passenger train, 52,"
    if (
        opener == "the"
        and role.isalpha()
        and role not in STOPWORDS
        and s.toks[i - 2].text.islower()
        and s.word(i + 1) == ","
        and s.toks[i].text.isdigit()
        and int(s.toks[i].text) <= 110
    ):
        return f"the {role}"  # "The driver, 56, remains in hospital"
    names = _names_before(s, i - 2)
    k = i - 2 - len(names)
    titled = bool(names) and names[0].rstrip(".").lower() in _TITLES and len(names) >= 2
    if names and s.word(k) == "." and k >= 1 and s.word(k - 1).lower() in _TITLES:
        titled = True  # "Dr. Smith, 47"
    lowered = {n.lower() for n in names}
    if any(n in MONTHS or n in WEEKDAYS for n in lowered) or (
        names and names[0].lower() in STOPWORDS and not titled
    ):
        return None  # "By Monday, 70 had died": a day, not a person
    after = s.word(i + 1)
    single = len(names) == 1 and k < 0  # (days and stopwords were turned away above)
    single = single and s.toks[i].text.isdigit() and int(s.toks[i].text) <= 110
    single = single and after == "," and s.word(i + 2) not in (",", "and")  # "Okafor, 24,
    # scored" (not a list of figures)
    apposed = len(names) == 1 and k >= 1 and s.word(k) == "," and s.is_word(k - 1)
    apposed = apposed and s.toks[k - 1].text.islower() and s.lower[k - 1] not in STOPWORDS
    apposed = apposed and s.toks[i].text.isdigit() and int(s.toks[i].text) <= 110
    apposed = apposed and after == "," and s.toks[min(i + 3, len(s.toks) - 1)].kind != "num"
    # ("his mother, Katherine, 61, and his former girlfriend": a first name in apposition)
    if (len(names) >= 2 or single or titled or apposed) and after in (
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


_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "mx"})


def _names_before(s: Sentence, k: int) -> list[str]:
    """The capitalised words ending at token ``k``."""
    names: list[str] = []
    while k >= 0 and s.toks[k].kind == "word" and s.toks[k].text[:1].isupper():
        names.insert(0, s.toks[k].text)
        k -= 1
    return names


_NAME_PREPOSITIONS = frozenset(
    "from in into at on by with for to near against aboard onto upon unto".split()
)


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
            plural = s.lower[1].endswith("s") and s.lower[1] not in AUXILIARIES
            if k == 0 and verb == 1 and plural and s.lemmas[1] != s.lower[1]:
                return None  # "Patient records at the 720-bed hospital": a noun's plural
            between = range(k + 1, verb)
            catenative = {j for j in between if s.word(j + 1) == "to"} | {
                j for j in between if s.lower[j] == "to"
            }  # "Russia agreed to cut 230,000 barrels": Russia's cut
            if any(
                s.lower[j] not in AUXILIARIES and s.lower[j] != "," and j not in catenative
                for j in between
            ):
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
            if k >= 0 and s.lower[k] in ("a", "an"):
                return None  # "A Cessna carrying five people": a kind, not one named owner
            if s.word(k) == "of" and s.word(k - 1) in _DIRECTIONS:
                return None  # "centred 20 km south of Meskene, destroyed 400": a place
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


def name_after(s: Sentence, k: int) -> str | None:
    """ "16-year-old Kimani Gray": the name right after an age (not "Australian climber")."""
    names = []
    while k < len(s.toks) and s.toks[k].kind == "word" and s.toks[k].text[:1].isupper():
        names.append(s.toks[k].text)
        k += 1
    verb = s.is_word(k) and (s.lower[k] in AUXILIARIES or s.lower[k].endswith("ed"))
    if len(names) == 1 and s.is_word(k) and s.toks[k].text[:1].islower() and not verb:
        return None  # ("Australian climber"; "The 23-year-old Bush will miss": a name)
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


_SHARE_VERBS = frozenset("took take takes taking won win wins winning got gets getting".split())
_SHARE_VERBS |= frozenset("received polled secured had".split())


def share_holder(s: Sentence, first: int) -> str | None:
    """Whose a share is when told before it: "Anders Marrow's 39 percent", "the incumbent,
    Anders Marrow, who took 41 percent", "Tove Ferrant swept to victory, taking 54 percent",
    "Tove Ferrant won the election with 52.4 percent" (the sentence's subject)."""
    k = first - 1
    word = s.toks[k].text if k >= 0 else ""
    if s.is_word(k) and word[:1].isupper() and word.endswith(("'s", "’s")):
        return " ".join([*_names_ending(s, k - 1), word[:-2]])
    if s.word(k) not in _SHARE_VERBS | {"with"}:
        return None
    if s.word(k - 1) == "who" and s.word(k - 2) == ",":  # ", who took 41 percent"
        return " ".join(_names_ending(s, k - 3)) or None
    clause = s.word(k - 1) == "," or s.lower[k] == "with"  # ", taking 54 percent"; "with"
    verbs = [j for j in range(k) if s.lower[j] in _SHARE_VERBS | _WINNING]
    if not clause or not verbs:
        return None
    j = verbs[0] - 1  # the subject right before the clause's first verb ("was re-elected")
    while j >= 0 and s.lower[j] in ("was", "were", "is", "has", "had", "been", "re", "-"):
        j -= 1
    names = _names_ending(s, j)
    j -= len(names)
    if names and s.word(j) == "the" and s.word(j - 1) == "of":
        names = _names_ending(s, j - 2) or names  # "Anna Fenner of the Green Alliance won"
    return " ".join(names) or None


_WINNING = frozenset({"won", "swept", "elected"})


def _names_ending(s: Sentence, j: int) -> list[str]:
    """The capitalised words ending at token ``j``."""
    names: list[str] = []
    while s.is_word(j) and s.toks[j].text[:1].isupper() and s.lower[j] not in STOPWORDS:
        names.insert(0, s.toks[j].text)
        j -= 1
    return names
