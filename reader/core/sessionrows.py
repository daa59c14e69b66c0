"""Reading a session file's rows without trusting them.

A session file can be damaged (flipped bytes, a cut-off copy) or edited by hand. Each row is
decoded here and checked; a row that cannot be read raises :class:`BadRow`, so the session
skips it and says how many it could not read, instead of failing or showing a silent partial
view. Text that is not valid UTF-8 is read with replacement characters, never an exception.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reader.core.annotations import Annotation, Target, Verdict
from reader.core.document import Document

# The tables a session file must have, and what a row of each is called in messages.
TABLES = {
    "documents": "account",
    "annotations": "note",
    "targets": "note anchor",
    "verdicts": "verdict",
    "overrides": "manual alignment",
    "labels": "label",
    "settings": "setting",
    "meta": "property",
}


class BadRow(ValueError):
    """A row that does not hold what its table promises."""


def tolerant_text(raw: bytes) -> str:
    """SQLite text as str: damaged bytes become U+FFFD instead of an exception."""
    return raw.decode("utf-8", errors="replace")


def read_rows(db: sqlite3.Connection, query: str, args: tuple, decode) -> tuple[list, int]:
    """(decoded rows, how many could not be read). Text is decoded by SQLite itself (fast);
    only when some of it is not UTF-8 is the query read again with damaged bytes as U+FFFD."""
    try:
        return _rows(db, query, args, decode, str)
    except sqlite3.OperationalError as exc:
        if "decode" not in str(exc):
            raise
        return _rows(db, query, args, decode, tolerant_text)


def _rows(db: sqlite3.Connection, query: str, args: tuple, decode, text) -> tuple[list, int]:
    out, bad = [], 0
    usual = db.text_factory
    db.text_factory = text
    try:
        for row in db.execute(query, args):
            try:
                out.append(decode(row))
            except (BadRow, TypeError, ValueError):
                bad += 1
    except sqlite3.OperationalError as exc:
        if "decode" in str(exc):
            raise
        bad += 1  # the rest of the table is unreadable
    except sqlite3.DatabaseError:
        bad += 1  # the rest of the table is unreadable
    finally:
        db.text_factory = usual
    return out, bad


def _text(value: object, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise BadRow(f"text expected, found {type(value).__name__}")
    return value


def _int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise BadRow(f"a number expected, found {value!r}")
    return value


_TAGS: dict[str, tuple[str, ...]] = {}  # a session's tag lists repeat: each parsed once


def _tags(value: object) -> tuple[str, ...]:
    found = _TAGS.get(value) if isinstance(value, str) else None
    if found is None:
        found = tuple(str(t) for t in _json_list(value))
        if isinstance(value, str) and len(value) < 200:
            if len(_TAGS) > 10_000:
                _TAGS.clear()
            _TAGS[value] = found
    return found


def _json_list(value: object) -> list:
    if value == "[]":  # most notes have no tags: no parsing
        return []
    try:
        found = json.loads(_text(value) or "[]")
    except json.JSONDecodeError as exc:
        raise BadRow(f"damaged list ({exc.msg})") from None
    if not isinstance(found, list):
        raise BadRow("a list expected")
    return found


def document_from(row: Sequence) -> Document:
    ident, path, digest, text, title, outlet, author, published, fmt, loader, warnings = row
    try:
        day = date.fromisoformat(_text(published)) if published else None  # type: ignore[arg-type]
    except ValueError:
        raise BadRow(f"publication date {published!r} is not a date") from None
    doc = Document(
        text=_text(text) or "",
        title=_text(title, True),
        outlet=_text(outlet, True),
        author=_text(author, True),
        published=day,
        format=_text(fmt, True) or "text",
        path=Path(_text(path) or "") if path else None,
        digest=_text(digest, True) or "",
        loader=_text(loader, True) or "",
        warnings=tuple(str(w) for w in _json_list(warnings)),
    )
    object.__setattr__(doc, "id", _text(ident))  # frozen dataclass: the session's id rides along
    return doc


def target_from(row: Sequence) -> Target:
    doc_id, start, end, exact, prefix, suffix, digest, orphaned = row
    start, end = _int(start), _int(end)
    placed = 0 <= start <= end
    return Target(
        sys.intern(_text(doc_id) or ""),  # one string per account, not one per note
        start if placed else 0,
        end if placed else 0,
        _text(exact) or "",
        _text(prefix) or "",
        _text(suffix) or "",
        sys.intern(_text(digest) or ""),
        bool(orphaned)
        or not placed,  # impossible offsets: re-anchored from the quote, or kept aside
    )


def annotation_from(row: Sequence) -> Annotation:
    ident, note, tags, label, color, author, created, modified = row
    return Annotation(
        targets=[],
        note=_text(note) or "",
        tags=_tags(tags),
        label=sys.intern(_text(label) or ""),
        color=sys.intern(_text(color) or ""),
        author=sys.intern(_text(author) or ""),
        id=_text(ident) or "",
        created=_text(created) or "",
        modified=_text(modified) or "",
    )


def verdict_from(row: Sequence) -> Verdict:
    key, status, likely_right, note, url, summary, modified = row
    if status not in Verdict.STATUSES:
        raise BadRow(f"unknown verdict {status!r}")
    return Verdict(
        _text(key) or "",
        status,
        _text(likely_right) or "",
        _text(note) or "",
        _text(url) or "",
        _text(summary) or "",
        _text(modified) or "",
    )


def setting_from(value: object) -> object:
    try:
        return json.loads(_text(value) or "null")
    except json.JSONDecodeError:
        raise BadRow("damaged setting") from None


def counted(n: int, what: str) -> str:
    return f"{n} {what}" if n == 1 else f"{n} {what}s"


_CONSISTENCY = (
    (
        "note that has lost its place",
        "SELECT count(*) FROM annotations WHERE id NOT IN (SELECT annotation_id FROM targets)",
    ),
    (
        "note anchor that has lost its note",
        "SELECT count(*) FROM targets WHERE annotation_id NOT IN (SELECT id FROM annotations)",
    ),
    (
        "note anchor in an account the file does not hold",
        "SELECT count(*) FROM targets WHERE doc_id NOT IN (SELECT id FROM documents)",
    ),
)


def consistency(db, documents: Sequence[Document]) -> list[str]:
    """What a file that passes SQLite's own check can still have lost: notes without a place,
    anchors without a note or an account, texts that no longer match their fingerprint."""
    lost = {what: db.execute(query).fetchone()[0] for what, query in _CONSISTENCY}
    texts = {d.id: d.text_digest for d in documents}  # type: ignore[attr-defined]
    rows = db.execute("SELECT id, text_digest FROM documents")
    lost["account whose text does not match its fingerprint"] = sum(
        1 for ident, digest in rows if ident in texts and texts[ident] != digest
    )
    return [counted(n, what) for what, n in lost.items() if n]
