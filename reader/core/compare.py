"""compare(documents) -> Comparison: aligned groups and typed disagreements across N accounts."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from math import fsum  # exact: the same score whatever order a set is summed in

from reader.core.align import Alignment, Group, Override, Progress, align
from reader.core.detect import DETECTORS
from reader.core.detect.base import Context, Finding, Mention
from reader.core.detect.quantities import fact_links
from reader.core.detect.run import run_detectors
from reader.core.diffing import diff_words
from reader.core.document import Document
from reader.core.facts.cache import Facts
from reader.core.kinds import KIND_ORDER, Kind, Severity
from reader.core.rules import Rules
from reader.core.text import tokens

REPORT_FORMAT = "crosscheck.comparison/1"
MAX_DOCUMENTS = 50
RELATED = 0.3  # a link this strong between two accounts shows they tell one event
RELATED_DOCUMENTS = 0.09  # two documents this alike as wholes tell one event

# Short function-word lists to tell which language a text is in (no model, no download).
_LANGUAGES = {
    "English": "the and of to in that is was for on with as by said it from at his have be are",
    "Spanish": "el la de que y en los del las por un una para con se su al lo como más",
    "French": "le la les de des et en un une du que est dans pour qui au sur pas par",
    "German": "der die und das den des ist nicht ein eine mit sich auf für von dem zu",
    "Portuguese": "o a os as de do da que e em um uma para com não no na por se",
    "Italian": "il la di che e un una per non con del della sono gli si le nel da",
}


class CompareError(ValueError):
    """The documents cannot be compared (fewer than two, empty ...): a one-line reason."""


@dataclass
class Disagreement:
    """A typed disagreement: ``spans`` hold each document's words and value."""

    id: str
    kind: Kind
    topic: str
    summary: str
    spans: list[Mention]
    rule: str
    group: str | None = None
    severity: Severity = Severity.CONFLICT


@dataclass
class Comparison:
    """The result of :func:`compare`. Offsets index into each ``Document.text``."""

    documents: list[Document]
    groups: list[Group]
    disagreements: list[Disagreement]
    pairs: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    alignment: Alignment | None = None

    def changes(self, index: int) -> list[tuple[int, int, int]]:
        """Word-level differences inside aligned group ``index``: (doc, start, end) ranges
        that differ from the group's first passage, cleaned up so a changed number or name
        stands out (diff-match-patch over words). Computed on demand and kept."""
        cache = self.__dict__.setdefault("_changes", {})
        if index not in cache:
            cache[index] = group_changes(self.documents, self.groups[index])
        return cache[index]

    def for_transfer(self) -> Comparison:
        """A copy to send to another process: without the documents (the receiver holds
        them) and without the aligner's working state (each passage's features, the term
        weights, the fact links), which only :func:`compare` reads. A third the size."""
        alignment = self.alignment
        if alignment is not None:
            alignment = replace(alignment, features=[], weights={}, links=[])
        light = replace(self, documents=[], alignment=alignment)
        light.__dict__["_changes"] = dict(self.__dict__.get("_changes", {}))
        return light

    def doc_id(self, index: int) -> str:
        return f"d{index + 1}"

    def group_id(self, index: int) -> str:
        return f"g{index + 1}"

    def by_kind(self) -> dict[Kind, list[Disagreement]]:
        out: dict[Kind, list[Disagreement]] = {k: [] for k in KIND_ORDER}
        for d in self.disagreements:
            out.setdefault(d.kind, []).append(d)
        return out

    def to_dict(self) -> dict:
        docs = [
            {
                "id": self.doc_id(i),
                "path": str(doc.path) if doc.path else None,
                "title": doc.title,
                "outlet": doc.outlet,
                "author": doc.author,
                "published": doc.published.isoformat() if doc.published else None,
                "format": doc.format,
            }
            for i, doc in enumerate(self.documents)
        ]
        groups = [
            {
                "id": self.group_id(i),
                "mode": g.mode,
                "score": round(g.score, 3),
                "spans": [
                    {"doc": self.doc_id(u.doc), "start": u.start, "end": u.end} for u in g.units
                ],
                "changes": [
                    {"doc": self.doc_id(d), "start": a, "end": b} for d, a, b in self.changes(i)
                ],
            }
            for i, g in enumerate(self.groups)
        ]
        disagreements = []
        for d in self.disagreements:
            item: dict = {
                "id": d.id,
                "kind": str(d.kind),
                "topic": d.topic,
                "summary": d.summary,
                "rule": d.rule,
                "severity": str(d.severity),
            }
            if d.group:
                item["group"] = d.group
            item["spans"] = [
                {
                    "doc": self.doc_id(m.doc),
                    "start": m.start,
                    "end": m.end,
                    "text": self.documents[m.doc].text[m.start : m.end],
                    "value": m.value,
                }
                for m in d.spans
            ]
            disagreements.append(item)
        return {
            "format": REPORT_FORMAT,
            "documents": docs,
            "pairs": self.pairs,
            "notes": self.notes,
            "groups": groups,
            "disagreements": disagreements,
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def group_changes(documents: Sequence[Document], group: Group) -> list[tuple[int, int, int]]:
    """Changed word ranges of every passage in a group against the group's first passage."""
    first = group.units[0]
    text_a = documents[first.doc].text
    out: list[tuple[int, int, int]] = []
    mine: list[tuple[int, int, int]] = []
    for unit in group.units[1:]:
        if unit.doc == first.doc:
            continue
        text_b = documents[unit.doc].text
        for e in diff_words(
            text_a, first.start, first.end, text_b, unit.start, unit.end, _fold_word
        ):
            if e.op == "equal":
                continue
            if e.a_end > e.a_start:
                mine.append((first.doc, e.a_start, e.a_end))
            if e.b_end > e.b_start:
                out.append((unit.doc, e.b_start, e.b_end))
    return sorted(set(mine)) + out


def _fold_word(token: str) -> str:
    return token.casefold().translate(_TYPOGRAPHY)


_TYPOGRAPHY = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


def language_of(text: str) -> str | None:
    """The language whose function words cover most of the text (None if too short)."""
    words = [t.text.lower() for t in tokens(text[:20_000])]
    if len(words) < 30:
        return None
    counts = Counter(words)
    scores = {
        lang: sum(counts[w] for w in ws.split()) / len(words) for lang, ws in _LANGUAGES.items()
    }
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] >= 0.08 else None


