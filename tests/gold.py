"""Scoring a comparison against a gold list (tests/data/sample_gold.json).

A found disagreement matches a gold one when it has the same kind and, in at least two of the
gold's documents (one, for a gold omission), one of its spans overlaps the gold phrase.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from reader.core.compare import Comparison, compare
from reader.core.document import Document
from reader.core.kinds import KIND_ORDER
from reader.core.loaders import open_document

ROOT = Path(__file__).resolve().parents[1]
GOLD_PATH = ROOT / "tests" / "data" / "sample_gold.json"


@dataclass
class Score:
    kind: str
    gold: int
    found: int
    matched_gold: int
    matched_found: int
    exhaustive: bool

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.matched_found / self.found if self.found else 1.0


def load_gold() -> dict:
    return json.loads(GOLD_PATH.read_text(encoding="utf-8"))


def sample_documents(gold: dict) -> tuple[list[str], list[Document]]:
    keys = list(gold["documents"])
    docs = [open_document(ROOT / "resources" / "sample" / gold["documents"][k]) for k in keys]
    return keys, docs


def _spans(text: str, phrases: list[str]) -> list[tuple[int, int]]:
    out = []
    for phrase in phrases:
        start = text.find(phrase)
        while start >= 0:
            out.append((start, start + len(phrase)))
            start = text.find(phrase, start + 1)
    return out


def matches(item: dict, found, keys: list[str], docs: list[Document]) -> bool:
    if item["kind"] != found.kind:
        return False
    hits = 0
    for key, span in item["spans"].items():
        d = keys.index(key)
        phrases = [span["phrase"], *span.get("alternatives", [])]
        gold_spans = _spans(docs[d].text, phrases)
        if any(
            m.doc == d and any(m.start < e and s < m.end for s, e in gold_spans)
            for m in found.spans
        ):
            hits += 1
    return hits >= min(2, len(item["spans"]))


def score(comparison: Comparison, gold: dict, keys: list[str]) -> dict[str, Score]:
    docs = comparison.documents
    exhaustive = set(gold.get("exhaustive_kinds", KIND_ORDER))
    out = {}
    for kind in KIND_ORDER:
        items = [g for g in gold["disagreements"] if g["kind"] == kind]
        found = [d for d in comparison.disagreements if d.kind == kind]
        matched_gold = sum(1 for g in items if any(matches(g, f, keys, docs) for f in found))
        matched_found = sum(1 for f in found if any(matches(g, f, keys, docs) for g in items))
        out[kind] = Score(
            kind, len(items), len(found), matched_gold, matched_found, kind in exhaustive
        )
    return out


def run() -> tuple[Comparison, dict[str, Score]]:
    gold = load_gold()
    keys, docs = sample_documents(gold)
    comparison = compare(docs)
    return comparison, score(comparison, gold, keys)
