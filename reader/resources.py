"""Where bundled resources live, in a source checkout and in an installed wheel."""

from __future__ import annotations

from pathlib import Path

from reader.core.loaders import supported_formats

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """``reader/resources`` in a wheel (see pyproject), else the checkout's ``resources/``."""
    installed = _PACKAGE / "resources"
    return installed if installed.is_dir() else _PACKAGE.parent / "resources"


def sample_files() -> list[Path]:
    """The bundled sample accounts, in a stable order."""
    exts = {ext for exts in supported_formats().values() for ext in exts}
    folder = resources_dir() / "sample"
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in exts)
