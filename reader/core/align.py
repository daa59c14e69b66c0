"""Passage alignment across N documents.

Two documents are aligned either as *accounts* (independent reports that share facts, not
sentences: order-free, many-to-many matching by weighted overlap of lemmas, names and
numbers, with a mild prior for passages at similar places in their documents) or as
*versions* (edits of one text: monotonic alignment with diff-match-patch over sentence
hashes, then pairing inside changed runs). The mode is chosen per pair from how many
sentences the two share verbatim. Links from all pairs are clustered into groups across the
N documents (average linkage, at most two passages of one document in a group); a passage
strongly linked to a group it was not clustered into joins it too, so one sentence that
carries two facts can sit in two groups.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from math import fsum  # exact: the same score whatever order a set is summed in

from reader.core.diffing import diff_sequences
from reader.core.document import Document
from reader.core.passages import (
    Feature,
    Unit,
    name_classes,
    unify_names,
    unit_features,
    weights,
)
from reader.core.rules import Rules
from reader.core.text import sentences

__all__ = ["Alignment", "Group", "Override", "Progress", "Unit", "align"]

LINK_THRESHOLD = 0.15  # a passage's best match in another document, to be linked
SECOND_RATIO = 0.5  # a second match is linked when this close to the best
CLUSTER_THRESHOLD = 0.1  # average similarity for two groups to merge
JOIN_THRESHOLD = 0.15  # average similarity for a linked passage to join a group as well
MAX_PER_DOC = 2
ORDER_PRIOR = 0.3  # similarity bonus for passages at the same relative place
VERSION_PAIR_THRESHOLD = 0.3
VERSIONS_SHARE = 0.35

Progress = Callable[[float, str], None]


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
    features: list[list[Counter[Feature]]] = field(default_factory=list)
    weights: dict[Feature, float] = field(default_factory=dict)
    links: list[tuple[float, Unit, Unit]] = field(default_factory=list)

    def unit_pairs(self) -> list[tuple[Unit, Unit, int | None]]:
        """Every pair of units from different documents that may tell the same thing: pairs
        inside a group and linked pairs. The third item is a group both are in, if any."""
        where: dict[Unit, set[int]] = defaultdict(set)
        for gi, g in enumerate(self.groups):
            for u in g.units:
                where[u].add(gi)
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
                shared = where[a] & where[b]
                out.append((a, b, min(shared) if shared else None))
        return out

    def __getstate__(self) -> dict:
        """Pickled without the similarity caches (rebuilt on demand): the comparison's child
        process sends its result faster, and the window reads it in one short turn."""
        return {k: v for k, v in self.__dict__.items() if k not in ("_similarity", "_norms")}

    def similarity(self, a: Unit, b: Unit) -> float:
        """The weighted overlap of two units' features (0 to 1), without position prior."""
        memo = self.__dict__.setdefault("_similarity", {})
        key = (a, b) if (a.doc, a.index) <= (b.doc, b.index) else (b, a)
        found = memo.get(key)
        if found is None:
            norms = self.__dict__.get("_norms")
            if norms is None:
                norms = self.__dict__["_norms"] = [
                    [_norm(f, self.weights) for f in feats] for feats in self.features
                ]
            fa, fb = self.features[a.doc][a.index], self.features[b.doc][b.index]
            shared = fa.keys() & fb.keys()
            total = norms[a.doc][a.index] + norms[b.doc][b.index]
            common = fsum(self.weights.get(t, 1.0) for t in shared)
            found = memo[key] = 2 * common / total if shared and total else 0.0
        return found


def _norm(feats: Counter[Feature], w: dict[Feature, float]) -> float:
    return fsum(w.get(t, 1.0) for t in feats)


