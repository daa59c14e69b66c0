"""Names and speakers in one passage (quotations: ``quotations``; negation: ``negation``).

Speech verbs, role words and generic speakers ("officials", "witnesses") come from the rules;
pronouns, particles and function words are grammar (``lexicon``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.facts.lexicon import (
    MONTHS,
    NAME_PARTICLES,
    PRONOUNS,
    STOPWORDS,
    WEEKDAYS,
)
from reader.core.language import same_name
from reader.core.rules import Rules
from reader.core.text import Token, tokens

_OPENERS = frozenset(
    """The A An But And In On At This That It He She They We I His Her Their Its As If When
    While After Before According Some Many Others Mr Mrs Ms Dr There Then So Yet Also Still
    Meanwhile However Although Though Since Because For From With By Of To One Two Three Four
    Five Six Seven Eight Nine Ten Most All Both Each Every No Not""".split()
)
_NOT_NAMES = frozenset(w.capitalize() for w in list(MONTHS) + list(WEEKDAYS)) | _OPENERS
_TITLES = frozenset({"Mr", "Dr", "Ms", "Mrs"})


@dataclass(frozen=True)
class Name:
    start: int
    end: int
    text: str
    after_preposition: str | None  # "in", "at", ... when the name follows one


@dataclass(frozen=True)
class Speech:
    """Someone saying or doing something: "<speaker> <verb> <content>"."""

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
            k = j  # particles inside a name: "Ana de la Cruz", "Ludwig van Beethoven"
            while k < len(toks) and toks[k].text.lower() in NAME_PARTICLES:
                k += 1
            if j < k < len(toks) and _capitalised(toks[k]):
                j = k + 1
                continue
            break
        first = toks[i]
        opener = i == 0 or text[toks[i - 1].end : first.start].strip() in (".", "!", "?", '"', "“")
        if opener and j == i + 1:
            i = j
            continue
        prep = toks[i - 1].text.lower() if i > 0 else None
        found.append(Name(first.start, toks[j - 1].end, text[first.start : toks[j - 1].end], prep))
        i = j
    return found


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and any(c.isalpha() for c in tok.text)


def _continues(toks: list[Token], i: int) -> bool:
    return i + 1 < len(toks) and _capitalised(toks[i + 1]) and toks[i].text in _TITLES


def speeches(text: str, start: int, end: int, rules: Rules) -> list[Speech]:
    """Who said or did what: the subject before a speech verb ("X called ...", "..., X said"),
    after it ("..., said X"), and "according to X". The content is what the speaker is
    credited with: the words after the verb, or before the speaker when the credit closes the
    sentence."""
    toks = tokens(text, start, end)
    verbs = rules.speech_verbs
    before_verb = verbs | _PLAIN_VERBS  # ("estimates indicate": a noun before a verb)
    out: list[Speech] = []
    for k, tok in enumerate(toks):
        word = tok.text.lower()
        if word == "according" and k + 2 < len(toks) and toks[k + 1].text.lower() == "to":
            s, e = _phrase_after(text, toks, k + 2, rules)
            if s is not None and e is not None:
                content = (start, tok.start) if tok.start - start > 10 else (e, end)
                out.append(Speech(s, e, text[s:e], "according to", tok.start, *content))
            continue
        if word not in verbs or tok.text[:1].isupper():
            continue  # "States" in "United States" is not a verb
        following = toks[k + 1].text.lower() if k + 1 < len(toks) else ""
        if word.endswith("s") and following in before_verb and following[-1:] != "s":
            continue  # "Initial estimates indicate": a noun, the subject of the next verb
        s, e = _phrase_before(text, toks, k, rules)
        if s is None:
            bare = k  # "the inspector, General Hutchinson, had declared": past "had"
            while bare > 0 and toks[bare - 1].text.lower() in _SKIP_BEFORE and k - bare < 3:
                bare -= 1
            s, e = _appositive_before(text, toks, bare, rules)
        if s is None:
            s, e = _relative_subject(text, toks, k, rules)
        closing = k + 1 >= len(toks) or (k + 2 >= len(toks) and not toks[k + 1].text[:1].isalpha())
        inverted = word in _INVERTING and k > 0
        quoting = text[tok.end : tok.end + 3].lstrip().startswith(":")  # 'said: "He is …"'
        if (
            s is None
            and inverted
            and not quoting
            and text[toks[k - 1].end : tok.start].strip() in (",", ',"', ",”", '"', "”")
        ):
            s, e = _phrase_after(text, toks, k + 1, rules)
            closing = True  # "..., said X."
            content = (start, toks[k - 1].end)
            described = _DESCRIBED.match(text, tok.end)
            if described and (e is None or e < described.end()):
                s, e = described.start(1), described.end()  # "said a shop assistant, Mira
                # Jensen": whoever she is, named
            named = _NAME_AFTER.match(text, e) if e is not None else None
            last = text[s:e].split()[-1].lower() if e is not None else ""
            if named and (last in rules.role_words or set(last.split("-")) & rules.role_words):
                e = named.end()  # "said the trust's chair, Martin Hale"
        elif s is not None and (closing or _after_comma(text, toks, s, start)):
            content = (start, s)  # "..., police said." / "..., police said Monday."
        else:
            content = (tok.end, end)
        if s is None or e is None:
            continue
        told = text[s:e]
        anaphor = " " not in told and text[max(start, s - 4) : s].lower() == "the "
        demonym = told[:1].isupper() and told[1:].islower() and len(told) >= 5
        if anaphor and demonym and told.lower().endswith(_DEMONYM):
            continue  # '"...," the Kenyan told reporters': the runner named before, not who
        if content[1] == s:  # '"...," the captain said': the quotation, not its article
            content = (content[0], start + len(_ARTICLE_END.sub("", text[start:s])))
        out.append(Speech(s, e, text[s:e], word, tok.start, *content))
    return out


_PLAIN_VERBS = frozenset({"indicate", "show", "suggest", "put", "place"})
_DESCRIBED = re.compile(
    r"\s+(?:a|an|the)\s+([a-z]+(?:\s+[a-z]+){0,2},\s+(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)\b"
)
_ARTICLE_END = re.compile(r"\s*\b(?:the|a|an)\s*$", re.I)
_NAME_AFTER = re.compile(
    r",\s+(?:(?:[A-Z][\w'’-]+\.?|de|van|von|der|da|di|du|la|le|al|bin)\s+){0,3}[A-Z][\w'’-]+\b"
    r"(?=\s*[.,;]|\s*$)"
)
_INVERTING = frozenset("said says added adds noted notes explained explains recalled wrote".split())


def _relative_subject(
    text: str, toks: list[Token], k: int, rules: Rules
) -> tuple[int | None, int | None]:
    """The speaker a relative clause tells of: "Karin Tamm, who called the deal ...", "Juris
    Ozols, who chaired the talks, called the deal ..."."""

    def gap(i: int) -> str:  # what stands between token i - 1 and token i
        return text[toks[i - 1].end : toks[i].start].strip()

    for m in range(k - 1, max(0, k - 12), -1):
        if gap(m + 1) not in ("", ","):
            break  # another sentence or clause
        if toks[m].text.lower() == "who" and m >= 1 and gap(m) == ",":
            if m < k - 1 and gap(k) != ",":
                return None, None  # ("Ozols, who chaired the talks called": no clause end)
            return _phrase_before(text, toks, m, rules, comma=True)
    return None, None


