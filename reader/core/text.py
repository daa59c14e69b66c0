"""Text normalisation shared by every loader.

The rules here decide what ``Document.text`` is, so they must be deterministic: the same
input always gives the same output, and offsets into it stay valid.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

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

# Invisible characters that carry no text: soft hyphen, zero-width space, word joiner, BOM.
_INVISIBLE = "\u00ad\u200b\u2060\ufeff"
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
