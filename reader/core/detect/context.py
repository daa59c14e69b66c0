"""Context findings, shown more quietly than facts: omissions and loaded wording."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import combinations

from reader.core.align import Unit
from reader.core.detect.base import Context, Finding, Mention, merge, short, summary_line
from reader.core.facts.lexicon import spoken
from reader.core.kinds import Kind, Severity
from reader.core.passages import Feature, FeatureKind

OMISSION_LINK = 0.25  # a passage this similar to one elsewhere is not told by one account only
SAME_THING = 5.0  # summed weight of shared context that makes two loaded words one thing


def _known_names(ctx: Context, docs: list[int]) -> set[str]:
    """Every word and name of these documents, folded as names are compared."""
    known: set[str] = set()
    fold = ctx.rules.fold_name
    for d in docs:
        known.update(fold(w) for w in set(ctx.text(d).split()))
        known.update(fold(n.text) for u in ctx.alignment.units[d] for n in ctx.facts.names(u))
    return known


def _has_fact(ctx: Context, unit: Unit, others: set[str]) -> bool:
    """Whether a passage states a checkable fact of its own: a count, a date, a quotation,
    an attributed claim, or a name no other account mentions."""
    facts = ctx.facts
    if facts.quantities(unit) or facts.dates(unit) or facts.quotes(unit):
        return True
    if facts.speeches(unit):
        return True
    fold = ctx.rules.fold_name
    for name in facts.names(unit):
        if fold(name.text) not in others and not all(fold(w) in others for w in name.text.split()):
            return True
    return False


def _opening(ctx: Context, unit: Unit, count: int = 5) -> str:
    """A passage named by its opening words, up to its first clause break ("Police said they
    wanted to…"): what a reader recognises it by, where its weightiest words ("maximise
    minimise normality") read as no English."""
    text = ctx.text(unit.doc)[unit.start : unit.end].strip().lstrip("\"“‘'([")
    clauses = [c.strip() for c in re.split(r"[,;:—–(]\s|\s[—–-]\s", text) if c.strip()]
    if len(clauses) > 1 and clauses[0].split()[0].lower() in _OPENERS:
        clauses = clauses[1:]  # "In December 2008, three men emptied ...": the clause after
    speech = ctx.rules.speech_verbs
    if len(clauses) > 1 and clauses[0].split()[-1].lower() in speech:
        clauses = [c.lstrip("\"“‘'") for c in clauses[1:]]  # 'She added: "The focus ..."':
        # the words said
    clause = clauses[0].rstrip(".!?\"”’' ") if clauses else ""
    if len(clause.split()) < 2:
        clause = text.rstrip(".!?\"”’' ")
    return short(clause, count) if clause else "passage"


_OPENERS = frozenset(
    "in on at after before during since when while as according by for from last earlier "
    "later meanwhile yesterday today however".split()
)


def omission_findings(ctx: Context) -> list[Finding]:
    """Claims only one account carries: passages matched to nothing elsewhere that state a
    fact (see :func:`_has_fact`)."""
    al = ctx.alignment
    best: dict[Unit, float] = {}
    partners = [(a, b) for _, a, b in al.links] + [
        (a, b) for g in al.groups for a in g.units for b in g.units if a.doc != b.doc
    ]
    linked = {(a, b): s for s, a, b in al.links}
    for a, b in partners:
        if a.doc in ctx.docs and b.doc in ctx.docs:
            score = max(al.similarity(a, b), linked.get((a, b), 0.0))
            best[a] = max(best.get(a, 0.0), score)
            best[b] = max(best.get(b, 0.0), score)
    counted: dict[int, set[tuple]] = {d: set() for d in ctx.docs}
    for d in ctx.docs:
        for unit in al.units[d]:
            counted[d].update((q.thing, q.predicate) for q in ctx.facts.quantities(unit) if q.thing)
    out = []
    for d in ctx.docs:
        others = _known_names(ctx, [o for o in ctx.docs if o != d])
        elsewhere = set().union(*(counted[o] for o in ctx.docs if o != d))
        for unit in al.units[d]:
            if best.get(unit, 0.0) >= OMISSION_LINK or not _has_fact(ctx, unit, others):
                continue
            quantities = [q for q in ctx.facts.quantities(unit) if q.thing]
            if quantities and all((q.thing, q.predicate) in elsewhere for q in quantities):
                continue  # the same count is given elsewhere, with its own figure
            text = ctx.text(d)[unit.start : unit.end]
            if ctx.facts.is_dateline(unit):
                continue
            out.append(
                Finding(
                    Kind.OMISSION,
                    _opening(ctx, unit),
                    f"only {ctx.labels[d]} says: {short(text, 12)}",
                    [Mention(d, unit.start, unit.end, None)],
                    "no other account tells this",
                    Severity.CONTEXT,
                )
            )
    return out


def wording_findings(ctx: Context) -> list[Finding]:
    """Differently charged words for the same thing, from the editable lexicon of loaded terms.

    Two uses count as "the same thing" when the words around them overlap (names, rare
    terms). Words inside quotation marks are someone else's wording and are not counted.
    """
    rules = ctx.rules
    pairwise: list[Finding] = []
    found = {d: _lexicon_uses(ctx, d) for d in ctx.docs}
    paired = {(a, b) for a, b, _ in ctx.pairs()} | {(b, a) for a, b, _ in ctx.pairs()}
    for family in rules.loaded_families:
        members = family["neutral"] | family["loaded"]
        uses: dict[int, list[tuple[str, int, int, set[Feature], Unit]]] = {}
        for d in ctx.docs:
            for term, s0, e0, unit in found[d]:
                if term in members:
                    near = ctx.context_terms(unit, s0, e0)
                    own = {Feature(FeatureKind.TERM, rules.canonical(term))}
                    uses.setdefault(d, []).append((term, s0, e0, near - own, unit))
        for da, db in combinations(sorted(uses), 2):
            best = None
            for ta, sa, ea, ca, ua in uses[da]:
                for tb, sb, eb, cb, ub in uses[db]:
                    if ta == tb or (ta not in family["loaded"] and tb not in family["loaded"]):
                        continue
                    if (ua, ub) not in paired:
                        continue
                    score = ctx.overlap(ca, cb)
                    if score >= SAME_THING and (best is None or score > best[0]):
                        best = (score, (sa, ea), (sb, eb))
            if best is None:
                continue
            (sa, ea), (sb, eb) = best[1], best[2]
            ta, tb = ctx.text(da), ctx.text(db)
            mentions = [
                Mention(da, sa, ea, ta[sa:ea].lower()),
                Mention(db, sb, eb, tb[sb:eb].lower()),
            ]
            pairwise.append(
                Finding(
                    Kind.WORDING,
                    family["topic"],
                    summary_line(family["topic"], (m.value for m in mentions)),
                    mentions,
                    "loaded against neutral wording (lexicon of loaded terms)",
                    Severity.CONTEXT,
                )
            )
    return merge(pairwise)


def _lexicon_uses(ctx: Context, doc: int) -> list[tuple[str, int, int, Unit]]:
    """Every lexicon term used in a document outside quotation marks, with its unit (found
    word by word: a regular expression of every term costs ten times as much)."""
    by_first = _terms_by_first_word(
        tuple(sorted({t for f in ctx.rules.loaded_families for t in f["neutral"] | f["loaded"]}))
    )
    text = ctx.text(doc)
    speech = ctx.rules.speech_verbs  # ("claimed 40,000 euros in expenses": no saying)
    out = []
    for unit in ctx.alignment.units[doc]:
        words = [
            (m.group().lower(), m.start(), m.end())
            for m in _WORD.finditer(text, unit.start, unit.end)
        ]
        quoted = [(q.start, q.end) for q in ctx.facts.quotes(unit)]
        i = 0
        while i < len(words):
            for term in by_first.get(words[i][0], ()):
                span = words[i : i + len(term)]
                if len(span) == len(term) and all(
                    w == t for (w, _, _), t in zip(span, term, strict=True)
                ):
                    start, end = words[i][1], span[-1][2]
                    deed = words[i][0] in speech and not spoken(text, words[i][0], end)
                    if not deed and not any(a <= start < b for a, b in quoted):
                        out.append((" ".join(term), start, end, unit))
                    i += len(term) - 1
                    break
            i += 1
    return out


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=8)
def _terms_by_first_word(terms: tuple[str, ...]) -> dict[str, list[tuple[str, ...]]]:
    """Terms as word tuples under their first word, longest first."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for term in terms:
        words = tuple(re.findall(r"\w+", term))
        if words:
            table.setdefault(words[0], []).append(words)
    for found in table.values():
        found.sort(key=len, reverse=True)
    return table
