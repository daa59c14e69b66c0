"""A cause one account gives and another denies: "caused by a fire in a transformer" / "there
was no sign of a fire"; "A gas leak triggered the blast" / "no evidence of a gas leak". The
words of evidence ("sign", "evidence", "trace") and the verbs of causing are rules data
(``cause_words``); the cause is compared by the lemma of its noun. An account that both gives
and denies a cause is left out: it tells of a doubt, not a fact.
"""

from __future__ import annotations

import re

from reader.core.detect.base import Context, Finding, Mention, merge, two_told
from reader.core.facts.lexicon import STOPWORDS
from reader.core.kinds import Kind
from reader.core.language import lemma

_ARTICLE = r"(?:(?:an?|any|the)\s+)?"


def _patterns(ctx: Context) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    memo = ctx.__dict__.get("_cause_patterns")
    if memo is None:
        words = ctx.rules.data.get("cause_words", {})
        evidence = "|".join(re.escape(w) for w in words.get("evidence", [])) or "(?!)"
        verbs = "|".join(re.escape(w) for w in words.get("causing", [])) or "(?!)"
        memo = ctx.__dict__["_cause_patterns"] = (
            re.compile(rf"\bno\s+(?:{evidence})\s+(?:of|that)\s+{_ARTICLE}(?P<noun>[a-z-]+)", re.I),
            re.compile(rf"\b(?:{verbs})\s+by\s+{_ARTICLE}(?P<noun>[a-z-]+)", re.I),
            re.compile(
                rf"(?:^|[.!?]\s+|,\s+){_ARTICLE}(?P<noun>[a-z-]+)(?:\s+[\w'-]+){{0,6}}?\s+"
                rf"(?:{verbs})\s+the\b",
                re.I,
            ),  # "A fire in a transformer at the substation caused the outage"
        )
    return memo


def _causes(ctx: Context, doc: int) -> dict[str, dict[bool, tuple[int, int, str]]]:
    """Noun lemma -> {denied?: (start, end, words)} for the causes one account tells."""
    denied, by, subject = _patterns(ctx)
    words = ctx.rules.data.get("cause_words", {})
    verbs = set(words.get("causing", []))
    text = ctx.text(doc)
    folded = ctx.facts.folded_text(doc)
    found: dict[str, dict[bool, tuple[int, int, str]]] = {}
    patterns = []
    if "no " in folded and any(w in folded for w in words.get("evidence", [])):
        patterns.append((True, denied))
    if any(v in folded for v in verbs):  # (read only where a verb of causing is told)
        patterns += [(False, by), (False, subject)]
    for negated, pattern in patterns:
        for m in pattern.finditer(text):
            noun = m.group("noun").lower()
            if noun in STOPWORDS:
                continue
            after = re.match(r"\s+([a-z-]+)", text[m.end("noun") :])
            compound = after is not None and after.group(1) not in STOPWORDS
            compound = compound and after.group(1) not in verbs
            if compound:  # "no evidence of a gas leak": the leak, of gas
                noun = f"{noun} {after.group(1)}"
            start = m.start() if pattern is not subject else m.start("noun")
            end = m.end("noun") + (after.end() if compound else 0)
            if pattern is subject:
                end = m.end() - len("the")  # "A gas leak caused"
            told = " ".join(text[start:end].split())
            key = " ".join(lemma(w) for w in noun.split())
            found.setdefault(key, {}).setdefault(negated, (start, end, told))
    return found


def cause_findings(ctx: Context) -> list[Finding]:
    """The same cause given in one account and denied in another."""
    causes = {d: _causes(ctx, d) for d in ctx.docs}
    out = []
    docs = list(ctx.docs)
    for i, da in enumerate(docs):
        for db in docs[i + 1 :]:
            for noun in sorted(causes[da].keys() & causes[db].keys()):
                told_a, told_b = causes[da][noun], causes[db][noun]
                if len(told_a) != 1 or len(told_b) != 1 or told_a.keys() == told_b.keys():
                    continue  # (an account that gives and denies it; or both alike)
                (sa, ea, wa), (sb, eb, wb) = (
                    next(iter(told_a.values())),
                    next(iter(told_b.values())),
                )
                out.append(
                    two_told(
                        Kind.POLARITY,
                        f"{noun} as the cause",
                        Mention(da, sa, ea, wa),
                        Mention(db, sb, eb, wb),
                        "one account gives a cause that another denies",
                    )
                )
    return merge(out)
