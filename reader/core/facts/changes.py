"""Changes of a listed measure told as a percentage: "Shares in the company fell 4%",
"Greek stocks closed down 3.9 percent", signed by their direction."""

from __future__ import annotations

from dataclasses import replace

from reader.core.facts.amounts import Sentence
from reader.core.facts.quantities import Op, Quantity


def direction(s: Sentence, q: Quantity, k: int | None, first: int) -> Quantity | None:
    """ "Shares in the company fell 4%" / "Norsk Steel shares rose 2%": a change of a listed
    measure (shares, prices, sales...), signed by the verb's direction so that a fall and a
    rise of one thing disagree."""
    counting = s.rules.counting
    if q.dimension != "ratio" or q.value.op not in (Op.EQ, Op.ABOUT):
        return None
    verb = q.predicate or ""
    up, down = verb in counting.get("rise_verbs", ()), verb in counting.get("fall_verbs", ())
    if not (up or down) and first >= 2 and s.is_word(first - 2) and q.predicate is None:
        adverb = s.word(first - 1)  # "Greek stocks closed down 3.9 percent"
        up, down = adverb in ("up", "higher"), adverb in ("down", "lower")
        k = first - 1 if up or down else k
    if not (up or down) and q.noun and q.predicate in (None, "approve", "include"):
        told = s.rules.canonical(q.noun)  # "a 4 percent rise in property tax": the tax
        up = told == s.rules.canonical("rise") or q.noun in counting.get("rise_verbs", ())
        down = q.noun in counting.get("fall_verbs", ())
        after = [j for j in range(first, min(len(s.toks), first + 6)) if s.word(j) == "in"]
        k = after[0] + 5 if after and (up or down) else None  # (the noun after "in")
    if k is None or not (up or down):
        return None
    nouns = counting.get("changing_nouns", ())
    subject = next(
        (
            s.lemmas[j] if s.lemmas[j] in nouns else s.lemmas[j][:-1]
            for j in range(k - 1, max(-1, k - 6), -1)
            if s.is_word(j) and (s.lemmas[j] in nouns or s.lemmas[j][:-1] in nouns)
        ),
        None,
    )  # ("sales": a sale's count, as the lemmatiser leaves it)
    if subject is None:
        return None
    sign = 1 if up else -1
    values = tuple(
        replace(v, figure=sign * (v.figure or 0), low=min(sign * v.low, sign * v.high),
                high=max(sign * v.low, sign * v.high))
        for v in q.values
    )  # fmt: skip
    shown = f"{'up' if up else 'down'} {q.display}"
    thing = f"{subject} price" if subject in ("share", "stock") else subject  # the topic
    return replace(q, values=values, thing=thing, predicate="change", display=shown, words="")
