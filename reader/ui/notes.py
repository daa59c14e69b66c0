"""The notes panel and the dialogs to annotate and to give a verdict."""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.core.annotations import Annotation, Verdict
from reader.core.document import Document, short_labels
from reader.ui.models import color_icon
from reader.ui.notemarks import Delta
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
        self.tree = QTableView()  # a flat table: only the rows on screen cost anything
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Notes"))
        self.tree.setAlternatingRowColors(True)
        self.tree.setShowGrid(False)
        self.tree.setWordWrap(False)
        self.tree.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = self.tree.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no row is measured
        rows.setDefaultSectionSize(self.tree.fontMetrics().height() + 6)
        self.tree.horizontalHeader().setHighlightSections(False)
        self.tree.clicked.connect(self._clicked)
        self.tree.doubleClicked.connect(lambda i: self._emit(self.jump_requested, i))
        self.tree.activated.connect(self._activated)
        self.account = QComboBox(accessibleName=self.tr("Filter notes by account"))
        self.label = QComboBox(accessibleName=self.tr("Filter notes by label"))
        self.search = QLineEdit(
            placeholderText=self.tr("Search notes and tags"), clearButtonEnabled=True
        )
        self.search.setAccessibleName(self.tr("Search notes"))
        self.search.installEventFilter(self)  # ready the search when the box gets focus
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
        self._placed: list[Annotation] | None = None  # the filtered rows shown
        self._orphans: list[Annotation] = []
        self._corpus: tuple[list[Annotation], str, list[int]] | None = None  # for searching
        self._documents: dict[str, Document] = {}
        self._labels: dict[str, str] = {}

    def set_content(
        self,
        annotations: list[Annotation],
        documents: list[Document],
        labels: list,
        change: Delta | None = None,
    ) -> None:
        """Show these notes. ``change`` (what differs from the notes shown last, with the
        same accounts and labels) lets a few changed notes be applied without filtering all."""
        self._annotations = annotations
        if change is not None and self._placed is not None:
            self._patch(change)
            return
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

    def _patch(self, change: Delta) -> None:
        """Apply a few added, edited and removed notes to the filtered rows, in place (an edited
        note keeps its row)."""
        placed, orphans = self._placed, self._orphans
        chosen = self._filter()
        new_by_id = {a.id: a for a in change.added}
        for old in change.removed:
            for rows in (placed, orphans):
                at = next((i for i, a in enumerate(rows) if a is old), None)
                if at is None:
                    continue
                new = new_by_id.get(old.id)
                same_group = new is not None and new.orphaned == (rows is orphans)
                if same_group and self._wanted(new, chosen):
                    rows[at] = new
                    del new_by_id[old.id]
                else:
                    del rows[at]
        for ann in new_by_id.values():
            if self._wanted(ann, chosen):
                (orphans if ann.orphaned else placed).append(ann)
        self._show()

    def _filter(self) -> tuple[str, str, str]:
        return self.account.currentData(), self.label.currentData(), self.search.text().lower()

    def _wanted(self, ann: Annotation, chosen: tuple[str, str, str]) -> bool:
        account, label, text = chosen
        if account and not any(t.doc_id == account for t in ann.targets):
            return False
        if label and ann.label != label:
            return False
        return not text or text in _haystack(ann)

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
        account, label, text = self._filter()
        placed: list[Annotation] = []
        orphans: list[Annotation] = []
        if not (account or label or text):  # nothing chosen: every note, quickly
            for ann in self._annotations:
                (orphans if ann.orphaned else placed).append(ann)
            self._placed, self._orphans = placed, orphans
            self._show()
            return
        for ann in self._matching(text) if text else self._annotations:
            if account and not any(t.doc_id == account for t in ann.targets):
                continue
            if label and ann.label != label:
                continue
            (orphans if ann.orphaned else placed).append(ann)
        self._placed, self._orphans = placed, orphans
        self._show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.FocusIn:
            self._matching("\0")  # join the notes' words now, before the first keystroke
        return super().eventFilter(watched, event)

    def _matching(self, text: str) -> list[Annotation]:
        """The notes whose quote, note or tags contain ``text``: one search through all their
        words joined into one string (made once per list of notes), not one test per note."""
        corpus = self._corpus
        if corpus is None or corpus[0] is not self._annotations:
            hay = [_haystack(a) for a in self._annotations]
            starts = [0, *accumulate(len(h) + 1 for h in hay)]
            corpus = self._corpus = (self._annotations, "\n".join(hay), starts)
        annotations, joined, starts = corpus
        found = []
        at = joined.find(text)
        while at != -1:
            i = bisect_right(starts, at) - 1
            found.append(annotations[i])
            at = joined.find(text, starts[i + 1])  # on to the next note
        return found

    def _show(self) -> None:
        # copies: the model tells one changed row from its old list
        self.model.set_rows(list(self._placed or ()), list(self._orphans), self._labels)
        self._span_headings()
        self._fit_columns()

    def _span_headings(self) -> None:
        self.tree.clearSpans()
        for row in self.model.heading_rows():
            self.tree.setSpan(row, 0, 1, len(self.model.HEADERS))

    def _clicked(self, index) -> None:
        group, note = self.model.locate(index.row())
        if note < 0:
            self.model.toggle(group)
            self._span_headings()

    def _activated(self, index) -> None:
        """Enter on a heading folds or unfolds it (a click already did); on a note, shows it."""
        if self.model.annotation(index) is None:
            if QApplication.mouseButtons() == Qt.MouseButton.NoButton:
                self._clicked(index)
        else:
            self._emit(self.jump_requested, index)

    def _fit_columns(self) -> None:
        header = self.tree.horizontalHeader()
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


def _haystack(ann: Annotation) -> str:
    """What the notes search looks in: note, tags and quoted words, lower case, one line."""
    return (
        " ".join([ann.note, *ann.tags, *(t.exact for t in ann.targets)]).lower().replace("\n", " ")
    )


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
