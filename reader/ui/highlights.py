"""What highlights look like and where they go, as QTextEdit extra selections.

Offsets in Crosscheck are Python string indices; Qt positions count UTF-16 code units, so
text with characters outside the Basic Multilingual Plane (emoji, some CJK) is mapped.
Highlights never change the document: they are extra selections, testable by their ranges
and formats.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtGui import QBrush, QColor, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from reader.core.kinds import KIND_STYLES

# The second channel, so colour is never the only signal: every kind its own underline
# (omissions are also marked in the margin; loaded wording is set in italics instead).
_U = QTextCharFormat.UnderlineStyle
SECOND_CHANNEL = {
    "quantity": (_U.SingleUnderline, False),
    "date": (_U.DashDotLine, False),
    "name": (_U.DotLine, False),
    "attribution": (_U.DashUnderline, False),
    "quote": (_U.WaveUnderline, False),
    "polarity": (_U.DashDotDotLine, False),
    "omission": (_U.NoUnderline, False),
    "wording": (_U.NoUnderline, True),
}
CHANGE = "change"  # word-level differences: quiet
SEARCH = "search"  # find hits: loud, and unlike any kind
CURRENT_HIT = "hit"  # the find hit the user is on
FLASH = "flash"  # the selected disagreement, briefly
NOTE = "note"  # the user's own highlights: "note:#rrggbb"
NOTE_WASH = "wash"  # the wash under a note: "wash:#rrggbb"


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Python string index <-> Qt (UTF-16) position for one text."""

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]

    def to_qt(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._astral, offset)

    def from_qt(self, position: int) -> int:
        # each astral character before the position takes two Qt units
        lo, hi = 0, position
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.to_qt(mid) <= position:
                lo = mid
            else:
                hi = mid - 1
        return lo


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def kind_color(kind: str, dark: bool) -> QColor:
    style = KIND_STYLES[kind]
    return QColor(style.dark if dark else style.light)


def kind_format(kind: str, dark: bool) -> QTextCharFormat:
    """Background in the kind's colour role plus its own underline style or italics."""
    fmt = QTextCharFormat()
    style = KIND_STYLES[kind]
    fmt.setBackground(QBrush(kind_color(kind, dark)))
    underline, italic = SECOND_CHANNEL[kind]
    fmt.setUnderlineStyle(underline)
    fmt.setUnderlineColor(QColor(style.light if dark else style.dark).darker(110 if dark else 100))
    fmt.setFontItalic(italic)
    fmt.setProperty(QTextCharFormat.Property.UserProperty, kind)
    return fmt


QUIET = ":differs"  # role suffix for figures that differ but can all be true


def quiet_format(kind: str, dark: bool) -> QTextCharFormat:
    """A disagreement whose values can all be true ("at least 5" / "24"): the kind's
    underline over a faint wash of its colour, so it reads as quieter than a conflict."""
    fmt = kind_format(kind, dark)
    wash = kind_color(kind, dark)
    wash.setAlpha(90)
    fmt.setBackground(QBrush(wash))
    fmt.setProperty(QTextCharFormat.Property.UserProperty, kind + QUIET)
    return fmt


def change_format(palette: QPalette) -> QTextCharFormat:
    """Word-level differences inside aligned passages: a faint tint, no underline."""
    fmt = QTextCharFormat()
    tint = QColor(palette.color(QPalette.ColorRole.Text))
    tint.setAlpha(26)
    fmt.setBackground(QBrush(tint))
    fmt.setProperty(QTextCharFormat.Property.UserProperty, CHANGE)
    return fmt


def search_format(dark: bool) -> QTextCharFormat:
    """Find hits: a saturated cyan with bold text, unlike every kind's colour (the kinds are
    warm, green, blue-grey, violet and pink washes)."""
    fmt = QTextCharFormat()
    fmt.setBackground(QBrush(QColor("#29d8e8" if not dark else "#0e7f8c")))
    fmt.setForeground(QBrush(QColor("#000000" if not dark else "#ffffff")))
    fmt.setFontWeight(700)
    fmt.setProperty(QTextCharFormat.Property.UserProperty, SEARCH)
    return fmt


def current_hit_format(dark: bool) -> QTextCharFormat:
    """The find hit the user is on: dark teal with white text, so it stands out from the
    other hits."""
    fmt = QTextCharFormat()
    fmt.setBackground(QBrush(QColor("#006d77" if not dark else "#7ff0ff")))
    fmt.setForeground(QBrush(QColor("#ffffff" if not dark else "#000000")))
    fmt.setFontWeight(800)
    fmt.setProperty(QTextCharFormat.Property.UserProperty, CURRENT_HIT)
    return fmt


def note_format(color: str) -> QTextCharFormat:
    """The user's highlights: an overline in the label's colour (no disagreement kind uses
    one), drawn over every other mark so a note on a disagreement still shows."""
    fmt = QTextCharFormat()
    fmt.setFontOverline(True)
    fmt.setProperty(QTextCharFormat.Property.UserProperty, NOTE)
    return fmt


def note_wash_format(color: str) -> QTextCharFormat:
    """A faint wash of the label's colour under a note, beneath the disagreement marks."""
    fmt = QTextCharFormat()
    wash = QColor(color or "#9aa5b1")
    wash.setAlpha(45)
    fmt.setBackground(QBrush(wash))
    fmt.setProperty(QTextCharFormat.Property.UserProperty, NOTE_WASH)
    return fmt


def flash_format(palette: QPalette) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QBrush(palette.color(QPalette.ColorRole.Highlight)))
    fmt.setForeground(QBrush(palette.color(QPalette.ColorRole.HighlightedText)))
    fmt.setProperty(QTextCharFormat.Property.UserProperty, FLASH)
    return fmt


@dataclass(frozen=True)
class Mark:
    """One highlight to draw: a range in Python offsets and its role (kind or CHANGE...)."""

    start: int
    end: int
    role: str
    tooltip: str = ""
    ident: str = ""


def selections(
    document: QTextDocument,
    offsets: OffsetMap,
    marks: Iterable[Mark],
    formats: dict[str, QTextCharFormat],
) -> list[QTextEdit.ExtraSelection]:
    """Extra selections for ``marks``, later marks drawn over earlier ones."""
    out = []
    for mark in marks:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(document)
        cursor.setPosition(offsets.to_qt(mark.start))
        cursor.setPosition(offsets.to_qt(mark.end), QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        role_format = formats.get(mark.role)
        if role_format is None and mark.role.startswith(NOTE):
            role_format = formats[mark.role] = note_format(mark.role.partition(":")[2])
        if role_format is None and mark.role.startswith(NOTE_WASH):
            role_format = formats[mark.role] = note_wash_format(mark.role.partition(":")[2])
        sel.format = role_format  # shared: the pane answers tooltips from its marks
        out.append(sel)
    return out


def role_of(selection: QTextEdit.ExtraSelection) -> str:
    return str(selection.format.property(QTextCharFormat.Property.UserProperty))
