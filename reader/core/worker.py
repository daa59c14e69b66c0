"""Comparison in a child process: the GUI stays responsive (no shared interpreter lock) and a
superseded comparison can be stopped for real. Pure Python; the Qt side polls the pipe."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
from collections.abc import Sequence
from multiprocessing.connection import Connection
from typing import Any

from reader.core.align import Override
from reader.core.compare import CompareError, compare
from reader.core.document import Document
from reader.core.rules import Rules


def _run(
    conn: Connection,
    documents: Sequence[Document],
    overrides: Sequence[Override],
    rules_data: dict | None = None,
) -> None:
    """Child process body: progress messages, then the result (or the error) on ``conn``."""

    def progress(fraction: float, message: str) -> None:
        try:
            conn.send(("progress", fraction, message))
        except OSError:  # the window stopped listening (superseded or closed): just stop
            raise SystemExit(0) from None

    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(10)  # background work: the window's process comes first for the CPU
    try:
        rules = Rules(data=rules_data, source="session") if rules_data else None
        result = compare(documents, overrides=overrides, rules=rules, progress=progress)
        for index in range(len(result.groups)):  # word changes too, while we are here
            result.changes(index)
        conn.send(("done", result.for_transfer()))
    except OSError:
        pass  # nobody is listening any more
    except CompareError as exc:
        conn.send(("error", str(exc)))
    except Exception as exc:  # a bug: report it in words rather than vanish
        conn.send(("error", f"comparison failed: {type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def context() -> Any:
    """forkserver where the platform has it: children fork from a small server started
    before any GUI thread, so they start fast and never inherit Qt's state."""
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods and sys.platform != "darwin":
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["reader.core.compare", "reader.core.worker"])
        return ctx
    return multiprocessing.get_context("spawn")


class ComparisonProcess:
    """One comparison running in a child process."""

    def __init__(
        self,
        documents: Sequence[Document],
        overrides: Sequence[Override],
        ctx: Any = None,
        rules_data: dict | None = None,
    ) -> None:
        ctx = ctx or context()
        self._receive, send = ctx.Pipe(duplex=False)
        self.process = ctx.Process(
            target=_run, args=(send, list(documents), list(overrides), rules_data), daemon=True
        )
        self.process.start()
        send.close()  # the child holds the only writing end now
        self.finished = False

    def poll(self) -> list[tuple]:
        """Messages that arrived since the last poll (never blocks)."""
        out = []
        try:
            while not self.finished and self._receive.poll():
                message = self._receive.recv()
                out.append(message)
                if message[0] in ("done", "error"):
                    self.finished = True
        except (EOFError, OSError):
            if not self.finished:
                self.finished = True
                code = self.process.exitcode
                out.append(
                    ("error", f"the comparison process ended unexpectedly (exit code {code})")
                )
        return out

    def release(self) -> None:
        """Let go of a child that has sent its result: it exits by itself, so this never
        waits for it (a large result takes the child a moment to free); multiprocessing
        reaps it later."""
        self.finished = True
        self._receive.close()
        self.process.join(timeout=0)

    def stop(self) -> None:
        """Stop the child now (a newer comparison supersedes it)."""
        self.finished = True
        if self.process.is_alive():
            self.process.terminate()
        self.process.join(timeout=2)
        self._receive.close()


def prestart() -> None:
    """Start the fork server ahead of the first comparison (it takes ~0.2 s to launch).
    Safe to call from any thread, any number of times."""
    ctx = context()
    if ctx.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()
