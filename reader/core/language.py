"""English as the engine sees it: lemmas, how rare a word is, and when two names are one.

One lemmatiser (simplemma) and one general-English frequency list (wordfreq) for the whole
engine, both read from their installed packages (no download), both cached per word. Name
matching uses rapidfuzz so that spelling variants of one name ("Alishbandi" / "Alishvandi",
"Marrakesh" / "Marrakech") meet, while different names ("Austria" / "Australia") do not.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

_MAX_ZIPF = 7.7  # "the"


# nouns the lemmatiser reads as archaic verb forms ("span" as the past of "spin")
_LEMMA_FIXES = {"span": "span"}


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """The dictionary form of an English word, lower-cased ("killing" -> "kill")."""
    lowered = word.lower()
    if not lowered.isalpha() or len(lowered) < 3:
        return lowered
    if lowered in _LEMMA_FIXES:
        return _LEMMA_FIXES[lowered]
    import simplemma

    found = (simplemma.lemmatize(lowered, lang="en") or lowered).lower()
    if found != lowered and found.endswith("ll") and zipf(found[:-1]) > zipf(found) + 1:
        return found[:-1]  # "travelling" -> "travel" (British spelling), not "travell"
    if lowered.endswith("ves") and found == lowered[:-1] and zipf(found) < 3.0:
        noun = max((lowered[:-3] + "fe", lowered[:-3] + "f"), key=zipf)
        if zipf(noun) > zipf(found) + 1:
            return noun  # "wives" -> "wife", "thieves" -> "thief": not the rare verbs
    return found


_FREQUENCIES: dict[str, float] | None = None


def _frequencies() -> dict[str, float]:
    global _FREQUENCIES
    if _FREQUENCIES is None:
        import wordfreq

        _FREQUENCIES = wordfreq.get_frequency_dict("en", wordlist="best")
    return _FREQUENCIES


@lru_cache(maxsize=200_000)
def ing_verb(word: str) -> str:
    """The verb of an "-ing" form the lemmatiser keeps as a noun: "sitting" -> "sit",
    "living" -> "live", "working" -> "work"."""
    lowered = word.lower()
    found = lemma(lowered)
    if found != lowered or not lowered.endswith("ing") or len(lowered) < 6:
        return found
    base = lowered[:-3]
    if len(base) > 2 and base[-1] == base[-2] and base[-1] not in "lsz":
        return base[:-1]  # "sitting", "running"
    return base + "e" if zipf(base + "e") > zipf(base) else base


def zipf(word: str) -> float:
    """How common a word is in general English: 0 (unseen) to about 7.7 ("the")."""
    frequency = _frequencies().get(word.lower(), 0.0)
    return math.log10(frequency) + 9.0 if frequency > 0 else 0.0


@lru_cache(maxsize=200_000)
def rarity(word: str) -> float:
    """A word's weight as evidence that two passages tell the same thing: rare words weigh
    more ("magnitude" 3.7, "the" 0.3), unseen words and names the most (about 7.7)."""
    return max(0.3, _MAX_ZIPF - zipf(word))


def fold_letters(text: str) -> str:
    """Lower-case letters without diacritics, hyphens or apostrophes ("García-Márquez's" ->
    "garciamarquezs"), for comparing spellings."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


# Spelling variants are transliterations and misspellings of rare names; two common words
# ("Smith" / "Smyth", "Niger" / "Nigeria") that differ are different names.
_COMMON_NAME = 3.5
_PARTICLES = frozenset("al el de del la le van von der den di da du bin ibn".split())
_DEMONYM_ENDINGS = ("ians", "ian", "ans", "an", "ese", "ish", "is", "i", "n")


@lru_cache(maxsize=200_000)
def same_name_word(a: str, b: str) -> bool:
    """Whether two name words are spellings of one name ("Alishbandi" / "Alishvandi",
    "Mahnefah" / "Mahnefeh", "Rait" / "Raite", "Indonesia" / "Indonesian")."""
    fa, fb = fold_letters(a), fold_letters(b)
    if not fa or not fb:
        return False
    if fa == fb:
        return True
    if (a.isupper() and b == a + "s") or (b.isupper() and a == b + "s"):
        return True  # an abbreviation and its plural: "KO" / "KOs"
    short, long_ = sorted((fa, fb), key=len)
    if len(short) >= 4 and long_.startswith(short):
        rest = long_[len(short) :]
        if rest in _DEMONYM_ENDINGS or (len(rest) == 1 and len(short) >= 4):
            return True
        if rest == "ern" and short in ("north", "south", "east", "west"):
            return True  # "South Kordofan" / "Southern Kordofan"
    if fa[0] != fb[0]:
        return False
    if min(len(fa), len(fb)) < 4:  # "Eli" / "Eloi"; not "Tom" / "Tim", nor "Jon" / "Joan"
        shortened = len(short) == 3 and long_.startswith(short)  # "Abi" / "Abijah"
        rare = min(zipf(fa), zipf(fb)) < _COMMON_NAME
        swapped = len(fa) == len(fb) and [
            (x in "aeiouy", y in "aeiouy") for x, y in zip(fa, fb, strict=True) if x != y
        ] == [(True, True)]  # "Toi" / "Tou": one vowel for another, in two rare words
        swapped = swapped and max(zipf(fa), zipf(fb)) < _COMMON_NAME
        return (shortened or swapped or _vowel_added(short, long_)) and rare
    if max(zipf(fa), zipf(fb)) >= _COMMON_NAME:
        return False  # "John" / "Joan", "Austria" / "Australia": common words are exact
    from rapidfuzz.distance import JaroWinkler, Levenshtein

    if Levenshtein.distance(fa, fb) <= (1 if len(short) < 7 else 2):
        return True
    if len(long_) == len(short) + 2 and any(
        long_[:i] + long_[i + 2 :] == short and "h" in long_[i : i + 2] and long_[i] in "aeiouh"
        for i in range(1, len(long_) - 2)
    ):
        return True  # a breathing dropped inside: "Jehoash" / "Joash", "Jehoram" / "Joram"
    return JaroWinkler.similarity(fa, fb) >= 0.93 and abs(len(fa) - len(fb)) <= 2


