"""Pure-Python core of Crosscheck: documents, loaders, the comparison engine, annotations and
sessions. Names are imported on first use, so a command that needs little starts fast.

Nothing below this package may import Qt; ``tests/core/test_no_qt.py`` enforces it.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "Document": "reader.core.document",
    "LoadError": "reader.core.document",
    "detect_format": "reader.core.loaders",
    "open_document": "reader.core.loaders",
    "supported_formats": "reader.core.loaders",
}

__all__ = list(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'reader.core' has no attribute {name!r}")
    return getattr(import_module(module), name)
