"""The frozen app: built with PyInstaller, copied out of the source tree and run with no
virtual environment and a bare environment, offline.

    uv run --group packaging pytest -m packaging      (.ci/run runs it after the main suite)
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = sorted((ROOT / "resources" / "sample").glob("*.*"))
BUDGET_MB = 250


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("PyInstaller", reason="uv run --group packaging pytest -m packaging")
    build = tmp_path_factory.mktemp("build")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(build / "dist"),
            "--workpath",
            str(build / "work"),
            str(ROOT / "packaging" / "crosscheck.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    # Far from the source tree and the virtual environment.
    target = tmp_path_factory.mktemp("elsewhere") / "crosscheck"
    shutil.copytree(build / "dist" / "crosscheck", target, symlinks=True)
    return target


def run(bundle: Path, *args: str, home: Path, check: bool = True) -> subprocess.CompletedProcess:
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
    }
    done = subprocess.run(
        [str(bundle / "crosscheck"), *args],
        env=env,
        cwd=home,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if check:
        assert done.returncode == 0, done.stderr
    return done


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path


def test_bundle_is_small_and_complete(bundle):
    size = sum(p.lstat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size / 1e6 < BUDGET_MB
    inside = bundle / "_internal" / "reader"
    for part in (
        "resources/sample/lima-ledger.docx",
        "resources/icons/crosscheck-16.png",
        "resources/linux/org.crosscheck.Crosscheck.desktop",
        "core/data/rules.json",
        "core/data/report.css",
    ):
        assert (inside / part).is_file(), part
    assert not list(bundle.rglob("pyarrow")) and not list(bundle.rglob("matplotlib"))


def test_version_and_inspect(bundle, home):
    from reader import __version__

    assert run(bundle, "--version", home=home).stdout.strip() == f"crosscheck {__version__}"
    out = run(bundle, "inspect", str(SAMPLE[3]), "--json", home=home).stdout
    assert json.loads(out)["outlet"] == "Lima Ledger"


def test_compare_in_every_format(bundle, home):
    files = [str(p) for p in SAMPLE]
    report = json.loads(run(bundle, "compare", *files, "--json", home=home).stdout)
    assert len(report["disagreements"]) > 10
    assert run(bundle, "compare", *files, home=home).stdout.startswith("# Comparison of 4")
    run(bundle, "compare", *files, "--html", "-o", "report.html", home=home)
    assert "<style>" in (home / "report.html").read_text(encoding="utf-8")


def test_bad_file_is_one_line_and_status_2(bundle, home):
    bad = home / "broken.pdf"
    bad.write_bytes(b"not a pdf")
    done = run(bundle, "inspect", str(bad), home=home, check=False)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "broken.pdf" in done.stderr
    batch = run(bundle, "batch", "x.csv", "-o", "o", home=home, check=False)
    assert batch.returncode == 2 and "not part of the standalone app" in batch.stderr


def test_export_of_a_session(bundle, home):
    from reader.core.session import Session

    path = home / "notes.crosscheck"
    with Session.create(path) as session:
        doc = session.add_document(SAMPLE[0])
        start = doc.text.index("Congress")
        session.annotate(doc.id, start, start + 8, note="who voted?")
    out = run(bundle, "export", str(path), "--format", "jsonld", home=home).stdout
    assert "who voted?" in out and "TextQuoteSelector" in out


def test_window_shows_a_comparison_made_in_the_child_process(bundle, home):
    """The comparison runs in a child process started from the frozen executable; the
    screenshot shows its result: quantity marks in the panes."""
    from PySide6.QtGui import QColor, QImage

    from reader.core.kinds import KIND_STYLES, Kind

    shot = home / "window.png"
    run(bundle, "--screenshot", str(shot), "--size", "1280x800", home=home)
    image = QImage(str(shot))
    assert image.width() == 1280
    quantity = QColor(KIND_STYLES[Kind.QUANTITY].light).rgb()
    marked = sum(
        image.pixel(x, y) == quantity for x in range(0, 900, 2) for y in range(200, 600, 2)
    )
    assert marked > 200, "no quantity highlight: the comparison did not arrive"


def test_desktop_install_from_the_bundle(bundle, home):
    run(bundle, "desktop-install", home=home)
    entry = home / "data" / "applications" / "org.crosscheck.Crosscheck.desktop"
    assert f"Exec={bundle / 'crosscheck'} %F" in entry.read_text(encoding="utf-8")
    assert os.access(bundle / "crosscheck", os.X_OK)
