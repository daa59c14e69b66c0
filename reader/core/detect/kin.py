"""Parentage told two ways: "And Jacob begat Joseph" / "Joseph, which was the son of Heli",
"Elhanan the son of Jaareoregim" / "Elhanan the son of Jair". Each account's parent of one
named child is read from the grammar of kinship ("begat", "the son of", "the daughter of");
two accounts that each give the child one parent, neither naming the other's anywhere,
disagree on who the parent was. Genealogies and parallel narratives carry many of these."""

from __future__ import annotations

import re

from reader.core.detect.agents import told_anywhere
from reader.core.detect.base import Context, Finding, Mention, merge, two_told
from reader.core.facts.lexicon import STOPWORDS
from reader.core.kinds import Kind
from reader.core.language import same_name

_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
_BEGAT = re.compile(rf"\b(?P<parent>{_NAME})\s+begat\s+(?P<child>{_NAME})")
_CHILD_OF = re.compile(  # (the parent read ahead: "Zorobabel, which was the son of
    # Salathiel, which was the son of Neri" is a chain, each parent the next one's child)
    rf"\b(?P<child>{_NAME}),?\s+(?:(?:which|who)\s+was\s+)?(?:the\s+)?(?:son|daughter)\s+of\s+"
    rf"(?=(?P<parent>{_NAME}))"
)


def _name(m: re.Match, group: str) -> tuple[str, int, int] | None:
    """The group's name without a capitalised opener ("And Jacob" is Jacob)."""
    start, end = m.start(group), m.end(group)
    words = m.group(group).split()
    if words[0].lower() in STOPWORDS:
        if len(words) == 1:
            return None
        start += len(words[0]) + 1
        words = words[1:]
    if any(w.lower() in STOPWORDS for w in words):
        return None
    return " ".join(words), start, end


def _parents(text: str) -> dict[str, list[tuple[str, str, int, int]]]:
    """Child name -> (child as told, parent, start, end) for each parentage the text tells."""
    found: dict[str, list[tuple[str, str, int, int]]] = {}
    for pattern in (_BEGAT, _CHILD_OF):
        for m in pattern.finditer(text):
            child, parent = _name(m, "child"), _name(m, "parent")
            if child is None or parent is None:
                continue
            found.setdefault(child[0].lower(), []).append((child[0], *parent))
    return found


def parent_findings(ctx: Context) -> list[Finding]:
    """One named child given two parents by two accounts."""
    told = {d: _parents(ctx.text(d)) for d in ctx.docs}
    out = []
    docs = list(ctx.docs)
    for i, da in enumerate(docs):
        for db in docs[i + 1 :]:
            for kin_a in told[da].values():
                for kin_b in told[db].values():
                    if not same_name(kin_a[0][0], kin_b[0][0]):
                        continue
                    parents_a = {p for _, p, _, _ in kin_a}
                    parents_b = {p for _, p, _, _ in kin_b}
                    if len(parents_a) != 1 or len(parents_b) != 1:
                        continue  # a child told of two parents (or two children one name)
                    (child, pa, sa, ea), (_, pb, sb, eb) = kin_a[0], kin_b[0]
                    if (
                        same_name(pa, pb)
                        or told_anywhere(ctx, db, pa)
                        or told_anywhere(ctx, da, pb)
                    ):
                        continue  # (one account names both: a father and a grandfather)
                    out.append(
                        two_told(
                            Kind.NAME,
                            f"parent of {child}",
                            Mention(da, sa, ea, pa),
                            Mention(db, sb, eb, pb),
                            "the accounts give one child different parents",
                        )
                    )
    return merge(out)
