"""Disagreement detectors: each turns aligned units and their facts into typed findings.

Detectors compare like with like: a count of troops with a count of troops, a start date
with a start date, the speaker of the same words with the speaker. Equivalent values (by the
rules) are never reported.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations

from reader.core.align import Alignment, Unit, unit_features
from reader.core.document import Document
from reader.core.facts.claims import (
    Name,
    names,
    negated_verbs,
    quotes,
    role_head,
    same_speaker,
    speaker_key,
    speeches,
)
from reader.core.facts.dates import DateMention, compatible, describe, extract_dates
from reader.core.facts.lexicon import STOPWORDS
from reader.core.facts.quantities import Quantity, extract_quantities
from reader.core.rules import Rules

FACT_KINDS = ("quantity", "date", "name", "attribution", "quote", "polarity")
KINDS = (*FACT_KINDS, "omission", "wording")


@dataclass(frozen=True)
class Mention:
    """One document's side of a disagreement."""

    doc: int
    start: int
    end: int
    value: str | None


@dataclass
class Finding:
    kind: str
    topic: str
    summary: str
    mentions: list[Mention]
    rule: str
    group: int | None = None
    extra: dict = field(default_factory=dict)


class Facts:
    """Per-sentence fact extraction, computed once per distinct sentence text.

    Versions of one text repeat most sentences verbatim, so results are kept by the
    sentence's text and shifted to each unit's offsets.
    """

    def __init__(self, documents: Sequence[Document], rules: Rules) -> None:
        self.docs = documents
        self.rules = rules
        self._cache: dict[tuple[str, str], object] = {}
        self._folded: dict[int, str] = {}

    def _by_text(self, kind: str, unit: Unit, extract: Callable[[str], object]) -> object:
        text = self.docs[unit.doc].text[unit.start : unit.end]
        key = (kind, text)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = extract(text)
        return found

    def quantities(self, unit: Unit) -> tuple[Quantity, ...]:
        found = self._by_text("q", unit, lambda t: extract_quantities(t, 0, len(t), self.rules))
        return tuple(replace(q, start=q.start + unit.start, end=q.end + unit.start) for q in found)

    def dates(self, unit: Unit) -> tuple[DateMention, ...]:
        found = self._by_text("d", unit, lambda t: extract_dates(t, 0, len(t)))
        return tuple(replace(m, start=m.start + unit.start, end=m.end + unit.start) for m in found)

    def negations(self, unit: Unit) -> dict[str, tuple[bool, int, int]]:
        found = self._by_text("n", unit, lambda t: negated_verbs(t, 0, len(t), self.rules))
        return {k: (neg, s + unit.start, e + unit.start) for k, (neg, s, e) in found.items()}

    def names(self, unit: Unit) -> tuple[Name, ...]:
        found = self._by_text("p", unit, lambda t: tuple(names(t, 0, len(t))))
        return tuple(replace(n, start=n.start + unit.start, end=n.end + unit.start) for n in found)

    def folded_text(self, doc: int) -> str:
        """The whole document folded as names are compared (for "is this name there?")."""
        found = self._folded.get(doc)
        if found is None:
            found = self._folded[doc] = self.rules.fold_name(self.docs[doc].text)
        return found

    def text(self, doc: int, start: int, end: int) -> str:
        return self.docs[doc].text[start:end]


def _topic_noun(noun: str | None) -> str:
    if not noun:
        return "number"
    if noun == "vote":
        return "vote count"
    return noun if noun.endswith("s") or noun in ("people", "personnel") else noun + "s"


def summary_line(topic: str, values: Iterable[str | None]) -> str:
    shown: list[str] = []
    for v in values:
        v = v if v is not None else "unspecified"
        if v not in shown:
            shown.append(v)
    return f"{topic}: " + " / ".join(shown)


def context_terms(
    facts: Facts, doc: int, start: int, end: int, unit: Unit, reach: int = 120
) -> set[str]:
    """Content terms around a mention (within its sentence), the mention itself left out."""
    text = facts.docs[doc].text
    left = unit_features(text, max(unit.start, start - reach), start, facts.rules)
    right = unit_features(text, end, min(unit.end, end + reach), facts.rules)
    return {t for t in (left | right) if t[0] in "twp"}


def overlap(facts: Facts, a: set[str], b: set[str], weights: dict[str, float]) -> float:
    return sum(weights.get(t, 1.0) for t in a & b)


SAME_CONTEXT = 2.5  # summed idf of shared context terms that makes two mentions one event


