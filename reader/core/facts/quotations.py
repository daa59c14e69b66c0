"""Quotations in one passage: double marks, guillemets and single marks (British style),
quotations that run on past the end of their sentence, and speech told without marks in
older prose ("he said, It is finished")."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A straight mark right after a figure is an inch mark ('17" notebook'), not a closing quote.
_QUOTE = re.compile(
    r"[\"“](?P<q>(?:[^\"“”]|(?<=\d)\"(?=\s[a-z]))"
    r"{3,600}?)(?:(?<!\d)\"|”)|«\s?(?P<g>[^«»]{3,600}?)\s?»"
    # Single marks (British style): an opening mark after a space or a bracket, before a
    # letter; an apostrophe inside a word ("don't", "it’s") does not close.
    r"|(?:(?<=[\s(\[—–-])|^)[‘'](?P<s>[^\W\d_](?:[^‘’'\"“”\n]|(?<=\w)['’](?=\w)){2,600}?)"
    r"(?<=[^\s])['’](?![\w'’])"
)
_EDITORIAL = re.compile(r"\s*[\[(][^\])]{1,40}[\])]\s*")


@dataclass(frozen=True)
class Quote:
    start: int  # including the quotation marks
    end: int
    inner_start: int
    inner_end: int
    text: str  # the words inside the marks

    @property
    def words(self) -> str:
        """The quoted words without editorial insertions ("altered (its direction)")."""
        return _EDITORIAL.sub(" ", self.text).strip()


def quotes(text: str, start: int, end: int) -> list[Quote]:
    """Quoted passages of at least two words, with and without their marks."""
    out = []
    for m in _QUOTE.finditer(text, start, end):
        group = next(g for g in ("q", "g", "s") if m.group(g) is not None)
        if group == "s" and _inside_double(text, m.start()):
            continue  # 'think "well, there he is"' nested in a quotation: part of it
        inner = m.group(group).strip().rstrip(",")
        if len(inner.split()) < 2:
            continue
        s = m.start(group)
        out.append(Quote(m.start(), m.end(), s, s + len(inner), inner))
    return out


_MARK = re.compile(r'["“”]')


def _inside_double(text: str, i: int) -> bool:
    """Whether position i lies inside a double-marked quotation opened earlier on its line."""
    line = text.rfind("\n", 0, i) + 1
    return len(_MARK.findall(text, line, i)) % 2 == 1


CARRY_REACH = 400  # characters a quotation may run on past the end of its sentence


def _opener(text: str, i: int) -> bool:
    if text[i] != '"':
        return text[i] == "“"
    after = text[i + 1 : i + 2]
    return bool(after) and not after.isspace() and (i == 0 or not text[i - 1].isalnum())


def _closer(text: str, i: int) -> bool:
    if text[i] != '"':
        return text[i] == "”"
    return i > 0 and not text[i - 1].isspace() and not text[i - 1].isdigit()


def carried_quote(text: str, start: int, end: int) -> Quote | None:
    """A quotation opened in the sentence text[start:end] and closed in a later one: the
    sentence's last quotation mark opens, and the next mark after it closes within reach
    ('she exclaimed, "Mommy, I got hit. / Somebody hit me in my back."')."""
    marks = [m.start() for m in _MARK.finditer(text, start, end)]
    if not marks or len(marks) % 2 == 0 or not _opener(text, marks[-1]):
        return None
    following = _MARK.search(text, end, min(len(text), end + CARRY_REACH))
    if following is None or not _closer(text, following.start()):
        return None
    open_at, close_at = marks[-1], following.start()
    inner = text[open_at + 1 : close_at]
    lead = len(inner) - len(inner.lstrip("'‘ "))
    inner = inner.strip("'‘’ ").rstrip(",")
    if len(inner.split()) < 2:
        return None
    s = open_at + 1 + lead
    return Quote(open_at, close_at + 1, s, s + len(inner), inner)


def carried_close(text: str, start: int, end: int) -> int | None:
    """Where a quotation opened in an earlier sentence closes inside text[start:end] (the
    counterpart of :func:`carried_quote`): the position after its closing mark."""
    first = _MARK.search(text, start, end)
    if first is None or not _closer(text, first.start()):
        return None
    before = list(_MARK.finditer(text, max(0, start - CARRY_REACH), start))
    if not before or not _opener(text, before[-1].start()):
        return None
    if carried_quote(text, _sentence_start(text, before[-1].start()), start) is None:
        return None
    return first.end()


def _sentence_start(text: str, i: int) -> int:
    """Where the line holding position i begins (sentences of a paragraph share a line)."""
    return text.rfind("\n", 0, i) + 1


_OPENER = re.compile(
    r"\b([A-Za-z]+)(?:\s+(?:unto|to)\s+[A-Za-z]+|\s+(?:him|her|them|me|us|thee))?,\s+(?=[A-Z])"
)
UNMARKED = re.compile(r'["“”«»]')  # a text with none of these tells its speech without marks


def unmarked_quote(text: str, start: int, end: int, openers: frozenset[str]) -> Quote | None:
    """Speech told without quotation marks, as older prose tells it: after the first speech
    verb followed by a comma and a capital ("answered and said, Thou art the Christ", "asked
    him, Good Master, ..."), to the end of the sentence. Only for texts with no marks at all."""
    for m in _OPENER.finditer(text, start, end):
        if m.group(1).lower() not in openers:
            continue
        inner_start, inner_end = m.end(), end
        while inner_end > inner_start and text[inner_end - 1] in " \n.?!;:,":
            inner_end -= 1
        inner = text[inner_start:inner_end]
        if len(inner.split()) < 2:
            return None
        return Quote(inner_start, inner_end, inner_start, inner_end, inner)
    return None