def _best_matches(
    fa: list[Counter[Feature]], fb: list[Counter[Feature]], w: dict[Feature, float], keep: int = 3
) -> tuple[dict[int, list[tuple[float, int]]], dict[int, list[tuple[float, int]]]]:
    """For every unit of each side, its ``keep`` best matches on the other side (score with
    the order prior), found through an inverted index: memory grows with the units, not with
    the pairs that share a word."""
    index: dict[Feature, list[int]] = defaultdict(list)
    for j, feats in enumerate(fb):
        for t in feats:
            index[t].append(j)
    na = [_norm(f, w) for f in fa]
    nb = [_norm(f, w) for f in fb]
    la, lb = max(len(fa) - 1, 1), max(len(fb) - 1, 1)
    best_a: dict[int, list[tuple[float, int]]] = {}
    best_b: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for i, feats in enumerate(fa):
        acc: dict[int, float] = defaultdict(float)
        for t in feats:
            postings = index.get(t)
            if not postings or len(postings) > 200:
                continue  # a term in hundreds of passages tells nothing
            weight = w.get(t, 1.0)
            for j in postings:
                acc[j] += weight
        scored = []
        for j, shared in acc.items():
            total = na[i] + nb[j]
            score = 2 * shared / total if total else 0.0

            score *= 1 + ORDER_PRIOR * (1 - abs(i / la - j / lb))
            scored.append((score, j))
            heap = best_b[j]
            heap.append((score, i))
            if len(heap) > keep * 4:
                heap.sort(reverse=True)
                del heap[keep:]
        scored.sort(reverse=True)
        best_a[i] = scored[:keep]
    return best_a, {j: sorted(v, reverse=True)[:keep] for j, v in best_b.items()}


def _account_links(
    fa: list[Counter[Feature]], fb: list[Counter[Feature]], w: dict[Feature, float]
) -> list[tuple[float, int, int]]:
    """Each unit's best match in the other document, and a close second."""
    best_a, best_b = _best_matches(fa, fb, w)
    links: dict[tuple[int, int], float] = {}
    for side, best in ((0, best_a), (1, best_b)):
        for i, scored in best.items():
            if not scored or scored[0][0] < LINK_THRESHOLD:
                continue
            top = scored[0][0]
            for score, j in scored[:2]:
                if score >= LINK_THRESHOLD and score >= top * SECOND_RATIO:
                    key = (i, j) if side == 0 else (j, i)
                    links[key] = max(links.get(key, 0.0), score)
    return [(s, i, j) for (i, j), s in links.items()]


def _fingerprints(
    texts: Sequence[str], units: Sequence[list[Unit]], rules: Rules
) -> list[list[str]]:
    """Each unit's text folded, per document (computed once, compared pair by pair)."""
    return [[rules.fold(texts[d][u.start : u.end]) for u in units[d]] for d in range(len(units))]


def shared_share(prints: Sequence[list[str]], i: int, j: int) -> float:
    """Fraction of the shorter document's sentences found verbatim (folded) in the other."""
    a, b = set(prints[i]), set(prints[j])
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _version_links(
    pa: list[str],
    pb: list[str],
    fa: list[Counter[Feature]],
    fb: list[Counter[Feature]],
    w: dict[Feature, float],
) -> list[tuple[float, int, int]]:
    """Monotonic links: equal sentences through a sequence diff, changed ones paired in order
    (``pa``, ``pb``: the two documents' folded sentences)."""
    links: list[tuple[float, int, int]] = []
    for edit in diff_sequences(pa, pb):
        a0, a1, b0, b1 = edit.a_start, edit.a_end, edit.b_start, edit.b_end
        if edit.op == "equal":
            links.extend((1.0, a0 + k, b0 + k) for k in range(a1 - a0))
        else:
            links.extend(_pair_in_order(range(a0, a1), range(b0, b1), fa, fb, w))
    return links


def _pair_in_order(
    ra: range,
    rb: range,
    fa: list[Counter[Feature]],
    fb: list[Counter[Feature]],
    w: dict[Feature, float],
) -> list[tuple[float, int, int]]:
    """Pair the sentences of a changed run in order by similarity (a small monotonic DP)."""
    if not ra or not rb:
        return []
    norms_a = {i: _norm(fa[i], w) for i in ra}  # (each sentence's weight once, not per pair)
    norms_b = {j: _norm(fb[j], w) for j in rb}

    def dice(i: int, j: int) -> float:
        shared = fa[i].keys() & fb[j].keys()
        total = norms_a[i] + norms_b[j]
        return 2 * fsum(w.get(t, 1.0) for t in shared) / total if shared and total else 0.0

    if len(ra) * len(rb) > 40_000:  # a huge rewrite: greedy best matches instead
        pairs = sorted(((dice(i, j), i, j) for i in ra for j in rb), reverse=True)
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
    score = [[dice(ra[x], rb[y]) for y in range(m)] for x in range(n)]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for x in range(n - 1, -1, -1):
        for y in range(m - 1, -1, -1):
            s = score[x][y]
            take = s + best[x + 1][y + 1] if s >= VERSION_PAIR_THRESHOLD else 0.0
            best[x][y] = max(take, best[x + 1][y], best[x][y + 1])
    out, x, y = [], 0, 0
    while x < n and y < m:
        s = score[x][y]
        if s >= VERSION_PAIR_THRESHOLD and best[x][y] == s + best[x + 1][y + 1]:
            out.append((s, ra[x], rb[y]))
            x, y = x + 1, y + 1
        elif best[x + 1][y] >= best[x][y + 1]:
            x += 1
        else:
            y += 1
    return out


