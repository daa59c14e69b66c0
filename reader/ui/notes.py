"""The notes panel and the dialogs to annotate and to give a verdict."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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
from reader.ui.notesmodel import NotesModel
from reader.ui.plain import PlainLabel, tip


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
        self.model = NotesModel(self)
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
        self._haystacks: dict[tuple[str, str], str] = {}
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
        """Filter by account, label and text (over quote, note and tags) and show the result;
        the model computes only the rows on screen."""
        account, label = self.account.currentData(), self.label.currentData()
        text = self.search.text().lower()
        placed, orphans = [], []
        for ann in self._annotations:
            if account and not any(t.doc_id == account for t in ann.targets):
                continue
            if label and ann.label != label:
                continue
            if text and text not in self._haystack(ann):
                continue
            (orphans if ann.orphaned else placed).append(ann)
        self.model.set_rows(placed, orphans, self._labels)
        for group in range(self.model.rowCount()):  # the groups only: expandAll lays out all rows
            self.tree.expand(self.model.index(group, 0))
        self._fit_columns()

    def _haystack(self, ann: Annotation) -> str:
        key = (ann.id, ann.modified)
        found = self._haystacks.get(key)
        if found is None:
            found = " ".join([ann.note, *ann.tags, *(t.exact for t in ann.targets)]).lower()
            self._haystacks[key] = found
        return found

    def _fit_columns(self) -> None:
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the note itself
        width = max(self.tree.viewport().width(), 300)
        self.tree.setColumnWidth(0, max(120, width // 3))
        for column in (2, 3):
            self.tree.setColumnWidth(column, min(140, max(60, width // 8)))

    def _emit(self, signal: Signal, index) -> None:
        found = self.model.annotation(index) if index.isValid() else None
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
