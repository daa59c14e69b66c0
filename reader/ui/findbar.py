"""Find in all panes: every hit highlighted, Enter goes to the next one."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget

from reader.ui.highlights import CURRENT_HIT, SEARCH, Mark
from reader.ui.panestrip import PaneStrip
from reader.ui.plain import PlainLabel


class FindBar(QWidget):
    """A search field over all panes.

    Signals:
        closed(): the bar was dismissed.
    """

    closed = Signal()

    def __init__(self, strip: PaneStrip, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strip = strip
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Find in all accounts"))
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Find in all accounts"))
        self.field.textChanged.connect(self.search)
        self.field.returnPressed.connect(lambda: self.step(1))
        self.count = PlainLabel()
        self.count.setMinimumWidth(90)
        prev_button = QToolButton(text="↑", toolTip=self.tr("Previous hit (Shift+Enter)"))
        next_button = QToolButton(text="↓", toolTip=self.tr("Next hit (Enter)"))
        close = QToolButton(text="✕", toolTip=self.tr("Close (Esc)"))
        prev_button.clicked.connect(lambda: self.step(-1))
        next_button.clicked.connect(lambda: self.step(1))
        close.clicked.connect(self.dismiss)
        for button, name in (
            (prev_button, "Previous hit"),
            (next_button, "Next hit"),
            (close, "Close find bar"),
        ):
            button.setAccessibleName(self.tr(name))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(PlainLabel(self.tr("Find:")))
        layout.addWidget(self.field, 1)
        layout.addWidget(prev_button)
        layout.addWidget(next_button)
        layout.addWidget(self.count)
        layout.addWidget(close)
        self.hits: list[tuple[int, int, int]] = []  # (pane index, start, end)
        self.position = -1

    def open(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        self.search(self.field.text())

    def dismiss(self) -> None:
        self.hits = []
        self.strip.clear_overlays(SEARCH)
        self.strip.clear_overlays(CURRENT_HIT)
        self.hide()
        self.closed.emit()

    def search(self, text: str) -> None:
        self.hits = []
        self.position = -1
        self.strip.clear_overlays(CURRENT_HIT)
        pattern = re.compile(re.escape(text), re.IGNORECASE) if text else None
        for i, pane in enumerate(self.strip.panes()):
            marks = []
            if pattern is not None:
                for m in pattern.finditer(pane.document.text):
                    marks.append(Mark(m.start(), m.end(), SEARCH))
                    self.hits.append((i, m.start(), m.end()))
            self.strip.set_overlay(pane, SEARCH, marks, refresh=False)
        self.strip.refresh_marks()
        self._show_count()

    def step(self, delta: int) -> None:
        if not self.hits:
            return
        self.position = (self.position + delta) % len(self.hits)
        pane_index, start, end = self.hits[self.position]
        pane = self.strip.panes()[pane_index]
        pane.reveal(start, end)
        self.strip.clear_overlays(CURRENT_HIT)
        self.strip.set_overlay(pane, CURRENT_HIT, [Mark(start, end, CURRENT_HIT)])
        self.strip.bring_into_view([pane])
        self._show_count()

    def _show_count(self) -> None:
        if not self.field.text():
            self.count.setText("")
        elif not self.hits:
            self.count.setText(self.tr("no hits"))
        else:
            shown = self.position + 1 if self.position >= 0 else 0
            self.count.setText(self.tr("{n} of {total}").format(n=shown, total=len(self.hits)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
        elif (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.step(-1)
        else:
            super().keyPressEvent(event)
