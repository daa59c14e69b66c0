"""Recall and precision per disagreement kind on the bundled sample's gold list.

    uv run python tests/benchmarks/quality.py [--verbose]

Precision is printed only for kinds whose gold list is exhaustive (every real disagreement of
that kind in the sample is listed); for the others it would count true findings as errors.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.budget import record
from tests.gold import load_gold, matches, run, sample_documents


def main() -> None:
    comparison, scores = run()
    print(f"{'kind':<12}{'gold':>6}{'found':>7}{'recall':>8}{'precision':>11}")
    tg = tm = tf = tmf = 0
    for kind, s in scores.items():
        precision = f"{s.precision:.2f}" if s.exhaustive else "n/a"
        print(f"{kind:<12}{s.gold:>6}{s.found:>7}{s.recall:>8.2f}{precision:>11}")
        if s.exhaustive:
            tg, tm, tf, tmf = tg + s.gold, tm + s.matched_gold, tf + s.found, tmf + s.matched_found
    print(f"{'all listed':<12}{tg:>6}{tf:>7}{tm / max(tg, 1):>8.2f}{tmf / max(tf, 1):>11.2f}")
    record("quality", "sample (regression floor): recall", f"{tm / max(tg, 1):.2f}", "", None)
    record("quality", "sample (regression floor): precision", f"{tmf / max(tf, 1):.2f}", "", None)
    if "--verbose" in sys.argv:
        gold = load_gold()
        keys, docs = sample_documents(gold)
        for d in comparison.disagreements:
            ok = any(matches(g, d, keys, docs) for g in gold["disagreements"])
            print(("   " if ok else "?? ") + f"{d.id} {d.kind}: {d.summary}")


if __name__ == "__main__":
    main()
