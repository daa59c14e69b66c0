"""What became of the one who did the deed, told two ways: "before he was arrested" / "officers
shot the gunman dead" / "the suspect remains at large". The doer is a singular doer noun
(rules ``doer_nouns``: gunman, suspect, attacker) or "he"/"she" after one in the same sentence;
the fates are rules data (``doer_fates``: a state after "was"/"remains", a deed the doer did,
a deed done to him), each under the outcome it tells (arrested, dead, at large). An account
that tells two outcomes (a gunman wounded and arrested, another killed) is left out: it tells
of more than one doer or of a sequence, not one fate.
"""

from __future__ import annotations

import re

from reader.core.detect.base import Context, Finding, Mention, merge, two_told
from reader.core.kinds import Kind, Severity

_ADVERBS = (
    r"(?:(?:later|then|still|also|eventually|apparently|subsequently|finally|quickly|soon"
    r"|immediately|swiftly)\s+)?"
)
_OPEN = re.compile(r"\b(?:if|whether|unclear|unknown|not\s+known)\b[^.]*$", re.I)
_BE = r"(?:was|is|were|has\s+been|had\s+been|remains|remained|is\s+now|was\s+now)"


def _alternation(words: list[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)  # ("shot dead" before "shot")
    return "|".join(r"\s+".join(re.escape(w) for w in told.split()) for told in ordered)


def _patterns(ctx: Context) -> list[tuple[str, re.Pattern[str]]]:
    memo = ctx.__dict__.get("_fate_patterns")
    if memo is not None:
        return memo
    fates = ctx.rules.data.get("doer_fates", {})
    doers = _alternation(list(ctx.rules.counting.get("doer_nouns", ())))
    noun = rf"\b(?:the|a|an|that|this)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{doers})\b"
    doer = rf"(?:{noun}|\b(?P<pronoun>he|she)\b)"
    memo = []
    for outcome, words in fates.get("state", {}).items():
        told = _alternation(words)
        who = r"(?:,?\s+who\b[^.;]{0,80}?)?,?"  # ("The robber, who was shot by a guard,")
        state = rf"{doer}{who}\s+{_BE}\s+{_ADVERBS}(?P<fate>{told})\b"
        memo.append((outcome, re.compile(state, re.I)))
    for outcome, words in fates.get("deed", {}).items():
        memo.append(
            (outcome, re.compile(rf"{doer}\s+{_ADVERBS}(?P<fate>{_alternation(words)})\b", re.I))
        )
    for outcome, words in fates.get("done", {}).items():
        told = _alternation(words)
        done = rf"\b(?P<fate>{told})\s+{noun}(?!\s+(?:of|who|had)\b)"
        memo.append((outcome, re.compile(done, re.I)))
    memo.append(("dead", re.compile(rf"\b(?P<fate>shot)\s+{noun}\s+dead\b", re.I)))
    ctx.__dict__["_fate_patterns"] = memo
    return memo


def _doer_word(ctx: Context) -> re.Pattern[str]:
    memo = ctx.__dict__.get("_doer_word")
    if memo is None:
        doers = _alternation(list(ctx.rules.counting.get("doer_nouns", ())))
        memo = ctx.__dict__["_doer_word"] = re.compile(rf"\b(?:{doers})\b", re.I)
    return memo


def _fates(ctx: Context, doc: int) -> dict[str, tuple[int, int, str, str]]:
    """Outcome -> (start, end, words, doer noun) for the fates one account tells."""
    doers = ctx.rules.counting.get("doer_nouns", ())
    folded = ctx.facts.folded_text(doc)
    if not any(d in folded for d in doers):
        return {}
    text = ctx.text(doc)
    found: dict[str, tuple[int, int, str, str]] = {}
    units = ctx.alignment.units[doc]
    for unit, era in zip(units, ctx.facts.eras(doc, units), strict=True):
        if era == "past":
            continue  # "In February, ... an off-duty policeman killed the shooter": another
            # event's doer
        sentence = text[unit.start : unit.end]
        if not _doer_word(ctx).search(sentence):
            continue  # (every reading needs a doer noun in the sentence)
        for outcome, pattern in _patterns(ctx):
            for m in pattern.finditer(sentence):
                if _OPEN.search(sentence[max(0, m.start() - 24) : m.start()]):
                    continue  # "unknown if ... he escaped": a question, not a fate
                noun = m.groupdict().get("noun")
                if noun is None:  # "he", "she": only after a doer noun in the sentence
                    named = _doer_word(ctx).search(sentence, 0, m.start())
                    if named is None:
                        continue
                    noun = named.group()
                start, end = unit.start + m.start("fate"), unit.start + m.end("fate")
                words = " ".join(text[start:end].split())
                if m.group().rstrip().endswith(" dead") and not words.endswith("dead"):
                    end = unit.start + m.end()
                    words = f"{words} dead"
                found.setdefault(outcome, (start, end, words, noun.lower()))
    return found


def fate_findings(ctx: Context) -> list[Finding]:
    """One doer's fate told as two outcomes that cannot both be the last word: arrested,
    dead, at large."""
    told = {d: _fates(ctx, d) for d in ctx.docs}
    docs = [d for d in ctx.docs if len(told[d]) == 1]
    out = []
    for i, da in enumerate(docs):
        for db in docs[i + 1 :]:
            (oa, (sa, ea, wa, na)), (ob, (sb, eb, wb, _)) = *told[da].items(), *told[db].items()
            if oa == ob:
                continue
            finding = two_told(
                Kind.POLARITY,
                f"what became of the {na}",
                Mention(da, sa, ea, wa),
                Mention(db, sb, eb, wb),
                "accounts tell different fates for the one who did it",
            )
            if _caught_later(ctx, (da, oa), (db, ob)):
                finding.summary += " (later account)"  # "remains at large" on Monday,
                finding.severity = Severity.DIFFERS  # "was arrested" on Tuesday: news
            out.append(finding)
    return merge(out)


def _caught_later(ctx: Context, a: tuple[int, str], b: tuple[int, str]) -> bool:
    """Whether one account has the doer at large and a later-dated one has him caught or
    dead: what happened next, not a contradiction."""
    (da, oa), (db, _) = sorted((a, b), key=lambda x: x[1] != "at large")
    if oa != "at large":
        return False
    first, then = ctx.documents[da].published, ctx.documents[db].published
    return first is not None and then is not None and then > first
