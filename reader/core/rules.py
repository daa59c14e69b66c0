"""Normalisation rules as data: what counts as the same term, number, name or wording.

The defaults live in ``reader/core/data/rules.json``; users can copy, edit and pass their own
(``Rules.load(path)``). Nothing in the comparison special-cases words outside this file.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

DEFAULT_PATH = Path(__file__).with_name("data") / "rules.json"

_QUOTES = str.maketrans({c: '"' for c in "“”„‟«»″"} | {c: "'" for c in "‘’‚‛′`´"})
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−"})
_PUNCT = re.compile(r"[^\w\s]")
_POSSESSIVE = re.compile(r"['’]s\b")


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass
class Rules:
    """Loaded rules plus the lookup tables built from them."""

    data: dict[str, Any] = field(default_factory=dict)
    source: str = "default"

    @classmethod
    def default(cls) -> Rules:
        return cls.load(DEFAULT_PATH, source="default")

    @classmethod
    def load(cls, path: str | Path, source: str | None = None) -> Rules:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        if data.get("format") != "crosscheck.rules/1":
            raise ValueError(f"{path}: not a Crosscheck rules file (format crosscheck.rules/1)")
        return cls(data=data, source=source or str(path))

    def to_json(self) -> str:
        return json.dumps(self.data, ensure_ascii=False, indent=2)

    # ----- folding
    def fold(self, text: str) -> str:
        """Text reduced to what the rules say matters: case, quotes, dashes, punctuation."""
        ignore = self.data.get("ignore", {})
        if ignore.get("typographic_quotes", True):
            text = text.translate(_QUOTES)
        if ignore.get("dashes", True):
            text = text.translate(_DASHES)
        if ignore.get("case", True):
            text = text.casefold()
        if ignore.get("punctuation", True):
            text = _PUNCT.sub(" ", _POSSESSIVE.sub("", text))
        return " ".join(text.split())

    def fold_name(self, name: str) -> str:
        """A name folded for comparison: spelling variants and diacritics unified."""
        cache = self.__dict__.setdefault("_name_cache", {})
        found = cache.get(name)
        if found is None:
            found = self._fold_name(name)
            if len(cache) < 200_000:
                cache[name] = found
        return found

    def _fold_name(self, name: str) -> str:
        folded = self.fold(name)
        if self.data.get("ignore", {}).get("diacritics_in_names", True):
            folded = strip_diacritics(folded)
        return self.variants.get(folded, folded)

    # ----- tables
    @cached_property
    def term_classes(self) -> dict[str, str]:
        """term -> canonical term (first of its list), keys folded, multi-word allowed."""
        table: dict[str, str] = {}
        for group in self.data.get("equivalent_terms", []):
            canonical = self.fold(group[0])
            for term in group:
                table.setdefault(self.fold(term), canonical)
        return table

    @cached_property
    def variants(self) -> dict[str, str]:
        table: dict[str, str] = {}
        for group in self.data.get("spelling_variants", []):
            canonical = strip_diacritics(self.fold(group[0]))
            for term in group:
                table[strip_diacritics(self.fold(term))] = canonical
        return table

    @cached_property
    def number_words(self) -> dict[str, float]:
        return {k.lower(): float(v) for k, v in self.data.get("number_words", {}).items()}

    @cached_property
    def vague_quantities(self) -> dict[str, tuple[float, float | None]]:
        return {
            k.lower(): (float(v[0]), None if v[1] is None else float(v[1]))
            for k, v in self.data.get("vague_quantities", {}).items()
        }

    @cached_property
    def approximations(self) -> dict[str, str]:
        return {k.lower(): v for k, v in self.data.get("approximations", {}).items()}

    @cached_property
    def open_values(self) -> list[str]:
        return sorted((v.lower() for v in self.data.get("open_values", [])), key=len, reverse=True)

    @cached_property
    def negation_cues(self) -> list[str]:
        return sorted(
            (v.lower() for v in self.data.get("negation_cues", [])), key=len, reverse=True
        )

    @cached_property
    def antonyms(self) -> dict[str, set[str]]:
        table: dict[str, set[str]] = {}
        for a, b in self.data.get("antonyms", []):
            table.setdefault(a.lower(), set()).add(b.lower())
            table.setdefault(b.lower(), set()).add(a.lower())
        return table

    @cached_property
    def loaded_families(self) -> list[dict[str, Any]]:
        return [
            {
                "topic": fam["topic"],
                "neutral": {self.fold(t) for t in fam.get("neutral", [])},
                "loaded": {self.fold(t) for t in fam.get("loaded", [])},
            }
            for fam in self.data.get("loaded_terms", [])
        ]

    def canonical(self, term: str) -> str:
        folded = self.fold(term)
        return self.term_classes.get(folded, folded)
