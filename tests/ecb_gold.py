"""Scoring comparisons against the ECB+ disagreement gold in tests/data/ecb_gold.

A finding matches a gold item when its kind is one the item accepts and, in at least two of the
item's documents, one of its spans overlaps the item's phrase (or an alternative). A fact-kind
finding that touches a control's phrases in two of the control's documents is a false alarm on
that control. See tests/data/ecb_gold/README.md for the gold's fields.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from reader.core.compare import Comparison, compare
from reader.core.document import Document
from reader.core.kinds import FACT_KINDS as KINDS_OF_FACT
from reader.core.loaders import open_document
from tests import ecbplus
from tests.gold import _spans

GOLD_DIR = Path(__file__).resolve().parent / "data" / "ecb_gold"
FACT_KINDS = tuple(str(k) for k in KINDS_OF_FACT)


@dataclass
class EventScore:
    event: str
    half: str
    required: int = 0
    found_required: int = 0
    findings: int = 0  # fact-kind findings
    correct: int = 0  # fact-kind findings matching a required or optional item
    control_hits: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)


def gold_files() -> list[Path]:
    return sorted(GOLD_DIR.glob("*.json"))


@cache
def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def documents(gold: dict) -> list[Document]:
    """The event's articles, opened as a user would open them."""
    docs = ecbplus.documents()
    return [open_document(docs[name].path) for name in gold["documents"]]


def missing_phrases(gold: dict, docs: list[Document]) -> list[str]:
    """Gold phrases that are not in the loaded texts (a broken gold file)."""
    names = gold["documents"]
    out = []
    for item in gold["disagreements"]:
        for name, span in item["spans"].items():
            text = docs[names.index(name)].text
            for phrase in [span["phrase"], *span.get("alternatives", [])]:
                if phrase not in text:
                    out.append(f"{gold['event']} {item['id']} {name}: {phrase!r}")
    for item in gold["controls"]:
        for name, phrase in item["spans"].items():
            if phrase not in docs[names.index(name)].text:
                out.append(f"{gold['event']} control {item['id']} {name}: {phrase!r}")
    return out


def _touches(finding, spans_by_doc: dict[int, list[tuple[int, int]]]) -> int:
    """In how many of the given documents a finding's spans overlap the given ranges."""
    hits = 0
    for d, ranges in spans_by_doc.items():
        if any(
            m.doc == d and any(m.start < e and s < m.end for s, e in ranges) for m in finding.spans
        ):
            hits += 1
    return hits


def item_ranges(item: dict, names: list[str], docs: list[Document]) -> dict[int, list]:
    out = {}
    for name, span in item["spans"].items():
        d = names.index(name)
        if isinstance(span, dict):
            phrases = [span["phrase"], *span.get("alternatives", [])]
        else:
            phrases = [span]
        out[d] = _spans(docs[d].text, phrases)
    return out


def matches(item: dict, finding, names: list[str], docs: list[Document]) -> bool:
    if finding.kind not in item["kinds"]:
        return False
    ranges = item_ranges(item, names, docs)
    return _touches(finding, ranges) >= min(2, len(ranges))


def score_event(path: Path, comparison: Comparison | None = None) -> EventScore:
    gold = load(path)
    names = gold["documents"]
    if comparison is None:
        comparison = compare(documents(gold))
    docs = comparison.documents
    result = EventScore(gold["event"], gold["half"])
    required = [g for g in gold["disagreements"] if not g.get("optional")]
    result.required = len(required)
    for item in required:
        if any(matches(item, f, names, docs) for f in comparison.disagreements):
            result.found_required += 1
        else:
            result.missed.append(f"{item['id']} ({item['topic']})")
    controls = [(c, item_ranges(c, names, docs)) for c in gold["controls"]]
    for f in comparison.disagreements:
        if f.kind not in FACT_KINDS:
            continue
        result.findings += 1
        if any(matches(item, f, names, docs) for item in gold["disagreements"]):
            result.correct += 1
        else:
            result.false.append(f"{f.kind}: {f.summary}")
        for control, ranges in controls:
            if f.kind not in control.get("kinds", FACT_KINDS):
                continue
            if _touches(f, ranges) >= 2:
                result.control_hits.append(f"{control['id']}: {f.kind}: {f.summary}")
    return result
