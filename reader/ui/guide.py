"""Help ▸ Guide: what the colours mean, what a session is, and every key, read from the actions
themselves so the list is always the window's own."""

from __future__ import annotations

import html

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from reader.core.kinds import KIND_ORDER, KIND_STYLES

_UNDERLINES = {
    "solid": "a solid underline",
    "double": "a double underline",
    "dotted": "a dotted underline",
    "dashed": "a dashed underline",
    "wavy": "a wavy underline",
}


def guide_html(window: QWidget, dark: bool = False) -> str:
    """The guide as HTML (our own words; document text never appears in it)."""
    esc = html.escape
    kinds = []
    for kind in KIND_ORDER:
        style = KIND_STYLES[kind]
        colour = style.dark if dark else style.light
        mark = _UNDERLINES.get(style.underline, "no underline")
        kinds.append(
            f"<tr><td><span style='background:{colour};padding:0 6px'>{esc(style.label)}</span>"
            f"</td><td>{esc(style.description)} ({mark})</td></tr>"
        )
    keys = []
    for action in sorted(window.findChildren(QAction), key=lambda a: a.text().lower()):
        shortcut = action.shortcut()
        if shortcut.isEmpty() or not action.text():
            continue
        name = action.text().replace("&&", "\x00").replace("&", "").replace("\x00", "&")
        key = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
        keys.append(f"<tr><td><code>{esc(key)}</code></td><td>{esc(name.rstrip('…'))}</td></tr>")
    return (
        "<h2>Reading the accounts</h2>"
        "<p>Each account of the event opens in its own pane, side by side. Passages that tell "
        "the same fact are joined by bands between the panes. Disagreements are marked in the "
        "text, listed in the <b>Disagreements</b> panel and laid out account by account in the "
        "<b>Facts</b> table; click any of them to see it in every account. "
        "<b>≈</b> marks figures that differ but can all be true (\u201cat least 5\u201d / "
        "\u201c24\u201d).</p>"
        "<h3>The kinds and their marks</h3>"
        "<p>Each kind has a colour and a line of its own, so colour is never the only sign.</p>"
        f"<table cellspacing='4'>{''.join(kinds)}</table>"
        "<p>Your own notes are drawn with a line over the words. Find hits are cyan; the one "
        "you are on is dark teal.</p>"
        "<h2>Sessions</h2>"
        "<p>Everything you do (the accounts open, notes, tags, links between passages, "
        "verdicts) is kept in a session file as you work: there is nothing to save. A session "
        "holds a copy of each account's text, so it reopens exactly even after the source "
        "files move or change; when a source changed, you are offered to reload it and the "
        "notes are placed again. Until you use <b>File ▸ Save Session As</b>, your work goes "
        "into an untitled session that is offered again the next time.</p>"
        "<h2>Keys</h2>"
        f"<table cellspacing='4'>{''.join(keys)}</table>"
    )


class GuideDialog(QDialog):
    """A short guide to the window, in the user's palette."""

    def __init__(self, window: QWidget, dark: bool = False) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Crosscheck Guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(guide_html(window, dark))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 620)

    @classmethod
    def show_for(cls, window: QWidget, dark: bool = False) -> None:
        cls(window, dark).exec()
