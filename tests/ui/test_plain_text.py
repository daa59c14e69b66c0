"""Document text, metadata, file names and notes are shown as text, never run as markup."""

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel

from reader.ui.plain import tip

MARKUP = "<font color=red size=7>FAKE VERIFIED</font><img src='/etc/x.png'> a < b and c > d"


def accounts(tmp_path: Path) -> list[Path]:
    one = tmp_path / "one.html"
    one.write_text(
        f'<html><head><meta property="og:title" content="{MARKUP.replace(chr(39), "&#39;")}">'
        '<meta property="og:site_name" content="<b>Outlet</b>"></head><body><article>'
        "<p>The council approved the budget on Tuesday, with 7 members voting against it.</p>"
        f"<p>Officials said &lt;img src=x&gt; markup was {'&lt;'}b{'&gt;'}not{'&lt;'}/b{'&gt;'} "
        "welcome, and the vote was final.</p></article></body></html>",
        encoding="utf-8",
    )
    two = tmp_path / "<b>two & a < b.txt"
    two.write_text(
        "Council backs budget\n\nThe council approved the budget on Tuesday, with 9 members "
        "voting against it.\n\nOfficials said the vote was final.",
        encoding="utf-8",
    )
    return [one, two]


def tooltips(model) -> list[str]:
    found = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                text = model.data(index, Qt.ItemDataRole.ToolTipRole)
                if text:
                    found.append(text)
                walk(index)

    walk(QModelIndex())
    return found


def test_markup_in_documents_is_shown_as_text(window, open_and_wait, tmp_path) -> None:
    open_and_wait(accounts(tmp_path))
    for label in window.findChildren(QLabel):
        if not label.property("richByDesign"):
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    titles = [pane.header.title.text() for pane in window.strip.panes()]
    assert any("FAKE VERIFIED" in t and "<font" in t for t in titles)  # the words, as written
    models = [window.workspace.disagreements.model, window.workspace.facts.model]
    for text in [t for m in models for t in tooltips(m)]:
        assert "<img" not in text and "<font" not in text, text
    for pane in window.strip.panes():
        for selection in pane.view.extraSelections():
            text = selection.format.toolTip()
            assert "<img" not in text and "<b>" not in text, text


def test_tip_escapes_and_keeps_line_breaks() -> None:
    assert (
        tip("a < b\n<img src=x>")
        == "<p style='white-space:pre-wrap'>a &lt; b\n&lt;img src=x&gt;</p>"
    )
    assert tip("") == ""