def _appositive_before(
    text: str, toks: list[Token], k: int, rules: Rules
) -> tuple[int | None, int | None]:
    """ "Heydar Alishbandi, Governor of Qeshm island, said": the name before an appositive."""
    if k == 0 or text[toks[k - 1].end : toks[k].start].strip() != ",":
        return None, None
    j = k - 1
    while j > 0 and k - j < 10 and text[toks[j - 1].end : toks[j].start].strip() != ",":
        j -= 1
    if j == 0 or k - j >= 10:
        return None, None
    segment = [t.text.lower().rstrip(".") for t in toks[j:k]]
    if all(t.text[:1].isupper() for t in toks[j:k]):
        s, _ = _phrase_before(text, toks, j, rules, comma=True)  # "the trust's chief
        if (
            s is not None
            and any(  # executive, Dr. Helen Ward, called": a role, its name
                w.lower().rstrip(".,") in rules.role_words for w in text[s : toks[j].start].split()
            )
        ):
            return s, toks[k - 1].end
    if not any(w in rules.role_words for w in segment):
        # "the governor of Qeshm, Mehdi Nejad, said": a name after its role
        if all(t.text[:1].isupper() for t in toks[j : k - 1]):
            s, _ = _phrase_before(text, toks, j, rules, comma=True)
            if s is not None and any(
                w.lower().rstrip(".,") in rules.role_words for w in text[s : toks[j].start].split()
            ):
                return s, toks[k - 1].end
        return None, None
    s, e = _phrase_before(text, toks, j, rules, comma=True)
    if s is None or not text[s:e][:1].isupper():
        return None, None
    return s, toks[k - 1].end