def _vowel_added(short: str, long_: str) -> bool:
    """The longer word is the shorter with one vowel put in after its first letter."""
    if len(short) < 3 or len(long_) != len(short) + 1:
        return False
    return any(
        long_[i] in "aeiouy" and long_[:i] + long_[i + 1 :] == short for i in range(1, len(long_))
    )


def same_name(a: str, b: str) -> bool:
    """Whether two names can be one: every word of the shorter name matches a word of the
    longer one ("Anthony Calamita" / "Anthony LaCalamita III", "Heydar Alishbandi" /
    "Heidar Alishvandi")."""
    # possessives read both ways: "Palin's" is Palin, "Man's Power" is "Mans Power"
    return _same_words(_name_words(a, True), _name_words(b, True)) or _same_words(
        _name_words(a, False), _name_words(b, False)
    )


def _same_words(wa: list[str], wb: list[str]) -> bool:
    if not wa or not wb:
        return False
    short, long_ = sorted((wa, wb), key=len)
    if fold_letters("".join(short)) == fold_letters("".join(long_)):
        return True  # "iran-Nejad" / "Irannejad"
    unmatched = [w for w in short if not any(same_name_word(w, x) or _inside(w, x) for x in long_)]
    if not unmatched:
        return True
    # one word of a longer name told in another form of the same word ("TallGrass
    # Distribution Ltd" / "Tallgrass Distributors Ltd"), the others alike
    return (
        len(unmatched) == 1 and len(short) >= 3 and any(_same_stem(unmatched[0], x) for x in long_)
    )


def _same_stem(a: str, b: str) -> bool:
    fa, fb = fold_letters(a), fold_letters(b)
    stem = next(
        (i for i, (x, y) in enumerate(zip(fa, fb, strict=False)) if x != y), min(len(fa), len(fb))
    )
    return stem >= 7 and stem >= 0.7 * min(len(fa), len(fb))


def _name_words(name: str, unpossessed: bool = True) -> list[str]:
    words = [w for w in name.replace("-", " ").split() if fold_letters(w)]
    if unpossessed:
        words = [_unpossessed(w) for w in words]
    kept = [
        w for w in words if w.lower() not in _PARTICLES and w.lower().rstrip(".") not in _HONORIFICS
    ]
    return kept or words


def _unpossessed(word: str) -> str:
    """ "Palin's" -> "Palin", "NBA’s" -> "NBA"."""
    for ending in ("'s", "’s"):
        if word.endswith(ending) and len(word) > len(ending):
            return word[: -len(ending)]
    return word


# titles before a name, not part of it ("Ms. Mendes" is Robyn Mendes)
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "madam"})


def _inside(word: str, other: str) -> bool:
    """ "Calamita" inside "LaCalamita": a name with a particle glued on."""
    fw, fo = fold_letters(word), fold_letters(other)
    return len(fw) >= 5 and len(fo) - len(fw) <= 3 and fo.endswith(fw)


_SPELLINGS = (
    (re.compile(r"^practis"), "practic"),  # practise
    (re.compile(r"(?<=[a-z]{2})is(e|es|ed|ing|ation|ations)$"), r"iz\1"),  # organise
    (re.compile(r"(?<=[a-z])ys(e|es|ed|ing)$"), r"yz\1"),  # analyse
    # colour, favourite, neighbourhood, labourers
    (re.compile(r"(?<=[a-z]{2})our(s|ed|ing|ite|ites|able|hood|hoods|er|ers)?$"), r"or\1"),
    (re.compile(r"(?<=[a-z]{2})([tb])re(s)?$"), r"\1er\2"),  # centre, fibre
    (re.compile(r"(?<=[a-z]{2})ence$"), "ense"),  # defence
    (re.compile(r"(?<=[aeiou][lp])l(ed|ing|er|ers)$"), r"\1"),  # travelled
    (re.compile(r"(?<=[a-z]{2})ogue(s)?$"), r"og\1"),  # catalogue
    (re.compile(r"(?<=[a-z]{3})mme(s)?$"), r"m\1"),  # programme
)


@lru_cache(maxsize=100_000)
def spelling_key(word: str) -> str:
    """A word with British spellings made American, so "practising" and "practicing",
    "colour" and "color" compare as one word. Only endings of longer words are rewritten, the
    same way on both sides, so a word American English also spells "-ise" ("promise") is
    rewritten too, harmlessly."""
    if len(word) < 5:
        return word
    for pattern, replacement in _SPELLINGS:
        word = pattern.sub(replacement, word)
    return word