class _Clusters:
    """Average-linkage clustering of linked units, at most ``MAX_PER_DOC`` units of one
    document in a cluster (manual links excepted)."""

    def __init__(
        self, scores: dict[tuple[Unit, Unit], float], forbidden: set[frozenset[Unit]]
    ) -> None:
        self.scores = scores
        self.forbidden = forbidden
        self.of: dict[Unit, int] = {}
        self.members: dict[int, list[Unit]] = {}
        self.score: dict[int, float] = {}
        self.mode: dict[int, str] = {}
        self._next = 0

    def score_of(self, a: Unit, b: Unit) -> float:
        return self.scores.get((a, b)) or self.scores.get((b, a)) or 0.0

    def _id(self, unit: Unit) -> int:
        gid = self.of.get(unit)
        if gid is None:
            gid = self._next
            self._next += 1
            self.of[unit] = gid
            self.members[gid] = [unit]
            self.score[gid] = 0.0
        return gid

    def average(self, xs: list[Unit], ys: list[Unit]) -> float:
        total, count = 0.0, 0
        for x in xs:
            for y in ys:
                if x.doc != y.doc:
                    total += self.score_of(x, y)
                    count += 1
        return total / count if count else 0.0

    def link(self, a: Unit, b: Unit, score: float, mode: str) -> None:
        ga, gb = self._id(a), self._id(b)
        if ga == gb:
            return
        xs, ys = self.members[ga], self.members[gb]
        if any(frozenset((x, y)) in self.forbidden for x in xs for y in ys):
            return
        if mode != "manual":
            per_doc = Counter(u.doc for u in xs + ys)
            if max(per_doc.values()) > MAX_PER_DOC:
                return
            if self.average(xs, ys) < CLUSTER_THRESHOLD:
                return

        for unit in ys:
            self.of[unit] = ga
        self.members[ga] = sorted(xs + ys, key=lambda u: (u.doc, u.index))
        self.score[ga] = max(self.score[ga], self.score[gb], score)
        modes = {mode, self.mode.get(ga), self.mode.get(gb)}
        self.mode[ga] = (
            "manual" if "manual" in modes else ("versions" if "versions" in modes else mode)
        )
        del self.members[gb], self.score[gb]
        self.mode.pop(gb, None)

    def groups(self, neighbours: dict[Unit, set[Unit]]) -> list[Group]:
        out = []
        for gid, units in self.members.items():
            if len({u.doc for u in units}) < 2:
                continue
            members = list(units)
            for candidate in sorted(
                {n for u in units for n in neighbours.get(u, ())} - set(units),
                key=lambda u: (u.doc, u.index),
            ):
                same_doc = sum(1 for u in members if u.doc == candidate.doc)
                if same_doc >= MAX_PER_DOC or any(
                    frozenset((candidate, u)) in self.forbidden for u in members
                ):
                    continue
                others = [u for u in units if u.doc != candidate.doc]
                if others and self.average([candidate], others) >= JOIN_THRESHOLD:
                    members.append(candidate)  # a second home for a sentence with two facts
            members.sort(key=lambda u: (u.doc, u.index))
            out.append(Group(members, self.score[gid], self.mode.get(gid, "accounts")))
        return sorted(out, key=lambda g: (min(u.doc for u in g.units), g.units[0].start))


def _units_in(units: list[Unit], start: int, end: int) -> list[Unit]:
    return [u for u in units if u.start < end and start < u.end] or [
        min(units, key=lambda u: abs(u.start - start))
    ]


