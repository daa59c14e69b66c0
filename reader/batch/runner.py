"""Run a manifest's clusters on a local process pool or a Dask cluster, resumably.

Each finished cluster is appended to ``OUT/checkpoint.jsonl`` (and synced) the moment it
arrives; a second run with the same output folder reads it back and skips every cluster whose
files, outlet and engine version are unchanged (:meth:`Job.key`). The tables are written once
every cluster is done, in manifest order, so they are the same row for row whichever scheduler
ran the work and in whatever order it finished.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.batch import BATCH_FORMAT, BatchError
from reader.batch.manifest import Job, Manifest
from reader.batch.work import run_cluster

CHECKPOINT = "checkpoint.jsonl"
TASKS_PER_WORKER = 200  # a fresh worker process now and then: no memory creeps across a corpus


@dataclass
class BatchResult:
    out: Path
    clusters: int
    resumed: int  # finished in an earlier run, read from the checkpoint
    failed: int
    disagreements: int
    seconds: float  # this run's work
    scheduler: str


class Interrupted(Exception):
    """Ctrl+C: the finished clusters are in the checkpoint; the same command resumes."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__(f"interrupted after {done} of {total} clusters")
        self.done, self.total = done, total


def run_batch(
    manifest: Manifest,
    out: str | os.PathLike,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    progress: bool = True,
    connect_timeout: float = 20.0,
) -> BatchResult:
    """Compare every cluster of ``manifest`` and write the tables and summary into ``out``.

    Args:
        workers: local worker processes (default: one per core); 1 runs in this process.
        scheduler: ``tcp://HOST:PORT`` of a running Dask scheduler, instead of the local pool.
        progress: show a progress bar on stderr (when it is a terminal).
        connect_timeout: seconds to wait for the Dask scheduler.

    Raises:
        BatchError: the output folder cannot be used, or the scheduler cannot be reached.
        Interrupted: on Ctrl+C, once the workers are stopped.
    """
    out = Path(out)
    require_packages()
    _prepare(out)
    checkpoint = out / CHECKPOINT
    done = _read_checkpoint(checkpoint, manifest.jobs)
    todo = [j for j in manifest.jobs if j.cluster not in done]
    resumed = len(done)
    workers = max(1, workers or os.cpu_count() or 1)
    where = scheduler or (f"local pool of {workers}" if workers > 1 else "this process")
    started = time.perf_counter()
    bar = _bar(len(manifest.jobs), resumed, progress)
    results = _results(todo, workers, scheduler, connect_timeout)
    try:
        with open(checkpoint, "a", encoding="utf-8") as ck:
            for result in results:
                if not result.pop("retry", False):
                    ck.write(json.dumps({"format": BATCH_FORMAT, **result}, ensure_ascii=False))
                    ck.write("\n")
                    ck.flush()
                    os.fsync(ck.fileno())
                done[result["cluster"]] = result
                bar.update(1)
    except KeyboardInterrupt:
        results.close()  # stops the workers
        bar.close()
        raise Interrupted(len(done), len(manifest.jobs)) from None
    except OSError as exc:  # the checkpoint cannot be written (a full disk)
        results.close()
        bar.close()
        raise BatchError(f"{checkpoint}: cannot write ({exc.strerror or exc})") from None
    bar.close()
    seconds = time.perf_counter() - started
    ordered = [done[j.cluster] for j in manifest.jobs]
    try:
        _write_outputs(out, manifest, ordered, {"scheduler": where, "seconds": seconds})
        _compact(checkpoint, [r for r in ordered if not r["record"].get("retry")])
    except OSError as exc:
        where_failed = exc.filename or out
        raise BatchError(f"{where_failed}: cannot write ({exc.strerror or exc})") from None
    return BatchResult(
        out,
        len(ordered),
        resumed,
        sum(r["record"]["status"] != "ok" for r in ordered),
        sum(len(r["rows"]) for r in ordered),
        seconds,
        where,
    )


