"""One way to make an action: text with mnemonic, shortcut, status tip, tool tip."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def make_action(
    parent: QWidget,
    text: str,
    slot: Callable[..., object],
    shortcut: QKeySequence.StandardKey | str | None = None,
    tip: str = "",
    checkable: bool = False,
) -> QAction:
    """An action on ``parent`` (so its shortcut works anywhere in the window)."""
    action = QAction(text, parent)
    plain = text.replace("&", "").rstrip("…")
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(
            f"{plain} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        )
    else:
        action.setToolTip(plain)
    action.setStatusTip(tip)
    action.setCheckable(checkable)
    action.triggered.connect(slot)
    parent.addAction(action)
    return action
