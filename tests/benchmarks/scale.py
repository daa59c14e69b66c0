"""Scale: books, many accounts, long texts. Each case runs in a fresh process; time and peak
memory are printed with the budget, and growth exponents are fitted.

    uv run python tests/benchmarks/scale.py [--quick]

Cases:
- accounts: four independent accounts of 10,000 / 30,000 / 100,000 words (sentences drawn from
  one pool, in any order) — budget for 4 x 100k: 20 s, 600 MB;
- versions: four versions of a 100,000-word text (each a lightly edited copy) — 15 s, 600 MB;
- a 150,000-word book against its revised edition — 10 s, 600 MB;
- N accounts of 1,000 words for N = 4, 8, 16, 32 — growth at most N^1.5;
and the fitted length exponent between 10k and 100k words (budget 1.15); then the 100k cases
again on one core, for the ratio two cores give (the result must be identical).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tests.benchmarks.budget import record  # noqa: E402


def _pool() -> list[str]:
    from tests.benchmarks.speed import sentence_pool

    return sentence_pool(ROOT.parent / "shared" / "corpora")


def _accounts(count: int, words: int, seed: int = 1):
    from tests.benchmarks.speed import accounts

    return accounts(_pool(), count, words, seed)


def _versions(count: int, words: int, seed: int = 2):
    from reader.core.document import Document
    from reader.core.text import join_paragraphs

    rng = random.Random(seed)
    pool = _pool()
    base: list[str] = []
    while sum(len(s.split()) for s in base) < words:
        base.append(rng.choice(pool))
    docs = []
    for i in range(count):
        edited = []
        for sentence in base:
            roll = rng.random()
            if roll < 0.03:
                continue  # a sentence cut
            if roll < 0.08:
                w = sentence.split()
                w[rng.randrange(len(w))] = rng.choice(["several", "many", "seven", "the"])
                sentence = " ".join(w)  # a word changed
            edited.append(sentence)
        paras = [" ".join(edited[k : k + 5]) for k in range(0, len(edited), 5)]
        docs.append(Document(text=join_paragraphs(paras), title=f"version {i + 1}"))
    return docs


def _run_case(kind: str, count: int, words: int, workers: int | None = None) -> dict:
    import hashlib

    from reader.core.compare import compare

    docs = _versions(count, words) if kind == "versions" else _accounts(count, words)
    compare(_accounts(2, 300, seed=9))  # word lists loaded once, as in the app's warm worker
    start = time.perf_counter()
    result = compare(docs, workers=workers)
    elapsed = time.perf_counter() - start
    peak = max(
        resource.getrusage(who).ru_maxrss / 1024
        for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    digest = hashlib.sha1(result.to_json().encode()).hexdigest()[:12]
    return {
        "seconds": elapsed,
        "peak_mb": peak,
        "disagreements": len(result.disagreements),
        "digest": digest,
    }


def measure(kind: str, count: int, words: int, workers: int | None = None) -> dict:
    """One case in a fresh interpreter, so memory figures do not add up. ``workers``: None
    lets the engine choose (two cores for big texts), 1 keeps it on one core."""
    done = subprocess.run(
        [
            sys.executable,
            __file__,
            "--case",
            kind,
            str(count),
            str(words),
            "auto" if workers is None else str(workers),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        return {"seconds": math.nan, "peak_mb": math.nan, "error": done.stderr[-300:]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def exponent(x1: float, y1: float, x2: float, y2: float) -> float:
    return math.log(y2 / y1) / math.log(x2 / x1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--case", nargs=4)
    parser.add_argument("--quick", action="store_true", help="skip the 100k-word cases")
    args = parser.parse_args()
    if args.case:
        kind, count, words, workers = args.case
        chosen = None if workers == "auto" else int(workers)
        print(json.dumps(_run_case(kind, int(count), int(words), chosen)))
        return
    rows = []

    def row(label: str, figure: dict, budget_s: float | None, budget_mb: float | None) -> None:
        ok = (budget_s is None or figure["seconds"] <= budget_s) and (
            budget_mb is None or figure["peak_mb"] <= budget_mb
        )
        budget = " / ".join(
            p
            for p in (
                f"{budget_s:g} s" if budget_s else "",
                f"{budget_mb:g} MB" if budget_mb else "",
            )
            if p
        )
        rows.append((label, f"{figure['seconds']:.2f} s, {figure['peak_mb']:.0f} MB", budget, ok))

    sizes = [10_000, 30_000] if args.quick else [10_000, 30_000, 100_000]
    acc = {w: measure("accounts", 4, w) for w in sizes}
    for w, f in acc.items():
        row(f"4 accounts x {w:,} words", f, 20 if w == 100_000 else None, 600)
    ver = {w: measure("versions", 4, w) for w in sizes}
    for w, f in ver.items():
        row(f"4 versions x {w:,} words", f, 15 if w == 100_000 else None, 600)
    if not args.quick:
        row("150,000-word book vs its revision", measure("versions", 2, 150_000), 10, 600)
    many = {n: measure("accounts", n, 1_000) for n in (4, 8, 16, 32)}
    for n, f in many.items():
        row(f"{n} accounts x 1,000 words", f, None, None)
    print(f"{'figure':<40}{'value':>22}  {'budget':<16}pass")
    for label, value, budget, ok in rows:
        print(f"{label:<40}{value:>22}  {budget:<16}{'pass' if ok else 'FAIL'}")
        record("scale", label, value, budget, ok if budget else None)
    top = sizes[-1]
    for name, table in (("accounts", acc), ("versions", ver)):
        e = exponent(10_000, table[10_000]["seconds"], top, table[top]["seconds"])
        print(f"length exponent, {name} 10k->{top // 1000}k words: {e:.2f} (budget 1.15)")
        record(
            "scale", f"length exponent, {name} 10k->{top // 1000}k", f"{e:.2f}", "1.15", e <= 1.15
        )
    e = exponent(4, many[4]["seconds"], 32, many[32]["seconds"])
    print(f"accounts exponent, 4->32 accounts: {e:.2f} (budget 1.5)")
    record("scale", "accounts exponent, 4->32 accounts", f"{e:.2f}", "1.5", e <= 1.5)
    if not args.quick:
        # the detectors split over two processes (reader/core/detect/run.py): the same
        # result, measured against one core in this same run
        for kind, table in (("accounts", acc), ("versions", ver)):
            one = measure(kind, 4, 100_000, workers=1)
            two = table[100_000]
            same = "identical" if one.get("digest") == two.get("digest") else "DIFFERENT"
            print(
                f"two cores, 4 {kind} x 100,000 words: {one['seconds']:.2f} s on one core -> "
                f"{two['seconds']:.2f} s ({one['seconds'] / two['seconds']:.2f}x), "
                f"results {same}"
            )
            record(
                "scale",
                f"two cores / one, 4 {kind} x 100k (same result)",
                f"{one['seconds'] / two['seconds']:.2f}x",
                "identical",
                same == "identical",
            )


if __name__ == "__main__":
    main()
