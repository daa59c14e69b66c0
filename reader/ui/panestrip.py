"""The strip of document panes: side by side, resizable, scrolling sideways when many."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QSplitter, QStackedWidget, QWidget

from reader.core.document import Document
from reader.ui.pane import DocumentPane

MIN_PANE_WIDTH = 280


class PaneStrip(QStackedWidget):
    """Holds the panes in order; shows a hint instead when there are none.

    Signals:
        panes_changed(): a pane was added, closed or moved.
    """

    panes_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_hint = QLabel(
            self.tr(
                "<p style='font-size:large'>No accounts open</p>"
                "<p>Open two or more accounts of one event to read them side by side:<br>"
                "<b>File ▸ Open…</b> (Ctrl+O), or drop files on this window.</p>"
            )
        )
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAccessibleName(self.tr("No accounts open"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(6)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(self.splitter)
        self.scroll.setAccessibleName(self.tr("Accounts side by side"))

        self.addWidget(self.empty_hint)
        self.addWidget(self.scroll)
        # Headers of one height keep the first lines of all accounts level.
        self._level_timer = QTimer(self, singleShot=True, interval=0)
        self._level_timer.timeout.connect(self.level_headers)
        self.splitter.splitterMoved.connect(self._level_timer.start)
        self.splitter.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self._level_timer.start()
        return False

    def level_headers(self) -> None:
        """Give every pane header the height the tallest one needs at its current width."""
        headers = [pane.header for pane in self.panes()]
        for header in headers:
            header.setMinimumHeight(0)
            header.setMaximumHeight(16_777_215)
        if not headers:
            return
        tallest = max(
            h.heightForWidth(h.width()) if h.hasHeightForWidth() else h.sizeHint().height()
            for h in headers
        )
        for header in headers:
            header.setFixedHeight(max(tallest, header.minimumSizeHint().height()))

    def panes(self) -> list[DocumentPane]:
        return [self.splitter.widget(i) for i in range(self.splitter.count())]

    def documents(self) -> list[Document]:
        return [pane.document for pane in self.panes()]

    def add_document(self, doc: Document) -> DocumentPane:
        pane = DocumentPane(doc)
        pane.close_requested.connect(self.close_pane)
        pane.move_requested.connect(self.move_pane)
        self.splitter.addWidget(pane)
        self._relayout()
        return pane

    def close_pane(self, pane: DocumentPane) -> None:
        pane.hide()
        pane.setParent(None)
        pane.deleteLater()
        self._relayout()

    def move_pane(self, pane: DocumentPane, step: int) -> None:
        index = self.splitter.indexOf(pane)
        target = index + step
        if index < 0 or not 0 <= target < self.splitter.count():
            return
        sizes = self.splitter.sizes()
        self.splitter.insertWidget(target, pane)
        sizes.insert(target, sizes.pop(index))
        self.splitter.setSizes(sizes)
        self._relayout(keep_sizes=True)
        pane.view.setFocus()

    def current_pane(self) -> DocumentPane | None:
        """The pane holding keyboard focus, if any."""
        focus = self.focusWidget()
        for pane in self.panes():
            if focus is not None and (focus is pane or pane.isAncestorOf(focus)):
                return pane
        return None

    def _relayout(self, keep_sizes: bool = False) -> None:
        panes = self.panes()
        count = len(panes)
        for i, pane in enumerate(panes):
            pane.set_position_label(i, count)
        # Below the minimum width per pane, the strip scrolls sideways instead of squeezing.
        handles = self.splitter.handleWidth() * max(count - 1, 0)
        self.splitter.setMinimumWidth(count * MIN_PANE_WIDTH + handles)
        if count and not keep_sizes:
            self.splitter.setSizes([10_000] * count)  # equal shares
        self.setCurrentWidget(self.scroll if count else self.empty_hint)
        self._level_timer.start()
        self.panes_changed.emit()
