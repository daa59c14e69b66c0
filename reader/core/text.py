"""Text normalisation shared by every loader.

The rules here decide what ``Document.text`` is, so they must be deterministic: the same
input always gives the same output, and offsets into it stay valid.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import NamedTuple

from reader.core.facts.lexicon import MONTHS, WEEKDAYS

# Typographic ligatures unfolded into their letters (NFC keeps them; NFKC would also
# change quotes, fractions and superscripts, which we want to keep as written).
LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
    "\u0132": "IJ",
    "\u0133": "ij",
    "\u0152": "OE",
    "\u0153": "oe",
}
# Oe/oe are real letters in French; only unfold the Latin ligatures that are purely typographic.
del LIGATURES["\u0152"], LIGATURES["\u0153"]

# Invisible characters that carry no text: soft hyphen, zero-width space, zero-width
# non-joiner and joiner, word joiner, BOM; and the bidirectional embeddings, overrides and
# isolates, which can make a title read reversed (the text's own direction is kept).
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff" + "".join(
    map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
)
_TRANSLATE = {ord(k): v for k, v in LIGATURES.items()}
_TRANSLATE.update({ord(c): None for c in _INVISIBLE})
# C0/C1 control characters other than tab and newline (NUL included) are dropped.
_TRANSLATE.update({c: None for c in range(0x00, 0x20) if c not in (0x09, 0x0A, 0x0D)})
_TRANSLATE.update({c: None for c in range(0x7F, 0xA0)})
_TRANSLATE.update({0x2028: "\n", 0x2029: "\n"})

_SPACE_RUN = re.compile(r"\s+")


def clean(text: str) -> str:
    """NFC, ligatures unfolded, control and invisible characters removed."""
    return unicodedata.normalize("NFC", text.translate(_TRANSLATE))


def collapse(text: str) -> str:
    """Clean ``text`` and collapse every run of whitespace to one space."""
    return _SPACE_RUN.sub(" ", clean(text)).strip()


def join_paragraphs(paragraphs: Iterable[str]) -> str:
    """Normalise paragraphs and join them with one blank line, dropping empty ones."""
    out = []
    for para in paragraphs:
        para = collapse(para)
        if para:
            out.append(para)
    return "\n\n".join(out)


def split_paragraphs(text: str) -> list[str]:
    """Inverse of :func:`join_paragraphs` for normalised text."""
    return [p for p in text.split("\n\n") if p]


def count_control_chars(text: str) -> int:
    """How many characters are controls other than ordinary whitespace (a binary-file sign)."""
    return sum(1 for ch in text if ch < " " and ch not in "\t\n\r\f") + text.count("\ufffd")


# ----- tokens and sentences with character offsets


class Token(NamedTuple):
    """A word, number or abbreviation: ``text == document_text[start:end]``."""

    text: str
    start: int
    end: int


class Sentence(NamedTuple):
    """A sentence: ``document_text[start:end]``, paragraph index included."""

    start: int
    end: int
    paragraph: int


_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., a.m., U.N.
    r"|\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?"  # 1,000  1.2  6:30  31st  1990s
    r"|\w+(?:['’\-]\w+)*",
    re.UNICODE,
)
ABBREVIATIONS = frozenset(
    "mr mrs ms dr st gen sen rep gov lt col sgt capt cmdr adm maj jr sr prof rev hon "
    "inc co corp ltd bros vs etc al approx dept est fig no nos vol op pp "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun "
    "ave blvd rd mt ft".split()
)
# Abbreviations that often end a sentence too: split after them when a typical sentence
# opener follows ("... troops from the U.S. The next day ...").
_CAN_END = frozenset("etc inc co corp ltd al".split())
_BEFORE_NUMBER = frozenset("no nos fig vol op pp".split())
_OPENERS = frozenset(
    "the a an he she it they we i but and in on at this that these those his her its their "
    "there when while after before however meanwhile yet so as if".split()
)
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+|$)")


_TOKEN_MEMO: dict[tuple[str, int], tuple[Token, ...]] = {}


def forget_tokens() -> None:
    """Drop the tokens kept from earlier passages (benchmarks time a comparison from cold)."""
    _TOKEN_MEMO.clear()


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text`` (kept per passage and offset:
    many readers tokenise the same sentence)."""
    stop = end or len(text)
    if stop - start > 2_000:  # (a whole document: read once, not kept)
        return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, stop)]
    key = (text[start:stop], start)
    found = _TOKEN_MEMO.get(key)
    if found is None:
        found = tuple(
            Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, stop)
        )
        if len(_TOKEN_MEMO) >= 20_000:
            _TOKEN_MEMO.clear()
        _TOKEN_MEMO[key] = found
    return list(found)


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` ends an abbreviation or an initial, not a sentence."""
    head = text[max(0, dot - 12) : dot]
    word = re.search(r"([A-Za-z][A-Za-z.]*)$", head)
    if not word:
        return False
    token = word.group(1)
    if "." in token:  # U.S  a.m  e.g
        return True
    if len(token) == 1 and token.isupper():  # an initial: J. Smith
        return True
    if token.lower() in _BEFORE_NUMBER:  # "No. 5", "Fig. 2", but "said no."
        return text[dot + 1 : dot + 3].strip()[:1].isdigit()
    return token.lower() in ABBREVIATIONS


_DAY_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"today", "tonight", "yesterday", "local"}


def _new_subject(text: str, pos: int) -> bool:
    """After "7 a.m.", a capitalised word that is no day, month or time zone opens the next
    sentence ("shortly after 7 a.m. Mayor Viktor Hrytsenko said ...")."""
    word = re.match(r"\s+([A-Z][A-Za-z]*)", text[pos : pos + 30])
    if word is None:
        return False
    told = word.group(1)
    return told.lower() not in _DAY_WORDS and not told.isupper()


def _opens_sentence(text: str, pos: int) -> bool:
    rest = text[pos : pos + 40].lstrip()
    if not rest:
        return True
    first = rest[0]
    if first in "\"'“‘«([":
        return True
    return first.isupper() or first.isdigit()


def sentences(text: str) -> list[Sentence]:
    """Split normalised text into sentences, never across paragraphs.

    Copes with abbreviations ("U.S.", "Mr.", "Dec.", "a.m."), initials, closing quotes after
    the full stop, and ellipses. Offsets are exact; surrounding spaces are excluded.
    """
    out: list[Sentence] = []
    pos = 0
    for index, para in enumerate(text.split("\n\n")):
        base = pos
        pos += len(para) + 2
        begin = 0
        for match in _BOUNDARY.finditer(para):
            end = match.end()
            stop = match.group()
            if stop == "." and _is_abbreviation(para, match.start()):
                # windows around the stop, not the whole paragraph: linear on long paragraphs
                word = re.search(r"([A-Za-z.]+)$", para[max(0, match.start() - 40) : match.start()])
                token = (word.group(1) if word else "").lower().rstrip(".")
                nxt = para[end : end + 60].lstrip().split(" ", 1)[0].lower().strip("\"'“‘")
                ends_here = ("." in token or token in _CAN_END) and nxt in _OPENERS
                ends_here = ends_here or (token in ("a.m", "p.m") and _new_subject(para, end))
                if not ends_here:
                    continue
            if not _opens_sentence(para, end):
                continue
            _add(out, para, base, begin, end, index)
            begin = end
        _add(out, para, base, begin, len(para), index)
    return out


MAX_SENTENCE = 1500  # characters: longer runs without a full stop are cut into pieces


def _add(out: list[Sentence], para: str, base: int, begin: int, end: int, index: int) -> None:
    chunk = para[begin:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    start, stop = begin + lead, begin + lead + len(stripped)
    while stop - start > MAX_SENTENCE:
        # a "sentence" this long is a list, a table run together or no prose at all: cut it
        # after a comma or semicolon near the limit, else after a space, so that work per
        # sentence stays bounded
        window = para[start + MAX_SENTENCE // 2 : start + MAX_SENTENCE]
        cut = max(window.rfind(", "), window.rfind("; "))
        cut = cut + 1 if cut >= 0 else window.rfind(" ")
        cut = start + MAX_SENTENCE // 2 + cut if cut > 0 else start + MAX_SENTENCE
        out.append(Sentence(base + start, base + cut, index))
        start = cut
        while start < stop and para[start] == " ":
            start += 1
    if stop > start:
        out.append(Sentence(base + start, base + stop, index))
