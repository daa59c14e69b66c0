"""The main window: menus, the pane strip, opening files (dialog, drop, recent, command line)."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader import __version__
from reader.core.document import Document, LoadError
from reader.core.loaders import open_document
from reader.core.session import SUFFIX as SESSION_SUFFIX
from reader.core.session import Session, SessionError
from reader.ui import memory
from reader.ui.actions import make_action
from reader.ui.dialogs import LoadErrorsDialog
from reader.ui.panestrip import PaneStrip
from reader.ui.plain import PlainLabel
from reader.ui.sessionui import SessionWorkspace
from reader.ui.tasks import CancelToken, TaskRunner
from reader.ui.workspace import Workspace

log = logging.getLogger(__name__)

MAX_RECENT = 10
PROGRESS_DELAY_MS = 300

FILE_FILTERS = (
    ("All supported files", "*.html *.htm *.xhtml *.txt *.md *.markdown *.docx *.odt *.epub *.pdf"),
    ("Web pages", "*.html *.htm *.xhtml"),
    ("Word documents", "*.docx"),
    ("OpenDocument text", "*.odt"),
    ("EPUB books", "*.epub"),
    ("PDF documents", "*.pdf"),
    ("Text and Markdown", "*.txt *.md *.markdown"),
    ("Crosscheck sessions", "*.crosscheck"),
    ("All files", "*"),
)


def load_documents(
    paths: Sequence[Path], token: CancelToken, report: Callable[[int, int], None]
) -> list[Document | str]:
    """Worker: open each file; a failure becomes its one-line message. Runs off the UI thread."""
    results: list[Document | str] = []
    for i, path in enumerate(paths):
        if token.cancelled:
            break
        report(i, len(paths))
        try:
            results.append(open_document(path))
        except LoadError as exc:
            results.append(str(exc))
        except Exception as exc:  # a loader bug must not take the other files down
            results.append(f"{path}: could not be read ({type(exc).__name__}: {exc})")
    report(len(paths), len(paths))
    return results


def _data_dir(settings: QSettings) -> Path:
    """Where untitled sessions live: the app's data folder (settings may point elsewhere)."""
    configured = settings.value("paths/data_dir")
    if configured:
        return Path(str(configured))
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


LONG_BATCH = 200_000  # characters of text opened at once above which panes come first


