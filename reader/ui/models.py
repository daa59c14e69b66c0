"""Item models over a Comparison: the disagreements tree and the facts table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from reader.core.compare import Comparison, Disagreement
from reader.core.document import short_labels
from reader.core.kinds import KIND_ORDER, KIND_STYLES, Severity
from reader.ui.plain import tip

DISAGREEMENT_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
CELL_ROLE = Qt.ItemDataRole.UserRole + 3
ModelIndex = QModelIndex | QPersistentModelIndex


def doc_label(comparison: Comparison, index: int) -> str:
    """The account's short label: the same in every panel, dialog and report."""
    labels = comparison.__dict__.get("_labels")
    if labels is None:
        labels = comparison.__dict__["_labels"] = short_labels(comparison.documents)
    return labels[index]


# How a verdict reads in the Disagreements panel's Verdict column.
VERDICT_MARKS = {"real conflict": "✔ conflict", "not a conflict": "✘ not one", "unresolved": "?"}


def color_icon(color: str) -> QIcon:
    """A small square of ``color`` (grey when none) for lists and menus."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color) if color else QColor("#bbbbbb"))
    return QIcon(pixmap)


def swatch_off(kind: str, dark: bool = False) -> QIcon:
    """A kind that is hidden: its colour as an empty frame, crossed out."""
    style = KIND_STYLES[kind]
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    pen = QPen(QColor(style.dark if not dark else style.light).darker(130))
    pen.setWidth(1)
    painter.setPen(pen)
    painter.drawRect(0, 0, 11, 11)
    painter.drawLine(0, 11, 11, 0)
    painter.end()
    return QIcon(pixmap)


def swatch(kind: str, dark: bool = False) -> QIcon:
    style = KIND_STYLES[kind]
    return color_icon(style.dark if dark else style.light)


class DisagreementModel(QAbstractItemModel):
    """Kinds at the top level, their disagreements below. Columns: what, which accounts."""

    HEADERS = ("Disagreement", "Verdict", "Accounts")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self._kinds: list[str] = []
        self._items: dict[str, list[Disagreement]] = {}
        self.dark = False
        self.verdicts: dict[str, str] = {}  # disagreement id -> the user's verdict

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self.comparison = comparison
        by_kind = comparison.by_kind() if comparison else {}
        self._kinds = [k for k in KIND_ORDER if by_kind.get(k)]
        self._items = {k: by_kind[k] for k in self._kinds}
        self.endResetModel()

    def set_verdicts(self, verdicts: dict[str, str]) -> None:
        """Show the user's verdicts beside their disagreements (display text only)."""
        if verdicts == self.verdicts:
            return
        self.verdicts = dict(verdicts)
        for row in range(len(self._kinds)):
            parent = self.index(row, 0)
            count = self.rowCount(parent)
            if count:
                last = self.index(count - 1, len(self.HEADERS) - 1, parent)
                self.dataChanged.emit(self.index(0, 0, parent), last)

    # --- structure
    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)  # a kind row
        return self.createIndex(row, column, parent.row() + 1)  # a disagreement of that kind

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._kinds)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return len(self._items[self._kinds[parent.row()]])

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def disagreement(self, index: ModelIndex) -> Disagreement | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._items[self._kinds[index.internalId() - 1]][index.row()]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.comparison is None:
            return None
        if index.internalId() == 0:
            kind = self._kinds[index.row()]
            style = KIND_STYLES[kind]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return f"{style.label} ({len(self._items[kind])})"
            if role == Qt.ItemDataRole.ToolTipRole:
                return tip(style.description)
            if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
                return swatch(kind, self.dark)
            if role == KIND_ROLE:
                return kind
            return None
        d = self._items[self._kinds[index.internalId() - 1]][index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return f"≈ {d.summary}" if d.severity == Severity.DIFFERS else d.summary
            if index.column() == 1:
                return VERDICT_MARKS.get(self.verdicts.get(d.id, ""), "")
            return ", ".join(doc_label(self.comparison, m.doc) for m in d.spans)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [d.summary, f"Rule: {d.rule}"]
            if d.id in self.verdicts:
                lines.append(f"Your verdict: {self.verdicts[d.id]}")
            if d.severity == Severity.DIFFERS:
                lines.append("The values differ but can all be true.")
            for m in d.spans:
                text = self.comparison.documents[m.doc].text[m.start : m.end]
                lines.append(f"{doc_label(self.comparison, m.doc)}: “{text[:160]}”")
            return tip("\n".join(lines))
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return swatch(d.kind, self.dark)
        if role == DISAGREEMENT_ROLE:
            return d.id
        if role == KIND_ROLE:
            return d.kind
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{KIND_STYLES[d.kind].label}: {d.summary}"
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class DisagreementFilter(QSortFilterProxyModel):
    """Shows the disagreements of the visible kinds whose text matches the search."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kinds: set[str] = set(KIND_ORDER)
        self.involving: int | None = None
        self.setRecursiveFilteringEnabled(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_involving(self, doc: int | None) -> None:
        """Only disagreements with a span in account ``doc`` (None: all)."""
        self.involving = doc

    def set_kinds(self, kinds: set[str]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+
            self.beginFilterChange()
            self.kinds = set(kinds)
            self.endFilterChange()
        else:
            self.kinds = set(kinds)
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: ModelIndex) -> bool:
        source = self.sourceModel()
        index = source.index(row, 0, parent)
        kind = source.data(index, KIND_ROLE)
        if kind not in self.kinds:
            return False
        if not parent.isValid():
            return False  # kind rows show when a child is accepted (recursive filtering)
        if self.involving is not None:
            d = source.disagreement(index)
            if d is None or not any(m.doc == self.involving for m in d.spans):
                return False
        return super().filterAcceptsRow(row, parent)


class FactsModel(QAbstractTableModel):
    """One row per disagreement topic, one column per account: each account's value, "—"
    where it says nothing. Rows whose values conflict are marked; the table doubles as the
    omission matrix."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.rows: list[Disagreement] = []
        self._all: list[Disagreement] = []
        self._accept = lambda d: True
        self.dark = False

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self.comparison = comparison
        self._all = list(comparison.disagreements) if comparison else []
        self.rows = [d for d in self._all if self._accept(d)]
        self.endResetModel()

    def set_filter(self, accept) -> None:
        """Keep only the rows whose disagreement ``accept`` passes."""
        self.beginResetModel()
        self._accept = accept
        self.rows = [d for d in self._all if accept(d)]
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.comparison is None:
            return 0
        return len(self.comparison.documents)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.comparison is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return doc_label(self.comparison, section)
            d = self.rows[section]
            return d.topic
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Vertical:
            d = self.rows[section]
            return tip(f"{KIND_STYLES[d.kind].label}: {d.summary}")
        if role == Qt.ItemDataRole.DecorationRole and orientation == Qt.Orientation.Vertical:
            return swatch(self.rows[section].kind, self.dark)
        return None

    def cell(self, row: int, column: int) -> tuple[Disagreement, Any] | None:
        d = self.rows[row]
        span = next((m for m in d.spans if m.doc == column), None)
        return (d, span) if span else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.comparison is None:
            return None
        d = self.rows[index.row()]
        span = next((m for m in d.spans if m.doc == index.column()), None)
        if role == Qt.ItemDataRole.DisplayRole:
            if span is None:
                return "—"
            if span.value is not None:
                return span.value
            return "not disclosed" if d.kind == "quantity" else "mentioned"
        if role == Qt.ItemDataRole.ToolTipRole:
            if span is None:
                return self.tr("This account says nothing about it")
            text = self.comparison.documents[span.doc].text[span.start : span.end]
            return tip(f"“{text[:200]}”")
        if role == Qt.ItemDataRole.BackgroundRole and span is not None and KIND_STYLES[d.kind].fact:
            color = QColor(KIND_STYLES[d.kind].dark if self.dark else KIND_STYLES[d.kind].light)
            color.setAlpha(110)
            return color
        if role == Qt.ItemDataRole.TextAlignmentRole and span is None:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == CELL_ROLE:
            return (d.id, span.doc, span.start, span.end) if span else None
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def as_tsv(self) -> str:
        """The table as tab-separated text, with a header row, for the clipboard."""
        if self.comparison is None:
            return ""
        cols = self.columnCount()
        lines = [
            "topic\tkind\t"
            + "\t".join(str(self.headerData(c, Qt.Orientation.Horizontal)) for c in range(cols))
        ]
        for r, d in enumerate(self.rows):
            cells = [str(self.data(self.index(r, c))) for c in range(cols)]
            lines.append(f"{d.topic}\t{d.kind}\t" + "\t".join(cells))
        return "\n".join(lines) + "\n"
