"""Synchronised scrolling through the alignment (Meld's ``_sync_vscroll`` is the model).

When one pane scrolls, the passage a third of the way down its view is found; every other
pane scrolls so that its passage of the same aligned group sits at the same height, at the
same fraction through the passage. Panes whose account has no passage in that group stay put
(no jumping about), and a guard stops the panes from driving each other in a loop.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.align import Unit
    from reader.ui.pane import DocumentPane

ANCHOR = 1 / 3


class ScrollSync:
    """Keeps panes aligned while scrolling; ``enabled`` turns it off."""

    def __init__(self, panes: Callable[[], list[DocumentPane]]) -> None:
        self.panes = panes
        self.enabled = True
        self._busy = False
        self._units: dict[int, list[Unit]] = {}  # id(document) -> its units, by start
        self._group_of: dict[Unit, int] = {}
        self._members: dict[int, dict[int, Unit]] = {}  # group -> id(document) -> first unit

    def set_alignment(self, documents: list, units: list[list[Unit]], groups: list) -> None:
        self._units = {id(documents[d]): us for d, us in enumerate(units)}
        self._group_of = {u: gi for gi, g in enumerate(groups) for u in g.units}
        self._members = {}
        for gi, g in enumerate(groups):
            members: dict[int, Unit] = {}
            for u in g.units:
                members.setdefault(id(documents[u.doc]), u)
            self._members[gi] = members

    def clear(self) -> None:
        self.set_alignment([], [], [])

    def attach(self, pane: DocumentPane) -> None:
        pane.view.verticalScrollBar().valueChanged.connect(lambda _v, p=pane: self.follow(p))

    def anchor(self, pane: DocumentPane) -> tuple[int, float] | None:
        """(group, fraction through the passage) at the anchor line of ``pane``."""
        units = self._units.get(id(pane.document))
        if not units:
            return None
        y = pane.top_y() + pane.view.viewport().height() * ANCHOR
        # prose lines hold the end of one sentence and the start of the next: look at every
        # sentence touching the anchor line and take the first that is aligned
        first = pane.offset_at(y)
        last = pane.offset_at(y, x=pane.view.viewport().width() - 4)
        starts = [u.start for u in units]
        k0 = max(bisect.bisect_right(starts, first) - 1, 0)
        k1 = max(bisect.bisect_right(starts, last) - 1, k0)
        unit = next((u for u in units[k0 : k1 + 1] if u in self._group_of), None)
        if unit is None:
            return None
        group = self._group_of[unit]
        y0 = pane.y_of(unit.start)
        y1 = pane.y_of(unit.end, bottom=True)
        fraction = min(max((y - y0) / max(y1 - y0, 1.0), 0.0), 1.0)
        return group, fraction

    def follow(self, source: DocumentPane) -> None:
        if not self.enabled or self._busy:
            return
        found = self.anchor(source)
        if found is None:
            return
        group, fraction = found
        self._busy = True
        try:
            for pane in self.panes():
                if pane is source:
                    continue
                unit = self._members.get(group, {}).get(id(pane.document))
                if unit is None:
                    continue
                y0 = pane.y_of(unit.start)
                y1 = pane.y_of(unit.end, bottom=True)
                target = y0 + fraction * (y1 - y0) - pane.view.viewport().height() * ANCHOR
                pane.scroll_to_y(target)
        finally:
            self._busy = False
