"""The session file: one SQLite database holding the documents' text snapshots, annotations,
verdicts, manual alignments, rules and view state.

Every change is its own transaction, so there is nothing unsaved to lose; a killed process
leaves every change whose call had returned. The file carries a schema version: one from a
newer Crosscheck opens read-only; a damaged or foreign file gives a clear error and is never
written. A second process opening the same session gets it read-only, told it is in use.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from reader.core.annotations import DEFAULT_LABELS, Annotation, Target, Verdict, anchor, new_id, now
from reader.core.document import Document, LoadError
from reader.core.loaders import open_document
from reader.core.sessionfile import MIGRATIONS, SCHEMA, connect, take_lock, write_copy
from reader.core.sessionrows import (
    TABLES,
    BadRow,
    annotation_from,
    consistency,
    counted,
    document_from,
    read_rows,
    setting_from,
    target_from,
    verdict_from,
)

SCHEMA_VERSION = 1
APPLICATION_ID = 0x43524B31  # "CRK1": marks the file as a Crosscheck session
SUFFIX = ".crosscheck"


class SessionError(Exception):
    """A session file cannot be opened or written; ``str()`` is one line for the user."""


class Session:
    """A Crosscheck session file.

    Use ``Session.create(path)`` or ``Session.open(path)``, ideally as context managers.

    Attributes:
        read_only: True when the file is from a newer Crosscheck, is in use elsewhere, or
            cannot be written; ``read_only_reason`` says which.
    """

    def __init__(self, path: Path, connection: sqlite3.Connection, read_only: str = "") -> None:
        self.path = path
        self._db = connection
        self.read_only_reason = read_only
        self._lock: Any = None
        self.problems: list[str] = []  # what could not be read, in words for the user
        self._notes: dict[str, Annotation] | None = None  # the annotations as read
        self._unread: dict[str, int] = {}

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    # ----- opening
    @classmethod
    def create(cls, path: str | Path, author: str = "") -> Session:
        """Make a new, empty session file (refusing to replace an existing file)."""
        path = Path(path)
        if path.exists():
            raise SessionError(f"{path}: already exists; open it, or choose another name")
        try:
            db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise SessionError(f"{path}: cannot be created ({exc})") from None
        session = cls(path, db)
        session._pragmas()
        # executescript commits on its own, so the script carries its transaction
        db.executescript(
            f"BEGIN;{SCHEMA}PRAGMA application_id = {APPLICATION_ID};"
            f"PRAGMA user_version = {SCHEMA_VERSION};COMMIT;"
        )
        with session._write():
            db.executemany(
                "INSERT INTO meta VALUES (?, ?)", [("created", now()), ("author", author)]
            )
            db.executemany(
                "INSERT INTO labels VALUES (?, ?, ?, ?)",
                [(n, c, d, i) for i, (n, c, d) in enumerate(DEFAULT_LABELS)],
            )
        session._take_lock()
        return session

    @classmethod
    def open(cls, path: str | Path) -> Session:
        """Open a session file; read-only (with a reason) when it is newer, in use, cannot be
        written, or damaged. A damaged file opens read-only with what could be read, and
        ``problems`` says what could not; a file that is not a session raises SessionError."""
        path = Path(path)
        if not path.is_file():
            raise SessionError(f"{path}: no such session file")
        try:
            with open(path, "rb") as fh:
                head = fh.read(16)
        except OSError as exc:
            raise SessionError(f"{path}: cannot be read ({exc.strerror})") from None
        if head != b"SQLite format 3\x00":
            raise SessionError(f"{path}: not a Crosscheck session (not an SQLite file)")
        writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
        try:
            probe = connect(path, "ro", immutable=not writable)
            app_id = probe.execute("PRAGMA application_id").fetchone()[0]
            version = probe.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in probe.execute("SELECT name FROM sqlite_master")}
            intact = probe.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            probe.close()
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            raise SessionError(f"{path}: damaged session file ({_one_line(exc)})") from None
        if app_id != APPLICATION_ID:
            raise SessionError(f"{path}: not a Crosscheck session (another program's database)")
        if version < 1 or not set(TABLES) <= tables:
            raise SessionError(f"{path}: damaged session file (its tables are missing)")
        reason = ""
        if version > SCHEMA_VERSION:
            reason = (
                f"made by a newer Crosscheck (format {version}, this one reads {SCHEMA_VERSION})"
            )
        elif not intact:
            reason = "the file is damaged; what could be read is shown, and nothing is written"
        elif not writable:
            reason = "the file or its folder cannot be written"
        session = cls(path, sqlite3.connect(":memory:"), reason)
        if not reason and not session._take_lock():
            session.read_only_reason = reason = "it is open in another Crosscheck window"
        try:
            session._db.close()
            session._db = connect(path, "ro" if reason else "rw", immutable=not writable)
            if not reason:
                try:
                    session._pragmas()
                    session._migrate(version)
                except sqlite3.OperationalError as exc:  # a full disk, a read-only medium
                    session._db.close()
                    session.read_only_reason = f"it cannot be written here ({exc})"
                    session._db = connect(path, "ro", immutable=not writable)
            session._survey()
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            session.close()
            raise SessionError(f"{path}: damaged session file ({_one_line(exc)})") from None
        if session.problems:
            what = "; ".join(session.problems)
            if not session.read_only:
                session.read_only_reason = f"parts of it cannot be read ({what})"
            elif not intact:
                session.read_only_reason += f" ({what})"
        return session

    def _survey(self) -> None:
        """Read everything once, so that damage is known when the file opens, not later."""
        self.problems.clear()
        self._unread.clear()
        documents = self.documents
        _ = self.annotations, self.verdicts, self.overrides, self.labels
        for key in [r[0] for r in self._db.execute("SELECT key FROM settings")]:
            self.setting(key)
        self.problems += consistency(self._db, documents)

    def _read(self, query: str, args: tuple, decode, what: str) -> list:
        """Rows decoded one by one; rows that cannot be read are counted in ``problems``."""
        out, bad = read_rows(self._db, query, args, decode)
        if bad and bad > self._unread.get(what, 0):
            self._unread[what] = bad
            self.problems[:] = [
                f"{counted(n, w)} could not be read" for w, n in sorted(self._unread.items())
            ]
        return out

    def _pragmas(self) -> None:
        self._db.execute("PRAGMA journal_mode = WAL")  # each change commits on its own
        self._db.execute("PRAGMA synchronous = NORMAL")  # durable against a killed process
        self._db.execute("PRAGMA foreign_keys = ON")

    def _migrate(self, version: int) -> None:
        while version < SCHEMA_VERSION:
            self._db.executescript(
                f"BEGIN;{MIGRATIONS[version]};PRAGMA user_version = {version + 1};COMMIT;"
            )
            version += 1

    def _take_lock(self) -> bool:
        """An OS lock on the file itself: released by the OS even if the process is killed."""
        locked, self._lock = take_lock(self.path)
        return locked

    def close(self) -> None:
        try:
            self._db.close()
        finally:
            if self._lock is not None:
                self._lock.close()
                self._lock = None

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----- writing
    class _Txn:
        def __init__(self, session: Session) -> None:
            self.session = session

        def __enter__(self) -> sqlite3.Connection:
            if self.session.read_only:
                raise SessionError(
                    f"{self.session.path}: read-only: {self.session.read_only_reason}"
                )
            try:
                self.session._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:  # locked, read-only medium, disk full
                raise SessionError(f"{self.session.path}: not saved ({error})") from None
            return self.session._db

        def __exit__(self, kind, exc, tb) -> None:
            db = self.session._db
            if kind is None:
                try:
                    db.execute("COMMIT")
                    return
                except sqlite3.Error as error:
                    exc = error
            if db.in_transaction:  # SQLite rolls back by itself on some errors (disk full)
                db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise SessionError(f"{self.session.path}: not saved ({exc})") from None

    def _write(self) -> Session._Txn:
        return Session._Txn(self)

    def save_as(self, path: str | Path) -> Path:
        """Write a consistent copy of the whole session to a new file."""
        target = Path(path)
        if target.exists():
            raise SessionError(f"{target}: already exists")
        try:
            write_copy(self._db, target)
        except (sqlite3.Error, OSError) as exc:
            raise SessionError(f"{target}: cannot be written ({exc})") from None
        return target

    # ----- documents
    def add_document(self, source: str | Path | Document) -> Document:
        """Add an article (a path, or an already loaded Document); returns it with ``.id``."""
        doc = open_document(source) if not isinstance(source, Document) else source
        ident = new_id()[:12]
        with self._write() as db:
            position = db.execute(
                "SELECT coalesce(max(position) + 1, 0) FROM documents"
            ).fetchone()[0]
            db.execute(
                "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (ident, position, str(doc.path.resolve()) if doc.path else None, doc.digest,
                 doc.text_digest, doc.text, doc.title, doc.outlet, doc.author,
                 doc.published.isoformat() if doc.published else None, doc.format, doc.loader,
                 json.dumps(list(doc.warnings)), now()),
            )  # fmt: skip
        object.__setattr__(doc, "id", ident)  # frozen dataclass: the session's id rides along
        return doc

    def remove_document(self, doc_id: str) -> None:
        self._notes = None
        with self._write() as db:
            ids = [
                r[0]
                for r in db.execute(
                    "SELECT DISTINCT annotation_id FROM targets WHERE doc_id = ?", (doc_id,)
                )
            ]
            db.executemany("DELETE FROM annotations WHERE id = ?", [(i,) for i in ids])
            db.execute("DELETE FROM documents WHERE id = ?", (doc_id,))

    @property
    def documents(self) -> list[Document]:
        return self._read(
            "SELECT id, path, digest, text, title, outlet, author, published, format, loader, "
            "warnings FROM documents ORDER BY position",
            (),
            document_from,
            TABLES["documents"],
        )

    def document_count(self) -> int:
        return self._db.execute("SELECT count(*) FROM documents").fetchone()[0]

    def annotation_count(self) -> int:
        return self._db.execute("SELECT count(*) FROM annotations").fetchone()[0]

    def document_id_for(self, text_digest: str) -> str | None:
        """The id of the document with this text, if the session has it."""
        row = self._db.execute(
            "SELECT id FROM documents WHERE text_digest = ?", (text_digest,)
        ).fetchone()
        return row[0] if row else None

    def document(self, doc_id: str) -> Document:
        row = self._db.execute(
            "SELECT id, path, digest, text, title, outlet, author, published, format, loader, warnings "
            "FROM documents WHERE id = ?",
            (doc_id,),
        ).fetchone()
        if row is None:
            raise KeyError(doc_id)
        try:
            return document_from(row)
        except (BadRow, TypeError, ValueError):
            raise KeyError(doc_id) from None

    def changed_sources(self) -> list[tuple[Document, str]]:
        """Documents whose source file changed (or vanished) since its snapshot: (doc, why)."""
        out = []
        for doc in self.documents:
            if doc.path is None:
                continue
            if not doc.path.exists():
                out.append((doc, "the source file is missing"))
                continue
            try:
                digest = "sha256:" + hashlib.sha256(doc.path.read_bytes()).hexdigest()
            except OSError:
                out.append((doc, "the source file cannot be read"))
                continue
            if digest != doc.digest:
                out.append((doc, "the source file changed"))
        return out

    def reload_sources(self, doc_ids: Iterable[str] | None = None) -> list[str]:
        """Re-read changed sources and re-anchor their annotations; returns the ids reloaded.

        A source that cannot be read any more keeps its snapshot.
        """
        self._notes = None  # notes are placed again in the reloaded texts
        wanted = set(doc_ids) if doc_ids is not None else None
        reloaded = []
        for doc, _why in self.changed_sources():
            if wanted is not None and doc.id not in wanted:  # type: ignore[attr-defined]
                continue
            try:
                fresh = open_document(doc.path)  # type: ignore[arg-type]
            except LoadError:
                continue
            ident = doc.id  # type: ignore[attr-defined]
            with self._write() as db:
                db.execute(
                    "UPDATE documents SET digest=?, text_digest=?, text=?, title=?, outlet=?, author=?, "
                    "published=?, format=?, loader=?, warnings=? WHERE id=?",
                    (fresh.digest, fresh.text_digest, fresh.text, fresh.title, fresh.outlet, fresh.author,
                     fresh.published.isoformat() if fresh.published else None, fresh.format, fresh.loader,
                     json.dumps(list(fresh.warnings)), ident),
                )  # fmt: skip
                rows = db.execute(
                    'SELECT annotation_id, ordinal, doc_id, start, "end", exact, prefix, suffix, text_digest, '
                    "orphaned FROM targets WHERE doc_id = ?",
                    (ident,),
                ).fetchall()
                for row in rows:
                    placed = anchor(target_from(row[2:]), fresh.text, fresh.text_digest)
                    db.execute(
                        "UPDATE targets SET start=?, \"end\"=?, exact=?, prefix=?, suffix=?, text_digest=?, "
                        "orphaned=? WHERE annotation_id=? AND ordinal=?",
                        (placed.start, placed.end, placed.exact, placed.prefix, placed.suffix,
                         placed.text_digest, int(placed.orphaned), row[0], row[1]),
                    )  # fmt: skip
            reloaded.append(ident)
        return reloaded

    # ----- annotations
    def annotate(
        self,
        doc_id: str,
        start: int,
        end: int,
        note: str = "",
        tags: Sequence[str] = (),
        **extra: Any,
    ) -> Annotation:
        """Annotate one span; ``extra`` may give label, color, author, or more ``spans``
        as (doc_id, start, end) for one note on several passages."""
        spans = [(doc_id, start, end), *extra.pop("spans", ())]
        texts: dict[str, tuple[str, str]] = {}
        targets = []
        for d, s, e in spans:
            if d not in texts:
                row = self._db.execute(
                    "SELECT text, text_digest FROM documents WHERE id = ?", (d,)
                ).fetchone()
                if row is None:
                    raise KeyError(f"no document {d!r} in this session")
                texts[d] = row
            text, digest = texts[d]
            targets.append(Target.on(d, text, s, e, digest))
        annotation = Annotation(targets=targets, note=note, tags=tuple(tags), **extra)
        self.save_annotation(annotation)
        return annotation

    def save_annotation(self, annotation: Annotation) -> None:
        """Insert or replace an annotation (one transaction)."""
        self.save_annotations([annotation])

    def save_annotations(self, annotations: Sequence[Annotation]) -> None:
        """Insert or replace annotations, all in one transaction."""
        with self._write() as db:
            for annotation in annotations:
                _insert(db, annotation)
        if self._notes is not None:  # the read copy follows the file, note by note
            for annotation in annotations:
                self._notes[annotation.id] = annotation

    def update_annotation(self, annotation_id: str, **changes: Any) -> Annotation:
        current = self.annotation(annotation_id)
        if "tags" in changes:
            changes["tags"] = tuple(changes["tags"])
        updated = replace(current, modified=now(), **changes)
        self.save_annotation(updated)
        return updated

    def delete_annotation(self, annotation_id: str) -> None:
        with self._write() as db:
            db.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))
        if self._notes is not None:
            self._notes.pop(annotation_id, None)

    def annotation(self, annotation_id: str) -> Annotation:
        found = self._annotations("WHERE a.id = ?", (annotation_id,))
        if not found:
            raise KeyError(annotation_id)
        return found[0]

    @property
    def annotations(self) -> list[Annotation]:
        """Every annotation, oldest first. Read from the file once, then kept in step with
        every change made through this session (so a window with 50,000 notes does not read
        them all again for each one added)."""
        if self._notes is None:
            self._notes = {a.id: a for a in self._annotations("", ())}
        return list(self._notes.values())

    def _annotations(self, where: str, args: tuple) -> list[Annotation]:
        rows = self._read(
            "SELECT a.id, a.note, a.tags, a.label, a.color, a.author, a.created, a.modified, "
            't.doc_id, t.start, t."end", t.exact, t.prefix, t.suffix, t.text_digest, t.orphaned '
            f"FROM annotations a JOIN targets t ON t.annotation_id = a.id {where} "
            "ORDER BY a.created, a.id, t.ordinal",
            args,
            lambda row: (annotation_from(row[:8]), target_from(row[8:])),
            TABLES["annotations"],
        )
        out: dict[str, Annotation] = {}
        for ann, target in rows:
            out.setdefault(ann.id, ann).targets.append(target)
        return list(out.values())

    # ----- verdicts, alignments, labels, settings
    def set_verdict(self, verdict: Verdict) -> None:
        if verdict.status not in Verdict.STATUSES:
            raise ValueError(f"verdict must be one of {', '.join(Verdict.STATUSES)}")
        with self._write() as db:
            db.execute(
                "INSERT OR REPLACE INTO verdicts VALUES (?,?,?,?,?,?,?)",
                (verdict.key, verdict.status, verdict.likely_right, verdict.note, verdict.url,
                 verdict.summary, now()),
            )  # fmt: skip

    @property
    def verdicts(self) -> dict[str, Verdict]:
        found = self._read(
            "SELECT key, status, likely_right, note, url, summary, modified FROM verdicts",
            (),
            verdict_from,
            TABLES["verdicts"],
        )
        return {v.key: v for v in found}

    def add_override(self, a: tuple[str, int, int], b: tuple[str, int, int], same: bool) -> None:
        with self._write() as db:
            db.execute(
                "INSERT INTO overrides (a_doc, a_start, a_end, b_doc, b_start, b_end, same) VALUES (?,?,?,?,?,?,?)",
                (*a, *b, int(same)),
            )

    @property
    def overrides(self) -> list[tuple[tuple[str, int, int], tuple[str, int, int], bool]]:
        def decode(r: Sequence) -> tuple:
            if not all(isinstance(x, int) for x in (r[1], r[2], r[4], r[5])):
                raise BadRow("offsets are not numbers")
            return ((r[0], r[1], r[2]), (r[3], r[4], r[5]), bool(r[6]))

        return self._read(
            "SELECT a_doc, a_start, a_end, b_doc, b_start, b_end, same FROM overrides ORDER BY id",
            (),
            decode,
            TABLES["overrides"],
        )

    @property
    def labels(self) -> list[tuple[str, str, str]]:
        return self._read(
            "SELECT name, color, description FROM labels ORDER BY position",
            (),
            lambda r: (str(r[0]), str(r[1]), str(r[2])),
            TABLES["labels"],
        )

    def set_label(self, name: str, color: str, description: str = "") -> None:
        with self._write() as db:
            position = db.execute("SELECT coalesce(max(position) + 1, 0) FROM labels").fetchone()[0]
            db.execute(
                "INSERT INTO labels VALUES (?,?,?,?) ON CONFLICT(name) DO UPDATE SET color=excluded.color, "
                "description=excluded.description",
                (name, color, description, position),
            )

    def rename_label(self, old: str, new: str) -> None:
        """Rename a label; the notes that carry it follow."""
        self._notes = None
        if not new.strip():
            raise ValueError("a label needs a name")
        with self._write() as db:
            if db.execute("SELECT 1 FROM labels WHERE name = ?", (new,)).fetchone():
                raise SessionError(f"a label called {new!r} exists already")
            db.execute("UPDATE labels SET name = ? WHERE name = ?", (new, old))
            db.execute(
                "UPDATE annotations SET label = ?, modified = ? WHERE label = ?", (new, now(), old)
            )

    def delete_label(self, name: str) -> None:
        """Remove a label; its notes stay, without a label."""
        self._notes = None
        with self._write() as db:
            db.execute("DELETE FROM labels WHERE name = ?", (name,))
            db.execute(
                "UPDATE annotations SET label = '', color = '', modified = ? WHERE label = ?",
                (now(), name),
            )

    def set_setting(self, key: str, value: Any) -> None:
        with self._write() as db:
            db.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, json.dumps(value)))

    def setting(self, key: str, default: Any = None) -> Any:
        found = self._read(
            "SELECT value FROM settings WHERE key = ?",
            (key,),
            lambda r: setting_from(r[0]),
            TABLES["settings"],
        )
        return found[0] if found else default

    def __iter__(self) -> Iterator[Annotation]:
        return iter(self.annotations)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


def _insert(db: sqlite3.Connection, annotation: Annotation) -> None:
    db.execute("DELETE FROM annotations WHERE id = ?", (annotation.id,))
    db.execute(
        "INSERT INTO annotations VALUES (?,?,?,?,?,?,?,?)",
        (annotation.id, annotation.note, json.dumps(list(annotation.tags)), annotation.label,
         annotation.color, annotation.author, annotation.created, annotation.modified),
    )  # fmt: skip
    db.executemany(
        "INSERT INTO targets VALUES (?,?,?,?,?,?,?,?,?,?)",
        [(annotation.id, i, t.doc_id, t.start, t.end, t.exact, t.prefix, t.suffix,
          t.text_digest, int(t.orphaned)) for i, t in enumerate(annotation.targets)],
    )  # fmt: skip
