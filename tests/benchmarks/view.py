"""The comparison view's figures (issue: the comparison view).

    uv run python tests/benchmarks/view.py [--corpora ../shared/corpora]

Each in a fresh process, offscreen: time from opening the files to the window painted with
their comparison, the longest stall of the event loop meanwhile (a 5 ms timer notes every
gap), and peak memory. For the four sample accounts, and for the six Darwin editions
(~12,000 words each), and for ten accounts of 20,000 words. Target: no stall over 100 ms.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tests.benchmarks.budget import record  # noqa: E402


def child(files: list[str]) -> None:
    if os.environ.get("SWITCH"):
        sys.setswitchinterval(float(os.environ["SWITCH"]))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from reader.ui.app import configure_application
    from reader.ui.mainwindow import MainWindow

    app = QApplication([])
    configure_application(app)
    settings = QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat)
    settings.setValue("paths/data_dir", tempfile.mkdtemp())  # never the user's own sessions
    window = MainWindow(settings)
    window.resize(1600, 1000)
    window.show()
    for _ in range(20):
        app.processEvents()
    clock = QElapsedTimer()
    marks: dict[str, float] = {}
    stall = {"last": 0.0, "max": 0.0}

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        stall["max"] = max(stall["max"], now - stall["last"])
        stall["last"] = now

    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(tick)

    class Painted(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and "shown" in marks and "painted" not in marks:
                marks["painted"] = clock.nsecsElapsed() / 1e6
                QTimer.singleShot(300, app.quit)  # keep measuring stalls a little longer
            return False

    def shown(comparison) -> None:
        if comparison is not None:
            marks["shown"] = clock.nsecsElapsed() / 1e6
            marks["disagreements"] = len(comparison.disagreements)
            window.strip.update()

    painted = Painted()
    app.installEventFilter(painted)
    window.workspace.comparison_shown.connect(shown)
    clock.start()
    ticker.start()
    window.open_files(files)
    QTimer.singleShot(120_000, app.quit)
    app.exec()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({**marks, "stall_ms": stall["max"], "peak_mb": peak}))


def run(files: list[str]) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", *files],
        capture_output=True, text=True, check=True, cwd=ROOT, timeout=300,
    )  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


def report(label: str, files: list[str]) -> None:
    start = time.perf_counter()
    result = run(files)
    print(
        f"{label}: painted with their comparison {result['painted'] / 1000:.2f} s after opening "
        f"({result.get('disagreements')} disagreements); longest stall "
        f"{result['stall_ms']:.0f} ms (target < 100 ms); peak {result['peak_mb']:.0f} MB "
        f"(process {time.perf_counter() - start:.1f} s)"
    )
    stall = result["stall_ms"]
    record("view", f"{label}: longest stall", f"{stall:.0f} ms", "100 ms", stall <= 100)
    record("view", f"{label}: painted", f"{result['painted'] / 1000:.2f} s", "", None)


def main() -> None:
    from reader.resources import sample_files

    corpora = (
        Path(sys.argv[sys.argv.index("--corpora") + 1])
        if "--corpora" in sys.argv
        else ROOT.parent / "shared" / "corpora"
    )
    sample = [str(p) for p in sample_files()]
    result = run(sample)
    print(
        f"four sample accounts: painted with their comparison {result['painted']:.0f} ms after "
        f"opening; longest stall {result['stall_ms']:.0f} ms; peak {result['peak_mb']:.0f} MB"
    )
    stall = result["stall_ms"]
    record("view", "four sample accounts: longest stall", f"{stall:.0f} ms", "100 ms", stall <= 100)
    data = json.loads((corpora / "darwin" / "darwin_origin_ch1_6editions.json").read_text())
    with tempfile.TemporaryDirectory() as tmp:
        editions: dict[str, list[str]] = {}
        for unit in data["units"]:
            for witness in unit["witnesses"]:
                editions.setdefault(witness["id"], []).append(witness["content"])
        files = []
        for year, paras in editions.items():
            path = Path(tmp) / f"origin-{year}.txt"
            path.write_text(
                f"On the Origin of Species ({year})\n\n" + "\n\n".join(paras), encoding="utf-8"
            )
            files.append(str(path))
        report("six Darwin editions", files)
        from tests.benchmarks.speed import accounts, sentence_pool

        files = []
        for i, doc in enumerate(accounts(sentence_pool(corpora), 10, 20_000, 1)):
            path = Path(tmp) / f"account-{i + 1}.txt"
            path.write_text(doc.text, encoding="utf-8")
            files.append(str(path))
        report("ten accounts of 20,000 words", files)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2:])
    else:
        main()
