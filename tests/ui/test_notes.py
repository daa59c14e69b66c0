"""Annotating in the app: notes, undo/redo, verdicts, sessions, orphans, read-only cases."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from reader.core.annotations import Verdict
from reader.core.session import SCHEMA_VERSION, Session
from reader.ui.app import make_window
from reader.ui.highlights import role_of
from reader.ui.mainwindow import MainWindow
from reader.ui.notes import AnnotationDialog, VerdictDialog
from tests.conftest import SAMPLE


@pytest.fixture(autouse=True)
def quiet_dialogs(monkeypatch):
    shown = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda *a, **k: shown.append(a[2] if len(a) > 2 else "")
    )
    monkeypatch.setattr(
        QMessageBox, "warning", lambda *a, **k: shown.append(a[2] if len(a) > 2 else "")
    )
    return shown


@pytest.fixture
def answer(monkeypatch):
    """answer(values): the next annotation dialogs return these values."""
    replies = []
    monkeypatch.setattr(
        AnnotationDialog,
        "ask",
        classmethod(lambda cls, *a, **k: replies.pop(0) if replies else None),
    )
    return replies.append


def cell(model, group: int, row: int, column: int) -> str:
    """The text of a note's cell in the Notes panel: group 0 is the notes, 1 the orphans."""
    return model.note_index(group, row, column).data()


def pane_of(window, name):
    return next(p for p in window.strip.panes() if p.document.name == name)


def select(pane, phrase: str) -> tuple[int, int]:
    start = pane.document.text.index(phrase)
    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len(phrase), QTextCursor.MoveMode.KeepAnchor)
    pane.view.setTextCursor(cursor)
    return start, start + len(phrase)


def clear_selections(window) -> None:
    for pane in window.strip.panes():
        pane.view.setTextCursor(QTextCursor(pane.view.document()))


def note_ranges(pane) -> list[tuple[int, int]]:
    return [
        (s.cursor.selectionStart(), s.cursor.selectionEnd())
        for s in pane.view.extraSelections()
        if role_of(s) == "note"
    ]


def test_annotate_undo_redo(compared, answer) -> None:
    ledger = pane_of(compared, "lima-ledger.docx")
    clear_selections(compared)
    span = select(ledger, "700 U.S. soldiers")
    answer({"note": "Which source?", "tags": ("troops",), "label": "needs source"})
    compared.sessions.actions["annotate"].trigger()
    ctl = compared.sessions.ctl
    (ann,) = ctl.annotations()
    assert (ann.quote, ann.note, ann.tags, ann.label) == (
        "700 U.S. soldiers",
        "Which source?",
        ("troops",),
        "needs source",
    )
    assert span in note_ranges(ledger)
    selections = ledger.view.extraSelections()
    fmt = next(s.format for s in selections if role_of(s) == "note")
    assert fmt.fontOverline()  # distinct from every disagreement kind and from search hits
    panel = compared.sessions.panel
    assert cell(panel.model, 0, 0, 1).startswith("Which source?")
    compared.sessions.actions["undo"].trigger()
    assert ctl.annotations() == [] and note_ranges(ledger) == []
    compared.sessions.actions["redo"].trigger()
    assert [a.note for a in ctl.annotations()] == ["Which source?"]
    keys = {k.toString() for k in compared.sessions.actions["redo"].shortcuts()}
    assert {"Ctrl+Shift+Z", "Ctrl+Y"} <= keys


def test_one_note_on_passages_in_two_accounts(compared, answer) -> None:
    clear_selections(compared)
    select(pane_of(compared, "andes-wire.html"), "The number of troops was not disclosed")
    select(pane_of(compared, "lima-ledger.docx"), "700 U.S. soldiers")
    answer({"note": "700 or unknown?", "tags": (), "label": "disputed"})
    compared.sessions.actions["annotate"].trigger()
    (ann,) = compared.sessions.ctl.annotations()
    assert sorted(t.exact for t in ann.targets) == [
        "700 U.S. soldiers",
        "The number of troops was not disclosed",
    ]


def test_edit_and_delete_from_the_panel_are_undoable(compared, answer) -> None:
    ledger = pane_of(compared, "lima-ledger.docx")
    clear_selections(compared)
    select(ledger, "Arequipa")
    answer({"note": "first", "tags": (), "label": ""})
    compared.sessions.actions["annotate"].trigger()
    ctl = compared.sessions.ctl
    (ann,) = ctl.annotations()
    answer({"note": "second", "tags": ("place",), "label": "key fact"})
    compared.sessions.panel.edit_requested.emit(ann)
    assert [(a.note, a.tags, a.label) for a in ctl.annotations()] == [
        ("second", ("place",), "key fact")
    ]
    compared.sessions.panel.delete_requested.emit(ctl.annotations()[0])
    assert ctl.annotations() == []
    compared.sessions.actions["undo"].trigger()
    compared.sessions.actions["undo"].trigger()
    assert [a.note for a in ctl.annotations()] == ["first"]


