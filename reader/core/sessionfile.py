"""The session file on disk: connections that read damaged text, the lock that keeps a second
writer out, and copies written whole or not at all.

The lock is taken on the file itself (its inode), not on a name beside it, so a hard link or a
symbolic link to an open session is in use too. On Windows, where byte-range locks are
mandatory and SQLite's own would clash, a lock file named after the file's real path stands in.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import IO

from reader.core.sessionrows import tolerant_text

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, path TEXT, digest TEXT, text_digest TEXT,
    text TEXT NOT NULL, title TEXT, outlet TEXT, author TEXT, published TEXT, format TEXT,
    loader TEXT, warnings TEXT NOT NULL DEFAULT '[]', added TEXT NOT NULL
);
CREATE TABLE annotations (
    id TEXT PRIMARY KEY, note TEXT NOT NULL DEFAULT '', tags TEXT NOT NULL DEFAULT '[]',
    label TEXT NOT NULL DEFAULT '', color TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL, modified TEXT NOT NULL
);
CREATE TABLE targets (
    annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL, doc_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    exact TEXT NOT NULL, prefix TEXT NOT NULL, suffix TEXT NOT NULL, text_digest TEXT NOT NULL,
    orphaned INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (annotation_id, ordinal)
);
CREATE INDEX targets_by_doc ON targets(doc_id);
CREATE TABLE verdicts (
    key TEXT PRIMARY KEY, status TEXT NOT NULL, likely_right TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '', url TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '',
    modified TEXT NOT NULL
);
CREATE TABLE overrides (
    id INTEGER PRIMARY KEY, a_doc TEXT NOT NULL, a_start INTEGER NOT NULL, a_end INTEGER NOT NULL,
    b_doc TEXT NOT NULL, b_start INTEGER NOT NULL, b_end INTEGER NOT NULL, same INTEGER NOT NULL
);
CREATE TABLE labels (name TEXT PRIMARY KEY, color TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

# Each entry upgrades a file from version N to N + 1 (none yet: version 1 is the first).
MIGRATIONS: dict[int, str] = {}


def connect(path: Path, mode: str, immutable: bool = False) -> sqlite3.Connection:
    """A connection that reads damaged text as U+FFFD instead of raising. ``immutable`` for a
    file in a folder that cannot be written (SQLite could not make its shared-memory file)."""
    flag = "&immutable=1" if immutable and mode == "ro" else ""
    db = sqlite3.connect(
        f"file:{path}?mode={mode}{flag}", uri=True, isolation_level=None, check_same_thread=False
    )
    db.text_factory = tolerant_text
    return db


def take_lock(path: Path) -> tuple[bool, IO | None]:
    """(locked, handle to keep open while the session is). ``(True, None)`` where no lock can be
    taken (a read-only medium): the writes themselves then decide."""
    if os.name == "nt":
        target = Path(os.path.realpath(path))
        lock_path = target.with_name(target.name + ".lock")
        mode = "a+"
    else:
        lock_path, mode = path, "rb"
    try:
        handle = open(lock_path, mode)  # noqa: SIM115 (held while the session is open)
    except OSError:
        return True, None
    try:
        if os.name == "nt":
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            # flock locks the open file (the inode), apart from SQLite's own fcntl locks
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        return False, None
    return True, handle


def write_copy(source: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of a database at ``target``, written under a temporary name in the
    same folder and renamed into place, so an interrupted copy leaves no partial file."""
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    try:
        copy = sqlite3.connect(temp)
        try:
            with copy:
                source.backup(copy)
        finally:
            copy.close()
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        for leftover in (temp + "-journal", temp + "-wal", temp + "-shm"):
            with contextlib.suppress(OSError):
                os.unlink(leftover)
        raise


def holds_nothing(path: Path) -> bool:
    """Whether a session file certainly holds no document and no note, found without reading
    it all (a folder of old untitled sessions must not slow the window's start). Any doubt
    (damage, another program's file, a newer schema, a window that has it open) answers False:
    such a file is kept."""
    locked, handle = take_lock(path)
    if not locked or handle is None:  # open in another window (or cannot tell)
        return False
    try:
        db = connect(path, "ro")
    except sqlite3.Error:
        handle.close()
        return False
    try:
        found = db.execute(
            "SELECT EXISTS(SELECT 1 FROM documents) OR EXISTS(SELECT 1 FROM annotations)"
        ).fetchone()
        return found is not None and found[0] == 0
    except sqlite3.Error:
        return False
    finally:
        db.close()
        handle.close()
