"""Shared by the four-account story tests: the accounts written to files and opened as a user
would open them (bylines read for outlet and date), compared, and their findings by kind."""

from __future__ import annotations

from pathlib import Path

from reader.core.compare import Comparison, compare
from reader.core.loaders import open_document


def compare_story(folder: Path, texts: tuple[str, ...]) -> Comparison:
    """Write each account to ``folder`` as a plain-text file, open them all, compare them."""
    docs = []
    for name, text in zip("abcdefgh", texts, strict=False):
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        docs.append(open_document(path))
    return compare(docs)


def summaries(result: Comparison, kind: str) -> list[str]:
    """The one-line summaries of the findings of one kind."""
    return [d.summary for d in result.disagreements if d.kind == kind]
