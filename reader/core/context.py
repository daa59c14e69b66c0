"""Context findings, shown more quietly than facts: omissions and loaded wording."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import combinations

from reader.core.align import Alignment, Unit
from reader.core.disagree import (
    SAME_CONTEXT,
    Facts,
    Finding,
    Mention,
    context_terms,
    merge,
    overlap,
    short,
    summary_line,
)
from reader.core.facts.claims import names, quotes, speaker_key, speeches

OMISSION_LINK = 0.2  # a passage this similar to one elsewhere is not told by one account only


def _known_names(facts: Facts, docs: Sequence[int]) -> set[str]:
    """Every word and name of these documents, folded as names are compared."""
    known: set[str] = set()
    for d in docs:
        text = facts.docs[d].text
        known.update(facts.rules.fold_name(w) for w in text.split())
        known.update(facts.rules.fold_name(n.text) for n in names(text, 0, len(text)))
    return known


def _has_fact(facts: Facts, unit: Unit, others: set[str]) -> bool:
    """Whether a passage states a checkable fact of its own: a count, a date, a quotation,
    an attributed claim, or a name no other account mentions."""
    text = facts.docs[unit.doc].text
    if facts.quantities(unit) or facts.dates(unit) or quotes(text, unit.start, unit.end):
        return True
    if any(speaker_key(s.speaker, facts.rules) for s in speeches(text, unit.start, unit.end)):
        return True
    rules = facts.rules
    for name in names(text, unit.start, unit.end):
        folded = rules.fold_name(name.text)
        if folded not in others and not all(
            rules.fold_name(w) in others for w in name.text.split()
        ):
            return True
    return False


def _topic_terms(align: Alignment, unit: Unit, count: int = 3) -> str:
    feats = align.features[unit.doc][unit.index]
    ranked = sorted(feats, key=lambda t: -align.weights.get(t, 0.0))
    words = [t.split(":", 1)[1] for t in ranked if t[0] in "wpt"][:count]
    return " ".join(words) or "passage"


def omission_findings(align: Alignment, facts: Facts, docs: Sequence[int]) -> list[Finding]:
    """Claims only one account carries: passages matched to nothing elsewhere that state a
    fact (see :func:`_has_fact`)."""
    grouped = {u for g in align.groups for u in g.units}
    paired = {u for score, a, b in align.links if score >= OMISSION_LINK for u in (a, b)}
    out = []
    for d in docs:
        others = _known_names(facts, [o for o in docs if o != d])
        for unit in align.units[d]:
            if unit in grouped or unit in paired or not _has_fact(facts, unit, others):
                continue
            text = facts.docs[d].text[unit.start : unit.end]
            topic = _topic_terms(align, unit)
            summary = f"only {facts.docs[d].name} says: {short(text, 12)}"
            out.append(
                Finding(
                    "omission",
                    topic,
                    summary,
                    [Mention(d, unit.start, unit.end, None)],
                    "no other account tells this",
                )
            )
    return out


def wording_findings(align: Alignment, facts: Facts, docs: Sequence[int]) -> list[Finding]:
    """Differently charged words for the same thing, from the editable lexicon of loaded terms.

    Two uses count as "the same thing" when the words around them overlap (names, rare
    terms). Words inside quotation marks are someone else's wording and are not counted.
    """
    rules = facts.rules
    pairwise: list[Finding] = []
    for family in rules.loaded_families:
        members = family["neutral"] | family["loaded"]
        uses: dict[int, list[tuple[str, int, int, set[str]]]] = {}
        for d in docs:
            text = facts.docs[d].text
            for unit in align.units[d]:
                quoted = [(q.start, q.end) for q in quotes(text, unit.start, unit.end)]
                for term in members:
                    for s0, e0 in _find_term(text, term, unit.start, unit.end):
                        if not any(a <= s0 < b for a, b in quoted):
                            ctx = context_terms(facts, d, s0, e0, unit)
                            uses.setdefault(d, []).append(
                                (term, s0, e0, ctx - {"t:" + rules.canonical(term), "w:" + term})
                            )
        for da, db in combinations(sorted(uses), 2):
            best = None
            for ta, sa, ea, ca in uses[da]:
                for tb, sb, eb, cb in uses[db]:
                    if ta == tb or (ta not in family["loaded"] and tb not in family["loaded"]):
                        continue
                    score = overlap(facts, ca, cb, align.weights)
                    if score >= 2 * SAME_CONTEXT and (best is None or score > best[0]):
                        best = (score, (sa, ea), (sb, eb))
            if best is None:
                continue
            (sa, ea), (sb, eb) = best[1], best[2]
            ta, tb = facts.docs[da].text, facts.docs[db].text
            mentions = [
                Mention(da, sa, ea, ta[sa:ea].lower()),
                Mention(db, sb, eb, tb[sb:eb].lower()),
            ]
            pairwise.append(
                Finding(
                    "wording",
                    family["topic"],
                    summary_line(family["topic"], (m.value for m in mentions)),
                    mentions,
                    "loaded against neutral wording (lexicon of loaded terms)",
                )
            )
    return merge(pairwise)


def _find_term(text: str, term: str, start: int, end: int) -> list[tuple[int, int]]:
    pattern = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in term.split()) + r"\b", re.I)
    return [(m.start(), m.end()) for m in pattern.finditer(text, start, end)]
