"""The File-menu work of a session: Save As, export, import and rules files, with dialogs that
start where the user last was and say where the file went."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reader.core.export import Snapshot, write_export
from reader.core.importing import AnnotationFileError, ImportPlan, read_annotation_file
from reader.core.rules import Rules
from reader.ui.plain import tip
from reader.ui.tasks import CancelToken

IMPORT_SLICE = 2000  # annotations written per turn of the event loop


class SessionFiles:
    """Mixed into SessionWorkspace (which provides ``window``, ``ctl``, ``_guard``,
    ``refresh`` and ``use_rules``)."""

    def load_rules(self) -> None:
        """Compare with normalisation rules from a JSON file (a copy of the defaults, edited)."""
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Normalisation Rules"),
            str(self._start_dir("paths/last_rules_dir")),
            "JSON (*.json)",
        )
        if not path:
            return
        self.window.settings.setValue("paths/last_rules_dir", str(Path(path).parent))
        try:
            rules = Rules.load(path)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self.window, self.tr("Not loaded"), tip(f"{path}: {exc}"))
            return
        self.use_rules(rules.data)

    def save_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save Session As"),
            str(self._start_dir("paths/last_session_dir") / "session.crosscheck"),
            self.tr("Crosscheck sessions (*.crosscheck)"),
        )
        if path:
            if not path.endswith(".crosscheck"):
                path += ".crosscheck"
            if self._guard(lambda: self.ctl.save_as(path)) is not False:
                self.window.settings.setValue("paths/last_session_dir", str(Path(path).parent))
                self.window.statusBar().showMessage(
                    self.tr("Saved as {path}; your work now goes there").format(path=path), 10_000
                )

    def export(self, kind: str) -> None:
        if self.ctl.session is None:
            return
        suffix = {"jsonld": "jsonld", "md": "md", "html": "html"}[kind]
        name = self.ctl.session.path.stem.replace("untitled-", "notes-")
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export"),
            str(self._start_dir("paths/last_export_dir") / f"{name}.{suffix}"),
        )
        if not path:
            return
        snapshot = Snapshot.of(self.ctl.session)  # read now; written on a worker thread
        bar = self.window.statusBar()
        bar.showMessage(self.tr("Exporting to {path}…").format(path=path))

        def done(_: object) -> None:
            self.window.settings.setValue("paths/last_export_dir", str(Path(path).parent))
            bar.showMessage(self.tr("Exported to {path}").format(path=path), 10_000)

        def failed(exc: BaseException) -> None:
            bar.clearMessage()
            reason = exc.strerror or exc if isinstance(exc, OSError) else exc
            QMessageBox.warning(self.window, self.tr("Not exported"), tip(f"{path}: {reason}"))

        self.window.tasks.run(lambda: write_export(snapshot, kind, path), done, failed)

    def import_annotations(self) -> None:
        session = self.ctl.session
        if session is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import Annotations"),
            str(self._start_dir("paths/last_export_dir")),
            self.tr("Web Annotations (*.jsonld *.json);;Recovery file (*.jsonl)"),
        )
        if not path:
            return
        documents = session.documents
        token = CancelToken()
        bar = self.window.statusBar()

        def work(report) -> ImportPlan:
            return read_annotation_file(path, documents, report, lambda: token.cancelled)

        def failed(exc: BaseException) -> None:
            message = str(exc) if isinstance(exc, AnnotationFileError) else f"{path}: {exc}"
            QMessageBox.warning(self.window, self.tr("Not imported"), tip(message))

        self.window.tasks.run(
            work,
            lambda plan: self._store_imported(plan, token),
            failed,
            lambda done, total: bar.showMessage(
                self.tr("Reading annotations: {done} of {total}").format(done=done, total=total)
            ),
        )

    def _store_imported(self, plan: ImportPlan, token: CancelToken) -> None:
        """Write the read annotations in slices, so the window keeps answering."""
        pending = list(plan.annotations)
        bar = self.window.statusBar()

        def next_slice() -> None:
            if self.ctl.session is None or token.cancelled:
                return
            chunk, pending[:] = pending[:IMPORT_SLICE], pending[IMPORT_SLICE:]
            if self._guard(lambda: self.ctl.session.save_annotations(chunk)) is False:
                return
            if pending:
                bar.showMessage(
                    self.tr("Importing: {left} annotations to go").format(left=len(pending))
                )
                QTimer.singleShot(0, next_slice)
                return
            self.refresh()
            bar.showMessage(self.tr("Imported {what}").format(what=plan.summary()), 10_000)

        next_slice()

    def _start_dir(self, key: str) -> Path:
        """Where a file dialog opens: where the user last was for this kind of file, else
        where they last opened accounts, else their home folder."""
        settings = self.window.settings
        for value in (settings.value(key), settings.value("paths/last_dir")):
            if value and Path(str(value)).is_dir():
                return Path(str(value))
        return Path.home()
