"""The Notes panel's model: a flat table of group headings ("Notes", "Orphaned") and notes,
each cell computed when the view asks for it.

Flat on purpose: a tree view lays out every expanded row again whenever one row is inserted
(50,000 calls into Python for one new note); a table view only asks for the rows on screen, so
50,000 notes cost no more to show, add to or filter than the rows in view.
"""

from __future__ import annotations

from operator import is_
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from reader.core.annotations import Annotation
from reader.ui.models import color_icon
from reader.ui.notemarks import common_start
from reader.ui.plain import tip

ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 10
ModelIndex = QModelIndex | QPersistentModelIndex
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_HEADING_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren


class NotesModel(QAbstractTableModel):
    """Group headings, each followed by its notes (unless folded); columns: quote, note,
    label, accounts."""

    HEADERS = ("Quote", "Note", "Label", "Account")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.groups: list[tuple[str, list[Annotation]]] = []
        self.folded: set[int] = set()  # groups whose notes are hidden
        self.labels: dict[str, str] = {}  # document id -> the account's short label
        self._starts: list[int] = []  # the row of each group's heading
        self._rows = 0
        self._bold = QFont()
        self._bold.setBold(True)

    # ----- content
    def set_rows(
        self, placed: list[Annotation], orphans: list[Annotation], labels: dict[str, str]
    ) -> None:
        """Show these rows. One note added, removed or edited is applied as that one change
        (the view keeps its place and selection); anything else resets the model."""
        self.labels = labels
        title = self.tr("Notes ({n})").format(n=len(placed))
        orphan_title = self.tr("Orphaned — passage not found in the current text")
        if self.groups and bool(orphans) == (len(self.groups) > 1) and self._one_change(placed):
            self.groups[0] = (title, self.groups[0][1])
            if len(self.groups) > 1:
                self._set_orphans(orphan_title, orphans)
            heading = self.index(0, 0)
            self.dataChanged.emit(heading, heading)
            return
        self.beginResetModel()
        self.groups = [(title, placed)]
        if orphans:
            self.groups.append((orphan_title, orphans))
        self.folded = {g for g in self.folded if g < len(self.groups)}
        self._layout()
        self.endResetModel()

    def _set_orphans(self, title: str, orphans: list[Annotation]) -> None:
        old = self.groups[1][1]
        if _same(old, orphans):
            self.groups[1] = (title, orphans)
            return
        self.beginResetModel()
        self.groups[1] = (title, orphans)
        self._layout()
        self.endResetModel()

    def _one_change(self, new: list[Annotation]) -> bool:
        """Apply ``new`` to the first group if it differs from the shown rows by one note."""
        old = self.groups[0][1]
        shown = 0 not in self.folded
        if len(new) == len(old) + 1 and _same(old, new[: len(old)]):
            row = 1 + len(old)
            if shown:
                self.beginInsertRows(QModelIndex(), row, row)
            self.groups[0] = (self.groups[0][0], new)
            self._layout()
            if shown:
                self.endInsertRows()
            return True
        if len(new) == len(old) - 1:
            at = common_start(old, new)
            if _same(old[at + 1 :], new[at:]):
                if shown:
                    self.beginRemoveRows(QModelIndex(), 1 + at, 1 + at)
                self.groups[0] = (self.groups[0][0], new)
                self._layout()
                if shown:
                    self.endRemoveRows()
                return True
        if len(new) == len(old):
            head = common_start(old, new)
            changed = [head] if head < len(new) else []
            if _same(old[head + 1 :], new[head + 1 :]):
                self.groups[0] = (self.groups[0][0], new)
                for i in changed if shown else ():
                    self.dataChanged.emit(
                        self.index(1 + i, 0), self.index(1 + i, len(self.HEADERS) - 1)
                    )
                return True
        return False

    def _layout(self) -> None:
        self._starts, row = [], 0
        for g, (_, notes) in enumerate(self.groups):
            self._starts.append(row)
            row += 1 + (0 if g in self.folded else len(notes))
        self._rows = row

    def toggle(self, group: int) -> None:
        """Fold or unfold a group's notes (a click on its heading)."""
        self.beginResetModel()
        self.folded ^= {group}
        self._layout()
        self.endResetModel()

    # ----- addressing
    def locate(self, row: int) -> tuple[int, int]:
        """(group, note) of a row; note is -1 on a group's heading."""
        group = 0
        for g, start in enumerate(self._starts):
            if start <= row:
                group = g
        return group, row - self._starts[group] - 1

    def heading_rows(self) -> list[int]:
        return list(self._starts)

    def group_titles(self) -> list[str]:
        return [title for title, _ in self.groups]

    def group_size(self, group: int) -> int:
        """How many notes the group holds (shown or folded)."""
        return len(self.groups[group][1]) if group < len(self.groups) else 0

    def note_index(self, group: int, note: int, column: int = 0) -> QModelIndex:
        return self.index(self._starts[group] + 1 + note, column)

    def annotation(self, index: ModelIndex) -> Annotation | None:
        if not index.isValid():
            return None
        group, note = self.locate(index.row())
        return self.groups[group][1][note] if note >= 0 else None

    # ----- the table
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.groups else self._rows

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group, note = self.locate(index.row())
        column = index.column()
        if note < 0:
            if column != 0:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return ("▸ " if group in self.folded else "▾ ") + self.groups[group][0]
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Click to show or hide these notes")
            return None
        ann = self.groups[group][1][note]
        target = ann.targets[0]
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
        return _HEADING_FLAGS if index.row() in self._starts else _FLAGS


def _same(a: list, b: list) -> bool:
    """The same objects in the same order (identity, not a deep comparison)."""
    return len(a) == len(b) and all(map(is_, a, b))
