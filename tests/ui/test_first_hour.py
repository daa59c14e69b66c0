"""What a new user meets in the first hour (issue 10): keys, panels, one current
disagreement, one filter, one label per account, sessions and files."""

from collections import Counter

from PySide6.QtGui import QAction, QKeySequence


def test_no_key_does_two_things(compared) -> None:
    keys = Counter()
    for action in compared.findChildren(QAction):
        for sequence in action.shortcuts():
            keys[sequence.toString(QKeySequence.SequenceFormat.PortableText)] += 1
    assert keys and not [k for k, n in keys.items() if n > 1]


def test_a_facts_cell_makes_its_disagreement_current_everywhere(compared) -> None:
    ws = compared.workspace
    table = ws.facts.table
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.rows[r].kind == "quantity")
    column = next(c for c in range(model.columnCount()) if model.cell(row, c))
    ws.facts._chosen(model.index(row, column))
    chosen = model.rows[row].id
    assert ws.navigator.current == chosen
    selected = ws.disagreements.tree.currentIndex()
    assert (
        ws.disagreements.model.disagreement(ws.disagreements.proxy.mapToSource(selected)).id
        == chosen
    )
    assert ws.position.text().startswith("Disagreement ")


def test_compare_against_filters_everything_and_is_undone_everywhere(compared) -> None:
    ws = compared.workspace
    total = len(ws.controller.comparison.disagreements)
    ws.navigator.step(1)
    ws.pivot.setCurrentIndex(4)  # against the fourth account
    shown = ws.navigator.shown()
    assert 0 < len(shown) < total
    assert ws.facts.table.model().rowCount() == len(shown)
    proxy = ws.disagreements.proxy
    listed = sum(proxy.rowCount(proxy.index(r, 0)) for r in range(proxy.rowCount()))
    assert listed == len(shown)
    assert f"{len(shown)} of {total} disagreements shown" in ws.status.text()
    ws.navigator.step(1)
    ws.pivot.setCurrentIndex(0)
    assert ws.facts.table.model().rowCount() == total
    assert ws.status.text().startswith(f"{total} disagreements")
    assert f"of {total}" in ws.position.text() or ws.position.text() == ""


def test_navigation_brings_every_involved_account_into_view(compared, qtbot) -> None:
    compared.resize(1280, 800)  # the default size, where the fourth account starts off-screen
    compared.show()
    qtbot.waitExposed(compared)
    qtbot.wait(50)
    ws = compared.workspace
    strip = compared.strip
    first, last = strip.panes()[0], strip.panes()[-1]
    bar = strip.scroll.horizontalScrollBar()
    bar.setValue(0)
    assert last.x() >= strip.scroll.viewport().width()  # off-screen to begin with
    doc, other = strip.doc_index(last.document), strip.doc_index(first.document)
    target = next(
        d
        for d in ws.controller.comparison.disagreements
        if any(m.doc == doc for m in d.spans) and not any(m.doc == other for m in d.spans)
    )
    ws.navigator.go(target.id)
    view = strip.scroll.viewport().width()
    assert last.x() + 20 >= bar.value() and last.x() < bar.value() + view
