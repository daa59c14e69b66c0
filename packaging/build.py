"""Build the standalone app: ``dist/crosscheck/``, with the executable ``crosscheck`` in it.

    uv run python packaging/build.py [--deb]

PyInstaller lives in the ``packaging`` dependency group; when it is missing this script runs
itself again under ``uv run --group packaging``. It prints the bundle's size and, with
``--deb``, also wraps the bundle into a Debian package with ``dpkg-deb`` (see
``packaging/linux/deb.py``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "crosscheck.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build"


def size_mb(folder: Path) -> float:
    """On disk, each file once (the bundle links some Qt libraries to one another)."""
    return (
        sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
        / 1e6
    )


def ensure_pyinstaller(argv: list[str]) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        uv = shutil.which("uv")
        if uv is None or os.environ.get("CROSSCHECK_BUILD_REEXEC"):
            sys.exit("build: PyInstaller is missing: uv run --group packaging python " + __file__)
        os.environ["CROSSCHECK_BUILD_REEXEC"] = "1"
        os.execv(uv, [uv, "run", "--group", "packaging", "python", __file__, *argv])


def build() -> Path:
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
            str(SPEC),
        ],
        check=True,
        cwd=ROOT,
    )
    bundle = DIST / "crosscheck"
    exe = bundle / ("crosscheck.exe" if sys.platform == "win32" else "crosscheck")
    if not exe.is_file():
        sys.exit(f"build: {exe} was not made")
    print(
        f"built {exe} in {time.perf_counter() - started:.0f} s; "
        f"bundle {size_mb(bundle):.0f} MB in {bundle}"
    )
    return bundle


def main() -> None:
    argv = sys.argv[1:]
    parser = argparse.ArgumentParser(description="Build the standalone Crosscheck app.")
    parser.add_argument("--deb", action="store_true", help="also build a .deb with dpkg-deb")
    args = parser.parse_args(argv)
    ensure_pyinstaller(argv)
    bundle = build()
    if args.deb:
        import runpy  # packaging/ is not a package (and would shadow PyPI's "packaging")

        build_deb = runpy.run_path(str(ROOT / "packaging" / "linux" / "deb.py"))["build_deb"]
        deb = build_deb(bundle, DIST)
        print(f"built {deb} ({deb.stat().st_size / 1e6:.0f} MB)")


if __name__ == "__main__":
    main()
