"""Shared fixtures. Tests run headless: the offscreen platform unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SAMPLE = ROOT / "resources" / "sample"


@pytest.fixture(scope="session", autouse=True)
def _isolated_qt_paths(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep Qt's settings and data away from the user's real ones."""
    home = tmp_path_factory.mktemp("xdg")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(home / var.lower())
    try:
        from PySide6.QtCore import QStandardPaths
    except ImportError:
        return
    QStandardPaths.setTestModeEnabled(True)


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def sample_dir() -> Path:
    return SAMPLE


@pytest.fixture
def write(tmp_path: Path):
    """write(name, content) -> Path: a file in the test's own folder (str is UTF-8)."""

    def _write(name: str, content: bytes | str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
        return path

    return _write
