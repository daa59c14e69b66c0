"""The real app, in its own process: it starts, compares, renders, and exits cleanly."""

import os
import subprocess
import sys

from tests.conftest import ROOT


def env(tmp_path) -> dict[str, str]:
    out = dict(os.environ)
    out["QT_QPA_PLATFORM"] = "offscreen"
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        out[var] = str(tmp_path / var.lower())
    return out


def test_screenshot_of_the_sample_comparison(tmp_path) -> None:
    out = tmp_path / "window.png"
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--screenshot", str(out), "--size", "1280x800"],
        cwd=ROOT, env=env(tmp_path), capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert out.stat().st_size > 20_000
    assert "Traceback" not in result.stderr


SIGNALS = """
import gc
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication
app = QApplication([])
class Emitter(QObject):
    ping = Signal()
    value = Signal(bool)
for _ in range(400):
    e = Emitter()
    e.ping.emit()
    e.value.emit(True)
    del e
gc.collect()
print("ok")
"""


def test_qt_bindings_survive_many_signal_emissions(tmp_path) -> None:
    """Guards against binding releases that miscount references on emit (PySide6 6.12.0):
    the interpreter then aborts on exit, losing whatever the app still had to save."""
    result = subprocess.run(
        [sys.executable, "-c", SIGNALS], env=env(tmp_path), capture_output=True, text=True,
        timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-1000:]
    assert result.stdout.strip() == "ok"
