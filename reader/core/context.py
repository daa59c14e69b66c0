"""Context findings, shown more quietly than facts: omissions and loaded wording."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
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


def _known_names(facts: Facts, align: Alignment, docs: Sequence[int]) -> set[str]:
    """Every word and name of these documents, folded as names are compared."""
    known: set[str] = set()
    for d in docs:
        text = facts.docs[d].text
        fold = facts.rules.fold_name
        known.update(fold(w) for w in set(text.split()))
        known.update(fold(n.text) for u in align.units[d] for n in facts.names(u))
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
        others = _known_names(facts, align, [o for o in docs if o != d])
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
    found = {d: _lexicon_uses(facts, align, d) for d in docs}
    for family in rules.loaded_families:
        members = family["neutral"] | family["loaded"]
        uses: dict[int, list[tuple[str, int, int, set[str]]]] = {}
        for d in docs:
            for term, s0, e0, unit in found[d]:
                if term in members:
                    ctx = context_terms(facts, d, s0, e0, unit)
                    own = {"t:" + rules.canonical(term), "w:" + term}
                    uses.setdefault(d, []).append((term, s0, e0, ctx - own))
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


def _lexicon_uses(facts: Facts, align: Alignment, doc: int) -> list[tuple[str, int, int, Unit]]:
    """Every lexicon term used in a document outside quotation marks, with its unit."""
    rules = facts.rules
    terms = sorted(
        {t for f in rules.loaded_families for t in f["neutral"] | f["loaded"]},
        key=len,
        reverse=True,
    )
    pattern = _term_pattern("|".join(terms), alternation=True)
    text = facts.docs[doc].text
    out = []
    for unit in align.units[doc]:
        quoted = [(q.start, q.end) for q in quotes(text, unit.start, unit.end)]
        for m in pattern.finditer(text, unit.start, unit.end):
            if not any(a <= m.start() < b for a, b in quoted):
                out.append((rules.fold(m.group()), m.start(), m.end(), unit))
    return out


@lru_cache(maxsize=4096)
def _term_pattern(term: str, alternation: bool = False) -> re.Pattern[str]:
    """``term`` as a whole-word, case-blind pattern; with ``alternation``, "a|b c" means
    either term."""
    alternatives = term.split("|") if alternation else [term]
    body = "|".join(r"\s+".join(re.escape(w) for w in t.split()) for t in alternatives)
    return re.compile(rf"\b(?:{body})\b", re.I)
