"""Passage alignment across N documents.

Units are sentences with exact offsets. Two documents are aligned either as *accounts*
(independent reports: order-free matching of units by weighted overlap of content terms,
numbers and names; many-to-one allowed) or as *versions* (edits of one text: monotonic
alignment with diff-match-patch over sentence hashes, then pairing inside changed runs).
The mode is chosen per pair from how many sentences the two share verbatim. Links from all
pairs are merged into groups across the N documents, strongest first.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from reader.core.diffing import diff_sequences
from reader.core.document import Document
from reader.core.facts.lexicon import MONTHS, STOPWORDS
from reader.core.rules import Rules
from reader.core.text import sentences, tokens

ACCOUNT_THRESHOLD = 0.25  # a link on its own
MUTUAL_THRESHOLD = 0.12  # a link between units that are each other's best match
SECOND_UNIT_THRESHOLD = 0.3  # a second unit from the same document joins a group
VERSION_PAIR_THRESHOLD = 0.3
VERSIONS_SHARE = 0.35
MAX_PER_DOC_IN_GROUP = 2

Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class Unit:
    doc: int
    index: int
    start: int
    end: int
    paragraph: int


@dataclass
class Group:
    """Units from several documents that tell the same thing."""

    units: list[Unit]
    score: float
    mode: str  # "accounts", "versions" or "manual"

    @property
    def docs(self) -> set[int]:
        return {u.doc for u in self.units}


@dataclass(frozen=True)
class Override:
    """A user's decision: these two passages tell the same fact (``same=True``) or not.

    Each side is ``(document index, start, end)``; every unit overlapping it is meant.
    """

    a: tuple[int, int, int]
    b: tuple[int, int, int]
    same: bool = True


@dataclass
class Alignment:
    units: list[list[Unit]]
    groups: list[Group]
    modes: dict[tuple[int, int], tuple[str, float]] = field(default_factory=dict)
    features: list[list[Counter[str]]] = field(default_factory=list)
    weights: dict[str, float] = field(default_factory=dict)
    links: list[tuple[float, Unit, Unit]] = field(default_factory=list)

    def unit_pairs(self) -> list[tuple[Unit, Unit, int | None]]:
        """Every pair of units from different documents that may tell the same thing:
        pairs inside a group, and linked pairs (a sentence can carry two facts but sits in
        one group). The third item is the group index when both are in one group."""
        where = {u: gi for gi, g in enumerate(self.groups) for u in g.units}
        seen: set[tuple[Unit, Unit]] = set()
        out: list[tuple[Unit, Unit, int | None]] = []
        for gi, group in enumerate(self.groups):
            for a in group.units:
                for b in group.units:
                    if a.doc < b.doc and (a, b) not in seen:
                        seen.add((a, b))
                        out.append((a, b, gi))
        for _, a, b in self.links:
            a, b = (a, b) if a.doc < b.doc else (b, a)
            if (a, b) not in seen:
                seen.add((a, b))
                same = where.get(a)
                out.append((a, b, same if same is not None and where.get(b) == same else None))
        return out


_SIMPLE = re.compile(r"^[a-z]+$")


def _lemma(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("es") and word[-3] in "sxz":
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def unit_features(text: str, start: int, end: int, rules: Rules) -> Counter[str]:
    """Content terms of a passage, reduced by the rules: "soldiers" and "troops" meet."""
    toks = [t.text for t in tokens(text, start, end)]
    lowered = [rules.fold(t) for t in toks]
    out: Counter[str] = Counter()
    i = 0
    while i < len(toks):
        matched = False
        for n in (3, 2):  # multi-word terms first ("united states", "take place")
            phrase = " ".join(lowered[i : i + n])
            if len(phrase.split()) == n and phrase in rules.term_classes:
                out["t:" + rules.term_classes[phrase]] += 1
                i += n
                matched = True
                break
        if matched:
            continue
        raw, word = toks[i], lowered[i]
        i += 1
        if not word or word in STOPWORDS:
            continue
        if word[0].isdigit():
            out["n:" + word.replace(" ", "")] += 1
            continue
        if word in MONTHS:
            out["m:" + str(MONTHS[word])] += 1
            continue
        canonical = rules.term_classes.get(word) or rules.term_classes.get(_lemma(word))
        if canonical:
            out["t:" + canonical] += 1
        elif raw[:1].isupper():
            out["p:" + rules.fold_name(word)] += 1
        elif len(word) > 2:
            out["w:" + _lemma(word)] += 1
    return out


_KIND_BOOST = {"n": 1.6, "p": 1.3, "m": 1.2, "t": 1.0, "w": 1.0}


def idf_weights(features: Iterable[Counter[str]]) -> dict[str, float]:
    df: Counter[str] = Counter()
    total = 0
    for feats in features:
        df.update(feats.keys())
        total += 1
    return {
        term: math.log(1 + total / count) * _KIND_BOOST.get(term[0], 1.0)
        for term, count in df.items()
    }


def _norms(feats: list[Counter[str]], weights: dict[str, float]) -> list[float]:
    return [math.sqrt(sum(weights[t] ** 2 for t in f)) or 1.0 for f in feats]


def similarities(
    a: list[Counter[str]], b: list[Counter[str]], weights: dict[str, float]
) -> dict[tuple[int, int], float]:
    """Cosine similarity (binary, idf-weighted) of every unit pair sharing a term."""
    index: dict[str, list[int]] = defaultdict(list)
    for j, feats in enumerate(b):
        for term in feats:
            index[term].append(j)
    na, nb = _norms(a, weights), _norms(b, weights)
    scores: dict[tuple[int, int], float] = {}
    for i, feats in enumerate(a):
        acc: dict[int, float] = defaultdict(float)
        for term in feats:
            w = weights[term] ** 2
            for j in index.get(term, ()):
                acc[j] += w
        for j, dot in acc.items():
            scores[(i, j)] = dot / (na[i] * nb[j])
    return scores


def _fingerprint(text: str, unit: Unit, rules: Rules) -> str:
    return rules.fold(text[unit.start : unit.end])


def shared_share(
    texts: Sequence[str], units: Sequence[list[Unit]], i: int, j: int, rules: Rules
) -> float:
    """Fraction of the shorter document's sentences found verbatim (folded) in the other."""
    a = {_fingerprint(texts[i], u, rules) for u in units[i]}
    b = {_fingerprint(texts[j], u, rules) for u in units[j]}
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


