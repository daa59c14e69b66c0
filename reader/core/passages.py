"""Passages and what they are about: units of text with typed features for alignment.

A :class:`Unit` is a sentence of one document (exact offsets). Its features are typed:
content terms by lemma and rule class ("killing" and "dead" are both ``kill``), names
(spelling variants of one name meet, see :func:`name_classes`), numbers by value ("seven
hundred" and "700" are ``700``) and months. :func:`weights` blends how rare a term is in
general English (wordfreq) with how rare it is in the documents compared.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from reader.core.facts.lexicon import MONTHS, STOPWORDS, WEEKDAYS
from reader.core.facts.numbers import number_reader, rich_tokens
from reader.core.language import fold_letters, rarity, same_name_word
from reader.core.rules import Rules


@dataclass(frozen=True)
class Unit:
    """A passage: ``documents[doc].text[start:end]``, the ``index``-th of its document."""

    doc: int
    index: int
    start: int
    end: int
    paragraph: int


class FeatureKind(StrEnum):
    TERM = "term"
    NAME = "name"
    NUMBER = "number"
    MONTH = "month"


class Feature(NamedTuple):
    kind: FeatureKind
    value: str


_GENERAL = {FeatureKind.NUMBER: 5.0, FeatureKind.MONTH: 3.0}


def unit_features(text: str, start: int, end: int, rules: Rules) -> Counter[Feature]:
    """What a passage is about, as typed features."""
    toks = rich_tokens(text, start, end)
    out: Counter[Feature] = Counter()
    reader = number_reader(rules)
    taken: set[int] = set()
    for n in reader.read(toks):
        if n.form in ("figure", "words") and n.value != 0:
            out[Feature(FeatureKind.NUMBER, f"{n.value:g}")] += 1
            taken.update(range(n.first, n.last))
    lowered = [t.lower for t in toks]
    classes = rules.term_classes
    count = len(toks)
    i = 0
    while i < count:
        if i in taken or toks[i].kind != "word":
            i += 1
            continue
        pair = f"{lowered[i]} {lowered[i + 1]}" if i + 1 < count else ""
        if pair in classes:  # "take place", "head of state"
            out[Feature(FeatureKind.TERM, classes[pair])] += 1
            i += 2
            continue
        tok, word = toks[i], _without_possessive(lowered[i])
        i += 1
        if word in STOPWORDS or word in WEEKDAYS:
            continue
        if word in MONTHS and (tok.text[:1].isupper() or len(word) > 3):
            out[Feature(FeatureKind.MONTH, str(MONTHS[word]))] += 1
            continue
        opener = i == 1 or toks[i - 2].text in '.!?"“:'
        if tok.text[:1].isupper() and not opener and not _is_term(rules, word):
            folded = fold_letters(word)
            if len(folded) > 1:
                out[Feature(FeatureKind.NAME, rules.fold_name(folded))] += 1
            continue
        if len(word) > 2:
            out[Feature(FeatureKind.TERM, rules.canonical(word))] += 1
    return out


def _without_possessive(word: str) -> str:
    """ "athens's" -> "athens", "saturday’s" -> "saturday" (the owner is the word)."""
    for ending in ("'s", "’s"):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)]
    return word


def _is_term(rules: Rules, word: str) -> bool:
    """Capitalised words that are vocabulary, not names ("American" as U.S.)."""
    return rules.fold(word) in rules.term_classes


def name_classes(features: Iterable[Counter[Feature]]) -> dict[str, str]:
    """Name spellings across all documents -> one representative per name, so that
    "alishbandi" and "alishvandi" count as the same name."""
    names = sorted(
        {f.value for feats in features for f in feats if f.kind == FeatureKind.NAME},
        key=lambda v: (-len(v), v),
    )
    table: dict[str, str] = {}
    by_start: dict[str, list[str]] = {}
    for name in names:
        for other in by_start.get(name[:1], ()):
            if abs(len(other) - len(name)) <= 4 and same_name_word(name, other):
                table[name] = table.get(other, other)
                break
        else:
            table[name] = name
        by_start.setdefault(name[:1], []).append(name)
    return table


def unify_names(feats: Counter[Feature], table: dict[str, str]) -> Counter[Feature]:
    if not any(f.kind == FeatureKind.NAME for f in feats):
        return feats
    out: Counter[Feature] = Counter()
    for f, count in feats.items():
        if f.kind == FeatureKind.NAME:
            f = Feature(FeatureKind.NAME, table.get(f.value, f.value))
        out[f] += count
    return out


def weights(features: Iterable[Counter[Feature]]) -> dict[Feature, float]:
    """Weight of each feature: general-English rarity times its rarity among the passages."""
    df: Counter[Feature] = Counter()
    total = 0
    for feats in features:
        df.update(feats.keys())
        total += 1
    out = {}
    for feature, count in df.items():
        general = _GENERAL.get(feature.kind)
        if general is None:
            general = min(6.0, rarity(feature.value.split()[0]))
        out[feature] = general * math.log(1 + total / count)
    return out
