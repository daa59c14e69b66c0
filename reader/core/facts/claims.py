"""Names, speakers, quotations and polarity in one passage."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.facts.lexicon import (
    MONTHS,
    NAME_PARTICLES,
    PRONOUNS,
    ROLE_WORDS,
    SPEECH_VERBS,
    STOPWORDS,
    WEEKDAYS,
)
from reader.core.rules import Rules
from reader.core.text import Token, tokens

_QUOTE = re.compile(r"[\"“](?P<q>[^\"“”]{3,600}?)[\"”]|«\s?(?P<g>[^«»]{3,600}?)\s?»")
_NOT_NAMES = frozenset(w.capitalize() for w in list(MONTHS) + list(WEEKDAYS)) | {
    "The",
    "A",
    "An",
    "But",
    "And",
    "In",
    "On",
    "At",
    "This",
    "That",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "His",
    "Her",
    "Their",
    "Its",
    "As",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "According",
    "Some",
    "Many",
    "Others",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
}


_TITLES = frozenset({"Mr", "Dr", "Ms", "Mrs"})


@dataclass(frozen=True)
class Name:
    start: int
    end: int
    text: str
    after_preposition: str | None  # "in", "at", ... when the name follows one


@dataclass(frozen=True)
class Quote:
    start: int  # including the quotation marks
    end: int
    inner_start: int
    inner_end: int
    text: str  # the words inside the marks


@dataclass(frozen=True)
class Speech:
    """Someone saying or doing something: "<speaker> <verb> <rest>"."""

    speaker_start: int
    speaker_end: int
    speaker: str
    verb: str
    verb_start: int
    content_start: int
    content_end: int


def names(text: str, start: int, end: int) -> list[Name]:
    """Capitalised word sequences that are not sentence openers, months or weekdays."""
    toks = tokens(text, start, end)
    found: list[Name] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if not _capitalised(tok) or (tok.text in _NOT_NAMES and not _continues(toks, i)):
            i += 1
            continue
        j = i + 1
        while j < len(toks):
            if _capitalised(toks[j]) and toks[j].text not in _NOT_NAMES - _TITLES:
                j += 1
                continue
            # particles inside a name: "Ana de la Cruz", "Ludwig van Beethoven"
            k = j
            while k < len(toks) and toks[k].text.lower() in NAME_PARTICLES:
                k += 1
            if k > j and k < len(toks) and _capitalised(toks[k]):
                j = k + 1
                continue
            break
        first = toks[i]
        sentence_start = i == 0 or text[toks[i - 1].end : first.start].strip() in (
            ".",
            "!",
            "?",
            '"',
            "“",
        )
        if sentence_start and j == i + 1:
            i = j
            continue
        prep = toks[i - 1].text.lower() if i > 0 else None
        found.append(Name(first.start, toks[j - 1].end, text[first.start : toks[j - 1].end], prep))
        i = j
    return found


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and any(c.isalpha() for c in tok.text)


def _continues(toks: list[Token], i: int) -> bool:
    return (
        i + 1 < len(toks)
        and _capitalised(toks[i + 1])
        and toks[i].text in ("Mr", "Dr", "Ms", "Mrs")
    )


def quotes(text: str, start: int, end: int) -> list[Quote]:
    """Quoted passages of at least two words, with and without their marks."""
    out = []
    for m in _QUOTE.finditer(text, start, end):
        group = "q" if m.group("q") is not None else "g"
        inner = m.group(group).strip().rstrip(",")
        if len(inner.split()) < 2:
            continue
        s = m.start(group)
        out.append(Quote(m.start(), m.end(), s, s + len(inner), inner))
    return out


def speeches(text: str, start: int, end: int) -> list[Speech]:
    """Who said or did what: the subject before a speech verb ("X called ...", "X said")
    or after it ("..., said X"), and "according to X"."""
    toks = tokens(text, start, end)
    out: list[Speech] = []
    for k, tok in enumerate(toks):
        word = tok.text.lower()
        if word == "according" and k + 2 < len(toks) and toks[k + 1].text.lower() == "to":
            s, e = _noun_phrase_after(text, toks, k + 2)
            if s is not None:
                out.append(Speech(s, e, text[s:e], "according to", tok.start, start, end))
            continue
        if word not in SPEECH_VERBS or tok.text[:1].isupper():
            continue  # "States" in "United States" is not a verb
        s, e = _noun_phrase_before(text, toks, k)
        if (
            s is None
            and k > 0
            and text[toks[k - 1].end : tok.start].strip() in (",", ',"', ",”", '"', "”")
        ):
            s, e = _noun_phrase_after(text, toks, k + 1)
        if s is None:
            continue
        out.append(Speech(s, e, text[s:e], word, tok.start, tok.end, end))  # type: ignore[arg-type]
    return out


_AUXILIARIES = frozenset(
    "has have had was were is are also later then again publicly reportedly repeatedly "
    "previously openly quickly will would".split()
)


_MODIFIERS = frozenset("foreign interior defence defense the a an".split())


def _in_speaker_phrase(tok: Token, lower: str, before: bool) -> bool:
    """Whether a word can belong to a speaker phrase ("Mexico's foreign ministry",
    "Defence Minister Jorge Chávez"); before the verb, pronouns and possessives too."""
    if _capitalised(tok) or lower in ROLE_WORDS or lower in _MODIFIERS or lower in NAME_PARTICLES:
        return True
    return before and (lower in PRONOUNS or lower.endswith(("'s", "’s")))


def _trimmed(words: list[Token]) -> tuple[int | None, int | None]:
    while words and words[0].text.lower() in ("the", "a", "an"):
        words.pop(0)
    if not words:
        return None, None
    return words[0].start, words[-1].end


def _noun_phrase_before(text: str, toks: list[Token], k: int) -> tuple[int | None, int | None]:
    """The subject right before token ``k``: back over names, role words and 's."""
    j = k - 1
    # step back over auxiliaries and adverbs: "Boluarte has dismissed", "X also said"
    while j >= 0 and toks[j].text.lower() in _AUXILIARIES and j > k - 4:
        j -= 1
    if j < k - 1:
        k = j + 1
    words: list[Token] = []
    while j >= 0 and len(words) < 8:
        tok = toks[j]
        gap = text[tok.end : (words[0].start if words else toks[k].start)]
        if gap.strip() not in ("", "'s", "’s") or tok.text.lower() in SPEECH_VERBS:
            break
        lower = tok.text.lower()
        if _in_speaker_phrase(tok, lower, before=True):
            words.insert(0, tok)
            j -= 1
            continue
        break
    return _trimmed(words)


