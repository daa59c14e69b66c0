"""Beside each pane: a margin bar at the text's edge and an overview strip of the whole text.

The margin bar marks highlighted passages next to their lines (omissions only here, quietly);
the overview strip shows where in the whole account its disagreements are, by kind, with
the visible part framed. Click or drag the strip to move there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QWidget

from reader.core.kinds import KIND_STYLES
from reader.ui.highlights import QUIET, is_dark, kind_color
from reader.ui.painting import Painted

if TYPE_CHECKING:
    from reader.ui.pane import DocumentPane


class MarginBar(Painted, QWidget):
    """A narrow bar left of the text: a coloured stroke beside every marked passage."""

    def __init__(self, pane: DocumentPane) -> None:
        super().__init__(pane)
        self.pane = pane
        self.setFixedWidth(8)
        self.setAccessibleName(self.tr("Margin marks"))

    def sizeHint(self) -> QSize:
        return QSize(8, 100)

    def _paint(self, painter: QPainter) -> None:
        dark = is_dark(self.palette())
        top = self.pane.view.verticalScrollBar().value()
        height = self.height()
        viewport = self.pane.view.viewport()
        origin = QPoint(0, 0)
        offset = viewport.mapTo(self.pane, origin).y() - self.mapTo(self.pane, origin).y()
        first, last = self.pane.visible_offsets()
        for mark in self.pane.marks:
            if mark.end < first or mark.start > last:
                continue  # off screen: do not make Qt lay the text out that far
            if mark.role.startswith("note:"):  # the user's notes: a bracket in the label colour
                y0 = self.pane.y_of(mark.start) - top + offset
                y1 = self.pane.y_of(mark.end, bottom=True) - top + offset
                color = QColor(mark.role.partition(":")[2] or "#888888")
                painter.setPen(QPen(color.darker(120), 2))
                painter.drawPolyline(
                    [QPoint(7, int(y0)), QPoint(1, int(y0)), QPoint(1, int(y1)), QPoint(7, int(y1))]
                )
                continue
            kind = mark.role.removesuffix(QUIET)
            if kind not in KIND_STYLES:
                continue
            y0 = self.pane.y_of(mark.start) - top + offset
            y1 = self.pane.y_of(mark.end, bottom=True) - top + offset
            if y1 < 0 or y0 > height:
                continue
            color = kind_color(kind, dark).darker(130 if not dark else 70)
            if kind == "omission":
                pen = QPen(color, 3, Qt.PenStyle.DotLine)
                painter.setPen(pen)
                painter.drawLine(4, int(y0), 4, int(y1))
            else:
                painter.fillRect(QRectF(2, y0, 4, max(2.0, y1 - y0)), color)


class ChunkMap(Painted, QWidget):
    """The whole account in miniature: where its disagreements are, and the visible part."""

    def __init__(self, pane: DocumentPane) -> None:
        super().__init__(pane)
        self.pane = pane
        self.setFixedWidth(14)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Where this account's disagreements are; click to go there"))
        self.setAccessibleName(self.tr("Overview of disagreements"))
        self._cache: list[tuple[float, float, str]] | None = None

    def invalidate(self) -> None:
        self._cache = None
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(14, 100)

    def _fractions(self) -> list[tuple[float, float, str]]:
        if self._cache is None:
            # by character position: an overview needs no exact layout, and asking Qt for
            # the y of every mark would lay out a whole book on the first paint
            total = max(len(self.pane.document.text), 1)
            self._cache = [
                (m.start / total, m.end / total, m.role.removesuffix(QUIET))
                for m in self.pane.marks
                if m.role.removesuffix(QUIET) in KIND_STYLES
            ]
        return self._cache

    def _paint(self, painter: QPainter) -> None:
        dark = is_dark(self.palette())
        painter.fillRect(self.rect(), self.palette().color(self.backgroundRole()).darker(104))
        h = self.height()
        for f0, f1, role in self._fractions():
            color = kind_color(role, dark)
            if not dark:
                color = color.darker(125)
            painter.fillRect(QRectF(2, f0 * h, self.width() - 4, max(3.0, (f1 - f0) * h)), color)
        bar = self.pane.view.verticalScrollBar()
        total = bar.maximum() + bar.pageStep()
        if total > 0:
            y = bar.value() / total * h
            span = bar.pageStep() / total * h
            frame = QColor(self.palette().color(self.foregroundRole()))
            frame.setAlpha(150)
            painter.setPen(QPen(frame, 1))
            painter.drawRect(QRectF(0.5, y + 0.5, self.width() - 1, max(span - 1, 4)))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._jump(event.position().y())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._jump(event.position().y())

    def _jump(self, y: float) -> None:
        bar = self.pane.view.verticalScrollBar()
        total = bar.maximum() + bar.pageStep()
        bar.setValue(int(y / max(self.height(), 1) * total - bar.pageStep() / 2))
