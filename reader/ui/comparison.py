"""Runs comparisons in the background: a newer request supersedes an older one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from reader.core.align import Override
from reader.core.compare import CompareError, Comparison, compare
from reader.core.document import Document
from reader.ui.tasks import CancelToken, TaskRunner

PROGRESS_DELAY_MS = 300


class Cancelled(Exception):
    """Raised inside a comparison whose request was superseded or cancelled."""


class ComparisonController(QObject):
    """Owns the current comparison of the open documents.

    ``request()`` starts a comparison off the UI thread; a newer request cancels the older one
    (its progress callback raises :class:`Cancelled` at the next step) and only the newest
    result is delivered.

    Signals:
        started(): a comparison began.
        progressed(float, str): fraction done and what it is doing (after 300 ms).
        finished(object): the new :class:`Comparison` (None when fewer than two documents).
        failed(str): a one-line reason.
    """

    started = Signal()
    progressed = Signal(float, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.overrides: list[Override] = []
        self.comparison: Comparison | None = None
        self._token: CancelToken | None = None
        self._generation = 0
        self._show_progress = False
        self._delay = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS)
        self._delay.timeout.connect(self._progress_due)
        self._last_progress = (0.0, "")

    @property
    def busy(self) -> bool:
        return self._token is not None

    def request(self, documents: Sequence[Document]) -> None:
        """Compare ``documents`` (with the current overrides) in the background."""
        self.cancel()
        self._generation += 1
        generation = self._generation
        if len(documents) < 2:
            self.comparison = None
            self.finished.emit(None)
            return
        token = CancelToken()
        self._token = token
        docs = list(documents)
        overrides = list(self.overrides)
        self._show_progress = False
        self._delay.start()
        self.started.emit()

        def work(report) -> Comparison:
            def progress(fraction: float, message: str) -> None:
                if token.cancelled:
                    raise Cancelled
                report(int(fraction * 1000), 1000)
                self._last_progress = (fraction, message)

            return compare(docs, overrides=overrides, progress=progress)

        self.tasks.run(
            work,
            lambda result: self._done(result, generation),
            on_error=lambda exc: self._error(exc, generation),
            on_progress=lambda done, total: self._progress(generation),
        )

    def cancel(self) -> None:
        if self._token is not None:
            self._token.cancel()
            self._token = None
        self._delay.stop()

    def add_override(self, override: Override, documents: Sequence[Document]) -> None:
        """Record a manual (un)link and compare again."""
        self.overrides = [o for o in self.overrides if {o.a, o.b} != {override.a, override.b}] + [
            override
        ]
        self.request(documents)

    def _progress_due(self) -> None:
        self._show_progress = True
        self.progressed.emit(*self._last_progress)

    def _progress(self, generation: int) -> None:
        if generation == self._generation and self._show_progress:
            self.progressed.emit(*self._last_progress)

    def _done(self, result: Comparison, generation: int) -> None:
        if generation != self._generation:
            return  # superseded
        self._token = None
        self._delay.stop()
        self.comparison = result
        self.finished.emit(result)

    def _error(self, exc: BaseException, generation: int) -> None:
        if generation != self._generation or isinstance(exc, Cancelled):
            return
        self._token = None
        self._delay.stop()
        message = str(exc) if isinstance(exc, CompareError) else f"comparison failed: {exc}"
        self.failed.emit(message)
