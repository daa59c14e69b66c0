from __future__ import annotations

import gc
from pathlib import Path

import pytest

from PySide6.QtCore import QSettings

from reader.ui.dialogs import LoadErrorsDialog
from reader.ui.mainwindow import MainWindow


@pytest.fixture(autouse=True)
def _collect_windows(qapp):
    """Free each test's windows while Qt is still running.

    Signal connections to lambdas make reference cycles; left to the interpreter's final
    collection, after the QApplication is gone, PySide6 can crash on exit.
    """
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    gc.unfreeze()  # what the window froze (reader.ui.memory) is garbage now
    gc.collect()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    value = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    value.setValue("paths/data_dir", str(tmp_path / "data"))  # untitled sessions go here
    return value


@pytest.fixture
def error_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Replace the error dialog; each call's messages are recorded instead of shown."""
    shown: list[list[str]] = []
    monkeypatch.setattr(
        LoadErrorsDialog, "ask", classmethod(lambda cls, parent, m: shown.append(m))
    )
    return shown


@pytest.fixture
def window(qtbot, settings: QSettings, error_dialogs) -> MainWindow:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    return win


@pytest.fixture
def open_and_wait(qtbot, window: MainWindow):
    def _open(files) -> None:
        with qtbot.waitSignal(window.documents_loaded, timeout=20_000):
            window.open_files([str(f) for f in files])

    return _open


@pytest.fixture
def compared(qtbot, window: MainWindow):
    """The window with the four sample accounts open and compared."""
    from PySide6.QtWidgets import QApplication

    from reader.resources import sample_files

    with qtbot.waitSignal(window.workspace.comparison_shown, timeout=30_000):
        window.open_files([str(p) for p in sample_files()])
    QApplication.processEvents()
    return window
