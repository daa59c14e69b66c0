"""Corpus mode on all 86 ECB+ events (982 articles): one core, two cores, a Dask LocalCluster.

    uv run python tests/benchmarks/batch.py [--events N]

Each configuration runs ``crosscheck batch`` in a fresh process on the same manifest (outlets
from the articles' web addresses) into a fresh folder, and the benchmark prints wall time, the
ratio against one core measured in this run, the peak memory of any worker (budget 500 MB), the
time per cluster by its size, whether the rows are identical, and a projection for 100,000
events of 10 accounts from the measured per-cluster cost.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests import ecbplus  # noqa: E402

BUDGET_MB = 500


def manifest(path: Path, events: int | None) -> int:
    docs = sorted(ecbplus.documents().values(), key=lambda d: (d.topic, d.subtopic, d.name))
    clusters: dict[str, list] = defaultdict(list)
    for d in docs:
        clusters[f"{d.topic}/{d.subtopic}"].append(d)
    keep = list(clusters)[:events] if events else list(clusters)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["cluster", "path", "outlet"])
        for c in keep:
            for d in clusters[c]:
                host = d.url.split("/")[2].removeprefix("www.") if d.url else ""
                writer.writerow([c, str(d.path), host])
    return sum(len(clusters[c]) for c in keep)


def run(manifest_path: Path, out: Path, *extra: str) -> float:
    cmd = [sys.executable, "-m", "reader", "batch", str(manifest_path), "-o", str(out)]
    started = time.perf_counter()
    subprocess.run([*cmd, "--no-progress", *extra], cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - started


def records(out: Path) -> list[dict]:
    with open(out / "clusters.jsonl", encoding="utf-8") as fh:
        return [r for r in map(json.loads, fh) if r.get("cluster")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, help="only the first N events")
    args = parser.parse_args()
    if not ecbplus.available():
        sys.exit("ECB+ corpus not found (../shared/corpora/ecbplus)")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        m = tmp / "ecb.csv"
        articles = manifest(m, args.events)
        one = run(m, tmp / "one", "--workers", "1")
        two = run(m, tmp / "two", "--workers", "2")
        from distributed import LocalCluster

        started = time.perf_counter()
        with LocalCluster(
            n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None
        ) as cluster:
            up = time.perf_counter() - started
            dask = run(m, tmp / "dask", "--scheduler", cluster.scheduler_address)
        recs = {name: records(tmp / name) for name in ("one", "two", "dask")}
        rows = {
            name: (tmp / name / "disagreements.jsonl").read_bytes()
            for name in ("one", "two", "dask")
        }
        n = len(recs["one"])
        print(f"ECB+: {n} events, {articles} articles, {os.cpu_count()} cores")
        print(f"  one core (--workers 1):   {one:6.1f} s   1.00")
        print(f"  local pool of 2:          {two:6.1f} s   {one / two:.2f}x faster than one core")
        print(
            f"  Dask LocalCluster of 2:   {dask:6.1f} s   {one / dask:.2f}x faster than one "
            f"core, {two / dask:.2f}x the local pool's speed (cluster start-up {up:.1f} s "
            "not counted)"
        )
        same = rows["one"] == rows["two"] == rows["dask"]
        count = rows["one"].count(b"\n")
        print(f"  rows identical in all three: {same} ({count} disagreements)")
        peak = max((r.get("worker_peak_mb") or 0) for name in recs for r in recs[name])
        print(
            f"  peak memory of a worker: {peak:.0f} MB (budget {BUDGET_MB}): "
            f"{'within' if peak <= BUDGET_MB else 'OVER'}"
        )
        failed = sum(r["status"] != "ok" for r in recs["one"])
        print(f"  clusters with errors: {failed}")
        by_size: dict[int, list[float]] = defaultdict(list)
        for r in recs["one"]:
            by_size[len(r["documents"])].append(r["seconds"]["total"])
        print("  time per cluster by size (one core): articles -> clusters, median s, max s")
        for size in sorted(by_size):
            t = by_size[size]
            print(f"    {size:3d} -> {len(t):3d}, {statistics.median(t):5.2f}, {max(t):5.2f}")
        ten = [t for s, ts in by_size.items() if 9 <= s <= 11 for t in ts]
        per = statistics.mean(ten)
        efficiency = one / two / 2
        print(
            f"  projection, 100,000 events of 10 ECB+-sized accounts at {per:.2f} s each "
            f"(mean of {len(ten)} clusters of 9-11), {efficiency:.0%} parallel efficiency:"
        )
        for workers in (1, 2, 8, 32, 128):
            hours = 100_000 * per / (workers * (efficiency if workers > 1 else 1)) / 3600
            print(f"    {workers:4d} workers: {hours:7.1f} h")


if __name__ == "__main__":
    main()