def merge(findings: list[Finding]) -> list[Finding]:
    """Join pairwise findings of one kind that share a mention into one finding (the first
    one's topic names it)."""
    out: list[Finding] = []
    for f in findings:
        spans = {(m.doc, m.start, m.end) for m in f.mentions}
        for g in out:
            if g.kind == f.kind and spans & {(m.doc, m.start, m.end) for m in g.mentions}:
                have = {m.doc for m in g.mentions}
                g.mentions.extend(m for m in f.mentions if m.doc not in have)
                g.mentions.sort(key=lambda m: m.doc)
                g.summary = summary_line(
                    g.extra.get("label", g.topic), (m.value for m in g.mentions)
                )
                break
        else:
            f.mentions.sort(key=lambda m: m.doc)
            out.append(f)
    return out


def _pairs(align: Alignment, docs: Sequence[int]) -> list[tuple[Unit, Unit, int | None]]:
    keep = set(docs)
    return [
        (a, b, g)
        for a, b, g in align.unit_pairs()
        if a.doc in keep and b.doc in keep and not _same_words(align, a, b)
    ]


def _same_words(align: Alignment, a: Unit, b: Unit) -> bool:
    """Identical passages (as versions of one text mostly are) cannot disagree."""
    return align.features[a.doc][a.index] == align.features[b.doc][b.index]


# ----- quantities


def _quantity_finding(
    noun: str | None, chosen: dict[int, Quantity], rule: str, group: int | None
) -> Finding | None:
    items = sorted(chosen.items())
    if not any(a.conflicts_with(b) for (_, a), (_, b) in combinations(items, 2)):
        return None
    topic = _topic_noun(noun)
    label = topic if noun == "vote" else f"number of {topic}"
    mentions = [Mention(d, q.start, q.end, None if q.is_open else q.display) for d, q in items]
    return Finding(
        "quantity",
        topic,
        summary_line(label, (m.value or "not disclosed" for m in mentions)),
        mentions,
        rule,
        group,
    )


def quantity_findings(align: Alignment, facts: Facts, docs: Sequence[int]) -> list[Finding]:
    """Counts of the same thing that cannot all be true: within aligned groups, and across
    whole documents when each mentions that thing's count only once."""
    out: list[Finding] = []
    per_doc: dict[str, dict[int, list[Quantity]]] = defaultdict(lambda: defaultdict(list))
    for d in docs:
        for unit in align.units[d]:
            for q in facts.quantities(unit):
                if q.noun:
                    per_doc[q.noun][d].append(q)
    reported: set[str] = set()
    for noun, by_doc in per_doc.items():
        single = {d: qs[0] for d, qs in by_doc.items() if len(qs) == 1}
        if len(single) >= 2 and len(single) == len(by_doc):
            finding = _quantity_finding(
                noun, single, f"the only counts of {_topic_noun(noun)} in each account differ", None
            )
            if finding:
                out.append(finding)
                reported.add(noun)
    pairwise: list[Finding] = []
    for ua, ub, gi in _pairs(align, docs):
        qa = [q for q in facts.quantities(ua) if q.noun not in reported]
        qb = [q for q in facts.quantities(ub) if q.noun not in reported]
        for a in qa:
            for b in qb:
                noun = a.noun or b.noun
                if a.noun and b.noun and a.noun != b.noun:
                    continue
                if noun is None or (a.noun is None and len({q.noun for q in qa if q.noun}) > 0):
                    continue
                if (a.noun is None or b.noun is None) and len(
                    {q.noun for q in qa + qb if q.noun}
                ) != 1:
                    continue
                finding = _quantity_finding(
                    noun,
                    {ua.doc: a, ub.doc: b},
                    "aligned passages give different counts of the same thing",
                    gi,
                )
                if finding:
                    finding.extra["label"] = finding.summary.split(":")[0]
                    pairwise.append(finding)
    return out + _merge_by_noun(merge(pairwise))


def _merge_by_noun(findings: list[Finding]) -> list[Finding]:
    """Counts of one thing found in different sentence pairs are one disagreement."""
    by_noun: dict[str, Finding] = {}
    out: list[Finding] = []
    for f in findings:
        key = f.topic
        if key in by_noun:
            g = by_noun[key]
            have = {m.doc for m in g.mentions}
            g.mentions.extend(m for m in f.mentions if m.doc not in have)
            g.mentions.sort(key=lambda m: m.doc)
            label = g.extra.get("label", g.topic)
            g.summary = summary_line(label, (m.value or "not disclosed" for m in g.mentions))
        else:
            by_noun[key] = f
            out.append(f)
    return out


# ----- dates


