"""The frozen app's size and start-up, against the app run from source in the same run.

    uv run python packaging/build.py && uv run python tests/benchmarks/bundle.py [BUNDLE]

Medians of 5 fresh processes: ``--version`` (the bootloader and the command line), and
``--screenshot`` on the bundled sample (the window up, the four accounts loaded, compared in
the child process, and painted with the comparison), each in an empty home folder.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 5


def timed(cmd: list[str]) -> float:
    times = []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as home:
            env = {
                "PATH": "/usr/bin:/bin",
                "HOME": home,
                "LANG": "C.UTF-8",
                "QT_QPA_PLATFORM": "offscreen",
            }
            shot = str(Path(home) / "w.png")
            args = [a.replace("{shot}", shot) for a in cmd]
            started = time.perf_counter()
            subprocess.run(args, env=env, cwd=home, check=True, capture_output=True)
            times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    bundle = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "crosscheck"
    frozen = str(bundle / "crosscheck")
    source = str(ROOT / ".venv" / "bin" / "crosscheck")
    files = (p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    size = sum(p.lstat().st_size for p in files) / 1e6
    print(f"bundle {bundle}: {size:.0f} MB on disk (budget 250 MB)")
    for what, args in (
        ("--version", ["--version"]),
        ("window painted with the sample's comparison", ["--screenshot", "{shot}"]),
    ):
        a, b = timed([frozen, *args]), timed([source, *args])
        print(f"{what}: frozen {a:.2f} s, from source {b:.2f} s (ratio {a / b:.2f})")


if __name__ == "__main__":
    main()