def _comparable(documents: Sequence[Document], notes: list[str]) -> list[int]:
    """Indices of documents that can be compared; the reasons for the others go to notes."""
    keep: list[int] = []
    seen: dict[str, int] = {}
    for i, doc in enumerate(documents):
        key = doc.text_digest
        if key in seen:
            notes.append(
                f"{doc.name} has the same text as {documents[seen[key]].name}; compared once"
            )
            continue
        seen[key] = i
        keep.append(i)
    languages = {i: language_of(documents[i].text) for i in keep}
    known = Counter(lang for lang in languages.values() if lang)
    if len(known) > 1:
        main = "English" if "English" in known else known.most_common(1)[0][0]
        for i, lang in languages.items():
            if lang and lang != main:
                notes.append(f"{documents[i].name} seems to be in {lang}, not {main}: not compared")
                keep.remove(i)
    return keep


def _check(documents: Sequence[Document]) -> None:
    if len(documents) < 2:
        raise CompareError("need at least two documents to compare")
    if len(documents) > MAX_DOCUMENTS:
        raise CompareError(f"too many documents: {len(documents)}, limit {MAX_DOCUMENTS}")
    for doc in documents:
        if not doc.text.strip():
            raise CompareError(f"{doc.name}: no text to compare")


def _related(alignment: Alignment, keep: list[int]) -> dict[int, set[int]]:
    """Which accounts tell the same event as which: a strong link between the two, or the
    two documents' words, names and numbers as wholes alike. Each pair is judged alone, so
    the verdict does not depend on what else is open."""
    best: dict[tuple[int, int], float] = {}
    for score, a, b in alignment.links:
        key = (min(a.doc, b.doc), max(a.doc, b.doc))
        strongest = max(alignment.similarity(a, b), score if score >= 1.0 else 0.0)
        best[key] = max(best.get(key, 0.0), strongest)
    whole = [set().union(*feats) for feats in alignment.features]
    out: dict[int, set[int]] = {i: set() for i in keep}
    for x, i in enumerate(keep):
        for j in keep[x + 1 :]:
            alike = _whole_similarity(whole[i], whole[j], alignment.weights)
            if best.get((i, j), 0.0) >= RELATED or alike >= RELATED_DOCUMENTS:
                out[i].add(j)
                out[j].add(i)
    return out


def _whole_similarity(a: set, b: set, weights: dict) -> float:
    """Weighted Dice of two documents' feature sets (each feature counted once)."""
    shared = fsum(weights.get(f, 1.0) for f in a & b)
    total = fsum(weights.get(f, 1.0) for f in a) + fsum(weights.get(f, 1.0) for f in b)
    return 2 * shared / total if total else 0.0


