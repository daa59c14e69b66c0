"""The detector framework: findings, the context detectors read, merging and summaries.

A detector is a function ``detector(context) -> list[Finding]``. It reads the alignment and
the per-sentence facts in :class:`Context` and reports typed findings, each with the spans
and values that produced it. Detectors do not number, order or deduplicate their findings:
:func:`reader.core.compare.compare` does that for all of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from math import fsum  # exact: the same score whatever order a set is summed in

from reader.core.align import Alignment, Unit
from reader.core.document import Document, short_labels
from reader.core.facts.cache import Facts
from reader.core.kinds import Kind, Severity
from reader.core.passages import Feature, FeatureKind
from reader.core.rules import Rules


@dataclass(frozen=True)
class Mention:
    """One document's side of a disagreement: ``text[start:end]`` gives ``value``."""

    doc: int
    start: int
    end: int
    value: str | None


@dataclass
class Finding:
    kind: Kind
    topic: str
    summary: str
    mentions: list[Mention]
    rule: str
    severity: Severity = Severity.CONFLICT
    group: int | None = None
    key: tuple = ()  # findings of one kind with the same key are one disagreement


@dataclass
class Context:
    """What detectors read: the documents, their alignment and facts, the rules."""

    documents: Sequence[Document]
    alignment: Alignment
    facts: Facts
    docs: Sequence[int]  # the documents taking part (same language, not duplicates)
    rules: Rules
    _pairs: list[tuple[Unit, Unit, int | None]] | None = field(default=None, repr=False)

    def text(self, doc: int) -> str:
        return self.documents[doc].text

    @property
    def labels(self) -> list[str]:
        """Each account's short label, as the app and reports name it."""
        found = self.__dict__.get("_labels")
        if found is None:
            found = self.__dict__["_labels"] = short_labels(self.documents)
        return found

    def pairs(self) -> list[tuple[Unit, Unit, int | None]]:
        """Pairs of units from different taking-part documents that may tell the same thing
        (grouped or linked), without the identical ones (versions repeat sentences)."""
        if self._pairs is None:
            keep = set(self.docs)
            folded: dict[Unit, str] = {}

            def words(u: Unit) -> str:
                found = folded.get(u)
                if found is None:
                    found = folded[u] = self.rules.fold(self.text(u.doc)[u.start : u.end])
                return found

            self._pairs = [
                (a, b, g)
                for a, b, g in self.alignment.unit_pairs()
                if a.doc in keep and b.doc in keep and words(a) != words(b)
            ]
        return self._pairs

    def weight(self, feature: Feature) -> float:
        return self.alignment.weights.get(feature, 1.0)

    def context_terms(
        self, unit: Unit, start: int, end: int, reach: int = 120, right_reach: int | None = None
    ) -> set[Feature]:
        """Content features around a mention within its unit (terms, names, numbers), the
        mention left out; ``right_reach`` narrows the window after it."""
        from reader.core.passages import unit_features

        text = self.text(unit.doc)
        left = unit_features(text, max(unit.start, start - reach), start, self.rules)
        after = reach if right_reach is None else right_reach
        right = unit_features(text, end, min(unit.end, end + after), self.rules)
        return {f for f in (left | right) if f.kind != FeatureKind.MONTH}

    def overlap(self, a: Iterable[Feature], b: Iterable[Feature]) -> float:
        return fsum(self.weight(f) for f in set(a) & set(b))


Detector = Callable[[Context], list[Finding]]


def two_told(kind: Kind, topic: str, a: Mention, b: Mention, rule: str) -> Finding:
    """A conflict between two accounts' mentions, summarised by their words."""
    return Finding(kind, topic, summary_line(topic, (a.value, b.value)), [a, b], rule)


def summary_line(topic: str, values: Iterable[str | None]) -> str:
    shown: list[str] = []
    for v in values:
        v = v if v is not None else "unspecified"
        if v not in shown:
            shown.append(v)
    return f"{topic}: " + " / ".join(shown)


def short(text: str, words: int = 6) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def merge(findings: Sequence[Finding]) -> list[Finding]:
    """Join findings of one kind that share a mention or a key into one finding (the first
    one's topic names it); one mention per document."""
    out: list[Finding] = []
    for f in findings:
        spans = {(m.doc, m.start, m.end) for m in f.mentions}
        for g in out:
            if g.kind != f.kind:
                continue
            same_key = bool(f.key) and f.key == g.key
            if same_key or spans & {(m.doc, m.start, m.end) for m in g.mentions}:
                have = {m.doc for m in g.mentions}
                g.mentions.extend(m for m in f.mentions if m.doc not in have)
                g.mentions.sort(key=lambda m: m.doc)
                if f.severity == Severity.CONFLICT:
                    g.severity = Severity.CONFLICT
                g.summary = summary_line(g.summary.split(":")[0], (m.value for m in g.mentions))
                break
        else:
            f.mentions.sort(key=lambda m: m.doc)
            out.append(f)
    return out
