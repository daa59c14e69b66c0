"""Damaged, hand-edited and shared session files: a clear error or a read-only view that says
what it could not read; never a traceback, never a silent partial view, never a write."""

import os
import random
import sqlite3
from pathlib import Path

import pytest

from reader import Session, SessionError
from reader.cli import main
from reader.core.annotations import Verdict
from reader.core.document import Document
from reader.core.export import render_html_report, render_markdown_report, to_jsonld

TEXT = "The council approved the budget on Tuesday. Seven members voted against it. " * 20


def build(path: Path, notes: int = 60) -> Path:
    with Session.create(path) as s:
        doc = s.add_document(Document(text=TEXT, title="Council", published=None))
        for i in range(notes):
            start = (i * 37) % (len(TEXT) - 20)
            s.annotate(doc.id, start, start + 12, note=f"note {i}", tags=("t",))
        s.set_verdict(Verdict("k1", "real conflict", note="checked"))
        s.set_setting("view", {"zoom": 2})
    for extra in ("-wal", "-shm"):
        Path(str(path) + extra).unlink(missing_ok=True)
    return path


def read_everything(s: Session) -> None:
    _ = s.documents, s.annotations, s.verdicts, s.overrides, s.labels, s.setting("view")
    to_jsonld(s)
    render_markdown_report(s)
    render_html_report(s)


@pytest.mark.parametrize("seed", range(40))
def test_flipped_bytes_never_crash_and_never_hide_damage(tmp_path: Path, seed: int) -> None:
    path = build(tmp_path / "s.crosscheck")
    data = bytearray(path.read_bytes())
    rng = random.Random(seed)
    for _ in range(rng.randint(1, 64)):
        data[rng.randrange(100, len(data))] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))
    try:
        s = Session.open(path)
    except SessionError as exc:
        message = str(exc)
        s = None
    if s is None:
        assert "\n" not in message and str(path) in message
        return
    with s:
        read_everything(s)
        if s.read_only:
            assert s.read_only_reason
            with pytest.raises(SessionError):
                s.set_setting("x", 1)
        else:  # opened for writing: then everything is there
            assert not s.problems
            assert len(s.annotations) == 60
    if s.read_only:
        assert path.read_bytes() == bytes(data)  # a damaged file is never written


def test_a_hand_edited_row_opens_read_only_and_says_what(tmp_path: Path) -> None:
    path = build(tmp_path / "s.crosscheck")
    db = sqlite3.connect(path)
    db.execute("UPDATE documents SET published = 'yesterday-ish'")
    db.execute("UPDATE annotations SET tags = '{not json' WHERE note = 'note 3'")
    db.execute("UPDATE verdicts SET status = 'maybe'")
    db.commit()
    db.close()
    with Session.open(path) as s:
        assert s.read_only and "cannot be read" in s.read_only_reason
        assert "1 note could not be read" in s.read_only_reason
        assert "1 account could not be read" in s.problems
        assert "1 note could not be read" in s.problems
        assert "1 verdict could not be read" in s.problems
        assert len(s.annotations) == 59
        read_everything(s)


def test_wrong_format_number_is_an_error(tmp_path: Path) -> None:
    path = build(tmp_path / "s.crosscheck")
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 0")
    db.commit()
    db.close()
    with pytest.raises(SessionError, match="damaged"):
        Session.open(path)
    assert main(["export", str(path)]) == 2


@pytest.mark.parametrize("link", ["hard", "symbolic"])
def test_a_link_to_an_open_session_is_in_use(tmp_path: Path, link: str) -> None:
    path = build(tmp_path / "s.crosscheck")
    other = tmp_path / "other.crosscheck"
    (os.link if link == "hard" else os.symlink)(path, other)
    with Session.open(path) as first, Session.open(other) as second:
        assert not first.read_only
        assert second.read_only and "another" in second.read_only_reason
    with Session.open(other) as again:  # released with the first
        assert not again.read_only


def test_a_folder_that_cannot_be_written_opens_read_only(tmp_path, monkeypatch) -> None:
    path = build(tmp_path / "s.crosscheck")
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real(p, mode))
    with Session.open(path) as s:
        assert s.read_only and "cannot be written" in s.read_only_reason
        assert len(s.annotations) == 60


def test_a_full_disk_opens_read_only_and_says_so(tmp_path, monkeypatch) -> None:
    path = build(tmp_path / "s.crosscheck")

    def full(self) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Session, "_pragmas", full)
    with Session.open(path) as s:
        assert s.read_only and "disk is full" in s.read_only_reason
        assert len(s.annotations) == 60


def test_an_interrupted_save_as_leaves_nothing(tmp_path: Path, monkeypatch) -> None:
    path = build(tmp_path / "s.crosscheck")
    target = tmp_path / "copy.crosscheck"

    class Broken:
        def __init__(self, db) -> None:
            self.db = db

        def backup(self, copy) -> None:
            copy.execute("CREATE TABLE half (x)")
            raise sqlite3.OperationalError("disk I/O error")

        def __getattr__(self, name):
            return getattr(self.db, name)

    with Session.open(path) as s:
        s._db = Broken(s._db)
        with pytest.raises(SessionError, match="cannot be written"):
            s.save_as(target)
        s._db = s._db.db
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.crosscheck"]
