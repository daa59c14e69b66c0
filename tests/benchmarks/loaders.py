"""Loader and start-up figures (issue: open article files).

    uv run python tests/benchmarks/loaders.py

Prints, each as the median of 5 runs in fresh processes:
- ``inspect`` of a 1 MB saved web page and of a 50-page PDF: time inside the loader, the
  whole ``crosscheck inspect --json`` command (interpreter start included), peak memory;
- start-up: from launching the app process to its first painted window, and to the
  window painted with the four sample accounts in it.
Targets: under 1 s each, under 300 MB peak memory for the inspections.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tests.benchmarks.budget import record  # noqa: E402

RUNS = 5


def make_big_html(target_bytes: int = 1_000_000) -> bytes:
    """A saved page as browsers write them: most of the megabyte is scripts, styles and menus."""
    page = (ROOT / "resources" / "sample" / "andes-wire.html").read_text(encoding="utf-8")
    article = "".join(
        f"<p>Paragraph {i}: lawmakers debated the measure for several hours, and the "
        f"committee heard {i % 40 + 3} witnesses before the final vote on the resolution.</p>"
        for i in range(600)
    )
    menu = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(1500))
    page = page.replace('<div class="story-body">', f'<div class="story-body">{article}')
    page = page.replace('<nav class="main-nav"><ul>', f'<nav class="main-nav"><ul>{menu}')
    filler = len(page.encode()) + 200
    script = "var state = " + json.dumps({"k": "x" * max(target_bytes - filler, 0)}) + ";"
    page = page.replace("</head>", f"<script>{script}</script></head>")
    return page.encode("utf-8")


def make_pdf_50() -> bytes:
    from tests.builders import make_pdf

    paras = [
        f"Section {i}. The committee reviewed the evidence presented by the ministry and "
        "concluded that the deployment had been authorised in accordance with the law, "
        "although several members recorded their objection to the speed of the process."
        for i in range(640)
    ]
    return make_pdf(paragraphs=paras, running_header="Committee Report · 2023")


def child_inspect(path: str) -> None:
    """Child process: load one file, print seconds in the loader and peak RSS."""
    from reader.core import open_document

    start = time.perf_counter()
    doc = open_document(path)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "words": doc.word_count}))


def child_startup(t0: float) -> None:
    """Child process: start the app; print when the window and the sample first paint."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from reader.ui.app import configure_application, make_window

    app = QApplication([])
    configure_application(app)
    marks: dict[str, float] = {}

    class PaintWatch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                marks.setdefault("window", time.time() - t0)
                if "loaded" in marks:
                    marks.setdefault("sample", time.time() - t0)
                    QTimer.singleShot(0, app.quit)
            return False

    settings = QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat)
    settings.setValue("paths/data_dir", tempfile.mkdtemp())  # never the user's own sessions
    window = make_window([], settings)
    watch = PaintWatch()
    app.installEventFilter(watch)

    def loaded(_count: int) -> None:
        marks["loaded"] = time.time() - t0
        window.update()

    window.documents_loaded.connect(loaded)
    window.show()
    QTimer.singleShot(20_000, app.quit)
    app.exec()
    print(json.dumps(marks))


def run_child(*args: str) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def time_cli(path: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "reader", "inspect", str(path), "--json"],
        capture_output=True,
        check=True,
        cwd=ROOT,
    )
    return time.perf_counter() - start


def time_command(args: list[str]) -> float:
    """Median wall time of a command in fresh processes."""
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(args, capture_output=True, check=True, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def version_figure() -> None:
    """``crosscheck --version`` against a bare interpreter's start, measured together."""
    bare = time_command([sys.executable, "-c", "pass"])
    version = time_command([sys.executable, "-m", "reader", "--version"])
    ratio = version / bare
    print(
        f"crosscheck --version: {version * 1000:.0f} ms; a bare interpreter {bare * 1000:.0f} ms; "
        f"ratio {ratio:.1f} (budget 5)"
    )
    record("loaders", "--version / bare interpreter start", f"{ratio:.1f}x", "5x", ratio <= 5)


def main() -> None:
    version_figure()
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "big-page.html"
        html.write_bytes(make_big_html())
        pdf = Path(tmp) / "report-50-pages.pdf"
        pdf.write_bytes(make_pdf_50())
        from pypdf import PdfReader

        pages = len(PdfReader(str(pdf)).pages)
        print(f"inputs: {html.stat().st_size / 1e6:.2f} MB HTML; PDF of {pages} pages")
        print(f"{'inspect':<28}{'loader s':>10}{'command s':>11}{'peak MB':>9}{'words':>8}")
        for label, path in (("1 MB saved web page", html), (f"{pages}-page PDF", pdf)):
            rows = [run_child("inspect", str(path)) for _ in range(RUNS)]
            cli = statistics.median(time_cli(path) for _ in range(RUNS))
            loader = statistics.median(r["seconds"] for r in rows)
            peak = max(r["peak_mb"] for r in rows)
            print(f"{label:<28}{loader:>10.3f}{cli:>11.3f}{peak:>9.0f}{rows[0]['words']:>8}")
            record("loaders", f"inspect {label}, whole command", f"{cli:.2f} s", "1 s", cli <= 1)
            record(
                "loaders", f"inspect {label}, peak memory", f"{peak:.0f} MB", "300 MB", peak <= 300
            )
    marks = [run_child("startup", repr(time.time())) for _ in range(RUNS)]
    first = statistics.median(m["window"] for m in marks)
    sample = statistics.median(m.get("sample", float("nan")) for m in marks)
    print(f"start-up to first painted window: {first:.3f} s (median of {RUNS})")
    print(f"start-up to window painted with the 4 sample accounts: {sample:.3f} s")
    record("loaders", "start-up to the first painted window", f"{first:.2f} s", "1 s", first <= 1)
    record("loaders", "start-up to the sample painted", f"{sample:.2f} s", "", None)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        if sys.argv[2] == "inspect":
            child_inspect(sys.argv[3])
        else:
            child_startup(float(sys.argv[3]))
    else:
        main()