def test_panel_filters(compared, answer) -> None:
    clear_selections(compared)
    select(pane_of(compared, "lima-ledger.docx"), "Arequipa")
    answer({"note": "place", "tags": ("where",), "label": "key fact"})
    compared.sessions.actions["annotate"].trigger()
    clear_selections(compared)
    select(pane_of(compared, "andes-wire.html"), "Lima")
    answer({"note": "city", "tags": (), "label": "verified"})
    compared.sessions.actions["annotate"].trigger()
    panel = compared.sessions.panel
    assert panel.model.group_size(0) == 2
    panel.search.setText("where")  # tags are searched too
    assert panel.model.group_size(0) == 1
    panel.search.setText("")
    panel.label.setCurrentIndex(panel.label.findData("verified"))
    assert panel.model.group_size(0) == 1
    panel.label.setCurrentIndex(0)
    wire_id = pane_of(compared, "andes-wire.html").document.id
    panel.account.setCurrentIndex(panel.account.findData(wire_id))
    assert cell(panel.model, 0, 0, 1) == "city"


def test_verdict_shows_in_the_panel_and_report(compared, monkeypatch) -> None:
    ws = compared.workspace
    troops = next(d for d in ws.controller.comparison.disagreements if d.topic == "troops deployed")
    ws.navigator.go(troops.id)

    def verdict(cls, parent, summary, accounts, current):
        right = accounts[1][0]
        return Verdict(
            current.key,
            "real conflict",
            right,
            "Ministry says 700",
            "https://example.org",
            current.summary,
        )

    monkeypatch.setattr(VerdictDialog, "ask", classmethod(verdict))
    compared.sessions.actions["verdict"].trigger()
    model = ws.disagreements.model
    quantity = model.index(0, 0)
    rows = range(model.rowCount(quantity))
    marks = [model.index(r, 1, quantity).data() for r in rows]
    assert marks.count("✔ conflict") == 1  # a column of its own, not appended to the summary
    row = marks.index("✔ conflict")
    assert "Your verdict: real conflict" in model.index(row, 0, quantity).data(3)  # tooltip
    assert "[" not in model.index(row, 0, quantity).data()
    from reader.core.export import render_markdown_report

    report = render_markdown_report(compared.sessions.ctl.session)
    assert "real conflict" in report and "Ministry says 700" in report


def test_untitled_session_is_offered_again(qtbot, settings, answer) -> None:
    first = make_window([], settings)
    qtbot.addWidget(first)
    qtbot.waitUntil(lambda: len(first.strip.panes()) == 4, timeout=20_000)
    clear_selections(first)
    select(pane_of(first, "andes-wire.html"), "LIMA")
    answer({"note": "dateline", "tags": (), "label": ""})
    first.sessions.actions["annotate"].trigger()
    path = first.sessions.ctl.session.path
    first.close()
    again = make_window([], settings)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: len(again.strip.panes()) == 4, timeout=20_000)
    assert again.sessions.ctl.session.path == path
    assert [a.note for a in again.sessions.ctl.annotations()] == ["dateline"]
    assert str(path) in again.recent_files()


def make_session(tmp_path: Path) -> tuple[Path, Path]:
    source = tmp_path / "post.txt"
    source.write_bytes((SAMPLE / "continental-post.txt").read_bytes())
    path = tmp_path / "checked.crosscheck"
    with Session.create(path) as s:
        doc = s.add_document(source)
        i = doc.text.index("seven hundred troops")
        s.annotate(doc.id, i, i + 20, note="count")
        j = doc.text.index("A strong, capable")
        s.annotate(doc.id, j, j + 17, note="opinion")
        s.add_document(SAMPLE / "lima-ledger.docx")
    return path, source


