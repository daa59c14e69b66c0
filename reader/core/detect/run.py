"""Running the detectors: in order, in this process, or split over two processes for big texts.

The detectors are independent functions of one :class:`Context`, so on a machine with more than
one core a long comparison (a book, many long accounts) runs about half the detectors' work in
a forked child while this process runs the rest. The child inherits the context by fork (nothing is
copied up front) and sends back only its findings; they are merged in the detectors' order, so
the result is the same as running them one after the other. Where fork is not available
(Windows, macOS), with other threads running (fork would copy their locks), for small texts,
or when asked for one worker, the detectors run here in order.
"""

from __future__ import annotations

import os
import pickle
import sys
import threading
from collections.abc import Callable, Sequence

from reader.core.detect.base import Context, Detector, Finding

PARALLEL_CHARS = 200_000  # below this much text the fork costs more than it saves
Progress = Callable[[float, str], None]


def workers_for(context: Context, workers: int | None) -> int:
    """How many processes the detectors may use: ``workers`` when given, else 2 for big
    texts on a machine with two cores or more where fork is safe, else 1."""
    if workers is not None:
        return max(1, workers)
    if os.environ.get("CROSSCHECK_WORKERS"):
        try:
            return max(1, int(os.environ["CROSSCHECK_WORKERS"]))
        except ValueError:
            return 1
    size = sum(len(context.text(d)) for d in context.docs)
    if size < PARALLEL_CHARS or (os.cpu_count() or 1) < 2:
        return 1
    return 2


def can_fork() -> bool:
    return (
        hasattr(os, "fork") and sys.platform.startswith("linux") and threading.active_count() == 1
    )


CHILD_SHARE = ("quantity_findings", "omission_findings")  # about half the detectors' time


def run_detectors(
    context: Context,
    detectors: Sequence[Detector],
    progress: Progress | None = None,
    workers: int | None = None,
) -> list[Finding]:
    """Every detector's findings, in the detectors' order."""
    results: list[list[Finding] | None] = [None] * len(detectors)
    away = [n for n, d in enumerate(detectors) if d.__name__ in CHILD_SHARE]
    child = None
    if away and len(away) < len(detectors) and workers_for(context, workers) > 1 and can_fork():
        child = _Forked([detectors[n] for n in away], context)
        if child.pid is None:
            child = None
    for n, detector in enumerate(detectors):
        if child is not None and n in away:
            continue
        if progress:
            name = detector.__name__.split("_")[0]
            progress(0.5 + 0.5 * n / len(detectors), f"looking for {name} disagreements")
        results[n] = detector(context)
    if child is not None:
        found = child.result()
        for k, n in enumerate(away):
            # the child failed: do its work here
            results[n] = found[k] if found is not None else detectors[n](context)
    return [f for found in results for f in (found or [])]


class _Forked:
    """Detectors run in a forked child; their findings come back pickled through a pipe."""

    def __init__(self, detectors: Sequence[Detector], context: Context) -> None:
        self.pid: int | None = None
        read, write = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read)
            os.close(write)
            return
        if pid == 0:  # the child: work, send, leave without running the parent's cleanup
            os.close(read)
            status = 0
            try:
                found = [detector(context) for detector in detectors]
                data = pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL)
                with os.fdopen(write, "wb") as out:
                    out.write(data)
            except BaseException:  # anything: the parent redoes the work
                status = 1
            finally:
                os._exit(status)
        os.close(write)
        self.pid, self._read = pid, read

    def result(self) -> list[list[Finding]] | None:
        """Each of the child's detectors' findings, or None when it failed."""
        assert self.pid is not None
        chunks = []
        with os.fdopen(self._read, "rb") as pipe:
            while chunk := pipe.read(1 << 20):
                chunks.append(chunk)
        _, status = os.waitpid(self.pid, 0)
        if status != 0 or not chunks:
            return None
        try:
            return pickle.loads(b"".join(chunks))
        except Exception:  # a truncated message: redo the work here
            return None
