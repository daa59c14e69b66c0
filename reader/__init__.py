"""Crosscheck: compare several accounts of one event and see where they disagree.

The public Python API::

    from reader import open_document
    doc = open_document("report.html")
    print(doc.title, doc.outlet, doc.published)
"""

from reader.core.document import Document, LoadError
from reader.core.loaders import open_document, supported_formats

__version__ = "0.1.0"

__all__ = ["Document", "LoadError", "__version__", "open_document", "supported_formats"]
