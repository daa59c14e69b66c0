"""The one way to run work off the UI thread.

``TaskRunner.run(fn, on_done, on_error)`` calls ``fn`` on a pool thread and delivers its
result (or exception) to the callbacks on the UI thread. Worker code never touches widgets.
Tests may pass ``synchronous=True`` to run tasks inline.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class CancelToken:
    """Shared flag a long task polls to stop early."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


class _Relay(QObject):
    """Lives on the UI thread; queued signals carry results back to it."""

    finished = Signal(object, object)  # (task id, result)
    failed = Signal(object, object)  # (task id, exception)
    progressed = Signal(object, int, int)  # (task id, done, total)


class _Job(QRunnable):
    def __init__(self, task_id: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.task_id, self.fn, self.relay = task_id, fn, relay

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # delivered to on_error on the UI thread
            self._emit(self.relay.failed, exc)
        else:
            self._emit(self.relay.finished, result)

    def _emit(self, signal: Signal, value: object) -> None:
        try:
            signal.emit(self.task_id, value)
        except RuntimeError:  # the receiver (its window) was closed meanwhile: nobody to tell
            log.debug("task %s finished after its receiver was deleted", self.task_id)


class TaskRunner(QObject):
    """Runs callables on a thread pool and calls back on the UI thread.

    With ``on_progress``, the callable receives one argument, ``report(done, total)``,
    which it may call from its thread; ``on_progress(done, total)`` runs on the UI thread.

    Signals:
        busy_changed(bool): whether any task is running.
    """

    busy_changed = Signal(bool)

    def __init__(
        self,
        pool: QThreadPool | None = None,
        synchronous: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._synchronous = synchronous
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._relay.progressed.connect(self._on_progress)
        self._pending: dict[int, tuple[Callable, Callable | None]] = {}
        self._progress: dict[int, Callable[[int, int], None]] = {}
        self._next_id = 0

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """Start ``fn``; returns a task id."""
        self._next_id += 1
        task_id = self._next_id
        if on_progress is not None:
            self._progress[task_id] = on_progress
            relay = self._relay
            work = fn

            def report(done: int, total: int) -> None:
                # RuntimeError: the receiver was deleted; the result will be dropped too
                with contextlib.suppress(RuntimeError):
                    relay.progressed.emit(task_id, done, total)

            def fn() -> Any:
                return work(report)

        was_busy = self.busy
        self._pending[task_id] = (on_done, on_error)
        if not was_busy:
            self.busy_changed.emit(True)
        job = _Job(task_id, fn, self._relay)
        if self._synchronous:
            job.run()
        else:
            self._pool.start(job)
        return task_id

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)

    @Slot(object, int, int)
    def _on_progress(self, task_id: int, done: int, total: int) -> None:
        callback = self._progress.get(task_id)
        if callback is not None and task_id in self._pending:
            callback(done, total)

    @Slot(object, object)
    def _on_finished(self, task_id: int, result: object) -> None:
        self._progress.pop(task_id, None)
        on_done, _ = self._pending.pop(task_id, (None, None))
        if on_done is not None:
            on_done(result)
        if not self.busy:
            self.busy_changed.emit(False)

    @Slot(object, object)
    def _on_failed(self, task_id: int, exc: BaseException) -> None:
        self._progress.pop(task_id, None)
        _, on_error = self._pending.pop(task_id, (None, None))
        if on_error is not None:
            on_error(exc)
        else:
            log.error("background task failed", exc_info=exc)
        if not self.busy:
            self.busy_changed.emit(False)
