"""Sessions in the window: File ▸ New Session / Save As / Import / Export, the notes panel,
annotate and verdict actions with undo, the banner for changed sources, read-only status."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QColorDialog,
    QDockWidget,
    QHBoxLayout,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QToolBar,
    QWidget,
)

from reader.core.annotations import Annotation, Verdict
from reader.core.document import Document
from reader.core.session import SessionError
from reader.ui.actions import make_action
from reader.ui.models import doc_label
from reader.ui.notemarks import Delta, NoteMarks, delta
from reader.ui.notes import AnnotationDialog, NotesPanel, VerdictDialog
from reader.ui.panestrip import PaneStrip
from reader.ui.plain import PlainLabel, tip
from reader.ui.sessionctl import SessionController, verdict_key
from reader.ui.sessionfiles import SessionFiles

MANY_NOTES = 2_000  # above this, note marks of panes out of view are drawn turn by turn


class ChangedSourcesBar(QWidget):
    """Shown when sources changed on disk since they were added: reload, or keep snapshots."""

    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = PlainLabel()
        self.message.setWordWrap(True)
        reload = QPushButton(self.tr("Reload from Sources"))
        keep = QPushButton(self.tr("Keep Snapshots"))
        reload.clicked.connect(self.reload_requested)
        keep.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(reload)
        layout.addWidget(keep)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.ToolTipBase)
        self.hide()


class SessionWorkspace(SessionFiles, QObject):
    """Connects the session controller to the window's panes, menus and panels."""

    def __init__(
        self, window: QMainWindow, strip: PaneStrip, settings: QSettings, data_dir: Path
    ) -> None:
        super().__init__(window)
        self.window = window
        self.strip = strip
        author = str(settings.value("user/author", ""))
        self.ctl = SessionController(data_dir, author, self)
        self.panel = NotesPanel()
        self.dock = QDockWidget(self.tr("Notes"), window)
        self.dock.setObjectName("notesDock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.findChild(QDockWidget, "disagreementsDock"), self.dock)
        window.findChild(QDockWidget, "disagreementsDock").raise_()
        self.banner = ChangedSourcesBar()
        self.banner.reload_requested.connect(self.reload_sources)
        self.read_only_label = PlainLabel()
        self.read_only_label.hide()
        self.actions: dict[str, QAction] = {}
        self._changed: set[str] = set()
        self._shown: list[Annotation] | None = None  # the notes last drawn, to tell what changed
        self._shape: tuple = ()  # the accounts and labels they were drawn with
        self._marks = NoteMarks()
        self._note_queue: list = []  # panes whose note marks are drawn in later turns
        self._note_timer = QTimer(self, singleShot=True, interval=0)
        self._note_timer.timeout.connect(self._next_notes)
        self._make_actions(settings)
        self.ctl.annotations_changed.connect(self.refresh)
        self.ctl.session_changed.connect(self.refresh)
        self.ctl.session_changed.connect(self._session_status)
        self.ctl.session_changed.connect(
            lambda: self.ctl.session and window.add_recent(self.ctl.session.path)
        )
        self.ctl.verdicts_changed.connect(self.refresh)
        self.ctl.save_failed.connect(
            lambda message: QMessageBox.warning(self.window, self.tr("Not saved"), tip(message))
        )
        self.panel.jump_requested.connect(self.jump)
        window.workspace.override_added.connect(self._store_override)
        self.panel.edit_requested.connect(self.edit)
        self.panel.delete_requested.connect(self.ctl.delete)

    def _action(self, name: str, text: str, slot, shortcut=None) -> QAction:
        action = make_action(self.window, text, slot, shortcut)
        self.actions[name] = action
        return action

    def _make_actions(self, settings: QSettings) -> None:
        key = QKeySequence.StandardKey
        undo = self.ctl.undo.createUndoAction(self.window, self.tr("&Undo"))
        undo.setShortcut(QKeySequence(key.Undo))
        redo = self.ctl.undo.createRedoAction(self.window, self.tr("&Redo"))
        bindings = QKeySequence.keyBindings(key.Redo)  # Ctrl+Shift+Z and/or Ctrl+Y by platform
        for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):
            if QKeySequence(extra) not in bindings:
                bindings.append(QKeySequence(extra))
        redo.setShortcuts(bindings)
        self.actions.update(undo=undo, redo=redo)
        self._action("annotate", self.tr("&Annotate Selection…"), self.annotate_selection, "Ctrl+M")
        self._action("verdict", self.tr("Give &Verdict…"), self.give_verdict, "Ctrl+Shift+V")
        self._action("new_session", self.tr("&New Session"), self.new_session, key.New)
        self._action("save_as", self.tr("Save Session &As…"), self.save_as, key.SaveAs)
        self._action(
            "export_jsonld", self.tr("Annotations as W3C &JSON-LD…"), lambda: self.export("jsonld")
        )
        self._action("export_md", self.tr("Report as &Markdown…"), lambda: self.export("md"))
        self._action("export_html", self.tr("Report as &HTML…"), lambda: self.export("html"))
        self._action("import", self.tr("&Import Annotations (JSON-LD)…"), self.import_annotations)
        self._action("author", self.tr("Your &Name…"), self.ask_author)
        self._action("load_rules", self.tr("Load Normalisation &Rules…"), self.load_rules)
        self._action("default_rules", self.tr("Use &Default Rules"), lambda: self.use_rules(None))
        self._action("new_label", self.tr("New &Label…"), self.new_label)
        self._action("rename_label", self.tr("Re&name Label…"), self.rename_label)
        self._action("delete_label", self.tr("Delete La&bel…"), self.delete_label)
        self.author_setting = settings
        menu = self.window.menuBar()
        file_menu = next(
            a.menu() for a in menu.actions() if a.menu() and a.menu().objectName() == "fileMenu"
        )
        first = file_menu.actions()[0]
        file_menu.insertAction(first, self.actions["new_session"])
        file_menu.insertAction(file_menu.actions()[-1], self.actions["save_as"])
        export = file_menu.addMenu(self.tr("&Export"))
        for name in ("export_jsonld", "export_md", "export_html"):
            export.addAction(self.actions[name])
        file_menu.insertMenu(file_menu.actions()[-2], export)
        file_menu.insertAction(file_menu.actions()[-2], self.actions["import"])
        edit = menu.addMenu(self.tr("&Edit"))
        edit.addAction(self.actions["undo"])
        edit.addAction(self.actions["redo"])
        edit.addSeparator()
        edit.addAction(self.actions["annotate"])
        edit.addAction(self.actions["verdict"])
        edit.addSeparator()
        edit.addAction(self.actions["new_label"])
        edit.addAction(self.actions["rename_label"])
        edit.addAction(self.actions["delete_label"])
        edit.addAction(self.actions["author"])
        menu.insertMenu(menu.actions()[1], edit)
        align = next(
            (a.menu() for a in menu.actions() if a.menu() and a.text().replace("&", "") == "Align"),
            None,
        )
        if align is not None:
            align.addSeparator()
            align.addAction(self.actions["load_rules"])
            align.addAction(self.actions["default_rules"])
        toolbar = self.window.findChild(QToolBar, "comparisonToolbar")
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(self.actions["annotate"])
        for pane_menu in [
            a.menu() for a in menu.actions() if a.menu() and a.text().replace("&", "") == "Panels"
        ]:
            pane_menu.addAction(self.dock.toggleViewAction())

    def _store_override(self, key: tuple) -> None:
        if self.ctl.writable:
            a, sa, ea, b, sb, eb, same = key
            self._guard(lambda: self.ctl.session.add_override((a, sa, ea), (b, sb, eb), same))

    def load_session_state(self) -> None:
        """Before the first comparison of an opened session: its manual alignments."""
        session = self.ctl.session
        overrides = session.overrides if session else []
        controller = self.window.workspace.controller
        controller.id_overrides = [(*a, *b, same) for a, b, same in overrides]
        controller.rules_data = session.setting("rules") if session else None

    def save_view(self) -> None:
        """The view state kept in the session: pane order, pivot, visible kinds."""
        if not self.ctl.writable:
            return
        workspace = self.window.workspace
        pivot = workspace.strip.pivot
        state = {
            "pane_order": [getattr(p.document, "id", "") for p in self.strip.panes()],
            "pivot": getattr(pivot, "id", None) if pivot is not None else None,
            "kinds": sorted(workspace.visible_kinds()),
        }
        with contextlib.suppress(SessionError):  # the view is a convenience, unlike notes
            self.ctl.session.set_setting("view", state)

    def restore_view(self) -> None:
        session = self.ctl.session
        state = session.setting("view") if session else None
        if not state:
            return
        rank = {ident: i for i, ident in enumerate(state.get("pane_order", []))}
        panes = self.strip.panes()
        ordered = sorted(panes, key=lambda p: rank.get(getattr(p.document, "id", ""), len(rank)))
        for i, pane in enumerate(ordered):
            self.strip.splitter.insertWidget(i, pane)
        self.strip._relayout(keep_sizes=True)
        workspace = self.window.workspace
        for kind in workspace.actions:
            if kind.startswith("show_"):
                workspace.actions[kind].setChecked(kind[5:] in state.get("kinds", []))
        workspace._kinds_changed()
        pivot = next(
            (d for d in self.strip.documents() if getattr(d, "id", None) == state.get("pivot")),
            None,
        )
        index = workspace.pivot.findData(id(pivot)) if pivot is not None else 0
        workspace.pivot.setCurrentIndex(max(index, 0))

    def use_rules(self, data: dict | None) -> None:
        """Keep the rules in the session and compare again with them."""
        if self.ctl.writable:
            self._guard(lambda: self.ctl.session.set_setting("rules", data))
        workspace = self.window.workspace
        workspace.controller.rules_data = data
        workspace.controller.request(
            workspace.controller.comparison.documents
            if workspace.controller.comparison
            else self.strip.documents()
        )

    def ask_author(self) -> None:
        """The name annotations are signed with (a preference, kept in the settings)."""
        name, ok = QInputDialog.getText(
            self.window, self.tr("Your Name"), self.tr("Sign new notes as:"), text=self.ctl.author
        )
        if ok:
            self.ctl.author = name.strip()
            self.author_setting.setValue("user/author", self.ctl.author)

    def new_label(self) -> None:
        """Add a highlight style bound to a meaning (or change an existing one's colour)."""
        if not self.ctl.writable:
            return
        name, ok = QInputDialog.getText(
            self.window, self.tr("New Label"), self.tr("Label (what it means):")
        )
        if not ok or not name.strip():
            return
        color = QColorDialog.getColor(QColor("#4dabf7"), self.window, self.tr("Label Colour"))
        if color.isValid():
            self._guard(lambda: self.ctl.session.set_label(name.strip(), color.name()))
            self.refresh()

    def _pick_label(self, title: str) -> str | None:
        names = [n for n, _, _ in self.ctl.session.labels] if self.ctl.session else []
        if not names or not self.ctl.writable:
            return None
        name, ok = QInputDialog.getItem(self.window, title, self.tr("Label:"), names, 0, False)
        return name if ok else None

    def rename_label(self) -> None:
        old = self._pick_label(self.tr("Rename Label"))
        if old is None:
            return
        new, ok = QInputDialog.getText(
            self.window, self.tr("Rename Label"), self.tr("New name:"), text=old
        )
        if ok and new.strip() and new.strip() != old:
            self._guard(lambda: self.ctl.session.rename_label(old, new.strip()))
            self.refresh()

    def delete_label(self) -> None:
        name = self._pick_label(self.tr("Delete Label"))
        if name is not None:
            self._guard(lambda: self.ctl.session.delete_label(name))
            self.refresh()

    def attach_context_menu(self, pane) -> None:
        """Right-click on a pane's text: copy, annotate, link or unlink the selection."""
        view = pane.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        copy = QAction(self.tr("&Copy"), view)
        copy.triggered.connect(view.copy)
        for action in (copy, self.actions["annotate"]):
            view.addAction(action)
        workspace = self.window.workspace
        for name in ("link", "unlink"):
            view.addAction(workspace.actions[name])

    # ----- the notes in panes and panel
    def refresh(self) -> None:
        """Show the session's notes in the panel and the panes. When a few notes changed since
        the last time (the usual case: one added, edited or deleted), only those are redone."""
        ctl = self.ctl
        annotations = ctl.annotations()
        documents = self.strip.documents()
        labels = ctl.session.labels if ctl.session else []
        shape = ([getattr(d, "id", None) for d in documents], labels)
        change = delta(self._shown, annotations) if shape == self._shape else None
        self._shown, self._shape = annotations, shape
        self.panel.set_content(annotations, documents, labels, change)
        if documents:
            self._mark_notes(annotations, change)
        else:  # nothing to mark yet (a session opening): the marks wait for its panes
            self._shown = None
        self._verdicts_in_panel()
        for pane in self.strip.panes():
            if getattr(pane.document, "id", None) in self._changed:
                pane.header.notes.setText("⚠ " + self.tr("source changed"))
                pane.header.notes.setToolTip(
                    self.tr("The source file changed since it was added to the session")
                )
                pane.header.notes.show()

    def _mark_notes(self, annotations: list[Annotation], change: Delta | None) -> None:
        if change is None:
            self._marks.rebuild(annotations)
            touched = None
        else:
            touched = self._marks.patch(change)
        panes = [
            p
            for p in self.strip.panes()
            if touched is None or getattr(p.document, "id", None) in touched
        ]
        if len(annotations) > MANY_NOTES:  # one pane per turn, those in view first
            panes.sort(key=lambda p: p.visibleRegion().isEmpty())
            self._note_queue = panes[1:]
            if self._note_queue:
                self._note_timer.start()
            panes = panes[:1]
        self._draw_notes(panes)

    def _draw_notes(self, panes: list) -> None:
        changed = []
        for pane in panes:
            doc_id = getattr(pane.document, "id", None)
            marks = self._marks.marks(doc_id)
            if getattr(pane, "note_marks", None) != marks:  # redraw only what changed
                pane.note_marks = marks
                self.strip.set_overlay(pane, "note", marks, refresh=False)
                changed.append(pane)
        self.strip.refresh_marks(changed)

    def _next_notes(self) -> None:
        if self._note_queue:
            pane = self._note_queue.pop(0)
            with contextlib.suppress(RuntimeError):  # closed meanwhile
                self._draw_notes([pane])
        if self._note_queue:
            self._note_timer.start()

    def _verdicts_in_panel(self) -> None:
        model = self.window.workspace.disagreements.model
        comparison = self.window.workspace.controller.comparison
        verdicts = self.ctl.verdicts()
        shown = {}
        if comparison is not None:
            for d in comparison.disagreements:
                v = verdicts.get(verdict_key(d, comparison.documents))
                if v is not None:
                    shown[d.id] = v.status
        model.set_verdicts(shown)

    def _session_status(self) -> None:
        session = self.ctl.session
        if session is None:
            return
        read_only = session.read_only
        for name in ("annotate", "verdict", "import"):
            self.actions[name].setEnabled(not read_only)
        self.read_only_label.setText(
            self.tr("Read-only: {why}").format(why=session.read_only_reason)
        )
        self.read_only_label.setVisible(read_only)
        title = (
            session.path.stem
            if not session.path.name.startswith("untitled-")
            else self.tr("Untitled session")
        )
        self.window.setWindowFilePath(str(session.path))
        self.window.session_title = title
        self.window._update_status()  # the title names the session being written, always
        changed = session.changed_sources()
        self._changed = {getattr(d, "id", "") for d, _ in changed}
        if changed:
            names = ", ".join(f"{d.name} ({why})" for d, why in changed)
            self.banner.message.setText(self.tr("Changed since added: {names}").format(names=names))
            self.banner.setVisible(not read_only)
        else:
            self.banner.hide()
        if read_only:
            QMessageBox.information(
                self.window,
                self.tr("Opened read-only"),
                tip(
                    self.tr("{name} opened read-only: {why}.").format(
                        name=session.path.name, why=session.read_only_reason
                    )
                ),
            )

    # ----- actions
    def annotate_selection(self) -> None:
        spans = []
        for pane in self.strip.panes():
            cursor = pane.view.textCursor()
            if cursor.hasSelection() and getattr(pane.document, "id", None):
                start, end = (
                    pane.offsets.from_qt(cursor.selectionStart()),
                    pane.offsets.from_qt(cursor.selectionEnd()),
                )
                text = pane.document.text
                while start < end and not text[start].isalnum() and text[start] not in "\"“‘'(":
                    start += 1  # a drag from a paragraph's start takes its break: trim it
                while end > start and text[end - 1].isspace():
                    end -= 1
                if end > start:
                    spans.append((pane.document, start, end))
        if not spans:
            QMessageBox.information(
                self.window,
                self.tr("Select a passage"),
                self.tr("Select a passage (in one or several accounts), then annotate it."),
            )
            return
        labels = self.ctl.session.labels if self.ctl.session else []
        quote = " / ".join(d.text[s:e] for d, s, e in spans)
        values = AnnotationDialog.ask(self.window, quote, labels)
        if values is not None:
            self._guard(
                lambda: self.ctl.annotate(spans, values["note"], values["tags"], values["label"])
            )

    def edit(self, annotation: Annotation) -> None:
        labels = self.ctl.session.labels if self.ctl.session else []
        values = AnnotationDialog.ask(
            self.window,
            annotation.quote,
            labels,
            note=annotation.note,
            tags=annotation.tags,
            label=annotation.label,
        )
        if values is not None:
            colors = {n: c for n, c, _ in labels}
            self._guard(
                lambda: self.ctl.edit(annotation, color=colors.get(values["label"], ""), **values)
            )

    def jump(self, annotation: Annotation) -> None:
        for t in annotation.targets:
            pane = next(
                (p for p in self.strip.panes() if getattr(p.document, "id", None) == t.doc_id), None
            )
            if pane is not None and not t.orphaned:
                pane.reveal(t.start, t.end)

    def give_verdict(self) -> None:
        workspace = self.window.workspace
        comparison = workspace.controller.comparison
        ident = workspace.navigator.current
        index = workspace.disagreements.tree.currentIndex()
        from reader.ui.models import DISAGREEMENT_ROLE

        ident = index.data(DISAGREEMENT_ROLE) or ident
        d = (
            next((x for x in comparison.disagreements if x.id == ident), None)
            if comparison
            else None
        )
        if d is None:
            QMessageBox.information(
                self.window,
                self.tr("Choose a disagreement"),
                self.tr("Choose a disagreement in the Disagreements panel first."),
            )
            return
        key = verdict_key(d, comparison.documents)
        current = self.ctl.verdicts().get(key) or Verdict(key, summary=d.summary)
        accounts = [
            (getattr(comparison.documents[m.doc], "id", ""), doc_label(comparison, m.doc))
            for m in d.spans
        ]
        verdict = VerdictDialog.ask(self.window, d.summary, accounts, current)
        if verdict is not None:
            self._guard(lambda: self.ctl.set_verdict(verdict))

    def new_session(self) -> None:
        self.save_view()
        self.window.close_all_panes()
        self._guard(self.ctl.start_untitled)

    def reload_sources(self) -> None:
        if self.ctl.session is None:
            return
        self._guard(self.ctl.session.reload_sources)
        self.banner.hide()
        self.window.open_session(self.ctl.session.path, reuse=True)

    def _guard(self, action) -> object:
        try:
            return action()
        except SessionError as exc:
            QMessageBox.warning(self.window, self.tr("Not saved"), tip(str(exc)))
            return False

    def adopt(self, doc: Document) -> Document:
        try:
            return self.ctl.adopt(doc)
        except SessionError as exc:
            self.window.statusBar().showMessage(str(exc), 8000)
            return doc
