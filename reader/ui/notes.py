"""The notes panel and the dialogs to annotate and to give a verdict."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader.core.annotations import Annotation, Verdict
from reader.core.document import Document, short_labels
from reader.ui.models import color_icon
from reader.ui.plain import PlainLabel, tip

ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 10


class NotesPanel(QWidget):
    """Every note, filterable by account, label, and text (tags included); orphans apart.

    Signals:
        jump_requested(object): an Annotation to show.
        edit_requested(object), delete_requested(object): an Annotation.
    """

    jump_requested = Signal(object)
    edit_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Notes"))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.doubleClicked.connect(lambda i: self._emit(self.jump_requested, i))
        self.tree.activated.connect(lambda i: self._emit(self.jump_requested, i))
        self.account = QComboBox(accessibleName=self.tr("Filter notes by account"))
        self.label = QComboBox(accessibleName=self.tr("Filter notes by label"))
        self.search = QLineEdit(
            placeholderText=self.tr("Search notes and tags"), clearButtonEnabled=True
        )
        self.search.setAccessibleName(self.tr("Search notes"))
        for widget in (self.account, self.label):
            widget.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.edit_button.clicked.connect(
            lambda: self._emit(self.edit_requested, self.tree.currentIndex())
        )
        self.delete_button.clicked.connect(
            lambda: self._emit(self.delete_requested, self.tree.currentIndex())
        )
        filters = QHBoxLayout()
        filters.addWidget(self.account)
        filters.addWidget(self.label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.search, 1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        self._annotations: list[Annotation] = []
        self._documents: dict[str, Document] = {}
        self._labels: dict[str, str] = {}

    def set_content(
        self, annotations: list[Annotation], documents: list[Document], labels: list
    ) -> None:
        self._annotations = annotations
        self._documents = {getattr(d, "id", ""): d for d in documents}
        self._labels = {
            getattr(d, "id", ""): label
            for d, label in zip(documents, short_labels(documents), strict=True)
        }
        self._fill_combo(
            self.account,
            self.tr("All accounts"),
            list(self._labels.items()),
        )
        self._fill_combo(self.label, self.tr("All labels"), [(n, n) for n, _, _ in labels])
        self.refresh()

    def _fill_combo(self, combo: QComboBox, first: str, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(first, "")
        for data, text in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def refresh(self) -> None:
        account, label = self.account.currentData(), self.label.currentData()
        text = self.search.text().lower()
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [self.tr("Quote"), self.tr("Note"), self.tr("Label"), self.tr("Account")]
        )
        placed = QStandardItem(self.tr("Notes"))
        orphans = QStandardItem(self.tr("Orphaned — passage not found in the current text"))
        for item in (placed, orphans):
            item.setEditable(False)
        for ann in self._annotations:
            if account and not any(t.doc_id == account for t in ann.targets):
                continue
            if label and ann.label != label:
                continue
            haystack = " ".join([ann.note, *ann.tags, *(t.exact for t in ann.targets)]).lower()
            if text and text not in haystack:
                continue
            target = ann.targets[0]
            doc = self._documents.get(target.doc_id)
            accounts = ", ".join(self._labels.get(t.doc_id, "?") for t in ann.targets)
            row = [
                QStandardItem(
                    f"“{' '.join(target.exact.split())[:80]}”"
                    + (f" (+{len(ann.targets) - 1})" if len(ann.targets) > 1 else "")
                ),
                QStandardItem(
                    " ".join(ann.note.split())[:120]
                    + (f"  [{', '.join(ann.tags)}]" if ann.tags else "")
                ),
                QStandardItem(ann.label),
                QStandardItem(accounts if doc else "?"),
            ]
            row[0].setIcon(color_icon(ann.color))
            row[0].setToolTip(tip(ann.note or target.exact))
            for item in row:
                item.setEditable(False)
                item.setData(ann.id, ANNOTATION_ROLE)
            (orphans if ann.orphaned else placed).appendRow(row)
        self.model.appendRow(placed)
        if orphans.rowCount():
            self.model.appendRow(orphans)
        placed.setText(self.tr("Notes ({n})").format(n=placed.rowCount()))
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the note itself
        width = self.tree.viewport().width()
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(0, min(self.tree.columnWidth(0), max(120, width // 3)))
        for column in (2, 3):
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, min(self.tree.columnWidth(column), 140))

    def _emit(self, signal: Signal, index) -> None:
        ident = index.data(ANNOTATION_ROLE) if index.isValid() else None
        found = next((a for a in self._annotations if a.id == ident), None)
        if found is not None:
            signal.emit(found)


def _ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class AnnotationDialog(QDialog):
    """Note, tags and label for a new or edited annotation."""

    def __init__(
        self,
        parent: QWidget | None,
        quote: str,
        labels: list,
        note: str = "",
        tags: tuple = (),
        label: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note"))
        self.note = QPlainTextEdit(note)
        self.note.setTabChangesFocus(True)  # Tab goes on to Tags, as in any form
        self.note.setAccessibleName(self.tr("Note"))
        self.tags = QLineEdit(", ".join(tags))
        self.tags.setPlaceholderText(self.tr("comma, separated, tags"))
        self.label = QComboBox()
        self.label.addItem(self.tr("(no label)"), "")
        for name, color, description in labels:
            self.label.addItem(color_icon(color), name, name)
            self.label.setItemData(
                self.label.count() - 1, tip(description), Qt.ItemDataRole.ToolTipRole
            )
        self.label.setCurrentIndex(max(self.label.findData(label), 0))
        quoted = PlainLabel(f"“{quote[:300]}”")
        quoted.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(quoted)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(self.tr("&Tags:"), self.tags)
        form.addRow(self.tr("&Label:"), self.label)
        form.addRow(_ok_cancel(self))

    def values(self) -> dict:
        tags = tuple(t.strip() for t in self.tags.text().split(",") if t.strip())
        return {"note": self.note.toPlainText(), "tags": tags, "label": self.label.currentData()}

    @classmethod
    def ask(cls, parent: QWidget | None, quote: str, labels: list, **current) -> dict | None:
        dialog = cls(parent, quote, labels, **current)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class VerdictDialog(QDialog):
    """A verdict on a disagreement: conflict or not, who is likely right, and evidence."""

    def __init__(
        self,
        parent: QWidget | None,
        summary: str,
        accounts: list[tuple[str, str]],
        current: Verdict,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verdict"))
        self.current = current
        self.status = QComboBox()
        for status in Verdict.STATUSES:
            self.status.addItem(self.tr(status), status)
        self.status.setCurrentIndex(max(self.status.findData(current.status), 0))
        self.right = QComboBox()
        self.right.addItem(self.tr("(none / cannot tell)"), "")
        for ident, name in accounts:
            self.right.addItem(name, ident)
        self.right.setCurrentIndex(max(self.right.findData(current.likely_right), 0))
        self.note = QPlainTextEdit(current.note)
        self.note.setTabChangesFocus(True)
        self.url = QLineEdit(current.url)
        self.url.setPlaceholderText("https://…")
        form = QFormLayout(self)
        head = PlainLabel(summary)
        head.setWordWrap(True)
        form.addRow(head)
        form.addRow(self.tr("&Verdict:"), self.status)
        form.addRow(self.tr("Likely &right:"), self.right)
        form.addRow(self.tr("&Evidence:"), self.note)
        form.addRow(self.tr("&Source URL:"), self.url)
        form.addRow(_ok_cancel(self))

    def verdict(self) -> Verdict:
        status, right = self.status.currentData(), self.right.currentData()
        note, url = self.note.toPlainText(), self.url.text().strip()
        return Verdict(self.current.key, status, right, note, url, self.current.summary)

    @classmethod
    def ask(
        cls, parent: QWidget | None, summary: str, accounts: list[tuple[str, str]], current: Verdict
    ) -> Verdict | None:
        dialog = cls(parent, summary, accounts, current)
        return dialog.verdict() if dialog.exec() == QDialog.DialogCode.Accepted else None