MUTUAL_EVIDENCE = 5.0  # summed idf weight of the shared terms a weak mutual link needs


def shared_evidence(
    fa: Counter[str], fb: Counter[str], weights: dict[str, float]
) -> tuple[int, float]:
    """How many terms two units share, and their summed weight."""
    shared = fa.keys() & fb.keys()
    return len(shared), sum(weights.get(t, 1.0) for t in shared)


def _account_links(
    scores: dict[tuple[int, int], float],
    fa: list[Counter[str]] | None = None,
    fb: list[Counter[str]] | None = None,
    weights: dict[str, float] | None = None,
) -> list[tuple[float, int, int]]:
    """Strong pairs among the two best for one side, and weaker mutual-best pairs.

    Independent accounts share facts, not sentences: two sentences that are each other's
    best match are usually the same fact even when they share only a few rare terms.
    """
    best_a: dict[int, list[float]] = defaultdict(list)
    best_b: dict[int, list[float]] = defaultdict(list)
    for (i, j), s in scores.items():
        best_a[i].append(s)
        best_b[j].append(s)
    top_a = {i: sorted(v, reverse=True)[:2] for i, v in best_a.items()}
    top_b = {j: sorted(v, reverse=True)[:2] for j, v in best_b.items()}
    links = []
    for (i, j), s in scores.items():
        mutual = s == top_a[i][0] and s == top_b[j][0]
        if mutual and MUTUAL_THRESHOLD <= s < ACCOUNT_THRESHOLD:
            count, weight = (
                shared_evidence(fa[i], fb[j], weights)
                if fa and fb and weights
                else (2, MUTUAL_EVIDENCE)
            )
            if count >= 2 and weight >= MUTUAL_EVIDENCE:
                links.append((s, i, j))
            continue
        if s < ACCOUNT_THRESHOLD:
            continue
        near_a = s >= top_a[i][0] * 0.85 and s in top_a[i]
        near_b = s >= top_b[j][0] * 0.85 and s in top_b[j]
        if near_a or near_b:
            links.append((s, i, j))
    return links


