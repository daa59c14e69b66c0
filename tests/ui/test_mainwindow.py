"""The first window: opening, dropping, closing, reordering, errors, recent files."""

from pathlib import Path

import pytest

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from reader.resources import sample_files
from reader.ui.app import make_window


def titles(window) -> list[str]:
    return [pane.header.title.text() for pane in window.strip.panes()]


def test_open_files_in_order_with_headers(window, open_and_wait, sample_dir: Path) -> None:
    files = [sample_dir / "lima-ledger.docx", sample_dir / "andes-wire.html"]
    open_and_wait(files)
    panes = window.strip.panes()
    assert [p.document.path.name for p in panes] == ["lima-ledger.docx", "andes-wire.html"]
    header = panes[1].header
    assert (
        header.title.text() == "Peru's Congress approves entry of U.S. troops for training mission"
    )
    assert "The Andes Wire" in header.byline.text() and "Lucía Ferreyra" in header.byline.text()
    assert "2023" in header.byline.text()
    assert "andes-wire.html" in header.file.text()
    assert panes[0].header.notes.isVisibleTo(panes[0])  # docx carries loader notes
    assert "creation date" in panes[0].header.notes.toolTip()
    assert panes[1].view.toPlainText() == panes[1].document.text
    assert window.status_label.text() == "2 accounts open"


def test_failed_file_does_not_stop_the_others(
    window, open_and_wait, error_dialogs, sample_dir, tmp_path
) -> None:
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    open_and_wait([sample_dir / "andes-wire.html", bad, tmp_path / "missing.txt"])
    assert len(window.strip.panes()) == 1
    assert len(error_dialogs) == 1
    messages = error_dialogs[0]
    assert any("broken.pdf: damaged PDF" in m for m in messages)
    assert any("missing.txt: no such file" in m for m in messages)


def test_drop_files_onto_window(window, qtbot, sample_dir) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample_dir / "continental-post.txt"))])
    event = QDropEvent(
        QPointF(100, 100),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.documents_loaded, timeout=20_000):
        window.dropEvent(event)
    assert [p.document.path.name for p in window.strip.panes()] == ["continental-post.txt"]


def test_close_pane_with_header_button(window, open_and_wait, qtbot, sample_dir) -> None:
    open_and_wait(sample_files())
    first = window.strip.panes()[0]
    qtbot.mouseClick(first.header.close_button, Qt.MouseButton.LeftButton)
    assert first not in window.strip.panes()
    assert len(window.strip.panes()) == 3
    for pane in list(window.strip.panes()):
        window.strip.close_pane(pane)
    assert window.strip.currentWidget() is window.strip.empty_hint
    assert not window.actions_by_name["close_pane"].isEnabled()


def test_reorder_panes(window, open_and_wait, qtbot) -> None:
    open_and_wait(sample_files())
    before = titles(window)
    first = window.strip.panes()[0]
    assert not first.header.left_button.isEnabled()
    qtbot.mouseClick(first.header.right_button, Qt.MouseButton.LeftButton)
    after = titles(window)
    assert after == [before[1], before[0], *before[2:]]
    assert window.strip.panes()[1] is first
    last = window.strip.panes()[-1]
    assert not last.header.right_button.isEnabled()
    last.view.setFocus()
    window.actions_by_name["move_left"].trigger()
    assert window.strip.panes()[-2] is last


def test_close_current_pane_by_shortcut_action(window, open_and_wait) -> None:
    open_and_wait(sample_files()[:2])
    target = window.strip.panes()[0]
    target.view.setFocus()
    window.actions_by_name["close_pane"].trigger()
    assert target not in window.strip.panes()


def test_same_file_twice_opens_once(window, open_and_wait, qtbot, sample_dir) -> None:
    open_and_wait([sample_dir / "andes-wire.html"])
    window.open_files([str(sample_dir / "andes-wire.html")])
    assert len(window.strip.panes()) == 1
    assert "Already open" in window.statusBar().currentMessage()


def test_recent_files_menu(window, open_and_wait, qtbot, sample_dir) -> None:
    open_and_wait([sample_dir / "andes-wire.html", sample_dir / "lima-ledger.docx"])
    names = [Path(p).name for p in window.recent_files()]
    assert names[:2] == ["lima-ledger.docx", "andes-wire.html"]
    assert names[2].startswith("untitled-")  # the session they were opened into
    window.strip.close_pane(window.strip.panes()[0])
    window._fill_recent_menu()
    entries = [a for a in window.recent_menu.actions() if a.statusTip().endswith("andes-wire.html")]
    with qtbot.waitSignal(window.documents_loaded, timeout=20_000):
        entries[0].trigger()
    assert {p.document.path.name for p in window.strip.panes()} == {
        "andes-wire.html",
        "lima-ledger.docx",
    }
    window.clear_recent()
    assert window.recent_files() == []


def test_eight_panes_stay_usable(window, open_and_wait, tmp_path, sample_dir) -> None:
    files = []
    for i in range(8):
        copy = tmp_path / f"account-{i}.txt"
        copy.write_text(
            (sample_dir / "continental-post.txt").read_text(encoding="utf-8"), encoding="utf-8"
        )
        files.append(copy)
    open_and_wait(files)
    assert len(window.strip.panes()) == 8
    window.resize(1280, 800)
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    assert all(pane.width() >= 260 for pane in window.strip.panes())
    assert window.strip.scroll.horizontalScrollBar().maximum() > 0


def test_cancel_discards_a_pending_load(window, qtbot, sample_dir) -> None:
    window.open_files([str(sample_dir / "andes-wire.html")])
    window.cancel_loading()
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=20_000)
    assert window.strip.panes() == []


def test_geometry_saved_on_close(window, settings) -> None:
    window.close()
    assert settings.value("window/geometry") is not None


def test_app_opens_the_sample_without_files(qtbot, settings, error_dialogs) -> None:
    win = make_window([], settings)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: len(win.strip.panes()) == len(sample_files()), timeout=20_000)
    assert len(win.strip.panes()) >= 4
    assert error_dialogs == []


@pytest.mark.parametrize("count", [1, 3])
def test_error_dialog_text(qtbot, monkeypatch, count: int) -> None:
    from PySide6.QtWidgets import QDialog, QLabel, QTreeWidget

    from reader.ui.dialogs import LoadErrorsDialog

    shown = {}

    def fake_exec(box: QDialog) -> int:
        table = box.findChild(QTreeWidget)
        shown["rows"] = [
            (table.topLevelItem(i).text(0), table.topLevelItem(i).text(1))
            for i in range(table.topLevelItemCount())
        ]
        shown["text"] = box.findChild(QLabel).text()
        return 0

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    LoadErrorsDialog.ask(None, [f"/a/b/file{i}.pdf: encrypted PDF" for i in range(count)])
    assert shown["rows"] == [(f"file{i}.pdf", "encrypted PDF") for i in range(count)]
    assert "could not be opened" in shown["text"]
