"""Connector bands between neighbouring panes, drawn in the splitter handles (as Meld's link
map): one band per aligned group joining its passages in the two accounts, coloured by the
most important disagreement the group holds, neutral otherwise."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSplitter, QSplitterHandle

from reader.ui.highlights import is_dark, kind_color
from reader.ui.painting import Painted

if TYPE_CHECKING:
    from reader.ui.pane import DocumentPane

HANDLE_WIDTH = 30


class LinkHandle(Painted, QSplitterHandle):
    """A splitter handle that draws the alignment between the panes on either side."""

    def _paint(self, painter: QPainter) -> None:
        splitter = self.splitter()
        painter.fillRect(self.rect(), self.palette().color(self.backgroundRole()))
        index = splitter.indexOf(self)
        links = getattr(splitter, "links", None)
        if index <= 0 or links is None:
            return
        left: DocumentPane = splitter.widget(index - 1)
        right: DocumentPane = splitter.widget(index)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dark = is_dark(self.palette())
        width = self.width()
        left_range = left.visible_offsets(margin=200)
        right_range = right.visible_offsets(margin=200)
        for (ls, le), (rs, re_), kind in links(left, right):
            on_left = le >= left_range[0] and ls <= left_range[1]
            on_right = re_ >= right_range[0] and rs <= right_range[1]
            if not (on_left or on_right):
                continue  # neither end on screen: skip without laying out the text there
            y0, y1 = self._y(left, ls, le)
            z0, z1 = self._y(right, rs, re_)
            if max(y1, z1) < 0 or min(y0, z0) > self.height():
                continue
            path = QPainterPath(QPointF(0, y0))
            path.cubicTo(QPointF(width / 2, y0), QPointF(width / 2, z0), QPointF(width, z0))
            path.lineTo(QPointF(width, z1))
            path.cubicTo(QPointF(width / 2, z1), QPointF(width / 2, y1), QPointF(0, y1))
            path.closeSubpath()
            if kind:
                fill = kind_color(kind, dark)
                fill.setAlpha(200)
                edge = fill.darker(140) if not dark else fill.lighter(140)
            else:
                fill = QColor(self.palette().color(self.foregroundRole()))
                fill.setAlpha(28)
                edge = QColor(fill)
                edge.setAlpha(70)
            painter.setPen(QPen(edge, 1))
            painter.setBrush(fill)
            painter.drawPath(path)

    def _y(self, pane: DocumentPane, start: int, end: int) -> tuple[float, float]:
        viewport = pane.view.viewport()
        top = (
            viewport.mapTo(self.splitter(), QPoint(0, 0)).y()
            - self.mapTo(self.splitter(), QPoint(0, 0)).y()
        )
        scroll = pane.top_y()
        y0 = pane.y_of(start) - scroll + top
        y1 = pane.y_of(end, bottom=True) - scroll + top
        return y0, max(y1, y0 + 2)


class PaneSplitter(QSplitter):
    """The panes' splitter, with link-drawing handles.

    ``links(left_pane, right_pane)`` (set by the owner) returns the bands to draw:
    ``((left_start, left_end), (right_start, right_end), kind_or_None)``.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.links = None
        self.setHandleWidth(HANDLE_WIDTH)

    def createHandle(self) -> QSplitterHandle:
        return LinkHandle(self.orientation(), self)

    def update_links(self) -> None:
        for i in range(1, self.count()):
            self.handle(i).update()