def date_findings(align: Alignment, facts: Facts, docs: Sequence[int]) -> list[Finding]:
    """The same event dated differently: mentions with the same role whose surrounding words
    show they are about the same thing, and whose dates cannot be the same."""
    pairwise: list[Finding] = []
    for ua, ub, gi in _pairs(align, docs):
        ref_a, ref_b = facts.docs[ua.doc].published, facts.docs[ub.doc].published
        for a in facts.dates(ua):
            ctx_a = context_terms(facts, ua.doc, a.start, a.end, ua)
            best = None
            for b in facts.dates(ub):
                if b.role != a.role:
                    continue
                score = overlap(
                    facts, ctx_a, context_terms(facts, ub.doc, b.start, b.end, ub), align.weights
                )
                if score >= SAME_CONTEXT and (best is None or score > best[0]):
                    best = (score, b)
            if best is None:
                continue
            b = best[1]
            if compatible(a.key(ref_a), b.key(ref_b)) is not False:
                continue
            relative = a.kind == b.kind == "relative"
            about = _about(ctx_a & context_terms(facts, ub.doc, b.start, b.end, ub), align.weights)
            topic = {"start": "start date", "end": "end date"}.get(
                a.role, ("timing" if relative else "date") + (f" of {about}" if about else "")
            )
            mentions = [
                Mention(ua.doc, a.start, a.end, describe(a, ref_a)),
                Mention(ub.doc, b.start, b.end, describe(b, ref_b)),
            ]
            pairwise.append(
                Finding(
                    "date",
                    topic,
                    summary_line(topic, (m.value for m in mentions)),
                    mentions,
                    "the same event is dated differently",
                    gi,
                )
            )
    return merge(pairwise)


# ----- speakers, names and places


def _content_terms(facts: Facts, doc: int, start: int, end: int) -> set[str]:
    return {
        t
        for t in unit_features(facts.docs[doc].text, start, end, facts.rules)
        if not t.startswith("p:")
    }


def _about(terms: set[str], weights: dict[str, float], count: int = 2) -> str:
    """A few words naming what shared context is about ("ambassador expelled")."""
    ranked = sorted(terms, key=lambda t: -weights.get(t, 0.0))
    words = [t.split(":", 1)[1] for t in ranked if t[0] in "tw"]
    nouns = [w for w in words if not w.endswith(("ed", "ing")) and w not in _LIGHT_VERBS]
    return " ".join(sorted(nouns[:count]))


_LIGHT_VERBS = frozenset("came come went go made make took take gave give got get said".split())


def speech_findings(align: Alignment, facts: Facts, docs: Sequence[int]) -> list[Finding]:
    """Same words or claim, different speaker: attribution (or name, for the same role)."""
    out = []
    rules = facts.rules
    for ua, ub, gi in _pairs(align, docs):
        ta, tb = facts.docs[ua.doc].text, facts.docs[ub.doc].text
        for sa in speeches(ta, ua.start, ua.end):
            for sb in speeches(tb, ub.start, ub.end):
                if same_speaker(sa.speaker, sb.speaker, rules) is not False:
                    continue
                shared = _content_terms(
                    facts, ua.doc, sa.content_start, sa.content_end
                ) & _content_terms(facts, ub.doc, sb.content_start, sb.content_end)
                if sum(align.weights.get(t, 1.0) for t in shared) < SAME_CONTEXT + 0.5:
                    continue
                if rules.fold_name(sa.speaker) in rules.fold_name(
                    tb[ub.start : ub.end]
                ) or rules.fold_name(sb.speaker) in rules.fold_name(ta[ua.start : ua.end]):
                    continue  # both name both: a different role in the sentence
                head_a, head_b = role_head(sa.speaker), role_head(sb.speaker)
                kind = "name" if head_a and head_a == head_b else "attribution"
                content = ta[sa.content_start : sa.content_end].strip().rstrip(".")
                topic = f"{head_a} who spoke" if kind == "name" else short(content)
                mentions = [
                    Mention(ua.doc, sa.speaker_start, sa.verb_start + len(sa.verb), sa.speaker),
                    Mention(ub.doc, sb.speaker_start, sb.verb_start + len(sb.verb), sb.speaker),
                ]
                rule = (
                    "the same statement is credited to different people"
                    if kind == "attribution"
                    else "a different person in the same role"
                )
                out.append(
                    Finding(
                        kind,
                        topic,
                        summary_line(
                            topic if kind == "name" else f"who {sa.verb} {topic}",
                            (m.value for m in mentions),
                        ),
                        mentions,
                        rule,
                        gi,
                    )
                )
    return merge(out)


