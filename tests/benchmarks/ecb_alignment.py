"""Alignment on real news: ECB+ gold same-event sentence pairs.

    uv run python tests/benchmarks/ecb_alignment.py [--docs 6] [--half odd|even|all] [--verbose]

For every topic+subtopic of ECB+, the first ``--docs`` documents (by number) are compared and
the aligned groups read. Only sentences in ECB+'s annotated selection count.

- pair precision: of the sentence pairs from different documents that share a group, the share
  that are gold pairs in ``same_event.json``;
- sentence recall: of each annotated sentence and each other document in which it has a gold
  partner, the share where it shares a group with at least one of those partners.

Odd-numbered topics are the tuning half; even-numbered topics are held out. Both are printed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reader.core.compare import compare
from tests import ecbplus
from tests.benchmarks.budget import record


def score_event(names: list[str]) -> dict[str, int]:
    """Counts for one event: grouped pairs, gold among them, recall items and hits."""
    docs = ecbplus.documents()
    loaded = [ecbplus.as_document(docs[n]) for n in names]
    comparison = compare([d for d, _ in loaded])
    annotated = [{s.n for s in docs[n].sentences if s.annotated} for n in names]

    def sentence_of(d: int, start: int, end: int) -> set[int]:
        spans = loaded[d][1]
        return {n for n, (s, e) in spans.items() if s < end and start < e and n in annotated[d]}

    together: set[tuple[int, int, int, int]] = set()  # (doc a, sentence a, doc b, sentence b)
    for group in comparison.groups:
        members = [(u.doc, n) for u in group.units for n in sentence_of(u.doc, u.start, u.end)]
        for (da, na), (db, nb) in combinations(members, 2):
            if da == db:
                continue
            if da > db:
                (da, na), (db, nb) = (db, nb), (da, na)
            together.add((da, na, db, nb))
    gold = ecbplus.gold_pairs()
    gold_pairs: set[tuple[int, int, int, int]] = set()
    for da, db in combinations(range(len(names)), 2):
        for a, b in gold.get((names[da], names[db]), ()):
            if a in annotated[da] and b in annotated[db]:
                gold_pairs.add((da, a, db, b))
    partners: dict[tuple[int, int, int], set[int]] = defaultdict(set)
    for da, a, db, b in gold_pairs:
        partners[(da, a, db)].add(b)
        partners[(db, b, da)].add(a)
    hits = 0
    for (d, n, other), wanted in partners.items():
        if any(((d, n, other, m) if d < other else (other, m, d, n)) in together for m in wanted):
            hits += 1
    return {
        "grouped": len(together),
        "correct": len(together & gold_pairs),
        "items": len(partners),
        "hits": hits,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=6)
    parser.add_argument("--half", choices=("odd", "even", "all"), default="all")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    if not ecbplus.available():
        print(f"ECB+ not found at {ecbplus.CORPUS}")
        return
    totals: dict[str, dict[str, int]] = {
        "odd": defaultdict(int),
        "even": defaultdict(int),
    }
    start = time.perf_counter()
    for (topic, sub), names in ecbplus.events().items():
        half = "odd" if topic % 2 else "even"
        if args.half not in ("all", half):
            continue
        counts = score_event(names[: args.docs])
        for k, v in counts.items():
            totals[half][k] += v
        if args.verbose:
            p = counts["correct"] / max(counts["grouped"], 1)
            r = counts["hits"] / max(counts["items"], 1)
            print(f"{topic:>3} {sub:<8} precision {p:.2f}  recall {r:.2f}  {counts}")
    elapsed = time.perf_counter() - start
    print(f"{'half':<22}{'pairs':>7}{'precision':>11}{'items':>7}{'recall':>8}")
    for half, label in (("odd", "odd topics (tuning)"), ("even", "even topics (held out)")):
        t = totals[half]
        if not t:
            continue
        p = t["correct"] / max(t["grouped"], 1)
        r = t["hits"] / max(t["items"], 1)
        print(f"{label:<22}{t['grouped']:>7}{p:>11.3f}{t['items']:>7}{r:>8.3f}")
        record("ecb_alignment", f"{label}: sentence recall", f"{r:.3f}", ">= 0.65", r >= 0.65)
        record("ecb_alignment", f"{label}: pair precision", f"{p:.3f}", ">= 0.85", p >= 0.85)
    print(f"time {elapsed:.1f} s")


if __name__ == "__main__":
    main()
