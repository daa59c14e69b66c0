"""What a figure measures, read from the words around it: a named measure (magnitude,
depth, storeys, radius: the rules' ``measures``) or a figure glued to a noun by a hyphen that
only describes it ("a 13-play drive")."""

from __future__ import annotations

from reader.core.facts.amounts import Sentence
from reader.core.facts.lexicon import STOPWORDS
from reader.core.facts.numbers import Number, glued


def compound_modifier(s: Sentence, n: Number) -> bool:
    """A figure glued to a noun by a hyphen in front of another noun ("100-catch seasons",
    "a 13-play drive"): it describes the noun, it counts nothing on its own."""
    j = n.last
    if s.word(j) != "-" or not glued(s.toks[j - 1], s.toks[j]) or not s.is_word(j + 1):
        return False
    word = s.lemmas[j + 1]
    if (
        word in s.rules.units
        or word in s.rules.measure_words
        or s.lower[j + 1] in s.rules.measure_words
        or word in ("year", "old")
        or s.word(j + 2) == "-"
        or word in s.rules.counting.get("capacity_nouns", ())  # "a 720-bed hospital": its beds
    ):
        return False
    return s.is_word(j + 2) and s.lower[j + 2] not in STOPWORDS


_UNDER_SURFACE = frozenset({"below the surface", "beneath the surface", "under the surface"})
MULTIPLIED = frozenset(  # words after "times" that make it a factor ("three times the average")
    "the as more less longer shorter higher lower larger smaller faster slower bigger greater "
    "that than".split()
)


def measure_of(s: Sentence, n: Number, start: int, end: int) -> str | None:
    """Which measure a figure gives, from the words around it: magnitude, depth, population,
    age (the rules' ``measures``)."""
    lo, hi = max(0, start - 3), min(len(s.toks), end + 2)
    if " ".join(s.lower[end : end + 3]) in _UNDER_SURFACE and "depth" in s.rules.measures:
        return "depth"  # "about 600 metres below the surface"
    for k in range(max(0, start - 5), lo):
        if s.toks[k].kind == "num":
            lo = max(lo, min(n.first, k + 3))  # "a 6.7-strength quake killed 26,000": its cue
    for k in range(lo, hi):
        if s.toks[k].kind == "num" and not (n.first <= k < n.last):
            if k < n.first:
                lo = k + 1
            else:
                hi = k
                break
    if n.step < 1 and n.value < 10 and n.last < len(s.toks):
        for measure, nouns in s.rules.measure_nouns.items():
            if s.lemmas[n.last] in nouns:  # "a 5.6 quake": a decimal before what it measures
                return measure
    k = n.last + 1
    if s.word(n.last) in ("and", "or") and k < len(s.toks) and s.toks[k].kind == "num":
        while k < len(s.toks) and s.toks[k].kind == "num":
            k += 1  # "who were 61 and 48 years old": both are ages
        both = " ".join(s.lower[k : k + 3])
        glued_both = s.text[s.toks[k - 1].end : s.toks[min(k + 3, len(s.toks) - 1)].end].lower()
        cues = [c.lower() for c in s.rules.measures.get("age", ())]
        if any(f" {c} " in f" {both} " or (c.startswith("-") and c in glued_both) for c in cues):
            return "age"  # (and "68 and 48-years-old")
    ahead = s.rules.data.get("counting", {}).get("measure_cues_before", ())  # told before it
    j = n.first - 1
    while j >= 2 and s.word(j) in ("and", ",", "or") and s.toks[j - 1].kind == "num":
        j -= 2  # "aged 19, 21 and 24": each after the cue
    if j < n.first - 1 and s.word(j) in ahead:
        return "age"
    window = " ".join(s.lower[lo:hi])
    before = f" {' '.join(s.lower[lo : n.first])} "
    glued_text = s.text[s.toks[lo].start : s.toks[max(lo, hi - 1)].end].lower()
    for measure, cues in s.rules.measures.items():
        for cue in cues:
            cue = cue.lower()
            if cue.startswith("-") or cue.endswith("-"):
                if cue.strip("-") and (cue in glued_text):
                    return measure
            elif f" {cue} " in f" {window} ":
                if cue in ahead and f" {cue} " not in before:
                    continue  # "Two men aged 21": the cue is the next figure's
                return measure
    return None