def _prepare(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise BatchError(f"{out}: exists and is not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise BatchError(f"{out}: cannot write results there ({exc.strerror or exc})") from None


def require_packages() -> None:
    """Corpus mode's optional packages are importable, else a BatchError saying how to get them."""
    missing = []
    for name in ("pyarrow", "matplotlib", "tqdm"):
        try:
            __import__(name)
        except ImportError:
            missing.append(name)
    if missing and getattr(sys, "frozen", False):
        raise BatchError(
            "corpus mode is not part of the standalone app: install Crosscheck with "
            "pip install 'crosscheck[batch]' to use it"
        )
    if missing:
        raise BatchError(
            f"batch needs {', '.join(missing)}: install them with pip install 'crosscheck[batch]'"
        )


def _read_checkpoint(path: Path, jobs: Sequence[Job]) -> dict[str, dict]:
    """Finished clusters of an earlier run that still match the manifest. A torn last line
    (the process killed while writing) is ignored: that cluster is simply done again."""
    if not path.exists():
        return {}
    keys = {j.cluster: j.key() for j in jobs}
    done: dict[str, dict] = {}
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                try:
                    item = json.loads(line)
                except ValueError:
                    continue
                if (
                    isinstance(item, dict)
                    and item.get("format") == BATCH_FORMAT
                    and keys.get(item.get("cluster")) == item.get("key")
                    and isinstance(item.get("rows"), list)
                    and isinstance(item.get("record"), dict)
                ):
                    item.pop("format")
                    done[item["cluster"]] = item
    except OSError as exc:
        raise BatchError(f"{path}: cannot read the checkpoint ({exc.strerror or exc})") from None
    return done


def _compact(path: Path, results: list[dict]) -> None:
    """Rewrite the checkpoint with exactly this manifest's finished clusters."""
    from reader.batch.tables import jsonl, write_atomic

    write_atomic(path, jsonl({"format": BATCH_FORMAT, **r} for r in results))


def _results(
    jobs: list[Job], workers: int, scheduler: str | None, timeout: float
) -> Iterator[dict]:
    if not jobs:
        return
    if scheduler:
        yield from _dask(jobs, scheduler, timeout)
    elif workers == 1:
        for job in jobs:
            yield run_cluster(job)
    else:
        yield from _pool(jobs, workers)


def _died(job: Job, reason: str) -> dict:
    """A cluster whose worker died: recorded as an error, not checkpointed, so the next run
    tries it again."""
    record = {
        "cluster": job.cluster,
        "status": "error",
        "documents": [{"document": i.path} for i in job.items],
        "notes": [],
        "errors": [reason],
        "disagreements": 0,
        "seconds": {},
        "retry": True,
    }
    return {"cluster": job.cluster, "key": job.key(), "record": record, "rows": [], "retry": True}


def _quiet_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle


def _pool(jobs: list[Job], workers: int) -> Iterator[dict]:
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    methods = mp.get_all_start_methods()
    context = mp.get_context("forkserver" if "forkserver" in methods else "spawn")
    remaining = list(jobs)
    for attempt in range(2):  # a pool broken by one dying worker is replaced once
        broken: list[Job] = []
        pool = ProcessPoolExecutor(
            max_workers=min(workers, len(remaining)),
            mp_context=context,
            initializer=_quiet_worker,
            max_tasks_per_child=TASKS_PER_WORKER,
        )
        try:
            futures = {pool.submit(run_cluster, job): job for job in remaining}
            for future in as_completed(futures):
                try:
                    yield future.result()
                except BrokenProcessPool:
                    broken.append(futures[future])
        except BaseException:
            _kill(pool)
            raise
        pool.shutdown(wait=True)
        if not broken:
            return
        if attempt == 1:
            for job in broken:
                yield _died(job, "its worker process died (out of memory, or killed)")
        remaining = sorted(broken, key=jobs.index)


def _kill(pool) -> None:
    """Stop a process pool now, its running clusters included."""
    for process in list(getattr(pool, "_processes", {}).values()):
        with contextlib.suppress(OSError, AttributeError):
            process.kill()
    pool.shutdown(wait=False, cancel_futures=True)


def _dask(jobs: list[Job], address: str, timeout: float) -> Iterator[dict]:
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise BatchError(
            "--scheduler needs dask and distributed: pip install 'crosscheck[cluster]'"
        ) from None
    try:
        client = Client(address, timeout=f"{timeout}s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise BatchError(f"cannot reach the Dask scheduler at {address} ({exc})") from None
    futures = []
    try:
        futures = client.map(run_cluster, jobs, key=[f"crosscheck-{j.key()}" for j in jobs])
        by_key = {f.key: j for f, j in zip(futures, jobs, strict=True)}
        for future in as_completed(futures, loop=client.loop):
            try:
                yield future.result()
            except Exception as exc:  # a killed worker: recorded, retried on the next run
                yield _died(by_key[future.key], f"its Dask task failed ({type(exc).__name__})")
            future.release()
    except BaseException:
        client.cancel(futures)
        raise
    finally:
        client.close()


def _bar(total: int, initial: int, enabled: bool):
    from tqdm import tqdm

    return tqdm(
        total=total,
        initial=initial,
        unit="cluster",
        desc="Comparing",
        disable=None if enabled else True,  # None: only on a terminal
        dynamic_ncols=True,
    )


def _write_outputs(out: Path, manifest: Manifest, results: list[dict], info: dict) -> None:
    from reader.batch.summary import write_summary
    from reader.batch.tables import jsonl, outlets_csv, write_atomic, write_parquet

    rows = [row for r in results for row in r["rows"]]
    records = [r["record"] for r in results]
    problems = [
        {"cluster": None, "status": "skipped", "documents": [], "notes": [], "errors": [p]}
        for p in manifest.problems
    ]
    write_atomic(out / "disagreements.jsonl", jsonl(rows))
    write_parquet(out / "disagreements.parquet", rows)
    write_atomic(out / "clusters.jsonl", jsonl([*records, *problems]))
    write_atomic(out / "outlets.csv", outlets_csv(records, rows))
    info = {**info, "manifest": manifest.source}
    write_atomic(out / "summary.md", write_summary(out, records, rows, manifest.problems, info))
