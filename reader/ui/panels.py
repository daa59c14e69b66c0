"""Side panels: the disagreements list and the facts table."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader.core.kinds import KIND_ORDER, KIND_STYLES
from reader.ui.models import (
    CELL_ROLE,
    DISAGREEMENT_ROLE,
    DisagreementFilter,
    DisagreementModel,
    FactsModel,
    swatch,
)
from reader.ui.plain import PlainLabel


class DisagreementPanel(QWidget):
    """Every disagreement, grouped by kind, with a kind filter and a search box.

    Signals:
        disagreement_chosen(str): the user picked a disagreement (its id).
    """

    disagreement_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DisagreementModel(self)
        self.proxy = DisagreementFilter(self)
        self.proxy.setSourceModel(self.model)

        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Show kind"))
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for kind in KIND_ORDER:
            self.kind_filter.addItem(swatch(kind), KIND_STYLES[kind].label, kind)
        self.kind_filter.currentIndexChanged.connect(self._apply_filter)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search disagreements"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search disagreements"))
        self.search.textChanged.connect(self._apply_filter)

        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName(self.tr("Disagreements"))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setWordWrap(False)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # every divider drags
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(48)
        header.sectionResized.connect(self._user_resized)
        self._user_widths = False
        self.tree.viewport().installEventFilter(self)
        self.tree.activated.connect(self._chosen)
        self.tree.clicked.connect(self._chosen)
        self.filter_note = PlainLabel()
        self.filter_note.setObjectName("filterNote")
        self.filter_note.setVisible(False)

        top = QHBoxLayout()
        top.addWidget(self.kind_filter)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.filter_note)
        layout.addWidget(self.tree, 1)
        self.visible_kinds = set(KIND_ORDER)

    def set_comparison(self, comparison, dark: bool = False) -> None:
        self.model.dark = dark
        self.model.set_comparison(comparison)
        self.tree.expandAll()
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The summary takes most of the width, the verdict what it needs, the accounts the
        rest; once the user drags a divider, their widths are kept."""
        if self._user_widths:
            return
        width = self.tree.viewport().width()
        verdict = self.tree.fontMetrics().horizontalAdvance("✘ not one") + 16
        self._fitting = True
        self.tree.setColumnWidth(0, max(120, int(width * 0.62)))
        self.tree.setColumnWidth(1, verdict)
        self._fitting = False

    def _user_resized(self, *_: object) -> None:
        if not getattr(self, "_fitting", False) and self.tree.header().underMouse():
            self._user_widths = True

    def eventFilter(self, watched, event) -> bool:
        if watched is self.tree.viewport() and event.type() == event.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def set_visible_kinds(self, kinds: set[str], involving: int | None = None) -> None:
        """Show the disagreements of these kinds (and, with ``involving``, only those that
        involve that account)."""
        self.visible_kinds = set(kinds)
        self.proxy.set_involving(involving)
        self._apply_filter()

    def _apply_filter(self) -> None:
        chosen = self.kind_filter.currentData()
        kinds = self.visible_kinds & ({chosen} if chosen else set(KIND_ORDER))
        self.proxy.set_kinds(kinds)
        self.proxy.setFilterFixedString(self.search.text())
        self.tree.expandAll()
        hidden = [KIND_STYLES[k].label for k in KIND_ORDER if k not in kinds]
        active = bool(hidden) or bool(self.search.text())
        # a filter that is on must always be visible, or users miss differences
        parts = []
        if hidden:
            parts.append(self.tr("hidden: {kinds}").format(kinds=", ".join(hidden)))
        if self.search.text():
            parts.append(self.tr("matching “{text}”").format(text=self.search.text()))
        self.filter_note.setText(self.tr("Filtered — ") + "; ".join(parts))
        self.filter_note.setVisible(active)

    def _chosen(self, index: QModelIndex) -> None:
        ident = index.data(DISAGREEMENT_ROLE)
        if ident:
            self.disagreement_chosen.emit(ident)

    def select(self, ident: str) -> None:
        """Select (without re-emitting) the row of a disagreement."""
        for kind_row in range(self.proxy.rowCount()):
            parent = self.proxy.index(kind_row, 0)
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                if index.data(DISAGREEMENT_ROLE) == ident:
                    flags = (
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows
                    )
                    self.tree.selectionModel().setCurrentIndex(index, flags)
                    self.tree.scrollTo(index)
                    return


class FactsPanel(QWidget):
    """The facts table: one row per topic, one column per account; click a cell to jump.

    Signals:
        cell_chosen(str, int, int, int): disagreement id, comparison doc index, start, end.
    """

    cell_chosen = Signal(str, int, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FactsModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Facts by account"))
        self.table.setWordWrap(False)  # one line a row, elided; the tooltip holds the whole
        self.table.setAlternatingRowColors(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # measuring every row: 0.1-0.5 s
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.clicked.connect(self._chosen)
        self.table.activated.connect(self._chosen)
        self.copy_button = QPushButton(self.tr("Copy Table"))
        self.copy_button.setToolTip(
            self.tr("Copy the table as tab-separated text (paste into a spreadsheet)")
        )
        self.copy_button.clicked.connect(self.copy)
        self.table.addAction(self._copy_action())
        header = QHBoxLayout()
        header.addWidget(PlainLabel(self.tr("Each account's value; “—” where it says nothing.")), 1)
        header.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.table, 1)

    def _copy_action(self):
        from PySide6.QtGui import QAction

        action = QAction(self.tr("Copy Table"), self.table)
        action.setShortcut(QKeySequence.StandardKey.Copy)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(self.copy)
        return action

    def set_comparison(self, comparison, dark: bool = False) -> None:
        self.model.dark = dark
        self.model.set_comparison(comparison)

    def set_filter(self, accept) -> None:
        """Show only the rows whose disagreement ``accept`` passes (the window's filter)."""
        self.model.set_filter(accept)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.model.as_tsv())

    def _chosen(self, index: QModelIndex) -> None:
        cell = index.data(CELL_ROLE)
        if cell:
            ident, doc, start, end = cell
            self.cell_chosen.emit(ident, doc, start, end)