FactLinker = Callable[[Alignment], list[tuple[float, Unit, Unit]]]


def align(
    documents: Sequence[Document],
    rules: Rules,
    overrides: Sequence[Override] = (),
    progress: Progress | None = None,
    fact_links: FactLinker | None = None,
) -> Alignment:
    """Align N documents into groups of units that tell the same thing.

    ``fact_links`` may add links between units that state the same fact (the same count of
    the same thing) even where their words differ; they are clustered like the others."""
    texts = [d.text for d in documents]
    units = [
        [Unit(d, k, s.start, s.end, s.paragraph) for k, s in enumerate(sentences(text))]
        for d, text in enumerate(texts)
    ]
    seen: dict[str, Counter[Feature]] = {}  # versions repeat sentences: compute each once

    def feats(d: int, u: Unit) -> Counter[Feature]:
        sentence = texts[d][u.start : u.end]
        found = seen.get(sentence)
        if found is None:
            found = seen[sentence] = unit_features(sentence, 0, len(sentence), rules)
        return found

    raw = [[feats(d, u) for u in us] for d, us in enumerate(units)]
    table = name_classes(f for fs in raw for f in fs)
    features = [[unify_names(f, table) for f in fs] for fs in raw]
    w = weights(f for fs in features for f in fs)
    alignment = Alignment(units=units, groups=[], features=features, weights=w)
    forbidden: set[frozenset[Unit]] = set()
    forced: list[tuple[Unit, Unit]] = []
    for o in overrides:
        if not (0 <= o.a[0] < len(units) and 0 <= o.b[0] < len(units)):
            continue
        side_a = _units_in(units[o.a[0]], o.a[1], o.a[2]) if units[o.a[0]] else []
        side_b = _units_in(units[o.b[0]], o.b[1], o.b[2]) if units[o.b[0]] else []
        for x in side_a:
            for y in side_b:
                if o.same:
                    forced.append((x, y))
                else:
                    forbidden.add(frozenset((x, y)))
    links: list[tuple[float, Unit, Unit, str]] = []
    pairs = [(i, j) for i in range(len(documents)) for j in range(i + 1, len(documents))]
    prints = _fingerprints(texts, units, rules)
    for n, (i, j) in enumerate(pairs):
        if progress:
            progress(
                0.05 + 0.45 * n / max(len(pairs), 1),
                f"aligning {documents[i].name} and {documents[j].name}",
            )
        share = shared_share(prints, i, j)
        mode = "versions" if share >= VERSIONS_SHARE else "accounts"
        alignment.modes[(i, j)] = (mode, share)
        if mode == "versions":
            found = _version_links(prints[i], prints[j], features[i], features[j], w)
        else:
            found = _account_links(features[i], features[j], w)
        links.extend((s, units[i][a], units[j][b], mode) for s, a, b in found)
    if fact_links is not None:
        known = {(x, y): s for s, x, y, _ in links}
        for score, x, y in fact_links(alignment):
            if x.doc > y.doc:
                x, y = y, x
            accounts = alignment.modes.get((x.doc, y.doc), ("accounts",))[0] == "accounts"
            if accounts and score > known.get((x, y), 0.0):
                links.append((score, x, y, "accounts"))
    links = [link for link in links if frozenset((link[1], link[2])) not in forbidden]
    scores: dict[tuple[Unit, Unit], float] = {}
    for s, x, y, _ in links:
        scores[(x, y)] = max(s, scores.get((x, y), 0.0))
    scores.update({(x, y): 1.0 for x, y in forced})
    clusters = _Clusters(scores, forbidden)
    for x, y in forced:
        clusters.link(x, y, 1.0, "manual")
    for score, x, y, mode in sorted(
        links, key=lambda link: (-link[0], link[1].doc, link[1].index, link[2].doc, link[2].index)
    ):
        clusters.link(x, y, score, mode)
    neighbours: dict[Unit, set[Unit]] = defaultdict(set)
    for _, x, y, _ in links:
        neighbours[x].add(y)
        neighbours[y].add(x)
    alignment.groups = clusters.groups(neighbours)
    alignment.links = [(s, x, y) for s, x, y, _ in links] + [(1.0, x, y) for x, y in forced]
    return alignment
