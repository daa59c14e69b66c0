"""A pane with thousands of marks hands Qt only those near the view, and the next ones as the
reader scrolls: what is on screen is always marked, and setting the marks stays cheap."""

from __future__ import annotations

from reader.core.document import Document
from reader.ui import pane as pane_module
from reader.ui.highlights import Mark, kind_format, role_of
from reader.ui.pane import DocumentPane as Pane


def _long_pane(qtbot) -> tuple[Pane, list[Mark]]:
    text = "\n\n".join(f"Paragraph {n} tells the council's vote once more." for n in range(3000))
    pane = Pane(Document(text=text, title="long"))
    qtbot.addWidget(pane)
    pane.resize(500, 400)
    pane.show()
    qtbot.waitExposed(pane)
    marks = []
    at = 0
    for _ in range(3000):
        start = text.index("council", at)
        marks.append(Mark(start, start + 7, "quantity"))
        at = start + 7
    return pane, marks


def _on_screen(qtbot, pane: Pane, marks: list[Mark]) -> list[int]:
    """Marks on screen, by the text's layout once it is finished (hit tests before that are
    not to be trusted for a long document)."""
    qtbot.waitUntil(lambda: pane.visible_offsets()[0] < pane.visible_offsets()[1], timeout=5000)
    lo, hi = pane.visible_offsets()
    return [m.start for m in marks if lo <= m.start < hi]


def _marked_offsets(pane: Pane) -> list[int]:
    return sorted(
        pane.offsets.from_qt(s.cursor.selectionStart())
        for s in pane.view.extraSelections()
        if role_of(s) == "quantity"
    )


def test_only_marks_near_the_view_are_given_to_qt_and_scrolling_brings_the_rest(qtbot) -> None:
    pane, marks = _long_pane(qtbot)
    assert len(marks) > pane_module.MANY_MARKS
    pane.set_marks(marks, {"quantity": kind_format("quantity", False)})
    given = _marked_offsets(pane)
    assert 0 < len(given) < len(marks) // 4
    on_screen = _on_screen(qtbot, pane, marks)
    assert on_screen and set(on_screen) <= set(given)

    pane.scroll_to_y(pane.document_height())  # to the end
    on_screen = _on_screen(qtbot, pane, marks)
    given = _marked_offsets(pane)
    assert on_screen and set(on_screen) <= set(given)
    assert marks[0].start not in given  # the top of the text was handed back


def test_few_marks_are_all_given(qtbot) -> None:
    pane, marks = _long_pane(qtbot)
    few = marks[:: len(marks) // 50]
    pane.set_marks(few, {"quantity": kind_format("quantity", False)})
    assert _marked_offsets(pane) == sorted(m.start for m in few)


def test_opened_files_get_their_texts_after_the_panes(window, open_and_wait, monkeypatch) -> None:
    from reader.ui import mainwindow
    from tests.conftest import SAMPLE

    files = sorted(SAMPLE.glob("*"))[:3]
    monkeypatch.setattr(mainwindow, "LONG_BATCH", 0)  # the sample is short: treat it as long
    seen_pending = []
    real = window.strip.add_document

    def spy(doc, text_now=True):
        pane = real(doc, text_now=text_now)
        seen_pending.append(pane.text_pending)
        return pane

    window.strip.add_document = spy  # type: ignore[method-assign]
    open_and_wait(files)
    panes = window.strip.panes()
    assert seen_pending == [True] * len(files)  # laid out only once the panes were all there
    assert [p.text_pending for p in panes] == [False] * len(files)
    assert [p.view.toPlainText() for p in panes] == [p.document.text for p in panes]
