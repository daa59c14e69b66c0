"""Disagreement quality on real news: the ECB+ gold lists in tests/data/ecb_gold.

    uv run python tests/benchmarks/ecb_quality.py [--half HALF] [--verbose]

HALF is one of tune, tune2, heldout, final, final2, blind3 to blind8, or all (the default).

For each half: recall of the required gold disagreements, precision of the fact-kind findings
(quantity, date, name, attribution, quote, polarity) against required and optional gold items,
and findings on controls (facts the accounts agree on). The `final` and `final2` halves are
the held-out ones to report; `tune` is the one the engine may be changed for; `heldout` was
held out until it was scored once and read, and is now a development set (see
tests/data/ecb_gold/README.md). `--verbose` lists misses and false alarms, except on the
held-out halves unless one is asked for by name: reading them is how a held-out set stops
being one.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests import ecb_gold, ecbplus
from tests.benchmarks.budget import record


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--half",
        choices=(
            "tune",
            "tune2",
            "heldout",
            "final",
            "final2",
            "blind3",
            "blind4",
            "blind5",
            "blind6",
            "blind7",
            "blind8",
            "all",
        ),
        default="all",
    )
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--no-speed", action="store_true", help="skip the speed figures")
    args = parser.parse_args()
    if not ecbplus.available():
        print(f"ECB+ not found at {ecbplus.CORPUS}")
        return
    halves: dict[str, list] = {
        "tune": [],
        "tune2": [],
        "heldout": [],
        "final": [],
        "final2": [],
        "blind3": [],
        "blind4": [],
        "blind5": [],
        "blind6": [],
        "blind7": [],
        "blind8": [],
    }
    start = time.perf_counter()
    for path in ecb_gold.gold_files():
        gold = ecb_gold.load(path)
        if args.half not in ("all", gold["half"]):
            continue
        score = ecb_gold.score_event(path)
        halves[gold["half"]].append(score)
        held_out = gold["half"] in ("final", "final2")
        if args.verbose and (not held_out or args.half == gold["half"]):
            print(
                f"{score.event:<12} {score.half:<8} "
                f"found {score.found_required}/{score.required}  "
                f"correct {score.correct}/{score.findings}  "
                f"controls hit {len(score.control_hits)}"
            )
            for line in score.missed:
                print(f"    missed   {line}")
            for line in score.false:
                print(f"    unlisted {line}")
            for line in score.control_hits:
                print(f"    CONTROL  {line}")
    print(
        f"{'half':<10}{'events':>7}{'required':>9}{'recall':>8}{'findings':>9}{'precision':>10}"
        f"{'controls hit':>13}"
    )
    for half, scores in halves.items():
        if not scores:
            continue
        req = sum(s.required for s in scores)
        got = sum(s.found_required for s in scores)
        fnd = sum(s.findings for s in scores)
        ok = sum(s.correct for s in scores)
        ctl = sum(len(s.control_hits) for s in scores)
        print(
            f"{half:<10}{len(scores):>7}{req:>9}{got / max(req, 1):>8.2f}{fnd:>9}"
            f"{ok / max(fnd, 1):>10.2f}{ctl:>13}"
        )
        if half in ("final", "final2"):  # the held-out sets: the ones the targets are for
            recall, precision = got / max(req, 1), ok / max(fnd, 1)
            record(
                "ecb_quality", f"{half} held out: recall", f"{recall:.2f}", ">= 0.7", recall >= 0.7
            )
            record(
                "ecb_quality", f"{half} held out: precision", f"{precision:.2f}", ">= 0.8",
                precision >= 0.8,
            )  # fmt: skip
            record("ecb_quality", f"{half} held out: findings on controls", str(ctl), "0", ctl == 0)
    print(f"time {time.perf_counter() - start:.1f} s")
    if not args.no_speed:
        speed()


def speed() -> None:
    """The engine's speed budgets, measured in the same run as tests/benchmarks/speed.py
    measures them (four accounts of ~1,000 words; the six Darwin editions)."""
    from reader.core.compare import compare
    from tests.benchmarks.speed import accounts, darwin_editions, sentence_pool, timed

    corpora = ecbplus.CORPUS.parent
    if not (corpora / "darwin").is_dir():
        return
    four = accounts(sentence_pool(corpora), 4, 1000, seed=1)
    compare(four)  # load the word lists once, as the app's warmed worker has
    four_ms = timed(lambda: compare(four), runs=5) * 1000
    darwin = darwin_editions(corpora)
    darwin_s = timed(lambda: compare(darwin), runs=3)
    record("ecb_quality", "speed: four accounts", f"{four_ms:.0f} ms", "150 ms", four_ms <= 150)
    record("ecb_quality", "speed: six Darwin editions", f"{darwin_s:.2f} s", "3 s", darwin_s <= 3)
    print(
        f"speed: four accounts of ~1,000 words {four_ms:.0f} ms (budget 150 ms); "
        f"six Darwin editions {darwin_s:.2f} s (budget 3 s)"
    )


if __name__ == "__main__":
    main()
