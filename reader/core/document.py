"""The Document: normalised text plus the metadata a loader found."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path


class LoadError(Exception):
    """A file could not be opened as a document.

    ``str(error)`` is the one-line message shown to users: the file name and the reason.
    """

    def __init__(self, path: str | Path | None, reason: str) -> None:
        self.path = Path(path) if path is not None else None
        self.reason = reason
        name = str(self.path) if self.path is not None else "<input>"
        super().__init__(f"{name}: {reason}")


@dataclass(frozen=True)
class Document:
    """One account of an event, as a loader produced it.

    Attributes:
        text: normalised plain text (NFC, paragraphs separated by one blank line). Every
            offset elsewhere in Crosscheck is a Python string index into this text.
        title, outlet, author: metadata, or None where the file does not say.
        published: publication date, or None.
        format: the detected format ("html", "text", "markdown", "docx", "odt", "epub", "pdf").
        path: the file it came from (None for in-memory sources).
        digest: ``sha256:<hex>`` of the source file's bytes, to notice changed sources.
        loader: name of the loader that produced it.
        warnings: what the loader had to guess or repair, in words a user understands.
    """

    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: date | None = None
    format: str = "text"
    path: Path | None = None
    digest: str = ""
    loader: str = ""
    warnings: tuple[str, ...] = field(default=())

    @property
    def name(self) -> str:
        """A short label: the file name, else the title."""
        if self.path is not None:
            return self.path.name
        return self.title or "untitled"

    @property
    def text_digest(self) -> str:
        """``sha256:<hex>`` of the normalised text (what annotations are anchored to)."""
        return "sha256:" + hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    def metadata(self) -> dict[str, str | None]:
        """Metadata as JSON-ready strings (``published`` in ISO 8601)."""
        return {
            "format": self.format,
            "title": self.title,
            "outlet": self.outlet,
            "author": self.author,
            "published": self.published.isoformat() if self.published else None,
        }


def short_labels(documents: Sequence[Document]) -> list[str]:
    """One short label per account, the same everywhere it is named (panels, reports,
    dialogs): the outlet, else the title, else the file name; the file name is added where
    two labels clash, and a number where they still do."""

    def base(doc: Document) -> str:
        return " ".join((doc.outlet or doc.title or doc.name).split())

    labels = [base(d) for d in documents]
    counts = Counter(labels)
    labels = [
        f"{label} ({doc.name})" if counts[label] > 1 and label != doc.name else label
        for label, doc in zip(labels, documents, strict=True)
    ]
    counts = Counter(labels)
    seen: Counter = Counter()
    out = []
    for label in labels:
        if counts[label] > 1:
            seen[label] += 1
            label = f"{label} [{seen[label]}]"
        out.append(label)
    return out