def _best_matches(scores: dict[tuple[int, int], float]) -> list[tuple[float, int, int]]:
    """Each unit's best match in the other document (for fact checks, not for grouping):
    a sentence that carries two facts may be grouped with one partner and still be the
    best match of another sentence for its second fact."""
    best: dict[tuple[str, int], tuple[float, int, int]] = {}
    for (i, j), s in scores.items():
        if s < MUTUAL_THRESHOLD:
            continue
        for key in (("a", i), ("b", j)):
            if key not in best or s > best[key][0]:
                best[key] = (s, i, j)
    return sorted(set(best.values()))


def _version_links(
    texts: Sequence[str],
    ua: list[Unit],
    ub: list[Unit],
    scores: dict[tuple[int, int], float],
    rules: Rules,
) -> list[tuple[float, int, int]]:
    """Monotonic links: equal sentences through a sequence diff, changed ones paired in order."""
    fa = [_fingerprint(texts[ua[0].doc], u, rules) for u in ua] if ua else []
    fb = [_fingerprint(texts[ub[0].doc], u, rules) for u in ub] if ub else []
    links: list[tuple[float, int, int]] = []
    for edit in diff_sequences(fa, fb):
        op, a0, a1, b0, b1 = edit.op, edit.a_start, edit.a_end, edit.b_start, edit.b_end
        if op == "equal":
            links.extend((1.0, a0 + k, b0 + k) for k in range(a1 - a0))
            continue
        # inside a changed run, pair sentences in order by similarity (a small monotonic DP)
        links.extend(_pair_in_order(range(a0, a1), range(b0, b1), scores))
    return links


def _pair_in_order(
    ra: range, rb: range, scores: dict[tuple[int, int], float]
) -> list[tuple[float, int, int]]:
    if not ra or not rb:
        return []
    if len(ra) * len(rb) > 40_000:  # a huge rewrite: fall back to greedy best matches
        pairs = sorted(((scores.get((i, j), 0.0), i, j) for i in ra for j in rb), reverse=True)
        used_a, used_b, out = set(), set(), []
        for s, i, j in pairs:
            if s < VERSION_PAIR_THRESHOLD:
                break
            if i not in used_a and j not in used_b:
                used_a.add(i)
                used_b.add(j)
                out.append((s, i, j))
        return out
    n, m = len(ra), len(rb)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for x in range(n - 1, -1, -1):
        for y in range(m - 1, -1, -1):
            s = scores.get((ra[x], rb[y]), 0.0)
            take = s + best[x + 1][y + 1] if s >= VERSION_PAIR_THRESHOLD else 0.0
            best[x][y] = max(take, best[x + 1][y], best[x][y + 1])
    out, x, y = [], 0, 0
    while x < n and y < m:
        s = scores.get((ra[x], rb[y]), 0.0)
        if s >= VERSION_PAIR_THRESHOLD and best[x][y] == s + best[x + 1][y + 1]:
            out.append((s, ra[x], rb[y]))
            x, y = x + 1, y + 1
        elif best[x + 1][y] >= best[x][y + 1]:
            x += 1
        else:
            y += 1
    return out


class _Groups:
    """Union of links into groups, with at most two units per document in a group."""

    def __init__(self, forbidden: set[frozenset[Unit]]) -> None:
        self.of: dict[Unit, int] = {}
        self.members: dict[int, list[Unit]] = {}
        self.score: dict[int, float] = {}
        self.mode: dict[int, str] = {}
        self.forbidden = forbidden
        self._next = 0

    def _new(self, unit: Unit) -> int:
        gid = self._next
        self._next += 1
        self.of[unit] = gid
        self.members[gid] = [unit]
        self.score[gid] = 0.0
        return gid

    def link(self, a: Unit, b: Unit, score: float, mode: str) -> None:
        ga = self.of.get(a, None)
        gb = self.of.get(b, None)
        ga = self._new(a) if ga is None else ga
        gb = self._new(b) if gb is None else gb
        if ga == gb:
            return
        merged = self.members[ga] + self.members[gb]
        per_doc = Counter(u.doc for u in merged)
        if mode != "manual":
            if max(per_doc.values()) > MAX_PER_DOC_IN_GROUP:
                return
            if max(per_doc.values()) > 1 and score < SECOND_UNIT_THRESHOLD:
                return  # many-to-one only on strong evidence, or groups chain facts together
        if any(
            frozenset((x, y)) in self.forbidden for x in self.members[ga] for y in self.members[gb]
        ):
            return
        for unit in self.members[gb]:
            self.of[unit] = ga
        self.members[ga] = sorted(merged, key=lambda u: (u.doc, u.index))
        self.score[ga] = max(self.score[ga], self.score[gb], score)
        self.mode[ga] = (
            "manual" if "manual" in (mode, self.mode.get(ga), self.mode.get(gb)) else mode
        )
        del self.members[gb], self.score[gb]
        self.mode.pop(gb, None)

    def groups(self) -> list[Group]:
        out = [
            Group(units, self.score[gid], self.mode.get(gid, "accounts"))
            for gid, units in self.members.items()
            if len({u.doc for u in units}) > 1
        ]
        return sorted(out, key=lambda g: (min(u.doc for u in g.units), g.units[0].start))


