"""Differences through diff-match-patch, over tokens mapped to characters.

Never a raw character diff on long texts: sentences or words are first mapped to single
private characters (the library's "lines to chars" trick, generalised), so the diff runs on
sequences a few thousand long at most. The C++ build (fast-diff-match-patch) is used when it is
installed; the pure-Python library is the fallback. Both give the same result shape.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from diff_match_patch import diff_match_patch

try:  # the same algorithm in C++, about 20x faster on long inputs
    import fast_diff_match_patch as _fast
except ImportError:  # pragma: no cover - depends on the platform's wheels
    _fast = None

_WORD = re.compile(r"\w+(?:['’\-]\w+)*|\s+|[^\w\s]")


@dataclass(frozen=True)
class Edit:
    """One run of a diff: ``op`` is "equal", "delete", "insert" or "replace"."""

    op: str
    a_start: int
    a_end: int
    b_start: int
    b_end: int


def _encode(items_a: Sequence[Hashable], items_b: Sequence[Hashable]) -> tuple[str, str]:
    codes: dict[Hashable, str] = {}

    def code(item: Hashable) -> str:
        found = codes.get(item)
        if found is None:
            n = len(codes) + 0x100
            if n >= 0xD800:  # skip the surrogate range
                n += 0x800
            found = codes[item] = chr(n)
        return found

    return "".join(map(code, items_a)), "".join(map(code, items_b))


def _raw_diff(a: str, b: str, semantic: bool) -> list[tuple[int, str]]:
    """(op, text) pairs with op -1 / 0 / 1, deterministic (no time limit)."""
    if _fast is not None:
        ops = _fast.diff(
            a,
            b,
            timelimit=0,
            checklines=False,
            cleanup="Semantic" if semantic else "No",
            counts_only=False,
        )
        return [({"-": -1, "=": 0, "+": 1}[op], text) for op, text in ops]
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    diffs = dmp.diff_main(a, b, False)
    if semantic:
        dmp.diff_cleanupSemantic(diffs)
    return diffs


def diff_sequences(
    a: Sequence[Hashable], b: Sequence[Hashable], semantic: bool = False
) -> list[Edit]:
    """Edits turning sequence ``a`` into ``b``, in item indices, deletes+inserts merged."""
    sa, sb = _encode(a, b)
    edits: list[Edit] = []
    ia = ib = 0
    for op, chunk in _raw_diff(sa, sb, semantic):
        n = len(chunk)
        if op == 0:
            edits.append(Edit("equal", ia, ia + n, ib, ib + n))
            ia += n
            ib += n
        elif op == -1:
            edits.append(Edit("delete", ia, ia + n, ib, ib))
            ia += n
        else:
            edits.append(Edit("insert", ia, ia, ib, ib + n))
            ib += n
    return _merge(edits)


def _merge(edits: list[Edit]) -> list[Edit]:
    out: list[Edit] = []
    for e in edits:
        if out and out[-1].op != "equal" and e.op != "equal":
            prev = out.pop()
            e = Edit("replace", prev.a_start, e.a_end, prev.b_start, e.b_end)
        out.append(e)
    return out


def word_tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Words, single punctuation marks and whitespace runs covering ``text[start:end]``."""
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


def diff_words(
    text_a: str, a_start: int, a_end: int, text_b: str, b_start: int, b_end: int, fold=None
) -> list[Edit]:
    """Word-level edits between two passages, in character offsets of each text.

    Cleaned up semantically, so a changed number or name stands out instead of a confetti of
    small edits. ``fold`` (e.g. ``Rules.fold``) decides which tokens count as equal.
    """
    ta = word_tokens(text_a, a_start, a_end)
    tb = word_tokens(text_b, b_start, b_end)
    key = (lambda t: fold(t) or t) if fold else (lambda t: t)
    edits = diff_sequences([key(t[0]) for t in ta], [key(t[0]) for t in tb], semantic=True)

    def pos(tokens: list[tuple[str, int, int]], i: int, default: int) -> int:
        return tokens[i][1] if i < len(tokens) else (tokens[-1][2] if tokens else default)

    out = []
    for e in edits:
        out.append(
            Edit(
                e.op,
                pos(ta, e.a_start, a_start),
                pos(ta, e.a_end, a_end) if e.a_end < len(ta) else (ta[-1][2] if ta else a_end),
                pos(tb, e.b_start, b_start),
                pos(tb, e.b_end, b_end) if e.b_end < len(tb) else (tb[-1][2] if tb else b_end),
            )
        )
    return out
