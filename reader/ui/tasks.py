"""The one way to run work off the UI thread.

``TaskRunner.run(fn, on_done, on_error)`` calls ``fn`` on a pool thread and delivers its
result (or exception) to the callbacks on the UI thread. Worker code never touches widgets.
Tests may pass ``synchronous=True`` to run tasks inline.

Worker threads never touch Qt at all: they come from a standard-library thread pool, put
their results and progress in a locked outbox, and a timer on the UI thread collects them
while tasks are pending. (With PySide6 6.12, signals emitted from pool threads and Python
QRunnables freed by the UI thread corrupt reference counts and crash the interpreter on exit;
polling every 25 ms costs nothing noticeable and depends on neither being fixed.)
"""

from __future__ import annotations

import atexit
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

POLL_MS = 25


class CancelToken:
    """Shared flag a long task polls to stop early."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


class _Outbox:
    """Results and latest progress per task, written by workers, read on the UI thread."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.results: dict[int, tuple[bool, Any]] = {}
        self.progress: dict[int, tuple[int, int]] = {}

    def take(self) -> tuple[dict[int, tuple[bool, Any]], dict[int, tuple[int, int]]]:
        with self.lock:
            results, progress = self.results, self.progress
            self.results, self.progress = {}, {}
        return results, progress


def _shared_pool() -> Executor:
    global _POOL
    if _POOL is None:
        _POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="crosscheck")
        atexit.register(_POOL.shutdown, wait=False, cancel_futures=True)
    return _POOL


_POOL: Executor | None = None


_RUNNING = 0
_RUNNING_LOCK = threading.Lock()


def pool_busy() -> bool:
    """Whether any pool thread is running a task now."""
    return _RUNNING > 0


def _job(task_id: int, fn: Callable[[], Any], outbox: _Outbox) -> None:
    global _RUNNING
    with _RUNNING_LOCK:
        _RUNNING += 1
    try:
        outcome = (True, fn())
    except BaseException as exc:  # delivered to on_error on the UI thread
        outcome = (False, exc)
    finally:
        with _RUNNING_LOCK:
            _RUNNING -= 1
    with outbox.lock:
        outbox.results[task_id] = outcome


class TaskRunner(QObject):
    """Runs callables on a thread pool and calls back on the UI thread.

    With ``on_progress``, the callable receives one argument, ``report(done, total)``,
    which it may call from its thread; ``on_progress(done, total)`` runs on the UI thread
    with the latest report.

    Signals:
        busy_changed(bool): whether any task is running.
    """

    busy_changed = Signal(bool)

    def __init__(
        self,
        pool: Executor | None = None,
        synchronous: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._pool = pool or _shared_pool()
        self._synchronous = synchronous
        self._outbox = _Outbox()
        self._pending: dict[int, tuple[Callable, Callable | None]] = {}
        self._progress: dict[int, Callable[[int, int], None]] = {}
        self._futures: dict[int, Any] = {}
        self._next_id = 0
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.collect)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """Start ``fn``; returns a task id."""
        self._next_id += 1
        task_id = self._next_id
        work = fn
        if on_progress is not None:
            self._progress[task_id] = on_progress
            outbox = self._outbox

            def report(done: int, total: int) -> None:
                with outbox.lock:
                    outbox.progress[task_id] = (done, total)

            def work() -> Any:
                return fn(report)

        was_busy = self.busy
        self._pending[task_id] = (on_done, on_error)
        if not was_busy:
            self.busy_changed.emit(True)
        if self._synchronous:
            _job(task_id, work, self._outbox)
            self.collect()
        else:
            self._futures[task_id] = self._pool.submit(_job, task_id, work, self._outbox)
            self._timer.start()
        return task_id

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until this runner's tasks are done, then deliver them (for tests and exit)."""
        from concurrent.futures import wait

        _, not_done = wait(list(self._futures.values()), timeout=msecs / 1000)
        self.collect()
        return not not_done

    def collect(self) -> None:
        """Deliver finished results and the latest progress on the UI thread."""
        results, progress = self._outbox.take()
        for task_id, state in progress.items():
            callback = self._progress.get(task_id)
            if callback is not None and task_id in self._pending and task_id not in results:
                callback(*state)
        for task_id, (ok, value) in sorted(results.items()):
            self._futures.pop(task_id, None)
            self._progress.pop(task_id, None)
            on_done, on_error = self._pending.pop(task_id, (None, None))
            if ok and on_done is not None:
                on_done(value)
            elif not ok:
                if on_error is not None:
                    on_error(value)
                else:
                    log.error("background task failed", exc_info=value)
        if not self._pending:
            self._timer.stop()
            if results:
                self.busy_changed.emit(False)
