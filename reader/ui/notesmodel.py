"""The Notes panel's model: notes (and orphans) as two groups, each row computed when the view
asks for it, so 50,000 notes cost no more to show than the rows on screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from reader.core.annotations import Annotation
from reader.ui.models import color_icon
from reader.ui.plain import tip

ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 10
ModelIndex = QModelIndex | QPersistentModelIndex


class NotesModel(QAbstractItemModel):
    """Two groups ("Notes", "Orphaned") of annotations; columns: quote, note, label, accounts."""

    HEADERS = ("Quote", "Note", "Label", "Account")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.groups: list[tuple[str, list[Annotation]]] = []
        self.labels: dict[str, str] = {}  # document id -> the account's short label

    def set_rows(
        self, placed: list[Annotation], orphans: list[Annotation], labels: dict[str, str]
    ) -> None:
        """Show these rows. One note added, removed or edited is applied as that one change
        (the view keeps its place and does not lay out every row again); anything else
        resets the model."""
        self.labels = labels
        title = self.tr("Notes ({n})").format(n=len(placed))
        if self._one_change(placed) and bool(orphans) == (len(self.groups) > 1):
            if len(self.groups) > 1:
                self.groups[1] = (self.groups[1][0], orphans)
            group = self.index(0, 0)
            self.groups[0] = (title, self.groups[0][1])
            self.dataChanged.emit(group, group)
            return
        self.beginResetModel()
        self.groups = [(title, placed)]
        if orphans:
            self.groups.append(
                (self.tr("Orphaned — passage not found in the current text"), orphans)
            )
        self.endResetModel()

    def _one_change(self, new: list[Annotation]) -> bool:
        """Apply ``new`` to the first group if it differs from the shown rows by one note."""
        if not self.groups:
            return False
        old = self.groups[0][1]
        parent = self.index(0, 0)
        if len(new) == len(old) + 1 and _same(old, new[: len(old)]):
            self.beginInsertRows(parent, len(old), len(old))
            self.groups[0] = (self.groups[0][0], new)
            self.endInsertRows()
            return True
        if len(new) == len(old) - 1:
            at = next(
                (i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a is not b), len(new)
            )
            if _same(old[at + 1 :], new[at:]):
                self.beginRemoveRows(parent, at, at)
                self.groups[0] = (self.groups[0][0], new)
                self.endRemoveRows()
                return True
        if len(new) == len(old):
            changed = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a is not b]
            if len(changed) <= 1:
                self.groups[0] = (self.groups[0][0], new)
                for i in changed:
                    self.dataChanged.emit(
                        self.index(i, 0, parent), self.index(i, len(self.HEADERS) - 1, parent)
                    )
                return True
        return False

    def annotation(self, index: ModelIndex) -> Annotation | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.groups[index.internalId() - 1][1][index.row()]

    # ----- structure
    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        return len(self.groups[parent.row()][1])

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return self.groups[index.row()][0]
            return None
        ann = self.annotation(index)
        if ann is None:
            return None
        target = ann.targets[0]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                more = f" (+{len(ann.targets) - 1})" if len(ann.targets) > 1 else ""
                return f"“{' '.join(target.exact.split())[:80]}”{more}"
            if column == 1:
                tags = f"  [{', '.join(ann.tags)}]" if ann.tags else ""
                return " ".join(ann.note.split())[:120] + tags
            if column == 2:
                return ann.label
            return ", ".join(self.labels.get(t.doc_id, "?") for t in ann.targets)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return color_icon(ann.color)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return tip(ann.note or target.exact)
        if role == ANNOTATION_ROLE:
            return ann.id
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _same(a: list, b: list) -> bool:
    """The same objects in the same order (identity, not a deep comparison)."""
    return len(a) == len(b) and all(x is y for x, y in zip(a, b, strict=True))
