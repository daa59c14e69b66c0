"""Text from documents, files and users shown as text, never as markup.

Qt renders a label's or tooltip's text as HTML whenever it *looks* like HTML, so a title such as
``<font size=7>VERIFIED</font>`` or a quote with ``<img src=...>`` would be drawn as markup (and
"a < b" mangled). Every label in the app is a :class:`PlainLabel`, and every tooltip that can
hold such text goes through :func:`tip`; a test walks the window to hold this.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class PlainLabel(QLabel):
    """A QLabel that always shows its text as plain text."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)


def tip(text: str) -> str:
    """A tooltip that shows ``text`` exactly: escaped, in a paragraph that keeps its line
    breaks (Qt would take markup-like text for HTML)."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"