class MainWindow(QMainWindow):
    """Crosscheck's window.

    Signals:
        documents_loaded(int): a batch of files finished loading (count of documents opened).
    """

    documents_loaded = Signal(int)

    def __init__(
        self,
        settings: QSettings,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
        data_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.tasks = tasks or TaskRunner(parent=self)
        self._token: CancelToken | None = None
        # progress appears only for loads slower than PROGRESS_DELAY_MS
        self._progress_timer = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS)
        self._progress_timer.timeout.connect(lambda: self._show_progress(self.tasks.busy))
        self.setWindowTitle("Crosscheck")
        self.setAcceptDrops(True)
        self.resize(1280, 800)

        self.strip = PaneStrip(self)
        self.strip.panes_changed.connect(self._update_status)
        self.actions_by_name: dict[str, QAction] = {}
        self._make_actions()
        self._make_menus()
        self.workspace = Workspace(self, self.strip, self.tasks, settings)
        self.session_title = ""
        self._restore_session_view = False
        self.sessions = SessionWorkspace(
            self, self.strip, settings, data_dir or _data_dir(settings)
        )
        self.workspace.comparison_shown.connect(lambda _c: self.sessions.refresh())
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.sample_bar = SampleBar(self)
        self.sample_bar.open_requested.connect(self.open_dialog)
        layout.addWidget(self.sample_bar)
        layout.addWidget(self.sessions.banner)
        layout.addWidget(self.workspace.findbar)
        layout.addWidget(self.strip, 1)
        self.setCentralWidget(central)
        self._make_status_bar()
        self._order_menus()
        self._restore_state()
        self._update_status()

    # ----- actions and menus
    def _action(self, name: str, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = make_action(self, text, slot, shortcut, tip)
        self.actions_by_name[name] = action
        return action

    def _make_actions(self) -> None:
        key = QKeySequence.StandardKey
        self._action(
            "open",
            self.tr("&Open…"),
            self.open_dialog,
            key.Open,
            self.tr("Open article files to compare"),
        )
        self._action(
            "close_pane",
            self.tr("&Close Account"),
            self.close_current_pane,
            key.Close,
            self.tr("Close the account that has the keyboard focus"),
        )
        self._action("quit", self.tr("&Quit"), self.close, key.Quit, self.tr("Quit Crosscheck"))
        self._action(
            "move_left",
            self.tr("Move Account &Left"),
            lambda: self._move_current(-1),
            "Ctrl+Shift+PgUp",
            self.tr("Move the current account one place left"),
        )
        self._action(
            "move_right",
            self.tr("Move Account &Right"),
            lambda: self._move_current(1),
            "Ctrl+Shift+PgDown",
            self.tr("Move the current account one place right"),
        )
        self._action("guide", self.tr("Crosscheck &Guide"), self.show_guide, "F1")
        self._action("about", self.tr("&About Crosscheck"), self.show_about)
        self._action("clear_recent", self.tr("&Clear Menu"), self.clear_recent)

    def _make_menus(self) -> None:
        acts = self.actions_by_name
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        file_menu.addAction(acts["open"])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(acts["close_pane"])
        file_menu.addSeparator()
        file_menu.addAction(acts["quit"])
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.setObjectName("viewMenu")
        view_menu.addAction(acts["move_left"])
        view_menu.addAction(acts["move_right"])
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_menu.addAction(acts["guide"])
        self.help_menu.addAction(acts["about"])
        self._fill_recent_menu()

    def _make_status_bar(self) -> None:
        bar = self.statusBar()
        self.status_label = PlainLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(180)
        self.progress.setAccessibleName(self.tr("Loading progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_loading)
        # the counts are permanent widgets, so a passing message (saved, exported) shows
        # beside them instead of over them
        bar.addPermanentWidget(self.status_label)
        bar.addPermanentWidget(self.workspace.status)
        bar.addPermanentWidget(self.sessions.read_only_label)
        bar.addPermanentWidget(self.workspace.filter_label)
        bar.addPermanentWidget(self.workspace.position)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        self._show_progress(False)

    def _show_progress(self, visible: bool) -> None:
        self.progress.setVisible(visible)
        self.cancel_button.setVisible(visible)
        self.strip.set_loading(visible)

    # ----- opening files
    def open_dialog(self) -> None:
        filters = ";;".join(f"{self.tr(name)} ({pattern})" for name, pattern in FILE_FILTERS)
        start = str(self.settings.value("paths/last_dir", str(Path.home())))
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Open Accounts"), start, filters)
        if files:
            self.settings.setValue("paths/last_dir", str(Path(files[0]).parent))
            self.open_files(files)

    def open_files(self, files: Sequence[str | Path]) -> None:
        """Load files in the background; each opens in a pane, failures are listed once.

        A session file (.crosscheck) opens as the window's session instead.
        """
        sessions = [Path(f) for f in files if str(f).lower().endswith(SESSION_SUFFIX)]
        if sessions:
            self.open_session(sessions[0])
            files = [f for f in files if not str(f).lower().endswith(SESSION_SUFFIX)]
            if not files:
                return
        if self.sessions.ctl.session is None:
            self.sessions._guard(self.sessions.ctl.start_untitled)
        open_now = {p.document.path.resolve() for p in self.strip.panes() if p.document.path}
        paths, skipped = [], []
        for f in files:
            path = Path(f).expanduser()
            target = path.resolve() if path.exists() else path
            if target in open_now or target in paths:
                skipped.append(path.name)
            else:
                paths.append(target)
        if skipped:
            self.statusBar().showMessage(
                self.tr("Already open: {names}").format(names=", ".join(skipped)), 5000
            )
        if not paths:
            return
        token = CancelToken()
        self._token = token
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self._progress_timer.start()
        self.tasks.run(
            lambda report: load_documents(paths, token, report),
            lambda results: self._loaded(results, token),
            on_error=lambda exc: self._load_failed(exc, token),
            on_progress=lambda done, total: self.progress.setValue(done),
        )

    def cancel_loading(self) -> None:
        if self._token is not None:
            self._token.cancel()
        self._show_progress(False)
        self.statusBar().showMessage(self.tr("Opening cancelled"), 4000)

    def _loaded(
        self, results: list[Document | str], token: CancelToken, adopt: bool = True
    ) -> None:
        self._show_progress(self.tasks.busy)
        if token.cancelled:
            return
        errors = [r for r in results if isinstance(r, str)]
        docs = [r for r in results if isinstance(r, Document)]
        if adopt:
            docs = [self.sessions.adopt(d) for d in docs]
        if errors:
            LoadErrorsDialog.ask(self, errors)
        queue = list(docs)
        added: list = []
        # Long texts are laid out after all their panes are in place (see add_next). Short
        # ones, and a session reopened (it draws its notes pane by pane as the texts arrive,
        # measured smoother so), get their text with their pane.
        text_now = self._restore_session_view or sum(len(d.text) for d in docs) < LONG_BATCH
        self.workspace.hold = True

        def add_next() -> None:
            # One pane per event-loop turn, its text not laid out yet: every new pane narrows
            # the others, and a long text laid out again at each width would freeze the
            # window. Then one text per turn, at the final width.
            if queue:
                doc = queue.pop(0)
                pane = self.strip.add_document(doc, text_now=text_now)
                added.append(pane)
                self.sessions.attach_context_menu(pane)
                if doc.path is not None:
                    self.add_recent(doc.path)
                QTimer.singleShot(0, self, add_next)  # dropped if the window is deleted
            elif pending := [p for p in self.strip.panes() if p in added and p.text_pending]:
                pending[0].fill_text()  # (a pane closed meanwhile is not in the strip)
                QTimer.singleShot(0, self, add_next)
            else:
                if self._restore_session_view:
                    self._restore_session_view = False
                    self.sessions.restore_view()
                else:
                    self._restore_pane_order()
                self.sessions.refresh()
                memory.settle()  # the texts and the notes stay: out of the collector's way
                QTimer.singleShot(0, self, finish)  # the notes drawn; the comparison next turn

        def finish() -> None:
            self.workspace.hold = False
            self.workspace.schedule()
            self.documents_loaded.emit(len(docs))

        add_next()

    def _load_failed(self, exc: BaseException, token: CancelToken) -> None:
        self._show_progress(self.tasks.busy)
        LoadErrorsDialog.ask(self, [self.tr("Opening failed: {error}").format(error=exc)])

    # ----- sessions
    def open_session(self, path: str | Path, reuse: bool = False) -> None:
        """Show a session: its documents' snapshots in panes, its notes and verdicts. The file
        is opened and its notes read on a worker thread (a big session takes a second)."""
        self.sessions.save_view()  # of the session being left
        self.statusBar().showMessage(self.tr("Opening {name}…").format(name=Path(path).name))
        self.tasks.run(
            lambda: Session.open(path),
            lambda session: self._session_opened(session, Path(path), reuse),
            self._session_failed,
        )
        self._show_progress(self.tasks.busy)

    def _session_opened(self, session: Session, path: Path, reuse: bool) -> None:
        self.statusBar().clearMessage()
        self.sessions.ctl.use(session)
        self.close_all_panes()
        if not reuse:
            self.add_recent(path)
        self.sessions.load_session_state()
        self._restore_session_view = True
        self._loaded(list(session.documents), CancelToken(), adopt=False)

    def _session_failed(self, exc: BaseException) -> None:
        self.statusBar().clearMessage()
        self._show_progress(self.tasks.busy)
        if not isinstance(exc, SessionError):
            log.error("opening a session failed", exc_info=exc)
        LoadErrorsDialog.ask(self, [str(exc) if isinstance(exc, SessionError) else repr(exc)])

    def close_all_panes(self) -> None:
        for pane in list(self.strip.panes()):
            self.strip.close_pane(pane)

    # ----- drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.open_files(files)

    # ----- recent files
    def recent_files(self) -> list[str]:
        value = self.settings.value("recent/files", [])
        return [value] if isinstance(value, str) else list(value or [])

    def add_recent(self, path: Path) -> None:
        """Put ``path`` first. Of the untitled sessions only the newest is kept, so they never
        push named sessions and files out of the list."""
        entries = [str(path)] + [p for p in self.recent_files() if p != str(path)]
        if _untitled(path):
            entries = [entries[0]] + [p for p in entries[1:] if not _untitled(Path(p))]
        self.settings.setValue("recent/files", entries[:MAX_RECENT])

    def clear_recent(self) -> None:
        self.settings.setValue("recent/files", [])
        self._fill_recent_menu()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        entries = self.recent_files()
        names = Counter(Path(e).name for e in entries)
        for i, entry in enumerate(entries, 1):
            path = Path(entry)
            shown = self.tr("Untitled session") if _untitled(path) else path.name
            if names[path.name] > 1:  # two files of one name: say where each is
                shown = f"{shown} — {_short_folder(path.parent)}"
            action = self.recent_menu.addAction(f"&{i % 10} {shown.replace('&', '&&')}")
            action.setStatusTip(entry)
            action.triggered.connect(lambda _=False, e=entry: self.open_files([e]))
        if entries:
            self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.actions_by_name["clear_recent"])
        self.actions_by_name["clear_recent"].setEnabled(bool(entries))

    # ----- panes
    def close_current_pane(self) -> None:
        pane = self.strip.current_pane() or (self.strip.panes() or [None])[-1]
        if pane is not None:
            self.strip.close_pane(pane)

    def _move_current(self, step: int) -> None:
        pane = self.strip.current_pane()
        if pane is not None:
            self.strip.move_pane(pane, step)

    def _update_status(self) -> None:
        count = len(self.strip.panes())
        if count == 1:
            self.status_label.setText(self.tr("1 account open"))
        else:
            self.status_label.setText(self.tr("{count} accounts open").format(count=count))
        self.actions_by_name["close_pane"].setEnabled(count > 0)
        docs = self.strip.documents()
        title = self.session_title or " · ".join(d.outlet or d.name for d in docs[:4])
        self.setWindowTitle(f"{title} — Crosscheck" if title else "Crosscheck")

    def show_guide(self) -> None:
        from reader.ui.guide import GuideDialog
        from reader.ui.highlights import is_dark

        GuideDialog.show_for(self, is_dark(self.palette()))

    def _order_menus(self) -> None:
        """File, Edit, View, Go, Align, Panels, Help: Help last, as everywhere."""
        bar = self.menuBar()
        menus = {a.menu().objectName() or a.text(): a for a in bar.actions() if a.menu()}
        edit = next((a for name, a in menus.items() if "Edit" in name), None)
        view = next((a for name, a in menus.items() if "View" in name or name == "viewMenu"), None)
        if edit is not None and view is not None:
            bar.removeAction(edit)
            bar.insertAction(view, edit)
        bar.removeAction(self.help_menu.menuAction())
        bar.addAction(self.help_menu.menuAction())

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Crosscheck"),
            self.tr(
                "<h3>Crosscheck {version}</h3><p>Read several accounts of one event side by "
                "side and see where they disagree.</p>"
            ).format(version=__version__),
        )

    # ----- window state
    def _restore_pane_order(self) -> None:
        """Put accounts opened again back in the order the user left them in."""
        saved = self.settings.value("view/pane_order") or []
        saved = [saved] if isinstance(saved, str) else list(saved)
        if not saved:
            return
        rank = {path: i for i, path in enumerate(saved)}
        panes = self.strip.panes()
        ordered = sorted(
            panes, key=lambda p: rank.get(str(p.document.path), len(rank) + panes.index(p))
        )
        if ordered != panes:
            for i, pane in enumerate(ordered):
                self.strip.splitter.insertWidget(i, pane)
            self.strip._relayout()
        sizes = self.settings.value("view/pane_sizes")
        if sizes and len(list(sizes)) == len(ordered):
            self.strip.splitter.setSizes([int(x) for x in sizes])

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._token is not None:
            self._token.cancel()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        panes = self.strip.panes()
        self.settings.setValue("view/pane_order", [str(p.document.path) for p in panes])
        self.settings.setValue("view/pane_sizes", self.strip.splitter.sizes())
        self.workspace.save()
        self.workspace.controller.cancel()
        self.sessions.save_view()
        self.sessions.ctl.close()  # every change is already saved; this frees the lock
        self.settings.sync()
        memory.release()  # the window's texts, notes and comparison go with it
        super().closeEvent(event)


__all__ = ["MainWindow"]


def _untitled(path: Path) -> bool:
    return path.name.startswith("untitled-") and path.suffix == SESSION_SUFFIX


def _short_folder(folder: Path) -> str:
    """A folder as a reader recognises it: ~ for the home folder, the last two parts."""
    try:
        shown = "~/" + str(folder.relative_to(Path.home()))
    except ValueError:
        shown = str(folder)
    parts = shown.split("/")
    return "/".join(["…", *parts[-2:]]) if len(parts) > 3 else shown


class SampleBar(QWidget):
    """Says the accounts on show are the bundled sample, and what to do next."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sampleBar")
        message = PlainLabel(
            self.tr(
                "These are four sample accounts of one event, to show how Crosscheck works: "
                "coloured marks are disagreements (Help ▸ Guide explains each kind). Open your "
                "own accounts to compare them, or drop their files on this window."
            )
        )
        message.setWordWrap(True)
        open_button = QPushButton(self.tr("Open Your Own Accounts…"))
        open_button.clicked.connect(self.open_requested)
        close = QPushButton(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(message, 1)
        layout.addWidget(open_button)
        layout.addWidget(close)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.ToolTipBase)
        self.hide()