def compare(
    documents: Sequence[Document],
    overrides: Sequence[Override] = (),
    rules: Rules | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
) -> Comparison:
    """Align two or more documents and report where they disagree.

    Args:
        documents: the accounts (or versions) to compare.
        overrides: the user's manual alignments (:class:`Override`), honoured before any
            automatic link.
        rules: normalisation rules; the defaults when None.
        progress: called as ``progress(fraction, message)`` while working.
        workers: processes the detectors may use; None lets big texts use two cores where
            that is safe (see :mod:`reader.core.detect.run`), 1 keeps everything here.

    Raises:
        CompareError: fewer than two documents, or one without text.
    """
    _check(documents)
    rules = rules or Rules.default()
    documents = list(documents)
    notes: list[str] = []
    keep = _comparable(documents, notes)
    if progress:
        progress(0.02, "reading sentences")
    facts = Facts(documents, rules)
    alignment = align(documents, rules, overrides, progress, fact_links(facts, rules))
    keep_set = set(keep)
    alignment.groups = [
        g for g in alignment.groups if len({u.doc for u in g.units} & keep_set) >= 2
    ]
    pairs = [
        {"docs": [f"d{i + 1}", f"d{j + 1}"], "mode": mode, "shared_sentences": round(share, 3)}
        for (i, j), (mode, share) in sorted(alignment.modes.items())
    ]
    related = _related(alignment, keep)
    manual = {u.doc for g in alignment.groups if g.mode == "manual" for u in g.units}
    docs = [i for i in keep if related[i] or i in manual]
    if len(keep) < 2:
        if len(documents) > len(keep) and not any("seems to be in" in n for n in notes):
            notes.append("only one distinct text to compare")
        return Comparison(documents, [], [], pairs, notes, alignment)
    if len(docs) < 2:
        notes.append("no shared facts found: these accounts do not seem to be about the same event")
        return Comparison(documents, [], [], pairs, notes, alignment)
    for i in keep:
        if i not in docs:
            notes.append(f"{documents[i].name} shares no facts with the other accounts")
    context = Context(documents, alignment, facts, docs, rules)
    findings = run_detectors(context, DETECTORS, progress, workers)
    result = Comparison(
        documents,
        alignment.groups,
        _number(_dedupe(_drop_covered(findings))),
        pairs,
        notes,
        alignment,
    )
    if progress:
        progress(1.0, "done")
    return result


def _drop_covered(findings: list[Finding]) -> list[Finding]:
    """A context finding whose passage already takes part in a fact disagreement is dropped."""
    covered = [(m.doc, m.start, m.end) for f in findings if f.kind.is_fact for m in f.mentions]
    return [
        f
        for f in findings
        if f.kind != Kind.OMISSION
        or not any(
            d == m.doc and s < m.end and m.start < e for m in f.mentions for d, s, e in covered
        )
    ]


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """Drop findings that repeat an earlier finding of the same kind (a name and who said it
    are one): every span of theirs
    overlaps one of its spans (detectors run from the most specific to the most general)."""
    out: list[Finding] = []
    for f in findings:
        if any(
            _one_family(g.kind, f.kind) and _covered(f.mentions, g.mentions, f.kind.is_fact)
            for g in out
        ):
            continue
        # a later finding of the same kind that takes in all of an earlier one's spans and
        # more replaces it ("union / Brek" within "Jon Brek / union / Brek")
        out = [
            g
            for g in out
            if not (
                g.kind == f.kind
                and len(f.mentions) > len(g.mentions)
                and _covered(g.mentions, f.mentions, f.kind.is_fact)
            )
        ]
        out.append(f)
    return out


def _one_family(a: Kind, b: Kind) -> bool:
    """Kinds that tell one difference: a speaker named differently is who said it."""
    return a == b or {a, b} == {Kind.NAME, Kind.ATTRIBUTION}


def _covered(mentions: list[Mention], by: list[Mention], touching: bool = False) -> bool:
    """Every mention overlaps one of ``by`` (or, ``touching``, touches it: a word diff marks
    the word next to what is missing, "was" in "which was lawful" against "was not
    lawful"; passages side by side are not one omission)."""
    gap = 2 if touching else 0  # (a space between)
    return all(
        any(m.doc == o.doc and m.start < o.end + gap and o.start < m.end + gap for o in by)
        for m in mentions
    )


def _number(findings: list[Finding]) -> list[Disagreement]:
    order = {k: i for i, k in enumerate(KIND_ORDER)}
    findings.sort(key=lambda f: (order[f.kind], f.mentions[0].doc, f.mentions[0].start))
    return [
        Disagreement(
            id=f"x{n}",
            kind=f.kind,
            topic=f.topic,
            summary=f.summary,
            spans=f.mentions,
            rule=f.rule,
            group=f"g{f.group + 1}" if f.group is not None else None,
            severity=f.severity,
        )
        for n, f in enumerate(findings, 1)
    ]