def short(text: str, words: int = 6) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def place_findings(align: Alignment, facts: Facts, docs: Sequence[int]) -> list[Finding]:
    """The same event placed in different places ("in Arequipa" / "in Puno")."""
    out = []
    rules = facts.rules
    for ua, ub, gi in _pairs(align, docs):
        pa = _places(facts, ua)
        pb = _places(facts, ub)
        if not pa or not pb:
            continue
        whole_a = facts.folded_text(ua.doc)
        whole_b = facts.folded_text(ub.doc)
        only_a = [n for n in pa if rules.fold_name(n.text) not in whole_b]
        only_b = [n for n in pb if rules.fold_name(n.text) not in whole_a]
        if len(only_a) != len(pa) or len(only_b) != len(pb):
            continue
        a, b = only_a[0], only_b[0]
        mentions = [
            Mention(ua.doc, a.start, a.end, a.text),
            Mention(ub.doc, b.start, b.end, b.text),
        ]
        out.append(
            Finding(
                "name",
                "place",
                summary_line("place", (a.text, b.text)),
                mentions,
                "aligned passages place the event differently",
                gi,
            )
        )
    return merge(out)


def _places(facts: Facts, unit: Unit) -> list:
    text = facts.docs[unit.doc].text
    return [
        n
        for n in names(text, unit.start, unit.end)
        if n.after_preposition in ("in", "at", "near") and len(n.text.split()) <= 3
    ]


# ----- quotations


def quote_findings(align: Alignment, facts: Facts, docs: Sequence[int]) -> list[Finding]:
    """Quotations of the same statement with different words, matched across all accounts."""
    rules = facts.rules
    found = []
    for d in docs:
        text = facts.docs[d].text
        for unit in align.units[d]:
            for q in quotes(text, unit.start, unit.end):
                # stems (first six letters) so "interventionist" meets "intervention"
                words = [w[:6] for w in rules.fold(q.text).split() if w not in STOPWORDS]
                speaker = next((s.speaker for s in speeches(text, unit.start, unit.end)), None)
                found.append((d, q, set(words), speaker))
    parent = list(range(len(found)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in combinations(range(len(found)), 2):
        (da, _, wa, _), (db, _, wb, _) = found[i], found[j]
        if da == db or not wa or not wb:
            continue
        overlap = len(wa & wb) / min(len(wa), len(wb))
        if overlap >= 0.6 and len(wa & wb) >= min(2, len(wa), len(wb)):
            parent[root(i)] = root(j)
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(found)):
        clusters[root(i)].append(i)
    out = []
    for members in clusters.values():
        per_doc: dict[int, tuple] = {}
        for i in members:
            per_doc.setdefault(found[i][0], found[i])
        if len(per_doc) < 2:
            continue
        items = sorted(per_doc.values(), key=lambda f: f[0])
        texts = {rules.fold(f[1].text) for f in items}
        speakers = [f[3] for f in items if f[3] and speaker_key(f[3], rules)]
        if len(texts) > 1:
            who = speakers[0] if speakers else None
            topic = f"{who}'s words" if who else "quotation"
            mentions = [Mention(f[0], f[1].start, f[1].end, f[1].text) for f in items]
            out.append(
                Finding(
                    "quote",
                    topic,
                    summary_line(topic, (f'"{m.value}"' for m in mentions)),
                    mentions,
                    "the same quotation is worded differently",
                )
            )
    return out


# ----- polarity


def polarity_findings(align: Alignment, facts: Facts, docs: Sequence[int]) -> list[Finding]:
    """One account affirms what another denies: the same verb, negated on one side only."""
    out = []
    rules = facts.rules
    for ua, ub, gi in _pairs(align, docs):
        ta, tb = facts.docs[ua.doc].text, facts.docs[ub.doc].text
        va = facts.negations(ua)
        vb = facts.negations(ub)
        for stem, (neg_a, sa, ea) in va.items():
            if stem.startswith("¬") or stem not in vb:
                continue
            neg_b, sb, eb = vb[stem]
            if neg_a == neg_b:
                continue
            if not _same_object(ta, ea, tb, eb, rules):
                continue
            mentions = [Mention(ua.doc, sa, ea, ta[sa:ea]), Mention(ub.doc, sb, eb, tb[sb:eb])]
            topic = short(
                (_object_phrase(ta, ea, ua.end) and f"{stem} {_object_phrase(ta, ea, ua.end)}")
                or stem,
                5,
            )
            out.append(
                Finding(
                    "polarity",
                    topic,
                    summary_line(topic, (m.value for m in mentions)),
                    mentions,
                    "one account affirms what another denies",
                    gi,
                )
            )
            break
    return merge(out)


def _object_phrase(text: str, end: int, limit: int) -> str:
    words = [w.strip('.,;:"“”') for w in text[end:limit].split()[:4]]
    return " ".join(w for w in words if w and w.lower() not in ("the", "a", "an"))[:40]


def _same_object(ta: str, ea: int, tb: str, eb: int, rules: Rules) -> bool:
    wa = {
        rules.canonical(w) for w in rules.fold(ta[ea : ea + 60]).split()[:4] if w not in STOPWORDS
    }
    wb = {
        rules.canonical(w) for w in rules.fold(tb[eb : eb + 60]).split()[:4] if w not in STOPWORDS
    }
    return bool(wa & wb)