def test_open_a_session_changed_sources_and_orphans(qtbot, window, tmp_path) -> None:
    path, source = make_session(tmp_path)
    source.write_text(
        source.read_text(encoding="utf-8").replace(
            "A strong, capable Peruvian military", "The army"
        ),
        encoding="utf-8",
    )
    with qtbot.waitSignal(window.documents_loaded, timeout=20_000):
        window.open_files([str(path)])
    ws = window.sessions
    assert ws.banner.isVisibleTo(window) and "post.txt" in ws.banner.message.text()
    pane = pane_of(window, "post.txt")
    assert "source changed" in pane.header.notes.text()
    with qtbot.waitSignal(window.documents_loaded, timeout=20_000):
        ws.banner.reload_requested.emit()
    notes = {a.note: a for a in ws.ctl.annotations()}
    assert not notes["count"].orphaned and notes["opinion"].orphaned
    sections = ws.panel.model.group_titles()
    assert sections[-1].startswith("Orphaned")
    assert cell(ws.panel.model, len(sections) - 1, 0, 0).startswith("“A strong, capable”")


def test_session_opens_without_its_sources(qtbot, window, tmp_path) -> None:
    path, source = make_session(tmp_path)
    source.unlink()
    with qtbot.waitSignal(window.documents_loaded, timeout=20_000):
        window.open_files([str(path)])
    assert {p.document.name for p in window.strip.panes()} == {"post.txt", "lima-ledger.docx"}
    assert len(window.sessions.ctl.annotations()) == 2


def test_session_in_use_opens_read_only(qtbot, window, tmp_path, answer, quiet_dialogs) -> None:
    path, _ = make_session(tmp_path)
    holder = Session.open(path)
    try:
        with qtbot.waitSignal(window.documents_loaded, timeout=20_000):
            window.open_files([str(path)])
        ws = window.sessions
        assert ws.ctl.session.read_only
        assert (
            ws.read_only_label.isVisibleTo(window)
            and "another Crosscheck window" in ws.read_only_label.text()
        )
        assert not ws.actions["annotate"].isEnabled()
        assert any("read-only" in str(m) for m in quiet_dialogs)
    finally:
        holder.close()


def test_newer_session_opens_read_only(qtbot, window, tmp_path) -> None:
    path, _ = make_session(tmp_path)
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with qtbot.waitSignal(window.documents_loaded, timeout=20_000):
        window.open_files([str(path)])
    assert "newer Crosscheck" in window.sessions.read_only_label.text()


def test_damaged_session_gives_an_error(qtbot, window, tmp_path, error_dialogs) -> None:
    bad = tmp_path / "bad.crosscheck"
    bad.write_text("not a session", encoding="utf-8")
    window.open_files([str(bad)])  # read on a worker thread
    qtbot.waitUntil(lambda: bool(error_dialogs), timeout=10_000)
    assert error_dialogs and "not a Crosscheck session" in error_dialogs[0][0]
    assert bad.read_text(encoding="utf-8") == "not a session"


def test_a_failed_write_keeps_the_note(compared, answer, quiet_dialogs) -> None:
    ctl = compared.sessions.ctl
    ctl.session._db.execute("PRAGMA max_page_count = 1")  # the disk is full
    clear_selections(compared)
    select(pane_of(compared, "lima-ledger.docx"), "700 U.S. soldiers")
    answer({"note": "kept " * 3000, "tags": (), "label": ""})
    compared.sessions.actions["annotate"].trigger()
    assert any("kept in this window" in str(m) for m in quiet_dialogs)
    assert [a.quote for a in ctl.annotations()] == ["700 U.S. soldiers"]  # still shown
    recovery = ctl.data_dir / "crosscheck-recovery.jsonl"
    assert "700 U.S. soldiers" in recovery.read_text(encoding="utf-8")
    ctl.session._db.execute("PRAGMA max_page_count = 1073741823")


def test_reopening_a_session_gives_the_same_view(qtbot, settings, tmp_path) -> None:
    path, _ = make_session(tmp_path)
    first = MainWindow(settings)
    qtbot.addWidget(first)
    with qtbot.waitSignal(first.workspace.comparison_shown, timeout=30_000):
        first.open_files([str(path)])
    first.strip.move_pane(first.strip.panes()[0], 1)
    order = [p.document.name for p in first.strip.panes()]
    first.workspace.actions["show_wording"].trigger()
    clear_selections(first)
    a = select(first.strip.panes()[0], first.strip.panes()[0].document.text[:12])
    b = select(first.strip.panes()[1], first.strip.panes()[1].document.text[:12])
    assert a and b
    with qtbot.waitSignal(first.workspace.comparison_shown, timeout=30_000):
        first.workspace.actions["link"].trigger()
    first.close()
    again = MainWindow(settings)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.workspace.comparison_shown, timeout=30_000):
        again.open_files([str(path)])
    assert [p.document.name for p in again.strip.panes()] == order
    assert "wording" not in again.workspace.visible_kinds()
    assert len(again.workspace.controller.id_overrides) == 1
    assert any(g.mode == "manual" for g in again.workspace.controller.comparison.groups)


