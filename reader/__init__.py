"""Crosscheck: compare several accounts of one event and see where they disagree.

The public Python API::

    from reader import compare, open_document
    docs = [open_document(p) for p in ("a.html", "b.pdf")]
    result = compare(docs)
    for d in result.disagreements:
        print(d.kind, d.summary)
    print(result.to_json())

Names are imported when first used, so ``import reader`` (and ``crosscheck --version``) stays
cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "CompareError": "reader.core.compare",
    "Comparison": "reader.core.compare",
    "Disagreement": "reader.core.compare",
    "compare": "reader.core.compare",
    "Override": "reader.core.align",
    "Document": "reader.core.document",
    "LoadError": "reader.core.document",
    "open_document": "reader.core.loaders",
    "supported_formats": "reader.core.loaders",
    "render_html": "reader.core.report",
    "render_markdown": "reader.core.report",
    "Rules": "reader.core.rules",
    "Session": "reader.core.session",
    "SessionError": "reader.core.session",
    "Kind": "reader.core.kinds",
}

__all__ = [  # noqa: RUF022 - the public names, then the version
    "CompareError",
    "Comparison",
    "Disagreement",
    "Document",
    "Kind",
    "LoadError",
    "Override",
    "Rules",
    "Session",
    "SessionError",
    "compare",
    "open_document",
    "render_html",
    "render_markdown",
    "supported_formats",
    "__version__",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'reader' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:  # pragma: no cover - for type checkers and editors
    from reader.core.align import Override
    from reader.core.compare import CompareError, Comparison, Disagreement, compare
    from reader.core.document import Document, LoadError
    from reader.core.kinds import Kind
    from reader.core.loaders import open_document, supported_formats
    from reader.core.report import render_html, render_markdown
    from reader.core.rules import Rules
    from reader.core.session import Session, SessionError
