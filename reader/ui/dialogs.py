"""Dialogs with a ``@classmethod ask()`` so tests can replace them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class LoadErrorsDialog:
    """Tells which files could not be opened, and why (one line each)."""

    @classmethod
    def ask(cls, parent: QWidget | None, messages: list[str]) -> None:
        tr = QCoreApplication.translate
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("LoadErrorsDialog", "Could not open"))
        if len(messages) == 1:
            box.setText(tr("LoadErrorsDialog", "This file could not be opened:"))
        else:
            box.setText(
                tr("LoadErrorsDialog", "{n} files could not be opened:").format(n=len(messages))
            )
        box.setInformativeText("\n".join(messages))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