def _units_in(units: list[Unit], start: int, end: int) -> list[Unit]:
    return [u for u in units if u.start < end and start < u.end] or [
        min(units, key=lambda u: abs(u.start - start))
    ]


def align(
    documents: Sequence[Document],
    rules: Rules,
    overrides: Sequence[Override] = (),
    progress: Progress | None = None,
) -> Alignment:
    """Align N documents into groups of units that tell the same thing."""
    texts = [d.text for d in documents]
    units = [
        [Unit(d, k, s.start, s.end, s.paragraph) for k, s in enumerate(sentences(text))]
        for d, text in enumerate(texts)
    ]
    seen: dict[str, Counter[str]] = {}  # versions repeat sentences: compute each once

    def feats(d: int, u: Unit) -> Counter[str]:
        sentence = texts[d][u.start : u.end]
        if sentence not in seen:
            seen[sentence] = unit_features(sentence, 0, len(sentence), rules)
        return seen[sentence]

    features = [[feats(d, u) for u in us] for d, us in enumerate(units)]
    weights = idf_weights(f for fs in features for f in fs)
    alignment = Alignment(units=units, groups=[], features=features, weights=weights)
    forbidden: set[frozenset[Unit]] = set()
    forced: list[tuple[Unit, Unit]] = []
    for o in overrides:
        side_a = _units_in(units[o.a[0]], o.a[1], o.a[2]) if units[o.a[0]] else []
        side_b = _units_in(units[o.b[0]], o.b[1], o.b[2]) if units[o.b[0]] else []
        for x in side_a:
            for y in side_b:
                if o.same:
                    forced.append((x, y))
                else:
                    forbidden.add(frozenset((x, y)))
    links: list[tuple[float, Unit, Unit, str]] = []
    candidates: list[tuple[float, Unit, Unit]] = []
    pairs = [(i, j) for i in range(len(documents)) for j in range(i + 1, len(documents))]
    for n, (i, j) in enumerate(pairs):
        if progress:
            progress(
                0.1 + 0.6 * n / max(len(pairs), 1),
                f"aligning {documents[i].name} and {documents[j].name}",
            )
        scores = similarities(features[i], features[j], weights)
        share = shared_share(texts, units, i, j, rules)
        mode = "versions" if share >= VERSIONS_SHARE else "accounts"
        alignment.modes[(i, j)] = (mode, share)
        found = (
            _version_links(texts, units[i], units[j], scores, rules)
            if mode == "versions"
            else _account_links(scores, features[i], features[j], weights)
        )
        links.extend((s, units[i][a], units[j][b], mode) for s, a, b in found)
        if mode == "accounts":
            candidates.extend((s, units[i][a], units[j][b]) for s, a, b in _best_matches(scores))
    groups = _Groups(forbidden)
    for x, y in forced:
        groups.link(x, y, 1.0, "manual")
    for score, x, y, mode in sorted(links, key=lambda link: -link[0]):
        if frozenset((x, y)) not in forbidden:
            groups.link(x, y, score, mode)
    alignment.groups = groups.groups()
    every = [(sc, x, y) for sc, x, y, _ in links] + candidates
    alignment.links = [(sc, x, y) for sc, x, y in every if frozenset((x, y)) not in forbidden]
    alignment.links += [(1.0, x, y) for x, y in forced]
    return alignment