def _after_comma(text: str, toks: list[Token], s: int, start: int) -> bool:
    """Whether a speaker phrase follows a comma after a long clause ("..., Lt. X said")."""
    before = re.sub(r"\b(?:the|a|an)\s*$", "", text[start:s], flags=re.I).rstrip()
    return len(before) > 20 and before.endswith((",", ',"', ",”"))  # (", the ministry said")


_SKIP_BEFORE = frozenset(
    """has have had was were is are also later then again publicly reportedly repeatedly
    previously openly quickly will would""".split()
)


def _in_speaker_phrase(tok: Token, lower: str, before: bool, rules: Rules) -> bool:
    """Whether a word can belong to a speaker phrase ("Mexico's foreign ministry",
    "Defence Minister Jorge Chávez"); before the verb, pronouns and possessives too."""
    if lower in ("the", "a", "an") or lower in rules.role_words or lower in rules.role_modifiers:
        return True
    if lower.removesuffix("'s").removesuffix("’s") in rules.role_words:
        return True  # "the district attorney's office"
    if "-" in lower and any(part in rules.role_words for part in lower.split("-")):
        return True  # "secretary-general", "director-general", "editor-in-chief"
    if _capitalised(tok):
        return True
    if lower in NAME_PARTICLES or lower in rules.generic_speakers:
        return True
    if before and lower in rules.speaking_bodies:
        return True  # "the union said": a body that speaks
    return (before and lower in PRONOUNS) or lower.endswith(("'s", "’s"))
    # ("said the trust's chair": a possessive after the verb too)


def _trimmed(words: list[Token]) -> tuple[int | None, int | None]:
    while words and words[0].text.lower() in ("the", "a", "an", "that", "which", "who"):
        words.pop(0)  # "reporting that the Indian Navy claims": the navy
    if not words:
        return None, None
    return words[0].start, words[-1].end


def _phrase_before(
    text: str, toks: list[Token], k: int, rules: Rules, comma: bool = False
) -> tuple[int | None, int | None]:
    """The subject right before token ``k``: back over names, role words and 's (``comma``:
    a comma may separate it from token ``k``)."""
    j = k - 1
    while j >= 0 and toks[j].text.lower() in _SKIP_BEFORE and j > k - 4:
        j -= 1  # "Smith has dismissed", "X also said"
    if j < k - 1:
        k = j + 1
    words: list[Token] = []
    while j >= 0 and len(words) < 8:
        tok = toks[j]
        gap = text[tok.end : (words[0].start if words else toks[k].start)].strip()
        if comma and not words and gap == ",":
            gap = ""
        plural_owner = gap in ("'", "’") and tok.text.endswith("s") and _capitalised(tok)
        if (gap not in ("", "'s", "’s", ".") and not plural_owner) or (
            tok.text.lower() in rules.speech_verbs and not _capitalised(tok)
        ):
            break  # ("Omar Said said": the first is his name; "Rovers' director": theirs)
        role_of = not words and j >= 2 and tok.text.isalpha() and tok.text.islower()
        role_of = (
            role_of and toks[j - 1].text == "of" and not text[toks[j - 1].end : tok.start].strip()
        )
        if role_of and toks[j - 2].text.lower() in rules.role_words:
            words[:0] = [toks[j - 2], toks[j - 1], tok]  # "the director of football, Simon Hale"
            j -= 3
            continue
        if _in_speaker_phrase(tok, tok.text.lower(), True, rules):
            words.insert(0, tok)
            j -= 1
            continue
        if _role_compound(text, toks, j, words, rules):
            words.insert(0, tok)  # "fire chief Alan Brook", "a company spokesman"
            j -= 1
            continue
        if (  # "the governor of Qeshm": a role of a place or body
            tok.text == "of"
            and words
            and j > 0
            and toks[j - 1].text.lower().rstrip(".") in rules.role_words
        ):
            words[:0] = [toks[j - 1], tok]
            j -= 2
            continue
        break
    return _trimmed(words)


