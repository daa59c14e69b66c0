"""Application start-up: QApplication, logging, error hook, the main window."""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from collections.abc import Sequence
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QSettings,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from reader import __version__
from reader.resources import resources_dir, sample_files
from reader.ui.mainwindow import MainWindow

log = logging.getLogger("reader")
APP_ID = "org.crosscheck.Crosscheck"

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


# Messages Qt prints that say nothing to a user (the offscreen platform cannot size windows).
_QT_NOISE = ("This plugin does not support propagateSizeHints",)


def _qt_message(mode: QtMsgType, context: object, message: str) -> None:
    level = _QT_LEVELS.get(mode, logging.WARNING)
    if message.startswith(_QT_NOISE):
        level = logging.DEBUG
    logging.getLogger("qt").log(level, message)


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log an unexpected error and tell the user in words, instead of dying silently."""
    log.error("unexpected error", exc_info=(kind, exc, tb))
    if QApplication.instance() is not None:
        box = QMessageBox(QMessageBox.Icon.Critical, "Crosscheck", "Something went wrong.")
        box.setInformativeText(f"{kind.__name__}: {exc}")
        box.setDetailedText("".join(traceback.format_exception(kind, exc, tb)))
        box.exec()


def configure_application(app: QCoreApplication) -> None:
    # Background threads (file loading) run Python too; hand the interpreter lock back to the
    # UI thread every millisecond instead of every five, so the window stays smooth.
    sys.setswitchinterval(0.001)
    app.setOrganizationName("Crosscheck")
    app.setApplicationName("Crosscheck")
    app.setApplicationVersion(__version__)
    if isinstance(app, QGuiApplication):
        app.setDesktopFileName(APP_ID)  # window managers match the windows to the entry
        app.setWindowIcon(app_icon())


def app_icon() -> QIcon:
    """The Crosscheck icon, one drawing per size (16 and 32 px are drawn for their grid)."""
    icon = QIcon()
    for path in sorted((resources_dir() / "icons").glob("crosscheck-*.png")):
        icon.addFile(str(path))
    return icon


def make_window(files: Sequence[str], settings: QSettings | None = None) -> MainWindow:
    """The main window, opening ``files``. With none, the untitled session from last time
    (if it holds anything), else the bundled sample in a new untitled session."""
    window = MainWindow(settings or QSettings())
    if files:
        window.open_files(list(files))
        return window
    last = window.sessions.ctl.last_untitled()
    if last is not None:
        window.open_session(last)
        window.statusBar().showMessage(window.tr("Your untitled session from last time"), 8000)
    else:
        window.open_files([str(p) for p in sample_files()])
        window.sample_bar.show()
    return window


def run_app(
    files: Sequence[str], screenshot: str | None = None, size: tuple[int, int] | None = None
) -> int:
    """Run the desktop app until its window closes; returns the exit status.

    With ``screenshot``, the window is laid out off screen, the files are opened, and once
    they are in, the window is rendered to that PNG and the app exits.
    """
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    qInstallMessageHandler(_qt_message)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    sys.excepthook = _excepthook
    window = make_window(files)
    if size is not None:
        window.resize(*size)
    if screenshot is None:
        window.show()
        return _leave(app.exec())
    return _render_to_file(app, window, screenshot)


def _leave(code: int) -> int:
    """The window has closed: return, unless a worker thread is still busy (a long comparison,
    a slow disk), in which case end the process now rather than wait for it; everything the
    user did is already in the session file."""
    from reader.ui.tasks import pool_busy

    if pool_busy():
        busy = [t for t in threading.enumerate() if t.name.startswith("crosscheck")]
        log.info("leaving with work still running in %d thread(s)", len(busy))
        sys.stdout.flush()
        sys.stderr.flush()
        logging.shutdown()
        os._exit(code)
    return code


def _render_to_file(app: QApplication, window: MainWindow, path: str) -> int:
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    window.show()
    status = {"code": 1}

    def grab(_count: int = 0) -> None:
        # let the layout settle (levelled headers, wrapped text) before rendering
        QTimer.singleShot(100, save)

    def save() -> None:
        if window.grab().save(path):
            status["code"] = 0
        else:
            log.error("could not write the screenshot to %s", path)
        app.quit()

    # with two or more accounts, wait for their comparison; with fewer, for the files
    window.documents_loaded.connect(lambda _n: len(window.strip.panes()) < 2 and grab())
    window.workspace.comparison_shown.connect(lambda c: c is not None and grab())
    QTimer.singleShot(60_000, app.quit)  # never hang, whatever happens
    app.exec()
    return status["code"]
