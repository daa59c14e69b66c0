"""Pure-Python core of Crosscheck: documents, loaders and (later) comparison.

Nothing below this package may import Qt; ``tests/core/test_no_qt.py`` enforces it.
"""

from reader.core.document import Document, LoadError
from reader.core.loaders import detect_format, open_document, supported_formats

__all__ = ["Document", "LoadError", "detect_format", "open_document", "supported_formats"]