def _role_compound(text: str, toks: list[Token], j: int, words: list[Token], rules: Rules) -> bool:
    """Whether token ``j`` is a plain noun naming the kind of a role word right after it
    ("fire chief", "company spokesman", "museum director"), the phrase's first word: after a
    quotation, a comma, an article or the sentence's start."""
    if not words or words[0].text.lower().rstrip(".") not in rules.role_words:
        return False
    word = toks[j].text
    if not word.isalpha() or not word.islower() or word in STOPWORDS or word.endswith("ed"):
        return False
    if word in rules.speech_verbs or word.endswith("ly"):
        return False
    if j == 0:
        return True
    gap = text[toks[j - 1].end : toks[j].start].strip()
    if gap[-1:] in (",", '"', "”", "“") or toks[j - 1].text.lower() in ("a", "an", "the"):
        return True
    nation = toks[j - 1].text  # "the Saudi energy minister": a nation's, after its article
    return (
        j >= 2
        and nation[:1].isupper()
        and nation.lower().endswith(("i", "an", "ese", "ish", "ch"))
        and not gap
        and toks[j - 2].text.lower() in ("a", "an", "the")
    )


def _phrase_after(
    text: str, toks: list[Token], k: int, rules: Rules
) -> tuple[int | None, int | None]:
    words: list[Token] = []
    j = k
    while j < len(toks) and len(words) < 8:
        tok = toks[j]
        if words and text[words[-1].end : tok.start].strip() not in ("", "'s", "’s", "."):
            break
        title = (  # "said meteorologist Ana Ruiz", "said student leader Ivo Ban": a title
            len(words) < 2  # no list names, before a name
            and all(_title_word(t) for t in (*words, tok))
            and j + 1 < len(toks)
            and (
                _capitalised(toks[j + 1])
                or (
                    not words
                    and _title_word(toks[j + 1])
                    and j + 2 < len(toks)
                    and _capitalised(toks[j + 2])
                )
            )
        )
        ahead = [x.text.lower().rstrip(".") for x in toks[j + 1 : j + 4]]
        leading = (  # "said the cargo ship's first officer": the nouns before its role
            bool(words)
            and tok.text.isalpha()
            and tok.text.islower()
            and tok.text not in ("the", "a", "an", "and", "or", "of", "to", "in", "on", "that")
            and any(w.endswith(("'s", "’s")) or w in rules.role_words for w in ahead)
        )
        if (
            title
            or leading
            or _in_speaker_phrase(tok, tok.text.lower(), False, rules)
            or (words and _inside_role_phrase(toks, j, rules))
        ):
            words.append(tok)
            j += 1
            continue
        break
    return _trimmed(words)


_NOT_TITLES = frozenset("yesterday today tonight tomorrow then also later earlier".split())


def _title_word(tok: Token) -> bool:
    text = tok.text
    return (
        text.isalpha()
        and text.islower()
        and text not in STOPWORDS
        and text not in _NOT_TITLES
        and not text.endswith("ly")
    )


def _inside_role_phrase(toks: list[Token], j: int, rules: Rules) -> bool:
    """A lower-case word inside an organisation's name after "according to": "the Bristol
    district attorney's office" (a role word follows), "the City of Palmer" (a capitalised
    word follows "of")."""
    lower = toks[j].text.lower()
    if not lower.isalpha() or (lower in STOPWORDS and lower != "of"):
        return False
    following = [t.text.lower().removesuffix("'s").removesuffix("’s") for t in toks[j + 1 : j + 3]]
    if lower == "of":
        return j + 1 < len(toks) and _capitalised(toks[j + 1])
    return any(w in rules.role_words for w in following)


