"""Moving between disagreements: next / previous, overall or by kind, and showing one."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from reader.core.compare import Disagreement
from reader.core.kinds import KIND_ORDER
from reader.ui.highlights import FLASH, Mark
from reader.ui.panestrip import PaneStrip

FLASH_MS = 900


class Navigator(QObject):
    """The current disagreement and the way to others.

    Signals:
        current_changed(str, int, int): id, its 1-based position, how many are shown.
    """

    current_changed = Signal(str, int, int)

    def __init__(self, strip: PaneStrip, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.strip = strip
        self.current: str | None = None
        self._flash = QTimer(self, singleShot=True, interval=FLASH_MS)
        self._flash.timeout.connect(lambda: self.strip.clear_overlays(FLASH))

    def shown(self) -> list[Disagreement]:
        """Visible disagreements in reading order: by kind, then by place in the first account."""
        comparison = self.strip.comparison
        if comparison is None:
            return []
        order = {k: i for i, k in enumerate(KIND_ORDER)}
        items = [d for d in comparison.disagreements if self.strip.shown(d)]
        return sorted(items, key=lambda d: (order[d.kind], d.spans[0].doc, d.spans[0].start))

    def step(self, delta: int, kind: str | None = None) -> str | None:
        """Go to the next (+1) or previous (-1) disagreement, of ``kind`` if given; wraps."""
        items = [d for d in self.shown() if kind is None or d.kind == kind]
        if not items:
            return None
        ids = [d.id for d in items]
        if self.current in ids:
            position = (ids.index(self.current) + delta) % len(ids)
        else:
            position = 0 if delta > 0 else len(ids) - 1
        self.go(ids[position])
        return ids[position]

    def go(self, ident: str) -> None:
        """Scroll every pane to the disagreement's spans and flash them briefly."""
        comparison = self.strip.comparison
        if comparison is None:
            return
        d = next((x for x in comparison.disagreements if x.id == ident), None)
        if d is None:
            return
        self.current = ident
        sync = self.strip.sync
        was = sync.enabled
        sync.enabled = False  # each pane goes to its own span; do not let them drag each other
        try:
            for m in d.spans:
                pane = self.strip.pane_for(comparison.documents[m.doc])
                if pane is not None:
                    pane.reveal(m.start, m.end)
                    self.strip.set_overlay(
                        pane, FLASH, [Mark(m.start, m.end, FLASH)], refresh=False
                    )
            self.strip.refresh_marks()
            self.strip.bring_into_view(
                [self.strip.pane_for(comparison.documents[m.doc]) for m in d.spans]
            )
        finally:
            sync.enabled = was
        self._flash.start()
        shown = [x.id for x in self.shown()]
        position = shown.index(ident) + 1 if ident in shown else 0
        self.current_changed.emit(ident, position, len(shown))

    def reveal_span(self, doc: int, start: int, end: int) -> None:
        comparison = self.strip.comparison
        if comparison is None:
            return
        pane = self.strip.pane_for(comparison.documents[doc])
        if pane is not None:
            pane.reveal(start, end)
            self.strip.bring_into_view([pane])
            self.strip.set_overlay(pane, FLASH, [Mark(start, end, FLASH)])
            self._flash.start()
