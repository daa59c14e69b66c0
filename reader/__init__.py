"""Crosscheck: compare several accounts of one event and see where they disagree.

The public Python API::

    from reader import compare, open_document
    docs = [open_document(p) for p in ("a.html", "b.pdf")]
    result = compare(docs)
    for d in result.disagreements:
        print(d.kind, d.summary)
    print(result.to_json())
"""

from reader.core.align import Override
from reader.core.compare import CompareError, Comparison, Disagreement, compare
from reader.core.document import Document, LoadError
from reader.core.loaders import open_document, supported_formats
from reader.core.report import render_html, render_markdown
from reader.core.rules import Rules
from reader.core.session import Session, SessionError

__version__ = "0.1.0"

__all__ = [
    "CompareError",
    "Comparison",
    "Disagreement",
    "Document",
    "LoadError",
    "Override",
    "Rules",
    "Session",
    "SessionError",
    "__version__",
    "compare",
    "open_document",
    "render_html",
    "render_markdown",
    "supported_formats",
]