def speaker_key(speaker: str, rules: Rules) -> str | None:
    """A speaker folded for comparison; None for pronouns and generic speakers (unknown who)."""
    words = [w for w in rules.fold_name(speaker).split() if w not in ("the", "a", "an")]
    if not words or all(w in PRONOUNS for w in words):
        return None
    if all(w in rules.generic_speakers or w in STOPWORDS for w in words):
        return None
    original = [w for w in speaker.split() if w.lower() not in ("the", "a", "an")]
    if words[-1] in rules.generic_speakers and all(
        w[:1].islower() or w.lower().endswith(_DEMONYM) for w in original[:-1]
    ):
        return None  # "Iranian media", "local officials", "state television"
    return " ".join(words)


_DEMONYM = ("ian", "ese", "ish", "i", "an")


def name_part(speaker: str, rules: Rules) -> str:
    """The person's name in a speaker phrase: the capitalised words after its last role word
    ("Troy police Lt. Gerry Scherlinck" -> "Gerry Scherlinck"), or before an appositive
    ("Heydar Alishbandi, Governor of Qeshm" -> "Heydar Alishbandi")."""
    parts = [p.strip() for p in speaker.split(",")]
    head = parts[0]
    if len(parts) > 1 and parts[1][:1].isupper() and not name_part(parts[0], rules):
        head = parts[1]  # "company spokesman, Neil Carver": the name after the role
    words = head.replace("’s", "").replace("'s", "").split()
    roles = [i for i, w in enumerate(words) if w.lower().rstrip(".") in rules.role_words]
    tail = words[roles[-1] + 1 :] if roles else words
    return " ".join(w for w in tail if w[:1].isupper() and w.lower() not in rules.role_modifiers)


def same_speaker(a: str, b: str, rules: Rules) -> bool | None:
    """True/False when both are known; None when either is a pronoun or generic."""
    ka, kb = speaker_key(a, rules), speaker_key(b, rules)
    if ka is None or kb is None or _nationals(a) or _nationals(b):
        return None
    if ka == kb or _acronym_of(a, b) or _acronym_of(b, a):
        return True
    na, nb = name_part(a, rules), name_part(b, rules)
    if na and nb:
        return same_name(na, nb) or same_name(na.split()[-1], nb.split()[-1])
    wa = {w for w in ka.split() if w not in STOPWORDS and len(w) > 2}
    wb = {w for w in kb.split() if w not in STOPWORDS and len(w) > 2}
    if wa and wb and (wa <= wb or wb <= wa):
        return True
    return False if wa and wb else None


def _nationals(speaker: str) -> bool:
    """ "the Indians", "the Americans", "Israelis": a country's people, anyone of whom may
    have said it."""
    words = speaker.split()
    word = words[-1] if words else ""
    if len(words) > 2 or not word[:1].isupper() or len(word) < 6:
        return False
    if len(words) == 2:  # "the Israelis", "the Americans"
        return words[0].lower() == "the" and word.endswith(("ans", "is"))
    return word.endswith("ans")  # "Americans said"; not "Davis said"


def _acronym_of(short: str, long: str) -> bool:
    """ "CHP" for "the California Highway Patrol", "F.B.I." for "Federal Bureau of
    Investigation": the initials of the capitalised words. Also a speaker of an organisation
    named by its initials and the organisation: "DA spokesman Gregg Miliote" / "the Bristol
    district attorney's office"."""
    letters = short.strip().removeprefix("the ").replace(".", "")
    if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper():
        initials = "".join(w[0] for w in long.split() if w[:1].isupper())
        if initials == letters:
            return True
    words = [w for w in long.lower().replace("'s", "").replace("’s", "").split() if w.isalpha()]
    for token in short.replace(".", "").split():
        if 2 <= len(token) <= 6 and token.isalpha() and token.isupper():
            run = token.lower()
            for i in range(len(words) - len(run) + 1):
                if "".join(w[0] for w in words[i : i + len(run)]) == run and all(
                    len(w) > 2 for w in words[i : i + len(run)]
                ):
                    return True
    return False


def role_head(speaker: str, rules: Rules) -> str | None:
    """The role word of a speaker phrase ("Defence Minister Jorge Chávez" -> "minister")."""
    head = None
    for word in speaker.lower().replace("’s", "").replace("'s", "").split():
        word = word.rstrip(".,")
        if word in rules.role_words:
            head = word  # "general manager": the last of a run of role words
        elif head is not None:
            break
    return head
