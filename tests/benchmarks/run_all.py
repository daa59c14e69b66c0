"""Every benchmark, one after the other, each in its own process; their figures are printed
as they come, and a summary says which ran and which failed.

    uv run python tests/benchmarks/run_all.py [--quick] [NAME ...]

NAME picks some (``speed``, ``scale`` ...). ``--quick`` passes ``--quick`` to the benchmarks
that have a short form and leaves out the slowest (the extractor comparison, which needs the
``extractors`` group, and the frozen bundle, which needs a build).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
# name -> (accepts --quick, left out of a quick run)
BENCHMARKS = {
    "loaders": (False, False),
    "speed": (False, False),
    "quality": (False, False),
    "ecb_alignment": (False, False),
    "ecb_quality": (False, False),
    "view": (False, False),
    "session": (False, False),
    "session_app": (False, False),
    "hostile": (False, False),
    "scale": (True, False),
    "batch": (False, True),
    "html_extraction": (False, True),
    "bundle": (False, True),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", metavar="NAME", choices=[*BENCHMARKS, []])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    names = args.names or [n for n, (_, slow) in BENCHMARKS.items() if not (args.quick and slow)]
    results = []
    gathered = Path(tempfile.mkstemp(suffix=".jsonl")[1])
    env = {**os.environ, "CROSSCHECK_BUDGETS": str(gathered)}
    sys.path.insert(0, str(ROOT))
    from tests.benchmarks.budget import table

    for name in names:
        quick_flag, _ = BENCHMARKS[name]
        cmd = [sys.executable, str(HERE / f"{name}.py")]
        if args.quick and quick_flag:
            cmd.append("--quick")
        if name == "html_extraction":
            cmd = ["uv", "run", "--group", "extractors", "python", str(HERE / f"{name}.py")]
        print(f"\n=== {name} ===", flush=True)
        started = time.perf_counter()
        code = subprocess.run(cmd, cwd=ROOT, check=False, env=env).returncode
        results.append((name, code, time.perf_counter() - started))
    rows = [json.loads(line) for line in gathered.read_text(encoding="utf-8").splitlines()]
    gathered.unlink()
    print("\n=== budgets ===")
    print(table(rows))
    print("\n=== summary ===")
    for name, code, seconds in results:
        print(f"{name:<16} {'ok' if code == 0 else f'FAILED ({code})':<12} {seconds:6.0f} s")
    missed = [r for r in rows if r["ok"] is False]
    if missed:
        print(f"{len(missed)} figure(s) over budget: " + "; ".join(r["figure"] for r in missed))
    return 0 if all(code == 0 for _, code, _ in results) and not missed else 1


if __name__ == "__main__":
    sys.exit(main())
