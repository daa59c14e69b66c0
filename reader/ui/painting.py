"""A painting base for the small custom widgets: the painter is always ended."""

from __future__ import annotations

from PySide6.QtGui import QPainter, QPaintEvent


class Painted:
    """Mixin for QWidget subclasses that draw in ``_paint(painter)``.

    Ending the painter before ``paintEvent`` returns matters: a painter left to the garbage
    collector can still be active when Qt ends the backing store's paint.
    """

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        raise NotImplementedError
