"""The comparison view: highlights, navigation, sync scrolling, panels, linking."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication

from reader.core.kinds import KIND_STYLES
from reader.resources import sample_files
from reader.ui.highlights import SEARCH, kind_color, role_of
from reader.ui.mainwindow import MainWindow
from reader.ui.models import CELL_ROLE


def pane_of(window: MainWindow, name: str):
    return next(p for p in window.strip.panes() if p.document.name == name)


def visible(pane, start: int, end: int) -> bool:
    top = pane.top_y()
    bottom = top + pane.view.viewport().height()
    return pane.y_of(end, bottom=True) > top and pane.y_of(start) < bottom


def test_highlights_are_ranges_with_kind_formats(compared) -> None:
    comparison = compared.workspace.controller.comparison
    troops = next(d for d in comparison.disagreements if d.topic == "troops deployed")
    for span in troops.spans:
        pane = compared.strip.pane_for(comparison.documents[span.doc])
        found = [
            s for s in pane.view.extraSelections()
            if role_of(s) == "quantity"
            and (s.cursor.selectionStart(), s.cursor.selectionEnd()) == (span.start, span.end)
        ]  # fmt: skip
        assert found, pane.document.name
        fmt = found[0].format
        assert fmt.background().color() == kind_color("quantity", False)
        assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    omission = next(d for d in comparison.disagreements if d.kind == "omission")
    pane = compared.strip.pane_for(comparison.documents[omission.spans[0].doc])
    assert any(m.role == "omission" for m in pane.margin.pane.marks)  # drawn by the margin bar
    # every kind has its own colour, and a second channel that tells it apart without colour
    assert len({s.light for s in KIND_STYLES.values()}) == len(KIND_STYLES)
    from reader.ui.highlights import kind_format

    channels = {
        (kind_format(k, False).underlineStyle(), kind_format(k, False).fontItalic())
        for k in KIND_STYLES
    }
    assert len(channels) == len(KIND_STYLES)  # omission: no underline, but the margin marker


def test_hover_explains_a_highlight(compared) -> None:
    pane = pane_of(compared, "lima-ledger.docx")
    offset = pane.document.text.index("700 U.S. soldiers") + 2
    tips = [m.tooltip for m in pane.marks_at(offset)]
    assert any("The Andes Wire" in t and "not disclosed" in t and "Why:" in t for t in tips)


def test_selecting_a_disagreement_moves_every_pane(compared, qtbot) -> None:
    comparison = compared.workspace.controller.comparison
    for pane in compared.strip.panes():
        pane.scroll_to_y(pane.document_height())  # start at the bottom
    target = next(d for d in comparison.disagreements if d.topic == "troops deployed")
    compared.workspace.navigator.go(target.id)
    for span in target.spans:
        pane = compared.strip.pane_for(comparison.documents[span.doc])
        assert visible(pane, span.start, span.end), pane.document.name
    assert compared.workspace.position.text().startswith("Disagreement ")
    flashes = [
        s for p in compared.strip.panes() for s in p.view.extraSelections() if role_of(s) == "flash"
    ]
    assert len(flashes) == len(target.spans)
    qtbot.waitUntil(
        lambda: (
            not any(
                role_of(s) == "flash"
                for p in compared.strip.panes()
                for s in p.view.extraSelections()
            )
        ),
        timeout=3000,
    )


def test_next_and_previous_by_kind(compared) -> None:
    nav = compared.workspace.navigator
    kinds = []
    for _ in range(3):
        compared.workspace.actions["next_date"].trigger()
        kinds.append(next(d for d in nav.shown() if d.id == nav.current).kind)
    assert kinds == ["date", "date", "date"]
    compared.workspace.actions["next_date"].trigger()  # wraps round to the first date
    first = nav.current
    compared.workspace.actions["next_date"].trigger()
    assert nav.current != first
    compared.workspace.actions["previous_date"].trigger()
    assert nav.current == first
    compared.workspace.actions["next"].trigger()
    assert nav.current is not None
    assert compared.workspace.actions["next"].shortcut().toString() == "Alt+Down"


def test_sync_scrolling_follows_the_alignment(compared, qtbot) -> None:
    comparison = compared.workspace.controller.comparison
    wire, review = pane_of(compared, "andes-wire.html"), pane_of(compared, "hemisphere-review.pdf")
    wire_doc = comparison.documents.index(wire.document)
    review_doc = comparison.documents.index(review.document)
    group = next(
        g for g in comparison.groups
        if {wire_doc, review_doc} <= {u.doc for u in g.units}
        and next(u for u in g.units if u.doc == review_doc).start > 1200
    )  # fmt: skip
    unit_wire = next(u for u in group.units if u.doc == wire_doc)
    unit_review = next(u for u in group.units if u.doc == review_doc)
    review.scroll_to_y(0)
    wire.scroll_to_y(wire.y_of(unit_wire.start) - wire.view.viewport().height() / 3 + 2)
    QApplication.processEvents()
    assert visible(review, unit_review.start, unit_review.end)
    # turned off, the other pane stays where it is
    compared.workspace.actions["sync"].trigger()
    before = review.top_y()
    wire.scroll_to_y(0)
    assert review.top_y() == before


def test_facts_table_cells(compared, qtbot) -> None:
    facts = compared.workspace.facts
    model = facts.model
    rows = {model.rows[r].topic: r for r in range(model.rowCount())}
    comparison = compared.workspace.controller.comparison
    names = [d.name for d in comparison.documents]
    r = rows["troops deployed"]
    values = {names[c]: model.index(r, c).data() for c in range(model.columnCount())}
    assert values == {
        "andes-wire.html": "not disclosed",
        "continental-post.txt": "700",
        "hemisphere-review.pdf": "more than 1,000",
        "lima-ledger.docx": "700",
    }
    vote = rows["vote count"]
    assert model.index(vote, names.index("lima-ledger.docx")).data() == "—"
    cell = model.index(r, names.index("lima-ledger.docx"))
    with qtbot.waitSignal(facts.cell_chosen):
        facts.table.clicked.emit(cell)
    _, doc, start, end = cell.data(CELL_ROLE)
    assert visible(compared.strip.pane_for(comparison.documents[doc]), start, end)
    facts.copy()
    copied = QApplication.clipboard().text()
    assert copied.splitlines()[0].startswith("topic\tkind\t")
    assert "troops deployed\tquantity\tnot disclosed\t700\tmore than 1,000\t700" in copied


def test_models_pass_the_model_tester(compared, qtmodeltester) -> None:
    qtmodeltester.check(compared.workspace.disagreements.model)
    qtmodeltester.check(compared.workspace.disagreements.proxy)
    qtmodeltester.check(compared.workspace.facts.model)


def test_kind_toggles_hide_highlights_and_show_the_filter(compared) -> None:
    ws = compared.workspace
    ws.actions["show_quantity"].trigger()
    roles = {role_of(s) for p in compared.strip.panes() for s in p.view.extraSelections()}
    assert "quantity" not in roles and "date" in roles
    assert ws.filter_label.isVisibleTo(compared) and "Quantity" in ws.filter_label.text()
    panel = ws.disagreements
    assert panel.filter_note.isVisibleTo(panel)
    kinds_listed = [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]
    assert kinds_listed and not any(k.startswith("Quantity") for k in kinds_listed)
    ws.actions["show_quantity"].trigger()
    assert not ws.filter_label.isVisibleTo(compared)


def test_search_box_filters_the_panel(compared) -> None:
    panel = compared.workspace.disagreements
    panel.search.setText("troops")
    proxy = panel.proxy
    parents = [proxy.index(r, 0) for r in range(proxy.rowCount())]
    leaves = [proxy.index(c, 0, p).data() for p in parents for c in range(proxy.rowCount(p))]
    assert leaves and all("troops" in leaf.lower() for leaf in leaves)


def test_find_in_all_panes(compared) -> None:
    ws = compared.workspace
    ws.actions["find"].trigger()
    ws.findbar.field.setText("Boluarte")
    hits = [
        s for p in compared.strip.panes() for s in p.view.extraSelections() if role_of(s) == SEARCH
    ]
    assert len(hits) == sum(p.document.text.count("Boluarte") for p in compared.strip.panes())
    ws.findbar.step(1)
    assert ws.findbar.count.text().startswith("1 of ")
    ws.findbar.dismiss()
    assert not any(
        role_of(s) == SEARCH for p in compared.strip.panes() for s in p.view.extraSelections()
    )


def test_zoom(compared) -> None:
    pane = compared.strip.panes()[0]
    size = pane.view.document().defaultFont().pointSizeF()
    compared.workspace.actions["zoom_in"].trigger()
    assert pane.view.document().defaultFont().pointSizeF() > size
    compared.workspace.actions["zoom_reset"].trigger()
    assert pane.view.document().defaultFont().pointSizeF() == size


def select(pane, start: int, end: int) -> None:
    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    pane.view.setTextCursor(cursor)


def test_manual_unlink_and_link(compared, qtbot) -> None:
    ws = compared.workspace
    wire, ledger = pane_of(compared, "andes-wire.html"), pane_of(compared, "lima-ledger.docx")
    assert any(d.topic == "minister who spoke" for d in ws.controller.comparison.disagreements)
    a = wire.document.text.index("Defence Minister")
    b = ledger.document.text.index("Interior Minister")
    for pane in compared.strip.panes():
        pane.view.setTextCursor(QTextCursor(pane.view.document()))
    select(wire, a, a + 20)
    select(ledger, b, b + 20)
    with qtbot.waitSignal(ws.comparison_shown, timeout=30_000):
        ws.actions["unlink"].trigger()
    assert not any(d.topic == "minister who spoke" for d in ws.controller.comparison.disagreements)
    c = wire.document.text.index("Relations between")
    d = ledger.document.text.index("Abroad, the vote")
    select(wire, c, c + 10)
    select(ledger, d, d + 10)
    with qtbot.waitSignal(ws.comparison_shown, timeout=30_000):
        ws.actions["link"].trigger()
    assert any(g.mode == "manual" for g in ws.controller.comparison.groups)
    assert len(ws.controller.id_overrides) == 2
    assert len(compared.sessions.ctl.session.overrides) == 2  # kept in the session


def test_a_newer_request_supersedes_an_older_one(compared, qtbot) -> None:
    ws = compared.workspace
    docs = compared.strip.documents()
    results = []
    ws.controller.finished.connect(results.append)
    ws.controller.request(docs)
    ws.controller.request(docs[:2])
    qtbot.waitUntil(lambda: bool(results) and not ws.controller.busy, timeout=30_000)
    qtbot.wait(200)
    assert len(results) == 1
    assert len(results[0].documents) == 2


def test_closing_a_pane_compares_again(compared, qtbot) -> None:
    with qtbot.waitSignal(compared.workspace.comparison_shown, timeout=30_000):
        compared.strip.close_pane(compared.strip.panes()[0])
    assert len(compared.workspace.controller.comparison.documents) == 3


def test_reordering_does_not_compare_again(compared, qtbot) -> None:
    before = compared.workspace.controller.comparison
    compared.strip.move_pane(compared.strip.panes()[0], 1)
    compared.workspace.actions["by_date"].trigger()
    qtbot.wait(100)
    assert compared.workspace.controller.comparison is before
    dates = [p.document.published for p in compared.strip.panes()]
    assert dates == sorted(dates)


def test_view_state_is_restored(compared, qtbot, settings) -> None:
    compared.workspace.actions["show_wording"].trigger()
    compared.workspace.actions["sync"].trigger()
    compared.close()
    again = MainWindow(settings)
    qtbot.addWidget(again)
    assert "wording" not in again.workspace.visible_kinds()
    assert not again.workspace.actions["sync"].isChecked()


def test_pane_order_is_restored(compared, qtbot, settings) -> None:
    compared.strip.move_pane(compared.strip.panes()[0], 2)
    order = [p.document.name for p in compared.strip.panes()]
    compared.close()
    again = MainWindow(settings)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.documents_loaded, timeout=20_000):
        again.open_files([str(p) for p in sample_files()])
    assert [p.document.name for p in again.strip.panes()] == order
