"""What a new user meets in the first hour (issue 10): keys, panels, one current
disagreement, one filter, one label per account, sessions and files."""

from collections import Counter

from PySide6.QtGui import QAction, QKeySequence

from reader.ui.plain import PlainLabel


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


def test_the_title_names_the_session_and_save_as_continues_there(
    compared, monkeypatch, tmp_path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from reader import Session

    sessions = compared.sessions
    assert compared.windowTitle().startswith("Untitled session")
    target = tmp_path / "checked.crosscheck"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    sessions.actions["save_as"].trigger()
    assert compared.windowTitle().startswith("checked")
    assert str(target) in compared.statusBar().currentMessage()
    doc = sessions.ctl.session.documents[0]
    sessions.ctl.session.annotate(doc.id, 0, 5, note="after save as")
    with Session.open(target) as saved:  # read-only here: the window holds it
        assert [a.note for a in saved.annotations] == ["after save as"]
    sessions.actions["new_session"].trigger()
    assert compared.windowTitle().startswith("Untitled session")
    assert compared.status_label.text() == "0 accounts open"


def test_recent_files_keep_named_ones_and_tell_twins_apart(window, tmp_path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    named = tmp_path / "a" / "story.txt"
    twin = tmp_path / "b" / "story.txt"
    for i in range(12):
        window.add_recent(tmp_path / f"untitled-2026010{i}.crosscheck")
        if i == 2:
            window.add_recent(named)
            window.add_recent(twin)
    recent = window.recent_files()
    assert str(named) in recent and str(twin) in recent
    assert sum("untitled-" in r for r in recent) == 1
    window._fill_recent_menu()
    texts = [a.text() for a in window.recent_menu.actions()]
    twins = [t for t in texts if "story.txt" in t]
    assert len(twins) == 2 and twins[0] != twins[1]


def test_find_marks_the_current_hit_apart(compared) -> None:
    from reader.ui.highlights import CURRENT_HIT, SEARCH, role_of

    find = compared.workspace.findbar
    find.open()
    find.field.setText("troops")
    find.step(1)
    roles = [role_of(s) for p in compared.strip.panes() for s in p.view.extraSelections()]
    assert roles.count(CURRENT_HIT) == 1 and roles.count(SEARCH) > 1


def test_a_hidden_kind_looks_hidden(compared) -> None:
    toggle = compared.workspace.actions["show_quantity"]
    on = toggle.icon().pixmap(12, 12).toImage()
    toggle.setChecked(False)
    off = toggle.icon().pixmap(12, 12).toImage()
    assert on != off


def test_help_is_last_and_has_a_guide(window) -> None:
    from reader.ui.guide import guide_html

    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus[-1] == "Help" and menus.index("Edit") < menus.index("View")
    text = guide_html(window)
    for needle in ("Quantity", "session", "Ctrl+O", "Scroll Together", "Annotate Selection"):
        assert needle in text


def test_the_first_start_says_it_shows_the_sample(qtbot, settings) -> None:
    from reader.ui.app import make_window

    window = make_window([], settings)
    qtbot.addWidget(window)
    assert window.sample_bar.isVisibleTo(window)
    assert "sample accounts" in window.sample_bar.findChild(PlainLabel).text()
    qtbot.waitUntil(lambda: len(window.strip.panes()) == 4, timeout=20_000)


def test_export_is_written_off_the_ui_thread_and_says_where(
    qtbot, compared, monkeypatch, tmp_path
) -> None:
    import json

    from PySide6.QtWidgets import QFileDialog

    sessions = compared.sessions
    doc = sessions.ctl.session.documents[0]
    sessions.ctl.session.annotate(doc.id, 0, 5, note="exported")
    target = tmp_path / "notes.jsonld"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    sessions.export("jsonld")
    qtbot.waitUntil(lambda: "Exported to" in compared.statusBar().currentMessage(), timeout=10_000)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["total"] == 1 and data["first"]["items"][0]["body"]["value"] == "exported"
    assert not list(tmp_path.glob(".*.part"))
