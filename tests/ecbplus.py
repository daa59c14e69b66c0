"""The ECB+ corpus in ../shared/corpora/ecbplus: events, documents and gold sentence pairs.

Used by the alignment and disagreement benchmarks and by their floors in the tests; everything
here returns None or skips when the corpus is absent.
"""

from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reader.core.document import Document
from reader.core.text import join_paragraphs

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("CROSSCHECK_CORPORA", ROOT.parent / "shared" / "corpora")) / "ecbplus"


def available() -> bool:
    return (CORPUS / "index.json").is_file() and (CORPUS / "same_event.json").is_file()


def doc_number(name: str) -> int:
    """ "24_3ecbplus" -> 3."""
    return int(re.match(r"\d+_(\d+)", name).group(1))


@dataclass(frozen=True)
class EcbSentence:
    n: int
    start: int
    end: int
    annotated: bool


@dataclass(frozen=True)
class EcbDocument:
    name: str
    topic: int
    subtopic: str
    path: Path
    url: str | None
    sentences: tuple[EcbSentence, ...]

    def raw(self) -> str:
        return self.path.read_text(encoding="utf-8")


@cache
def documents() -> dict[str, EcbDocument]:
    data = json.loads((CORPUS / "index.json").read_text(encoding="utf-8"))
    out = {}
    for d in data["documents"]:
        sents = tuple(
            EcbSentence(s["n"], s["start"], s["end"], bool(s.get("annotated")))
            for s in d["sentences"]
        )
        out[d["doc"]] = EcbDocument(
            d["doc"], int(d["topic"]), d["subtopic"], CORPUS / d["path"], d.get("url"), sents
        )
    return out


def events() -> dict[tuple[int, str], list[str]]:
    """(topic, subtopic) -> document names in document-number order."""
    out: dict[tuple[int, str], list[str]] = defaultdict(list)
    for name, doc in documents().items():
        out[(doc.topic, doc.subtopic)].append(name)
    return {k: sorted(v, key=doc_number) for k, v in sorted(out.items())}


@cache
def gold_pairs() -> dict[tuple[str, str], set[tuple[int, int]]]:
    """(doc_a, doc_b) -> {(sentence a, sentence b)} that mention the same event instance."""
    out: dict[tuple[str, str], set[tuple[int, int]]] = {}
    with open(CORPUS / "same_event.json", encoding="utf-8") as fh:
        data = json.load(fh)
    for pair in data["pairs"]:
        out[(pair["doc_a"], pair["doc_b"])] = {(p["a"], p["b"]) for p in pair["sentence_pairs"]}
    return out


def as_document(doc: EcbDocument) -> tuple[Document, dict[int, tuple[int, int]]]:
    """The article as the engine reads it (headline kept as the first paragraph, so every
    ECB+ sentence is in the text), and each ECB+ sentence's span in ``Document.text``."""
    raw = doc.raw()
    text = join_paragraphs(raw.split("\n\n"))
    spans: dict[int, tuple[int, int]] = {}
    pos = 0
    for s in doc.sentences:
        piece = " ".join(raw[s.start : s.end].split())
        if not piece:
            continue
        found = text.find(piece, pos)
        if found < 0:
            continue
        spans[s.n] = (found, found + len(piece))
        pos = found + len(piece)
    return Document(text=text, title=doc.name, path=Path(doc.name + ".txt")), spans
