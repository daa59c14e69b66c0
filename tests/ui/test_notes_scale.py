"""Many notes: the Notes panel is a flat table changed one row at a time, note marks are
patched per account, and marks of panes out of view are drawn in later turns."""

from __future__ import annotations

from reader.core.annotations import Annotation, Target
from reader.ui import panestrip
from reader.ui.notemarks import NoteMarks, delta
from reader.ui.notes import NotesPanel

TEXT = "The council voted to send seven hundred troops to the border on Tuesday."


def note(n: int, doc: str = "d1", orphaned: bool = False) -> Annotation:
    target = Target.on(doc, TEXT, 4, 11)
    if orphaned:
        target = Target(doc, 4, 11, target.exact, orphaned=True)
    return Annotation(targets=[target], note=f"note {n}", tags=("t",))


def test_notes_table_changes_one_row_and_folds_a_group(qtbot):
    panel = NotesPanel()
    qtbot.addWidget(panel)
    notes = [note(n) for n in range(3)] + [note(9, orphaned=True)]
    panel.set_content(notes, [], [])
    model = panel.model
    assert model.heading_rows() == [0, 4] and model.rowCount() == 6
    assert model.data(model.index(0, 0)).startswith("▾ Notes (3)")
    assert model.annotation(model.index(0, 0)) is None
    assert panel.tree.columnSpan(0, 0) == 4  # a heading spans the table
    resets, inserted = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    more = [*notes[:3], note(3), notes[3]]
    panel.set_content(more, [], [], delta(notes, more))
    assert inserted == [(4, 4)] and not resets  # one row, no relayout of all
    assert model.note_index(0, 3, 1).data().startswith("note 3")
    assert model.heading_rows() == [0, 5]
    panel.tree.clicked.emit(model.index(0, 0))  # fold the notes
    assert model.rowCount() == 3 and model.data(model.index(0, 0)).startswith("▸")
    panel.search.setText("note 1")
    assert model.group_size(0) == 1 and model.group_size(1) == 0


def test_search_finds_every_note_once_through_the_joined_words(qtbot):
    panel = NotesPanel()
    qtbot.addWidget(panel)
    notes = [note(n) for n in range(30)]
    panel.set_content(notes, [], [])
    panel.search.setText("note 2")  # note 2, note 20 ... note 29
    assert panel.model.group_size(0) == 11
    panel.search.setText("council")  # every note's quoted words
    assert panel.model.group_size(0) == 30


def test_delta_and_note_marks_patch_only_the_touched_account():
    first = [note(n, "d1" if n % 2 else "d2") for n in range(6)]
    marks = NoteMarks()
    marks.rebuild(first)
    before_d2 = marks.marks("d2")
    added = [*first, note(7, "d1")]
    change = delta(first, added)
    assert change is not None and change.added == [added[-1]] and not change.removed
    assert marks.patch(change) == {"d1"}
    assert marks.marks("d2") is before_d2  # untouched, not remade
    assert len(marks.marks("d1")) == 4
    edited = list(added)
    edited[1] = note(1, "d1")
    change = delta(added, edited)
    assert change.added == [edited[1]] and change.removed == [added[1]]
    assert delta(None, edited) is None
    assert delta([], [note(n) for n in range(100)]) is None  # many: start again


def test_delta_finds_edits_and_deletes_anywhere_in_a_long_list():
    notes = [note(n, f"d{n % 3}") for n in range(500)]
    for where in (0, 1, 250, 498, 499):
        edited = list(notes)
        edited[where] = note(where, "d9")
        change = delta(notes, edited)
        assert change.added == [edited[where]] and change.removed == [notes[where]]
        shorter = notes[:where] + notes[where + 1 :]
        change = delta(notes, shorter)
        assert change.added == [] and change.removed == [notes[where]]
    two = list(notes)
    two[10], two[400] = note(-1), note(-2)
    assert {a.note for a in delta(notes, two).added} == {"note -1", "note -2"}
    assert delta(notes, list(notes)) == delta(notes, notes)
    assert not delta(notes, list(notes)).added and not delta(notes, list(notes)).removed


def test_note_marks_patched_note_by_note_match_a_rebuild():
    notes = [note(n, "d1") for n in range(40)]
    patched = NoteMarks()
    patched.rebuild(notes)
    assert len(patched.marks("d1")) == 40
    edited = list(notes)
    edited[7] = Annotation(targets=notes[7].targets, note="changed", tags=())
    del edited[20]
    patched.patch(delta(notes, edited))
    fresh = NoteMarks()
    fresh.rebuild(edited)
    assert sorted(map(repr, patched.marks("d1"))) == sorted(map(repr, fresh.marks("d1")))
    assert any(m.tooltip.endswith("changed") for m in patched.marks("d1"))


def test_marks_of_panes_out_of_view_follow_in_later_turns(qtbot, compared, monkeypatch):
    strip = compared.strip
    drawn = []
    monkeypatch.setattr(panestrip, "MARK_SLICE", -1.0)  # every pane in a turn of its own
    real = strip._mark
    monkeypatch.setattr(
        strip, "_mark", lambda pane, formats: (drawn.append(pane), real(pane, formats))
    )
    strip.refresh_marks()
    assert len(drawn) == 1  # one now, the rest later
    qtbot.waitUntil(lambda: len(drawn) == len(strip.panes()), timeout=5_000)
    assert set(map(id, drawn)) == set(map(id, strip.panes()))
