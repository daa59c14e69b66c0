"""Loader registry: detect a file's format from its content first, its extension second."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path

from reader.core.document import Document, LoadError
from reader.core.formats import EXTENSIONS
from reader.core.loaders import epub, html, markdown, office, pdf, plaintext
from reader.core.loaders.base import Archive, Source

log = logging.getLogger(__name__)
FORMAT_LABELS = {"text": "text", "markdown": "Markdown", "html": "web page", "docx": ".docx",
                 "odt": ".odt", "epub": "EPUB", "pdf": "PDF"}  # fmt: skip

LOADERS: dict[str, Callable[[Source], object]] = {
    "text": plaintext.load,
    "markdown": markdown.load,
    "html": html.load,
    "docx": office.load_docx,
    "odt": office.load_odt,
    "epub": epub.load,
    "pdf": pdf.load,
}
_UNSUPPORTED_MAGIC = (
    (b"\xd0\xcf\x11\xe0", "unsupported format: legacy Word .doc or other OLE file"),
    (b"{\\rtf", "unsupported format: RTF (save it as .docx or .odt)"),
    (b"\x89PNG", "unsupported format: a PNG image"),
    (b"\xff\xd8\xff", "unsupported format: a JPEG image"),
    (b"GIF8", "unsupported format: a GIF image"),
    (b"\x1f\x8b", "unsupported format: a gzip archive"),
    (b"Rar!", "unsupported format: a RAR archive"),
    (b"7z\xbc\xaf", "unsupported format: a 7-Zip archive"),
    (b"\x7fELF", "unsupported format: a program, not a document"),
    (b"MZ", "unsupported format: a program, not a document"),
    (b"SQLite format 3\x00", "unsupported format: an SQLite database"),
)
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    rb"(?:<!doctype\s+\w+[^>\[]*(?:\[.*?\])?\s*>\s*)?(?:<!--.*?-->\s*)*"
    rb"<(?:!doctype\s+html|html|head|body)\b",
    re.I | re.S,
)
_HTML_TAGS = re.compile(rb"<(?:p|div|article|br|h[1-6]|span|a\s|meta|title|section)\b", re.I)
_MD_MARKS = re.compile(r"^(?:#{1,6}\s|[-*+]\s|\d+\.\s|>\s|```)|\[[^\]]+\]\([^)]+\)|\*\*\w", re.M)


def supported_formats() -> dict[str, list[str]]:
    """Format name -> file extensions, for file dialogs and help."""
    out: dict[str, list[str]] = {}
    for ext, fmt in EXTENSIONS.items():
        out.setdefault(fmt, []).append(ext)
    return out


def _zip_format(source: Source) -> str:
    expected = EXTENSIONS.get(source.suffix)
    labels = {"docx": ".docx", "odt": ".odt", "epub": "EPUB"}
    archive = Archive(source, labels.get(expected or "", "ZIP"))
    if archive.has("mimetype"):
        mimetype = archive.read("mimetype")[:100].strip()
        if mimetype == b"application/epub+zip":
            return "epub"
        if mimetype == b"application/vnd.oasis.opendocument.text":
            return "odt"
        if mimetype.startswith(b"application/vnd.oasis.opendocument"):
            kind = mimetype.decode("ascii", "replace").rsplit(".", 1)[-1]
            raise source.error(f"unsupported format: OpenDocument {kind}, not a text document")
    if archive.has("word/document.xml"):
        return "docx"
    if archive.has("META-INF/container.xml"):
        return "epub"
    if archive.has("content.xml"):
        return "odt"
    if any(n.startswith(("xl/", "ppt/")) for n in archive.names()):
        raise source.error("unsupported format: a spreadsheet or presentation, not a document")
    if expected in labels:
        raise source.error(f"damaged {labels[expected]} archive")
    raise source.error("unsupported format: a ZIP archive that is not .docx, .odt or .epub")


def detect_format(source: Source) -> str:
    """Name the format of ``source``: content first, extension second."""
    head = source.data[:2048]
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_format(source)
    for magic, reason in _UNSUPPORTED_MAGIC:
        if head.startswith(magic):
            raise source.error(reason)
    by_ext = EXTENSIONS.get(source.suffix)
    if by_ext == "pdf":
        raise source.error("damaged PDF (no PDF header)")
    if by_ext in ("docx", "odt", "epub"):
        label = "EPUB" if by_ext == "epub" else "." + by_ext
        raise source.error(f"damaged {label} file (not a ZIP archive)")
    text_head = head.replace(b"\x00", b"")  # tolerate UTF-16 for sniffing
    if _HTML_START.match(text_head) or (
        by_ext not in ("text", "markdown") and len(_HTML_TAGS.findall(text_head)) >= 3
    ):
        return "html"
    if by_ext in ("markdown", "text"):
        return by_ext
    sample = source.data[:8192].decode("utf-8", "replace")
    return "markdown" if len(_MD_MARKS.findall(sample)) >= 3 else "text"


def load_source(source: Source) -> Document:
    """Detect and load; every failure is a LoadError with a one-line reason."""
    fmt = detect_format(source)
    try:
        document = LOADERS[fmt](source)
    except LoadError:
        raise
    except RecursionError:
        raise source.error(f"too deeply nested to read as {fmt}") from None
    except MemoryError:
        raise source.error("too large to read in memory") from None
    except Exception:  # a damaged file can fail deep in a library; the user gets one line
        log.debug("loading %s failed", source.path, exc_info=True)
        raise source.error(
            f"damaged {FORMAT_LABELS.get(fmt, fmt)} file (it cannot be read)"
        ) from None
    assert isinstance(document, Document)
    return document


def open_document(path: str | Path) -> Document:
    """Open an article file of any supported format as a :class:`Document`.

    Raises:
        LoadError: with a one-line, user-facing message naming the file and the reason.
    """
    return load_source(Source.from_path(path))


__all__ = [
    "LOADERS",
    "Source",
    "detect_format",
    "load_source",
    "open_document",
    "supported_formats",
]
