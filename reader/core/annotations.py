"""Annotations and their anchoring: W3C text-quote and text-position selectors that survive
changes to the text they were made on.

Re-anchoring, when a source's text changed: the position if it still holds the same words,
else the exact quote (the best-placed occurrence by prefix and suffix), else a fuzzy match
(diff-match-patch ``match_main`` over a search distance wide enough for moved passages, then
prefix/suffix scoring among candidates). What cannot be placed becomes an orphan, kept with
its quote, never dropped or silently misplaced.
"""

from __future__ import annotations

import difflib
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from diff_match_patch import diff_match_patch

CONTEXT = 32  # characters of prefix and suffix kept with a quote
FUZZY_THRESHOLD = 0.72  # how alike a fuzzy candidate must be to the quote

DEFAULT_LABELS = (
    ("disputed", "#ff8787", "a claim in doubt"),
    ("verified", "#69db7c", "checked and confirmed"),
    ("needs source", "#ffd43b", "needs a source before use"),
    ("loaded language", "#da77f2", "charged wording"),
    ("key fact", "#4dabf7", "central to the story"),
)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def new_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True, slots=True)  # slots: a session may hold 50,000 of them
class Target:
    """One annotated span: position and quote selectors, made on text with ``text_digest``."""

    doc_id: str
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""
    text_digest: str = ""
    orphaned: bool = False

    @classmethod
    def on(cls, doc_id: str, text: str, start: int, end: int, text_digest: str = "") -> Target:
        if not 0 <= start < end <= len(text):
            raise ValueError(f"span {start}-{end} is outside the text (length {len(text)})")
        return cls(
            doc_id, start, end, text[start:end], text[max(0, start - CONTEXT) : start],
            text[end : end + CONTEXT], text_digest,
        )  # fmt: skip


@dataclass(slots=True)
class Annotation:
    """A note on one span, or on several spans in different documents at once."""

    targets: list[Target]
    note: str = ""
    tags: tuple[str, ...] = ()
    label: str = ""
    color: str = ""
    author: str = ""
    id: str = field(default_factory=new_id)
    created: str = field(default_factory=now)
    modified: str = field(default_factory=now)

    # the single-span view the Python API promises
    @property
    def doc_id(self) -> str:
        return self.targets[0].doc_id

    @property
    def start(self) -> int:
        return self.targets[0].start

    @property
    def end(self) -> int:
        return self.targets[0].end

    @property
    def quote(self) -> str:
        return self.targets[0].exact

    @property
    def orphaned(self) -> bool:
        for t in self.targets:  # noqa: SIM110 (a loop is twice as fast: asked of 50,000 notes)
            if t.orphaned:
                return True
        return False


@dataclass
class Verdict:
    """A user's judgement on a disagreement, kept by the disagreement's key."""

    key: str
    status: str = "unresolved"  # "real conflict", "not a conflict", "unresolved"
    likely_right: str = ""  # a document id, or "" when no account is likely right
    note: str = ""
    url: str = ""
    summary: str = ""
    modified: str = field(default_factory=now)

    STATUSES = ("real conflict", "not a conflict", "unresolved")


def _similarity(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _context_score(text: str, start: int, end: int, target: Target) -> float:
    before = text[max(0, start - len(target.prefix)) : start]
    after = text[end : end + len(target.suffix)]
    return _similarity(before, target.prefix) + _similarity(after, target.suffix)


def anchor(target: Target, text: str, text_digest: str = "") -> Target:
    """Place ``target`` in ``text`` (a possibly changed version of the text it was made on)."""
    fresh = {"text_digest": text_digest or target.text_digest}
    # 1. the position still holds the same words
    if text[target.start : target.end] == target.exact:
        return replace(target, orphaned=False, **fresh)
    # 2. the exact quote, best placed by its context (nearest the old place on ties)
    found = []
    index = text.find(target.exact)
    while index >= 0 and len(found) < 1000:
        found.append(index)
        index = text.find(target.exact, index + 1)
    if found:
        best = max(
            found,
            key=lambda i: (
                _context_score(text, i, i + len(target.exact), target),
                -abs(i - target.start),
            ),
        )
        return _moved(target, text, best, best + len(target.exact), fresh)
    # 3. a fuzzy match for an edited quote
    placed = _fuzzy(target, text)
    if placed is not None:
        return _moved(target, text, placed[0], placed[1], fresh)
    # 4. an orphan, kept with its quote
    return replace(target, orphaned=True)


def _moved(target: Target, text: str, start: int, end: int, fresh: dict) -> Target:
    return replace(
        target, start=start, end=end, exact=text[start:end],
        prefix=text[max(0, start - CONTEXT) : start], suffix=text[end : end + CONTEXT],
        orphaned=False, **fresh,
    )  # fmt: skip


def _words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span to whole words."""
    while 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return start, end


def _fuzzy(target: Target, text: str) -> tuple[int, int] | None:
    """Find an edited version of the quote: match its head (and tail) with match_main,
    then keep the candidate most like the quote and its context."""
    dmp = diff_match_patch()
    dmp.Match_Distance = max(len(text), 1000)  # passages may have moved far
    dmp.Match_Threshold = 0.4
    exact = target.exact
    width = dmp.Match_MaxBits
    candidates: set[tuple[int, int]] = set()
    head = exact[:width]
    tail = exact[-min(width, max(8, len(exact) // 3)) :]
    for loc in (target.start, 0, len(text) // 2):
        loc = min(max(loc, 0), len(text))
        start = dmp.match_main(text, head, loc)
        if start >= 0:
            for length in (len(exact), int(len(exact) * 0.8), int(len(exact) * 1.2)):
                candidates.add((start, min(len(text), start + max(length, 1))))
        end_at = dmp.match_main(text, tail, min(max(target.end - len(tail), 0), len(text)))
        if end_at >= 0:
            end = end_at + len(tail)
            candidates.add((max(0, end - len(exact)), end))
            if start >= 0 and start < end:
                candidates.add((start, end))
    best, best_score = None, 0.0
    for start, end in {_words(text, s, e) for s, e in candidates}:
        if end <= start:
            continue
        score = _similarity(text[start:end], exact)
        if score < FUZZY_THRESHOLD:
            continue
        total = score * 2 + _context_score(text, start, end, target) / 2
        if total > best_score:
            best, best_score = (start, end), total
    return best
