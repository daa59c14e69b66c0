"""Dialogs with a ``@classmethod ask()`` so tests can replace them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.ui.plain import PlainLabel, tip


class LoadErrorsDialog:
    """Tells which files could not be opened, and why: one row per file, the file and the
    reason in their own columns, as plain text."""

    @classmethod
    def ask(cls, parent: QWidget | None, messages: list[str]) -> None:
        tr = QCoreApplication.translate
        box = QDialog(parent)
        box.setWindowTitle(tr("LoadErrorsDialog", "Could not open"))
        layout = QVBoxLayout(box)
        if len(messages) == 1:
            heading = tr("LoadErrorsDialog", "This file could not be opened:")
        else:
            heading = tr("LoadErrorsDialog", "{n} files could not be opened:").format(
                n=len(messages)
            )
        layout.addWidget(PlainLabel(heading))
        table = QTreeWidget()
        table.setRootIsDecorated(False)
        table.setHeaderLabels([tr("LoadErrorsDialog", "File"), tr("LoadErrorsDialog", "Reason")])
        for message in messages:
            name, _, reason = message.partition(": ")
            item = QTreeWidgetItem([Path(name).name if reason else "", reason or name])
            item.setToolTip(0, tip(name))
            item.setToolTip(1, tip(reason or name))
            table.addTopLevelItem(item)
        table.resizeColumnToContents(0)
        table.setMinimumWidth(640)
        table.setMaximumHeight(max(120, min(400, 28 * (len(messages) + 1))))
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(box.accept)
        layout.addWidget(buttons)
        box.exec()
