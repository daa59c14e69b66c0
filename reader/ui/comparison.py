"""Runs comparisons in a child process: a newer request stops and supersedes an older one."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

from reader.core.align import Override
from reader.core.compare import Comparison
from reader.core.document import Document
from reader.core.worker import ComparisonProcess, prestart

PROGRESS_DELAY_MS = 300
_warmed = False


def _warm_up() -> None:
    """Launch the comparison processes' fork server in the background, once."""
    global _warmed
    if not _warmed:
        _warmed = True
        threading.Thread(target=prestart, name="crosscheck-forkserver", daemon=True).start()


POLL_MS = 20


def document_key(doc: Document) -> str:
    """A document's lasting identity: its session id, else this object while it lives."""
    return getattr(doc, "id", None) or f"object-{id(doc)}"


class ComparisonController(QObject):
    """Owns the current comparison of the open documents.

    ``request()`` starts a comparison in a child process, so the window never waits for it
    (pure-Python work in a thread would still compete with the UI for the interpreter lock).
    A newer request terminates the older process; only the newest result is delivered.

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

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # manual alignments by document key: (a_key, a_start, a_end, b_key, b_start, b_end, same)
        self.id_overrides: list[tuple[str, int, int, str, int, int, bool]] = []
        self.rules_data: dict | None = None  # normalisation rules; None: the defaults
        self.comparison: Comparison | None = None
        self._job: ComparisonProcess | None = None
        self._documents: list[Document] = []
        self._progress_due = False
        self._delay = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS)
        self._delay.timeout.connect(self._show_progress)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._collect)
        self._last = (0.0, "")
        _warm_up()

    @property
    def busy(self) -> bool:
        return self._job is not None

    def request(self, documents: Sequence[Document]) -> None:
        """Compare ``documents`` (with the current overrides) in the background."""
        self.cancel()
        if len(documents) < 2:
            self.comparison = None
            self.finished.emit(None)
            return
        self._documents = list(documents)
        self._job = ComparisonProcess(
            self._documents, self.overrides_for(self._documents), rules_data=self.rules_data
        )
        self._progress_due = False
        self._last = (0.0, "starting")
        self._delay.start()
        self._poll.start()
        self.started.emit()

    def cancel(self) -> None:
        if self._job is not None:
            self._job.stop()
            self._job = None
        self._delay.stop()
        self._poll.stop()

    def add_override(
        self, key: tuple[str, int, int, str, int, int, bool], documents: Sequence[Document]
    ) -> None:
        """Record a manual (un)link between two passages and compare again."""
        self.id_overrides = [
            o
            for o in self.id_overrides
            if {o[0], o[3]} != {key[0], key[3]} or o[1:3] != key[1:3] or o[4:6] != key[4:6]
        ]
        self.id_overrides.append(key)
        self.request(documents)

    def overrides_for(self, documents: Sequence[Document]) -> list[Override]:
        """The manual alignments as the engine wants them: by index into ``documents``."""
        index = {document_key(d): i for i, d in enumerate(documents)}
        out = []
        for a, sa, ea, b, sb, eb, same in self.id_overrides:
            if a in index and b in index:
                out.append(Override((index[a], sa, ea), (index[b], sb, eb), same))
        return out

    def _show_progress(self) -> None:
        self._progress_due = True
        self.progressed.emit(*self._last)

    def _collect(self) -> None:
        job = self._job
        if job is None:
            return
        for message in job.poll():
            if message[0] == "progress":
                self._last = (message[1], message[2])
                if self._progress_due:
                    self.progressed.emit(*self._last)
            elif message[0] == "done":
                self._finish(done=True)
                self.comparison = message[1]
                # the child sent copies; the panes hold the originals, in the same order
                self.comparison.documents = self._documents
                # shown in a later turn: reading a long result and showing it are two turns,
                # with the window's own events between them (a zero timer would run first)
                QTimer.singleShot(1, self, partial(self._deliver, self.comparison))
                return
            else:
                self._finish()
                self.failed.emit(message[1])
                return

    def _deliver(self, result) -> None:
        if result is self.comparison:  # not superseded meanwhile
            self.finished.emit(result)

    def _finish(self, done: bool = False) -> None:
        if self._job is not None:
            if done:
                self._job.release()
            else:
                self._job.stop()
        self._job = None
        self._delay.stop()
        self._poll.stop()