def _noun_phrase_after(text: str, toks: list[Token], k: int) -> tuple[int | None, int | None]:
    words: list[Token] = []
    j = k
    while j < len(toks) and len(words) < 8:
        tok = toks[j]
        lower = tok.text.lower()
        if words and text[words[-1].end : tok.start].strip() not in ("", "'s", "’s"):
            break
        if _in_speaker_phrase(tok, lower, before=False):
            words.append(tok)
            j += 1
            continue
        break
    return _trimmed(words)


def speaker_key(speaker: str, rules: Rules) -> str | None:
    """A speaker folded for comparison; None for pronouns (unknown who)."""
    words = [w for w in rules.fold_name(speaker).split() if w not in ("the", "a", "an")]
    if not words or all(w in PRONOUNS for w in words):
        return None
    return " ".join(words)


def same_speaker(a: str, b: str, rules: Rules) -> bool | None:
    """True/False when both are known; None when either is a pronoun."""
    ka, kb = speaker_key(a, rules), speaker_key(b, rules)
    if ka is None or kb is None:
        return None
    if ka == kb:
        return True
    wa = {w for w in ka.split() if w not in ROLE_WORDS and w not in STOPWORDS and len(w) > 2}
    wb = {w for w in kb.split() if w not in ROLE_WORDS and w not in STOPWORDS and len(w) > 2}
    if wa and wb and (wa <= wb or wb <= wa or len(wa & wb) >= 2):
        return True
    # "Mexican President X" vs "Mexico's president": only role words in common, no names
    return False if wa and wb else None


def role_head(speaker: str) -> str | None:
    """The role word of a speaker phrase ("Defence Minister Jorge Chávez" -> "minister")."""
    for word in speaker.lower().replace("’s", "").replace("'s", "").split():
        if word in ROLE_WORDS:
            return word
    return None


_VERB_STEM = re.compile(r"(?:ed|ing|es|s|e)$")


def stem(word: str) -> str:
    word = word.lower()
    return _VERB_STEM.sub("", word) if len(word) > 4 else word


def negated_verbs(
    text: str, start: int, end: int, rules: Rules
) -> dict[str, tuple[bool, int, int]]:
    """Verb stems in the passage -> (negated?, start, end of the phrase incl. the cue).

    "declined to confirm the deployment" -> {"confirm": (True, ...)}; only words that follow a
    negation cue or appear bare are recorded, so both sides can be compared stem by stem.
    """
    toks = tokens(text, start, end)
    out: dict[str, tuple[bool, int, int]] = {}
    lowered = [t.text.lower() for t in toks]
    cues = _cue_positions(lowered, rules)  # (first token, token after the cue)
    for k, word in enumerate(lowered):
        if word in STOPWORDS or word in _NOT_PREDICATES or not word.isalpha() or len(word) < 4:
            continue
        cue_start = None
        for first, after in cues:
            if _governs(lowered, after, k):
                cue_start = toks[first].start
        key = stem(word)
        if cue_start is not None:
            out[key] = (True, cue_start, toks[k].end)
        elif key not in out:
            out[key] = (False, toks[k].start, toks[k].end)
        for antonym in rules.antonyms.get(word, ()):
            out.setdefault("¬" + stem(antonym), (True, toks[k].start, toks[k].end))
    return out


_NOT_PREDICATES = frozenset("much many more most very such only ever even quite rather".split())
_BRIDGE = frozenset("to be been being have has had it is was were are that".split())
_HEDGES = frozenset("think believe expect suppose consider".split())


def _governs(lowered: list[str], after: int, k: int) -> bool:
    """Whether a negation cue ending before token ``after`` negates token ``k``.

    Only auxiliaries may stand between ("declined to confirm", "has not been ranked"); after a
    hedge ("do not think it is possible") the cue reaches the hedged clause's predicate.
    """
    if after < len(lowered) and lowered[after] in _HEDGES and after < k <= after + 5:
        return all(w in _BRIDGE or w in ("i", "we", "they") for w in lowered[after + 1 : k])
    return after <= k <= after + 3 and all(w in _BRIDGE for w in lowered[after:k])


def _cue_positions(lowered: list[str], rules: Rules) -> list[tuple[int, int]]:
    found = []
    for i in range(len(lowered)):
        for cue in rules.negation_cues:
            parts = cue.split()
            if lowered[i : i + len(parts)] == parts:
                found.append((i, i + len(parts)))
                break
    return found
