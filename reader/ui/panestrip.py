"""The strip of document panes: side by side, linked, scrolled together, highlighted."""

from __future__ import annotations

import time
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QWidget

from reader.core.compare import Comparison, Disagreement
from reader.core.document import Document
from reader.core.kinds import KIND_ORDER, KIND_STYLES, Severity
from reader.ui import memory
from reader.ui.highlights import (
    CHANGE,
    CURRENT_HIT,
    FLASH,
    QUIET,
    SEARCH,
    Mark,
    change_format,
    current_hit_format,
    flash_format,
    is_dark,
    kind_format,
    quiet_format,
    search_format,
)
from reader.ui.linkmap import PaneSplitter
from reader.ui.models import doc_label
from reader.ui.pane import DocumentPane
from reader.ui.sync import ScrollSync

MARK_SLICE = 0.04  # seconds of mark drawing per turn of the event loop

MIN_PANE_WIDTH = 280


class PaneStrip(QStackedWidget):
    """Holds the panes in order; shows a hint instead when there are none.

    Signals:
        panes_changed(): a pane was added, closed or moved.
    """

    panes_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_hint = QLabel(
            self.tr(
                "<p style='font-size:large'>No accounts open</p>"
                "<p>Open two or more accounts of one event to read them side by side:<br>"
                "<b>File ▸ Open…</b> (Ctrl+O), or drop files on this window.</p>"
            )
        )
        self._idle_hint = self.empty_hint.text()
        self.empty_hint.setTextFormat(Qt.TextFormat.RichText)  # our own words, no document's
        self.empty_hint.setProperty("richByDesign", True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAccessibleName(self.tr("No accounts open"))

        self.splitter = PaneSplitter()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.links = self.links
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(self.splitter)
        self.scroll.setAccessibleName(self.tr("Accounts side by side"))
        self.addWidget(self.empty_hint)
        self.addWidget(self.scroll)

        self.comparison: Comparison | None = None
        self.visible_kinds: set[str] = set(KIND_ORDER)
        self.show_changes = True
        self.pivot: Document | None = None
        self.sync = ScrollSync(self.panes)
        self._overlays: dict[tuple[int, str], list[Mark]] = {}
        self._generation = 0
        self._group_kind: dict[int, str | None] = {}
        self._unmarked: dict[int, DocumentPane] = {}  # panes whose marks are still to draw
        self._mark_timer = QTimer(self, singleShot=True, interval=0)
        self._mark_timer.timeout.connect(self._draw_marks)
        self._level_timer = QTimer(self, singleShot=True, interval=0)
        self._level_timer.timeout.connect(self.level_headers)
        self.splitter.splitterMoved.connect(self._level_timer.start)
        self.splitter.installEventFilter(self)

    # ----- panes
    def panes(self) -> list[DocumentPane]:
        return [self.splitter.widget(i) for i in range(self.splitter.count())]

    def documents(self) -> list[Document]:
        return [pane.document for pane in self.panes()]

    def set_loading(self, loading: bool) -> None:
        """While files load into an empty window, say so instead of "No accounts open"."""
        self.empty_hint.setText(
            self.tr("<p style='font-size:large'>Opening the accounts…</p>")
            if loading
            else self._idle_hint
        )

    def bring_into_view(self, panes: list[DocumentPane]) -> None:
        """Scroll the strip sideways so that as many of the given panes as fit show whole,
        moving as little as possible: navigation never leaves an involved account off-screen
        when it could be shown."""
        spans = [(p.x(), p.x() + p.width()) for p in panes if p is not None]
        if not spans:
            return
        bar = self.scroll.horizontalScrollBar()
        view = self.scroll.viewport().width()
        here = bar.value()
        options = {here} | {a for a, _ in spans} | {b - view for _, b in spans}
        options = {min(max(0, o), bar.maximum()) for o in options}

        def shown(value: int) -> int:
            return sum(1 for a, b in spans if a >= value - 1 and b <= value + view + 1)

        best = max(options, key=lambda o: (shown(o), -abs(o - here)))
        bar.setValue(best)

    def pane_for(self, doc: Document) -> DocumentPane | None:
        return next((p for p in self.panes() if p.document is doc), None)

    def add_document(self, doc: Document, text_now: bool = True) -> DocumentPane:
        """A pane for ``doc`` at the end of the strip (``text_now``: see DocumentPane)."""
        pane = DocumentPane(doc, text_now=text_now)
        pane.close_requested.connect(self.close_pane)
        pane.move_requested.connect(self.move_pane)
        pane.view.verticalScrollBar().valueChanged.connect(self.splitter.update_links)
        self.sync.attach(pane)
        self.splitter.addWidget(pane)
        self._relayout()
        return pane

    def close_pane(self, pane: DocumentPane) -> None:
        memory.release()  # its text and marks may now be collected, cycles included
        pane.hide()
        pane.setParent(None)
        pane.deleteLater()
        self._relayout()

    def move_pane(self, pane: DocumentPane, step: int) -> None:
        index = self.splitter.indexOf(pane)
        target = index + step
        if index < 0 or not 0 <= target < self.splitter.count():
            return
        sizes = self.splitter.sizes()
        self.splitter.insertWidget(target, pane)
        sizes.insert(target, sizes.pop(index))
        self.splitter.setSizes(sizes)
        self._relayout(keep_sizes=True)
        pane.view.setFocus()

    def order_by_date(self) -> None:
        """Oldest account first; undated ones last, in their current order."""
        panes = self.panes()
        ordered = sorted(
            panes, key=lambda p: (p.document.published is None, p.document.published or 0)
        )
        for i, pane in enumerate(ordered):
            self.splitter.insertWidget(i, pane)
        self._relayout()

    def current_pane(self) -> DocumentPane | None:
        """The pane holding keyboard focus, if any."""
        focus = self.focusWidget()
        for pane in self.panes():
            if focus is not None and (focus is pane or pane.isAncestorOf(focus)):
                return pane
        return None

    # ----- the comparison
    def set_comparison(self, comparison: Comparison | None, done=None) -> None:
        """Show a comparison. Marks are applied one pane per event-loop turn, so long texts
        never freeze the window; ``done()`` runs when every pane has them."""
        self.comparison = comparison
        if comparison is None:
            self.sync.clear()
        else:
            units = comparison.alignment.units if comparison.alignment else []
            self.sync.set_alignment(comparison.documents, units, comparison.groups)
        self._group_kind = self._kinds_of_groups()
        self._generation += 1
        generation = self._generation
        panes = list(self.panes())

        def step() -> None:
            if generation != self._generation:
                return  # a newer comparison arrived
            if panes:
                self._mark(panes.pop(0), self._formats())
                QTimer.singleShot(0, self, step)  # dropped if the strip is deleted
            else:
                self.splitter.update_links()
                if done is not None:
                    done()

        step()

    def doc_index(self, doc: Document) -> int | None:
        if self.comparison is None:
            return None
        return next((i for i, d in enumerate(self.comparison.documents) if d is doc), None)

    def shown(self, d: Disagreement) -> bool:
        """Whether a disagreement passes the visible kinds and the pivot."""
        if d.kind not in self.visible_kinds:
            return False
        if self.pivot is None:
            return True
        pivot = self.doc_index(self.pivot)
        return any(m.doc == pivot for m in d.spans)

    def refresh_marks(self, panes: list[DocumentPane] | None = None) -> None:
        """Redraw the marks of every pane, or of the given ones only: the panes in view first;
        when that takes long (many accounts with thousands of marks), the panes out of view
        follow in later turns of the event loop, so the window never freezes for long."""
        wanted = sorted(  # in view first
            self.panes() if panes is None else panes, key=lambda p: p.visibleRegion().isEmpty()
        )
        for pane in wanted:
            self._unmarked.pop(id(pane), None)
        self._unmarked.update({id(p): p for p in wanted})
        self._draw_marks()

    def _draw_marks(self) -> None:
        formats = self._formats()
        started = time.perf_counter()
        while self._unmarked:
            key = next(iter(self._unmarked))
            pane = self._unmarked.pop(key)
            try:
                self._mark(pane, formats)
            except RuntimeError:  # closed and deleted while waiting its turn
                continue
            if self._unmarked and time.perf_counter() - started > MARK_SLICE:
                self._mark_timer.start()  # the rest in the next turn
                return
        self.splitter.update_links()

    def _formats(self) -> dict:
        dark = is_dark(self.palette())
        formats = {kind: kind_format(kind, dark) for kind in KIND_STYLES}
        formats.update({kind + QUIET: quiet_format(kind, dark) for kind in KIND_STYLES})
        formats[CHANGE] = change_format(self.palette())
        formats[SEARCH] = search_format(dark)
        formats[CURRENT_HIT] = current_hit_format(dark)
        formats[FLASH] = flash_format(self.palette())
        return formats

    def _mark(self, pane: DocumentPane, formats: dict) -> None:
        if pane.parent() is not None:  # not closed meanwhile
            notes = [m for m in self.overlays(pane) if m.role.startswith("note")]
            others = [m for m in self.overlays(pane) if not m.role.startswith("note")]
            drawn_notes = _merged(notes)  # overlapping notes of one colour: one stretch
            washes = [replace(m, role="wash" + m.role[4:]) for m in drawn_notes]
            marks = self._marks_for(pane)
            # the wash beneath the disagreements, the overline above everything; tooltips come
            # from every note, drawing from the merged stretches
            pane.set_marks(marks + others + notes, formats, washes + marks + others + drawn_notes)

    def set_overlay(
        self, pane: DocumentPane, role: str, marks: list[Mark], refresh: bool = True
    ) -> None:
        """Search hits or a flash (``role``) drawn over the comparison's marks."""
        self._overlays[(id(pane), role)] = marks
        if refresh:
            self.refresh_marks()

    def clear_overlays(self, role: str) -> None:
        for key in [k for k in self._overlays if k[1] == role]:
            del self._overlays[key]
        self.refresh_marks()

    def overlays(self, pane: DocumentPane) -> list[Mark]:
        return [m for (pid, _), marks in self._overlays.items() if pid == id(pane) for m in marks]

    def _marks_for(self, pane: DocumentPane) -> list[Mark]:
        comparison = self.comparison
        index = self.doc_index(pane.document)
        if comparison is None or index is None:
            return []
        marks: list[Mark] = []
        if self.show_changes:
            marks.extend(self._changes_for(comparison, index))
        order = {k: i for i, k in enumerate(KIND_ORDER)}
        shown = sorted(
            (d for d in comparison.disagreements if self.shown(d)), key=lambda d: -order[d.kind]
        )
        for d in shown:
            role = d.kind + QUIET if d.severity == Severity.DIFFERS else str(d.kind)
            for m in d.spans:
                if m.doc == index:
                    marks.append(Mark(m.start, m.end, role, self._tooltip(d), d.id))
        return marks

    @staticmethod
    def _changes_for(comparison: Comparison, index: int) -> list[Mark]:
        """Word changes inside aligned passages that are mostly the same text (versions, or
        close retellings). Between independently written sentences nearly every word differs,
        and tinting them all would only hide what matters."""
        out = []
        for gi, group in enumerate(comparison.groups):
            unit = next((u for u in group.units if u.doc == index), None)
            if unit is None:
                continue
            mine = [(a, b) for d, a, b in comparison.changes(gi) if d == index]
            changed = sum(b - a for a, b in mine)
            if group.mode == "versions" or changed < 0.4 * (unit.end - unit.start):
                out.extend(Mark(a, b, CHANGE) for a, b in mine)
        return out

    def _tooltip(self, d: Disagreement) -> str:
        comparison = self.comparison
        assert comparison is not None
        lines = [f"{KIND_STYLES[d.kind].label} — {d.topic}"]
        for m in d.spans:
            text = comparison.documents[m.doc].text[m.start : m.end]
            value = (
                m.value
                if m.value is not None
                else ("not disclosed" if d.kind == "quantity" else "")
            )
            shown = f"“{text[:90]}”" + (
                f"  ({value})" if value and value.lower() not in text.lower() else ""
            )
            lines.append(f"{doc_label(comparison, m.doc)}: {shown}")
        lines.append(f"Why: {d.rule}")
        if d.severity == Severity.DIFFERS:
            lines.append("The values differ but can all be true (shown quietly).")
        return "\n".join(lines)

    def _kinds_of_groups(self) -> dict[int, str | None]:
        comparison = self.comparison
        if comparison is None:
            return {}
        order = {k: i for i, k in enumerate(KIND_ORDER)}
        where: dict[tuple[int, int], int] = {}
        for gi, g in enumerate(comparison.groups):
            for u in g.units:
                where[(u.doc, u.index)] = gi
        units = comparison.alignment.units if comparison.alignment else []
        kinds: dict[int, str | None] = {}
        for d in comparison.disagreements:
            for m in d.spans:
                for u in units[m.doc] if m.doc < len(units) else ():
                    if u.start <= m.start < u.end:
                        gi = where.get((u.doc, u.index))
                        if gi is not None and (
                            kinds.get(gi) is None or order[d.kind] < order[kinds[gi]]
                        ):
                            kinds[gi] = d.kind
        return kinds

    def links(self, left: DocumentPane, right: DocumentPane) -> list:
        """Bands for the handle between two neighbouring panes (see PaneSplitter)."""
        comparison = self.comparison
        a, b = self.doc_index(left.document), self.doc_index(right.document)
        if comparison is None or a is None or b is None:
            return []
        out = []
        for gi, g in enumerate(comparison.groups):
            ua = next((u for u in g.units if u.doc == a), None)
            ub = next((u for u in g.units if u.doc == b), None)
            if ua and ub:
                kind = self._group_kind.get(gi)
                out.append(
                    (
                        (ua.start, ua.end),
                        (ub.start, ub.end),
                        kind if kind in self.visible_kinds else None,
                    )
                )
        return out

    # ----- layout
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self._level_timer.start()
        return False

    def level_headers(self) -> None:
        """Give every pane header the height the tallest one needs at its current width."""
        headers = [pane.header for pane in self.panes()]
        for header in headers:
            header.setMinimumHeight(0)
            header.setMaximumHeight(16_777_215)
        if not headers:
            return
        tallest = max(
            h.heightForWidth(h.width()) if h.hasHeightForWidth() else h.sizeHint().height()
            for h in headers
        )
        for header in headers:
            header.setFixedHeight(max(tallest, header.minimumSizeHint().height()))

    def _relayout(self, keep_sizes: bool = False) -> None:
        panes = self.panes()
        count = len(panes)
        for i, pane in enumerate(panes):
            pane.set_position_label(i, count)
        # Below the minimum width per pane, the strip scrolls sideways instead of squeezing.
        handles = self.splitter.handleWidth() * max(count - 1, 0)
        self.splitter.setMinimumWidth(count * MIN_PANE_WIDTH + handles)
        if count and not keep_sizes:
            self.splitter.setSizes([10_000] * count)  # equal shares
        self.setCurrentWidget(self.scroll if count else self.empty_hint)
        self._level_timer.start()
        self.splitter.update_links()
        self.panes_changed.emit()


def _merged(marks: list[Mark]) -> list[Mark]:
    """Marks of one role that overlap or touch, joined into one (without tooltips)."""
    out: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (m.role, m.start)):
        last = out[-1] if out else None
        if last is not None and last.role == mark.role and mark.start <= last.end:
            out[-1] = Mark(last.start, max(last.end, mark.end), last.role)
        else:
            out.append(Mark(mark.start, mark.end, mark.role))
    return out