def test_rules_are_kept_in_the_session(compared, qtbot) -> None:
    import json as _json

    from reader.core.rules import Rules

    data = _json.loads(Rules.default().to_json())
    data["loaded_terms"] = []  # no loaded-wording lexicon
    ws = compared.workspace
    assert any(d.kind == "wording" for d in ws.controller.comparison.disagreements)
    with qtbot.waitSignal(ws.comparison_shown, timeout=30_000):
        compared.sessions.use_rules(data)
    assert not any(d.kind == "wording" for d in ws.controller.comparison.disagreements)
    assert compared.sessions.ctl.session.setting("rules")["loaded_terms"] == []


def test_empty_untitled_sessions_are_not_kept(tmp_path) -> None:
    from reader.ui.sessionctl import SessionController

    ctl = SessionController(tmp_path / "data")
    for _ in range(3):  # three sessions left empty
        ctl.start_untitled()
        ctl.close()
    kept = ctl.start_untitled()
    kept.add_document(SAMPLE / "continental-post.txt")
    ctl.close()
    ctl.start_untitled()
    ctl.close()
    remaining = ctl.untitled_sessions()
    assert len(remaining) == 2  # the one that holds something, and the newest
    with Session.open(kept.path) as s:
        assert [d.name for d in s.documents] == ["continental-post.txt"]


def test_rename_and_delete_a_label(compared, answer, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    clear_selections(compared)
    select(pane_of(compared, "lima-ledger.docx"), "Arequipa")
    answer({"note": "where", "tags": (), "label": "key fact"})
    compared.sessions.actions["annotate"].trigger()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("key fact", True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("central", True))
    compared.sessions.actions["rename_label"].trigger()
    assert [a.label for a in compared.sessions.ctl.annotations()] == ["central"]
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("central", True))
    compared.sessions.actions["delete_label"].trigger()
    assert [a.label for a in compared.sessions.ctl.annotations()] == [""]


def test_a_damaged_untitled_session_does_not_stop_the_app(qtbot, settings) -> None:
    data = Path(settings.value("paths/data_dir"))
    data.mkdir(parents=True)
    broken = data / "untitled-20260101T000000.crosscheck"
    with Session.create(broken) as s:
        s.add_document(SAMPLE / "continental-post.txt")
    raw = bytearray(broken.read_bytes())
    for i in range(200, len(raw), 97):
        raw[i] ^= 0x55
    broken.write_bytes(bytes(raw))
    window = make_window([], settings)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: len(window.strip.panes()) == 4, timeout=20_000)  # the sample
    assert window.sessions.ctl.session.path != broken
    assert broken.read_bytes() == bytes(raw)


def test_import_runs_in_the_background_and_reports(
    compared, qtbot, monkeypatch, tmp_path, quiet_dialogs
) -> None:
    session = compared.sessions.ctl.session
    doc = session.documents[0]
    source = f"urn:crosscheck:document:{doc.text_digest.split(':')[-1]}"
    items = [
        {"type": "Annotation", "body": f"note {i}", "target": {"source": source, "selector": {
            "type": "TextPositionSelector", "start": i % 50, "end": i % 50 + 5}}}
        for i in range(5_000)
    ] + ["not an annotation"]  # fmt: skip
    path = tmp_path / "many.jsonld"
    path.write_text(json.dumps(items))
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    compared.sessions.actions["import"].trigger()
    qtbot.waitUntil(lambda: session.annotation_count() == 5_000, timeout=20_000)
    qtbot.waitUntil(lambda: "Imported 5000" in compared.statusBar().currentMessage(), timeout=5_000)
    assert "1 that are not annotations" in compared.statusBar().currentMessage()
    path.write_text('{"type": "Nothing"}')
    compared.sessions.actions["import"].trigger()
    qtbot.waitUntil(lambda: any("not Web Annotations" in m for m in quiet_dialogs), timeout=5_000)


def test_an_empty_untitled_session_open_elsewhere_is_kept(tmp_path) -> None:
    from reader.ui.sessionctl import SessionController

    other = SessionController(tmp_path / "data")
    busy = other.start_untitled()  # another window's session, still empty and open
    ctl = SessionController(tmp_path / "data")
    ctl.start_untitled()
    assert busy.path.exists() and len(ctl.untitled_sessions()) == 2
    other.close()
    ctl.close()
    ctl.start_untitled()  # now nobody holds the two empty ones: they go
    assert len(ctl.untitled_sessions()) == 1
    ctl.close()
