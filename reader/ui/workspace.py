"""The comparison side of the main window: background comparison, panels, legend and kind
toggles, navigation, find, zoom, pivot, sync toggle, manual (un)linking, and their state."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QDockWidget, QMainWindow, QMessageBox, QToolBar

from reader.core.compare import Comparison
from reader.core.document import short_labels
from reader.core.kinds import KIND_ORDER, KIND_STYLES
from reader.ui import memory
from reader.ui.actions import make_action
from reader.ui.comparison import ComparisonController, document_key
from reader.ui.findbar import FindBar
from reader.ui.highlights import is_dark
from reader.ui.models import swatch, swatch_off
from reader.ui.navigator import Navigator
from reader.ui.panels import DisagreementPanel, FactsPanel
from reader.ui.panestrip import PaneStrip
from reader.ui.plain import PlainLabel, tip
from reader.ui.tasks import TaskRunner

ZOOM_STEPS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0)


class Workspace(QObject):
    """Everything that turns open panes into a comparison a user can work through.

    Signals:
        comparison_shown(object): a comparison (or None) is now on screen.
        override_added(tuple): the user linked or unlinked two passages (by document key).
    """

    comparison_shown = Signal(object)
    override_added = Signal(tuple)

    def __init__(
        self, window: QMainWindow, strip: PaneStrip, tasks: TaskRunner, settings: QSettings
    ) -> None:
        super().__init__(window)
        self.window = window
        self.strip = strip
        self.settings = settings
        self.controller = ComparisonController(self)
        self.navigator = Navigator(strip, self)
        self.findbar = FindBar(strip)
        self.findbar.hide()
        self.disagreements = DisagreementPanel()
        self.facts = FactsPanel()
        self.actions: dict[str, QAction] = {}
        self.hold = False
        self._compared: list[int] = []
        self._zoom = 2
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(self.compare_now)

        self.status = PlainLabel()
        self.position = PlainLabel()
        self.filter_label = PlainLabel()
        self.filter_label.setObjectName("activeFilter")
        self.filter_label.setStyleSheet(
            "color: palette(highlighted-text); background: palette(highlight);"
            " padding: 0 6px; border-radius: 3px;"
        )
        self.filter_label.hide()

        self._make_docks()
        self._make_actions()
        self._make_toolbars()
        self._connect()
        self.restore()

    # ----- construction
    def _make_docks(self) -> None:
        w = self.window
        self.disagreement_dock = QDockWidget(self.tr("Disagreements"), w)
        self.disagreement_dock.setObjectName("disagreementsDock")
        self.disagreement_dock.setWidget(self.disagreements)
        self.facts_dock = QDockWidget(self.tr("Facts"), w)
        self.facts_dock.setObjectName("factsDock")
        self.facts_dock.setWidget(self.facts)
        w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.disagreement_dock)
        w.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.facts_dock)
        w.resizeDocks([self.disagreement_dock], [360], Qt.Orientation.Horizontal)
        w.resizeDocks([self.facts_dock], [170], Qt.Orientation.Vertical)

    def _action(
        self, name: str, text: str, slot, shortcut=None, tip: str = "", checkable: bool = False
    ) -> QAction:
        action = make_action(self.window, text, slot, shortcut, tip, checkable)
        self.actions[name] = action
        return action

    def _make_actions(self) -> None:
        key = QKeySequence.StandardKey
        self._action(
            "next",
            self.tr("&Next Disagreement"),
            lambda: self.navigator.step(1),
            "Alt+Down",
            self.tr("Go to the next disagreement"),
        )
        self._action(
            "previous",
            self.tr("&Previous Disagreement"),
            lambda: self.navigator.step(-1),
            "Alt+Up",
            self.tr("Go to the previous disagreement"),
        )
        for n, kind in enumerate(KIND_ORDER, 1):
            label = KIND_STYLES[kind].label
            self._action(
                f"next_{kind}",
                self.tr("Next {kind}").format(kind=label),
                lambda _=False, k=kind: self.navigator.step(1, k),
                f"Alt+{n}",
            )
            self._action(
                f"previous_{kind}",
                self.tr("Previous {kind}").format(kind=label),
                lambda _=False, k=kind: self.navigator.step(-1, k),
                f"Alt+Shift+{n}",
            )
            toggle = self._action(
                f"show_{kind}",
                label,
                lambda _=False: self._kinds_changed(),
                None,
                self.tr("Show or hide {kind} disagreements: {what}").format(
                    kind=label.lower(), what=KIND_STYLES[kind].description
                ),
                checkable=True,
            )
            toggle.setChecked(True)
            toggle.setIcon(swatch(kind))
            # shown: the filled swatch; hidden: an empty, crossed-out frame (a raised button
            # alone reads as "on" to many)
            toggle.toggled.connect(
                lambda on, t=toggle, k=kind: t.setIcon(swatch(k) if on else swatch_off(k))
            )
        self._action(
            "changes",
            self.tr("Show &Word Changes"),
            self._kinds_changed,
            None,
            self.tr("Tint the words that differ inside aligned passages"),
            checkable=True,
        ).setChecked(True)
        self._action("find", self.tr("&Find in All Accounts…"), self.findbar.open, key.Find)
        self._action("find_next", self.tr("Find Next"), lambda: self.findbar.step(1), key.FindNext)
        self._action(
            "find_previous",
            self.tr("Find Previous"),
            lambda: self.findbar.step(-1),
            key.FindPrevious,
        )
        self._action("zoom_in", self.tr("Zoom &In"), lambda: self.zoom(1), key.ZoomIn)
        self._action("zoom_out", self.tr("Zoom &Out"), lambda: self.zoom(-1), key.ZoomOut)
        self._action("zoom_reset", self.tr("&Actual Size"), lambda: self.zoom(0), "Ctrl+0")
        self._action(
            "sync",
            self.tr("&Scroll Together"),
            self._sync_changed,
            "Ctrl+Shift+T",
            self.tr("Scroll every account to the passages aligned with the one you scroll"),
            checkable=True,
        ).setChecked(True)
        self._action(
            "by_date",
            self.tr("Order by &Date"),
            self.strip.order_by_date,
            None,
            self.tr("Put the accounts in order of publication"),
        )
        self._action(
            "link",
            self.tr("&Link Selected Passages"),
            lambda: self.link(True),
            "Ctrl+L",
            self.tr("Select a passage in two accounts: they tell the same fact"),
        )
        self._action(
            "unlink",
            self.tr("&Unlink Selected Passages"),
            lambda: self.link(False),
            "Ctrl+Shift+L",
            self.tr("Select a passage in two accounts: they are not the same fact"),
        )
        self._action("cancel", self.tr("Cancel Comparison"), self.controller.cancel, None)

    def _make_toolbars(self) -> None:
        nav = QToolBar(self.tr("Comparison"), self.window)
        nav.setObjectName("comparisonToolbar")
        nav.addAction(self.actions["previous"])
        nav.addAction(self.actions["next"])
        nav.addSeparator()
        self.pivot = QComboBox()
        self.pivot.setAccessibleName(self.tr("Compare against"))
        self.pivot.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.pivot.setMinimumContentsLength(16)
        self.pivot.setMaximumWidth(260)
        self.pivot.setToolTip(
            self.tr("Show every disagreement, or only those involving one account")
        )
        self.pivot.currentIndexChanged.connect(self._pivot_changed)
        nav.addWidget(self.pivot)
        nav.addAction(self.actions["by_date"])
        nav.addAction(self.actions["sync"])
        kinds = QToolBar(self.tr("Kinds"), self.window)
        kinds.setObjectName("kindsToolbar")
        kinds.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for kind in KIND_ORDER:
            kinds.addAction(self.actions[f"show_{kind}"])
        kinds.addSeparator()
        kinds.addAction(self.actions["changes"])
        self.window.addToolBar(nav)
        self.window.addToolBarBreak()
        self.window.addToolBar(kinds)
        self.toolbars = (nav, kinds)
        menu = self.window.menuBar()
        view = next(
            (a.menu() for a in menu.actions() if a.menu() and a.menu().objectName() == "viewMenu"),
            None,
        )
        if view is not None:
            for name in (
                "find",
                "find_next",
                "find_previous",
                None,
                "zoom_in",
                "zoom_out",
                "zoom_reset",
                None,
                "sync",
                "by_date",
                "changes",
            ):
                view.addSeparator() if name is None else view.addAction(self.actions[name])
            shown = view.addMenu(self.tr("Show &Kinds"))
            for kind in KIND_ORDER:
                shown.addAction(self.actions[f"show_{kind}"])
        go = menu.addMenu(self.tr("&Go"))
        go.addAction(self.actions["next"])
        go.addAction(self.actions["previous"])
        by_kind = go.addMenu(self.tr("By &Kind"))
        for kind in KIND_ORDER:
            by_kind.addAction(self.actions[f"next_{kind}"])
            by_kind.addAction(self.actions[f"previous_{kind}"])
        align = menu.addMenu(self.tr("&Align"))
        align.addAction(self.actions["link"])
        align.addAction(self.actions["unlink"])
        window_menu = menu.addMenu(self.tr("&Panels"))
        window_menu.addAction(self.disagreement_dock.toggleViewAction())
        window_menu.addAction(self.facts_dock.toggleViewAction())
        for bar in self.toolbars:
            window_menu.addAction(bar.toggleViewAction())

    def _connect(self) -> None:
        self.strip.panes_changed.connect(self.schedule)
        self.controller.started.connect(lambda: self.status.setText(self.tr("Comparing…")))
        self.controller.progressed.connect(self._progress)
        self.controller.finished.connect(self.show_comparison)
        self.controller.failed.connect(self._failed)
        self.disagreements.disagreement_chosen.connect(self.navigator.go)
        self.facts.cell_chosen.connect(self._cell_chosen)
        self.navigator.current_changed.connect(self._current)

    def _cell_chosen(self, ident: str, doc: int, start: int, end: int) -> None:
        """A Facts cell is that disagreement chosen (one current disagreement everywhere),
        with its account's span shown."""
        self.navigator.go(ident)
        self.navigator.reveal_span(doc, start, end)

    # ----- comparison
    def schedule(self) -> None:
        """Compare again soon if the set of open documents changed (not on reordering)."""
        if self.hold:
            return  # a batch of files is still being added: compare once, at the end
        current = sorted(id(d) for d in self.strip.documents())
        if current != self._compared:
            self._pending.start()
        self._fill_pivot()

    def compare_now(self) -> None:
        docs = self.strip.documents()
        self._compared = sorted(id(d) for d in docs)
        previous = self.controller.comparison
        if previous is not None:
            # keep the order the overrides were made in; new documents go last
            known = [d for d in previous.documents if any(d is x for x in docs)]
            docs = known + [d for d in docs if not any(d is k for k in known)]
        self.controller.request(docs)

    def show_comparison(self, comparison: Comparison | None) -> None:
        """Put a comparison on screen in short turns of the event loop: the panes' marks (a
        pane a turn), then the Disagreements panel, then the Facts table and the filters;
        ``comparison_shown`` when all are done. Clearing (None) is done at once."""
        dark = is_dark(self.window.palette())
        if comparison is None:
            self.strip.set_comparison(None)
            self._show_panels(None, dark)
            self.comparison_shown.emit(None)
            return

        def current() -> bool:  # not superseded by a newer comparison meanwhile
            return self.strip.comparison is comparison

        def disagreements() -> None:
            if current():
                self.disagreements.set_comparison(comparison, dark)
                QTimer.singleShot(1, self, facts)

        def facts() -> None:
            if current():
                self._show_panels(comparison, dark, disagreements=False)
                memory.settle()
                self.comparison_shown.emit(comparison)

        # timers of 1 ms, not 0: the window's own events get their turn between the steps
        self.strip.set_comparison(comparison, lambda: QTimer.singleShot(1, self, disagreements))

    def _show_panels(
        self, comparison: Comparison | None, dark: bool, disagreements: bool = True
    ) -> None:
        if disagreements:
            self.disagreements.set_comparison(comparison, dark)
        self.facts.set_comparison(comparison, dark)
        self.navigator.current = None
        self.position.setText("")
        self._apply_filters(redraw=False)  # the strip draws the new marks, a pane per turn

    def _progress(self, fraction: float, message: str) -> None:
        self.status.setText(
            self.tr("Comparing… {percent}% — {what}").format(
                percent=int(fraction * 100), what=message
            )
        )

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("Comparison failed"))
        QMessageBox.warning(self.window, self.tr("Comparison failed"), tip(message))

    def _current(self, ident: str, position: int, total: int) -> None:
        self.position.setText(
            self.tr("Disagreement {n} of {total}").format(n=position, total=total)
        )
        self.disagreements.select(ident)

    # ----- view settings
    def visible_kinds(self) -> set[str]:
        return {k for k in KIND_ORDER if self.actions[f"show_{k}"].isChecked()}

    def _kinds_changed(self) -> None:
        self.strip.show_changes = self.actions["changes"].isChecked()
        self._apply_filters()

    def _apply_filters(self, redraw: bool = True) -> None:
        """One filter (the kinds shown, the account compared against), applied to the panes,
        the Disagreements panel, the Facts table, navigation and the status alike."""
        kinds = self.visible_kinds()
        chosen = self.pivot.currentData()
        self.strip.visible_kinds = kinds
        self.strip.pivot = next((d for d in self.strip.documents() if id(d) == chosen), None)
        if redraw:
            self.strip.refresh_marks()
        comparison = self.strip.comparison
        involving = self.strip.doc_index(self.strip.pivot) if self.strip.pivot else None
        self.disagreements.set_visible_kinds(kinds, involving)
        self.facts.set_filter(lambda d: self.strip.shown(d))
        hidden = [KIND_STYLES[k].label for k in KIND_ORDER if k not in kinds]
        parts = []
        if hidden:
            parts.append(self.tr("Hidden: {kinds}").format(kinds=", ".join(hidden)))
        if involving is not None and comparison is not None:
            parts.append(self.pivot.currentText())
        self.filter_label.setText(" · ".join(parts))
        self.filter_label.setVisible(bool(parts))
        self._show_counts()
        current = self.navigator.current
        shown = [d.id for d in self.navigator.shown()]
        if current in shown:
            self._current(current, shown.index(current) + 1, len(shown))
        else:
            self.navigator.current = None
            self.position.setText("")

    def _show_counts(self) -> None:
        comparison = self.strip.comparison
        if comparison is None:
            self.status.setText("")
            return
        if comparison.notes and not comparison.disagreements:
            self.status.setText(comparison.notes[0])
            return
        every = comparison.disagreements
        shown = [d for d in every if self.strip.shown(d)]
        facts = sum(1 for d in shown if KIND_STYLES[d.kind].fact)
        if len(shown) == len(every):
            text = self.tr("{n} disagreements ({facts} on facts)").format(n=len(every), facts=facts)
        else:
            text = self.tr("{shown} of {n} disagreements shown ({facts} on facts)").format(
                shown=len(shown), n=len(every), facts=facts
            )
        self.status.setText(text)

    def _sync_changed(self) -> None:
        self.strip.sync.enabled = self.actions["sync"].isChecked()

    def _fill_pivot(self) -> None:
        chosen = self.pivot.currentData()
        self.pivot.blockSignals(True)
        self.pivot.clear()
        self.pivot.addItem(self.tr("All against all"), None)
        documents = list(self.strip.documents())
        for doc, label in zip(documents, short_labels(documents), strict=True):
            self.pivot.addItem(self.tr("Against {name}").format(name=label), id(doc))
        index = self.pivot.findData(chosen)
        self.pivot.setCurrentIndex(max(index, 0))
        self.pivot.blockSignals(False)
        self._pivot_changed()

    def _pivot_changed(self) -> None:
        self._apply_filters()

    def zoom(self, step: int) -> None:
        self._zoom = 2 if step == 0 else max(0, min(len(ZOOM_STEPS) - 1, self._zoom + step))
        for pane in self.strip.panes():
            pane.set_zoom(ZOOM_STEPS[self._zoom])
        self.strip.splitter.update_links()

    def link(self, same: bool) -> None:
        """Turn the passages selected in two panes into a manual (un)link and compare again."""
        comparison = self.controller.comparison
        chosen = [p for p in self.strip.panes() if p.view.textCursor().hasSelection()]
        if comparison is None or len(chosen) < 2:
            QMessageBox.information(
                self.window,
                self.tr("Select two passages"),
                self.tr("Select a passage in each of two accounts, then choose Link or Unlink."),
            )
            return
        sides = []
        for pane in chosen[:2]:
            cursor = pane.view.textCursor()
            start = pane.offsets.from_qt(cursor.selectionStart())
            end = pane.offsets.from_qt(cursor.selectionEnd())
            sides.append((document_key(pane.document), start, end))
        key = (*sides[0], *sides[1], same)
        self.override_added.emit(key)
        self.controller.add_override(key, comparison.documents)

    # ----- state
    def save(self) -> None:
        s = self.settings
        s.setValue("view/kinds", sorted(self.visible_kinds()))
        s.setValue("view/changes", self.actions["changes"].isChecked())
        s.setValue("view/sync", self.actions["sync"].isChecked())
        s.setValue("view/zoom", self._zoom)

    def restore(self) -> None:
        s = self.settings
        kinds = s.value("view/kinds")
        if kinds is not None:
            kinds = [kinds] if isinstance(kinds, str) else list(kinds)
            for kind in KIND_ORDER:
                self.actions[f"show_{kind}"].setChecked(kind in kinds)
        self.actions["changes"].setChecked(str(s.value("view/changes", "true")).lower() == "true")
        self.actions["sync"].setChecked(str(s.value("view/sync", "true")).lower() == "true")
        self._zoom = int(s.value("view/zoom", 2))
        self._sync_changed()
        self._kinds_changed()
