"""Normalisation rules as data: what counts as the same term, number, unit, name or wording.

The defaults live in ``reader/core/data/rules.json``; users can copy, edit and pass their own
(``Rules.load(path)``). A file may hold only the keys it changes: the others keep their
defaults. Nothing in the comparison special-cases words outside this file except grammar
(function words, months, weekdays, pronouns).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from reader.core.language import lemma

DEFAULT_PATH = Path(__file__).with_name("data") / "rules.json"
FORMATS = ("crosscheck.rules/1", "crosscheck.rules/2")

_QUOTES = str.maketrans({c: '"' for c in "“”„‟«»″"} | {c: "'" for c in "‘’‚‛′`´"})
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−"})
_PUNCT = re.compile(r"[^\w\s]")
_POSSESSIVE = re.compile(r"['’]s\b")
_ARTICLES = frozenset({"a", "an", "the", "that", "this", "his", "her", "their", "its"})


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class UnitInfo:
    """A unit of measurement: its dimension ("length", "money:EUR", ...) and its size in the
    dimension's base unit (metres, seconds, kilograms; 1 for money and ratios)."""

    dimension: str
    factor: float


def _default_data() -> dict[str, Any]:
    with open(DEFAULT_PATH, encoding="utf-8") as fh:
        return json.load(fh)


@dataclass
class Rules:
    """Loaded rules plus the lookup tables built from them."""

    data: dict[str, Any] = field(default_factory=dict)
    source: str = "default"

    def __post_init__(self) -> None:
        if self.source != "default-file":
            defaults = _default_data()
            merged = {**defaults, **{k: v for k, v in self.data.items() if k in defaults}}
            if self.data.get("format") == "crosscheck.rules/1":
                # version 1 kept number words as one flat table; version 2 splits them
                merged["numbers"] = defaults["numbers"]
                merged["format"] = defaults["format"]
            self.data = merged

    @classmethod
    def default(cls) -> Rules:
        return _DEFAULT

    @classmethod
    def load(cls, path: str | Path, source: str | None = None) -> Rules:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        if not isinstance(data, dict) or data.get("format") not in FORMATS:
            raise ValueError(f"{path}: not a Crosscheck rules file (format crosscheck.rules/2)")
        return cls(data=data, source=source or str(path))

    def to_json(self) -> str:
        return json.dumps(self.data, ensure_ascii=False, indent=2)

    # ----- folding
    def fold(self, text: str) -> str:
        """Text reduced to what the rules say matters: case, quotes, dashes, punctuation."""
        if len(text) > 40:
            return self._fold(text)
        cache = self.__dict__.setdefault("_fold_cache", {})
        found = cache.get(text)
        if found is None:
            found = self._fold(text)
            if len(cache) < 200_000:
                cache[text] = found
        return found

    def _fold(self, text: str) -> str:
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
        """A name folded for comparison: case, punctuation and diacritics ignored, and the
        spelling variants of the rules unified."""
        cache = self.__dict__.setdefault("_name_cache", {})
        found = cache.get(name)
        if found is None:
            folded = self.fold(name)
            if self.data.get("ignore", {}).get("diacritics_in_names", True):
                folded = strip_diacritics(folded)
            found = self.variants.get(folded, folded)
            if len(cache) < 200_000:
                cache[name] = found
        return found

    # ----- terms
    @cached_property
    def term_classes(self) -> dict[str, str]:
        """lemma (or multi-word term) -> the canonical term of its group (the first)."""
        table: dict[str, str] = {}
        for group in self.data.get("equivalent_terms", []):
            canonical = self._term_key(group[0])
            for term in group:
                table.setdefault(self._term_key(term), canonical)
                table.setdefault(self.fold(term), canonical)
        return table

    def term_class(self, term: str) -> str | None:
        """The group of a listed word or term, None when the rules do not list it."""
        memo = self.__dict__.setdefault("_class_memo", {})
        if term in memo:
            return memo[term]
        key = self._term_key(term)
        found = self.term_classes.get(key) or self.term_classes.get(self.fold(term))
        if len(memo) < 200_000:
            memo[term] = found
        return found

    def phrase_class(self, verb: str, after: list[str]) -> str | None:
        """The group of a verb told with the words after it ("gave way", "came off the
        rails", "left the tracks": a determiner between is skipped), the longest first."""
        words = [w for w in after if w not in _ARTICLES][:2]
        if not words or not after or not after[0].isalpha():
            return None
        if after[0] in _ARTICLES:
            words = words[:1]
        found = self.term_class(f"{verb} {' '.join(words)}") if len(words) == 2 else None
        return found or self.term_class(f"{verb} {words[0]}")

    def _term_key(self, term: str) -> str:
        words = self.fold(term).split()
        return " ".join(lemma(w) for w in words)

    def canonical(self, term: str) -> str:
        """The group a word or term belongs to ("killing" -> "kill", "temblor" -> "quake")."""
        memo = self.__dict__.setdefault("_canonical_memo", {})
        found = memo.get(term)
        if found is None:
            key = self._term_key(term)
            found = self.term_classes.get(key) or self.term_classes.get(self.fold(term)) or key
            if len(memo) < 200_000:
                memo[term] = found
        return found

    def sent_predicate(self, thing: str | None, predicate: str | None) -> str | None:
        """What those counted did, with those sent to an event (rules ``responder_nouns``:
        firefighters, troops) counted as sent whatever the verb ("took 80 firefighters" /
        "60 firefighters fought"), unless something befell them ("three soldiers killed")."""
        sent = thing in self.canonical_counting("responder_nouns")
        if sent and predicate not in self.counting["human_predicates"]:
            return self.canonical("deploy")
        return predicate

    def canonical_counting(self, key: str) -> frozenset[str]:
        """The groups of a counting list's words ("doer_nouns": {"attacker", "robber", ...}),
        read once."""
        memo = self.__dict__.setdefault("_canonical_counting", {})
        found = memo.get(key)
        if found is None:
            found = memo[key] = frozenset(self.canonical(w) for w in self.counting.get(key, ()))
        return found

    @cached_property
    def variants(self) -> dict[str, str]:
        table: dict[str, str] = {}
        for group in self.data.get("spelling_variants", []):
            canonical = strip_diacritics(self.fold(group[0]))
            for term in group:
                table[strip_diacritics(self.fold(term))] = canonical
        return table

    # ----- numbers
    @cached_property
    def number_words(self) -> dict[str, float]:
        """Cardinal number words: units, tens and scales ("seven", "forty", "thousand")."""
        numbers = self.data["numbers"]
        table: dict[str, float] = {}
        for key in ("units", "tens", "scales"):
            table.update({k.lower(): float(v) for k, v in numbers.get(key, {}).items()})
        return table

    def numbers(self, key: str) -> dict[str, float]:
        """One table of the number grammar ("units", "tens", "scales", "groups", ...)."""
        return {k.lower(): float(v) for k, v in self.data["numbers"].get(key, {}).items()}

    @cached_property
    def vague_quantities(self) -> dict[str, tuple[float, float | None]]:
        return {
            k.lower(): (float(v[0]), None if v[1] is None else float(v[1]))
            for k, v in self.data.get("vague_quantities", {}).items()
        }

    @cached_property
    def vague_by_first_word(self) -> dict[str, list[tuple[str, tuple[float, float | None]]]]:
        """Vague amounts by their first word, longest phrase first."""
        table: dict[str, list[tuple[str, tuple[float, float | None]]]] = {}
        for phrase, bounds in sorted(self.vague_quantities.items(), key=lambda kv: -len(kv[0])):
            table.setdefault(phrase.split()[0], []).append((phrase, bounds))
        return table

    @cached_property
    def approximations(self) -> list[tuple[str, str]]:
        """(phrase, operator), longest phrase first."""
        items = self.data.get("approximations", {}).items()
        return sorted(((k.lower(), v) for k, v in items), key=lambda kv: -len(kv[0]))

    @cached_property
    def units(self) -> dict[str, UnitInfo]:
        """unit word or symbol (lemma) -> UnitInfo."""
        table: dict[str, UnitInfo] = {}
        for name, (dimension, factor) in self.data.get("units", {}).items():
            info = UnitInfo(dimension, float(factor))
            table[name.lower()] = info
            table.setdefault(" ".join(lemma(w) for w in name.lower().split()), info)
        return table

    @cached_property
    def measures(self) -> dict[str, tuple[str, ...]]:
        return {k: tuple(v) for k, v in self.data.get("measures", {}).items()}

    @cached_property
    def ing_nouns(self) -> frozenset[str]:
        """Nouns ending in "-ing" that are no verb's form ("evening", "building")."""
        return frozenset(self.data.get("ing_nouns", []))

    def nominal(self, verb: str) -> str:
        """The noun a topic names an event by ("collide" -> "collision"), else the verb."""
        return self.data.get("nominal_forms", {}).get(verb, verb)

    @cached_property
    def measure_words(self) -> frozenset[str]:
        """Words a measure is told by after a hyphen ("a six-storey block": storey)."""
        return frozenset(
            c.strip("-").lower() for cues in self.measures.values() for c in cues if "-" in c
        ) | frozenset(self.measures)

    @cached_property
    def counting(self) -> dict[str, frozenset[str]]:
        return {
            k: frozenset(lemma(w) if " " not in w else w for w in v)
            for k, v in self.data.get("counting", {}).items()
        }

    @cached_property
    def open_values(self) -> dict[str, tuple[str, ...]]:
        return {
            k: tuple(sorted((w.lower() for w in v), key=len, reverse=True))
            for k, v in self.data.get("open_values", {}).items()
        }

    # ----- claims
    @cached_property
    def negation_idioms(self) -> tuple[str, ...]:
        """Negations that deny nothing: "none other than", "will not hesitate to"."""
        return tuple(w.lower() for w in self.data.get("negation_idioms", []))

    @cached_property
    def negation_cues(self) -> list[str]:
        return sorted(
            (v.lower() for v in self.data.get("negation_cues", [])), key=len, reverse=True
        )

    @cached_property
    def negation_cues_by_first(self) -> dict[str, list[list[str]]]:
        """The negation cues as word lists, by their first word, longest first."""
        table: dict[str, list[list[str]]] = {}
        for cue in self.negation_cues:
            parts = cue.split()
            table.setdefault(parts[0], []).append(parts)
        return table

    @cached_property
    def currency_prefixes(self) -> dict[str, str]:
        """Letters glued to a currency sign that say whose dollar ("A$", "$US") -> dimension."""
        return {k.lower(): v for k, v in self.data.get("currency_prefixes", {}).items()}

    @cached_property
    def rate_cues(self) -> tuple[str, ...]:
        """Words after a count that make it a rate ("a game", "per day")."""
        return tuple(v.lower() for v in self.data.get("rate_cues", []))

    @cached_property
    def support_verbs(self) -> frozenset[str]:
        """Verbs that carry a deverbal noun's meaning: "issued a warning" is "warned"."""
        return frozenset(lemma(w.lower()) for w in self.data.get("support_verbs", []))

    @cached_property
    def light_verbs(self) -> frozenset[str]:
        """Words next to a date that do not say which event it dates ("expected to", "was
        due", "continued on"), nor do the date's own words ("night", "second day")."""
        return frozenset(lemma(w.lower()) for w in self.data.get("light_verbs", []))

    @cached_property
    def verb_particles(self) -> frozenset[str]:
        """Adverb particles that change what a verb tells ("checked into" / "checked out
        of"); prepositions that also follow verbs ("in", "on") are left out."""
        return frozenset(w.lower() for w in self.data.get("verb_particles", []))

    @cached_property
    def place_nouns(self) -> frozenset[str]:
        """Common nouns that name a place a count can be given for ("in the province")."""
        return frozenset(w.lower() for w in self.data.get("place_nouns", []))

    @cached_property
    def publication_cues(self) -> tuple[str, ...]:
        """Words before a date that make it the page's own date ("posted ... on Friday,
        September 20, 2013"), not the date of an event."""
        return tuple(w.lower() for w in self.data.get("publication_cues", []))

    @cached_property
    def participles(self) -> dict[str, str]:
        """Irregular past participles by lemma ("fall" -> "fallen"), for readable topics."""
        return {k.lower(): v for k, v in self.data.get("irregular_participles", {}).items()}

    @cached_property
    def verb_of_participle(self) -> dict[str, str]:
        """The verb of an irregular past form that a lemmatiser may read as a noun or an
        adjective ("shot" -> "shoot", "struck" -> "strike", "broke" -> "break"); forms equal
        to the verb left out."""
        pasts = {k.lower(): v for k, v in self.data.get("irregular_pasts", {}).items()}
        return {v: k for k, v in [*self.participles.items(), *pasts.items()] if v != k}

    @cached_property
    def same_form_verbs(self) -> frozenset[str]:
        """Verbs whose past is the verb itself ("cost", "hit", "put"): a lemmatiser cannot
        tell "had cost" from "the cost"."""
        return frozenset(k for k, v in self.participles.items() if k == v)

    @cached_property
    def scope_modifiers(self) -> frozenset[str]:
        """Words that narrow what a count covers ("his last two games", "one final chance",
        "another 20 troops"): such a count is a part, not the whole told elsewhere."""
        return frozenset(w.lower() for w in self.data.get("scope_modifiers", []))

    @cached_property
    def distributive_words(self) -> frozenset[str]:
        """Words after a count that make it a figure per member ("over 100 yards each")."""
        return frozenset(w.lower() for w in self.data.get("distributive_words", []))

    @cached_property
    def window_prepositions(self) -> frozenset[str]:
        """Prepositions that make a narrowed duration a window ("in the first 3 minutes")."""
        return frozenset(w.lower() for w in self.data.get("window_prepositions", []))

    @cached_property
    def campaign_cues(self) -> tuple[str, ...]:
        """Words that make a toll a total over a campaign ("since the assault began")."""
        return tuple(v.lower() for v in self.data.get("campaign_cues", []))

    @cached_property
    def superseded_cues(self) -> tuple[str, ...]:
        """Words that tell an earlier, since-corrected report ("originally reported")."""
        return tuple(v.lower() for v in self.data.get("superseded_cues", []))

    @cached_property
    def aggregate_cues(self) -> tuple[str, ...]:
        """Words that make a count a total over several events ("so far", "in all")."""
        return tuple(v.lower() for v in self.data.get("aggregate_cues", []))

    @cached_property
    def venue_words(self) -> frozenset[str]:
        """Last words of places that are sites, not towns ("court", "street", "airport")."""
        return frozenset(w.lower() for w in self.data.get("venue_words", []))

    @cached_property
    def measure_nouns(self) -> dict[str, frozenset[str]]:
        """Nouns a decimal figure right before measures ("a 5.6 quake": magnitude)."""
        table = self.data.get("measure_nouns", {})
        return {k: frozenset(w.lower() for w in v) for k, v in table.items()}

    @cached_property
    def kinds_of_use(self) -> dict[str, str]:
        """lemma -> the plainer verb it implies ("fired tear gas": used it)."""
        return {
            lemma(k.lower()): lemma(v.lower())
            for k, v in self.data.get("kinds_of_use", {}).items()
            if lemma(k.lower()) != lemma(v.lower())
        }

    @cached_property
    def antonyms(self) -> dict[str, frozenset[str]]:
        """lemma -> its opposites' lemmas ("confirm" -> {"deny"}, "well" -> {"poorly", ...})."""
        table: dict[str, set[str]] = {}
        for a, b in self.data.get("antonyms", []):
            la, lb = lemma(a.lower()), lemma(b.lower())
            table.setdefault(la, set()).add(lb)
            table.setdefault(lb, set()).add(la)
        return {k: frozenset(v) for k, v in table.items()}

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

    @cached_property
    def motion_verbs(self) -> frozenset[str]:
        """Past forms that take people somewhere ("flown to Bamako", "diverted to Gander")."""
        return frozenset(w.lower() for w in self.data.get("motion_verbs", []))

    @cached_property
    def speech_verbs(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.data.get("speech_verbs", []))

    @cached_property
    def event_verbs(self) -> dict[str, str]:
        """Verbs that tell one event beside a date though they are different words ("an
        8.7 quake hit" / "an 8.6 quake struck"), each to the first of its group. Only for
        verbs: "strike" the noun is a walkout."""
        table: dict[str, str] = {}
        for group in self.data.get("event_verb_equivalents", []):
            for verb in group:
                table[verb.lower()] = group[0].lower()
        return table

    @cached_property
    def speaking_bodies(self) -> frozenset[str]:
        """Bodies that make statements ("the union said", "the ministry said")."""
        return frozenset(w.lower() for w in self.data.get("speaking_bodies", []))

    @cached_property
    def relay_cues(self) -> tuple[str, ...]:
        """Words that, inside what a speaker says, name an earlier source ("officials said
        ..., the Daily News reported"): the speaker relays the statement."""
        return tuple(w.lower() for w in self.data.get("relay_cues", []))

    @cached_property
    def role_words(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.data.get("role_words", []))

    @cached_property
    def organisation_words(self) -> frozenset[str]:
        """Heads of organisation and place names ("University", "County"): a name that holds
        one is not a person's."""
        return frozenset(w.lower() for w in self.data.get("organisation_words", []))

    @cached_property
    def residence_words(self) -> frozenset[str]:
        """Nouns that a place can describe as home ("a Spiro man", "a Queens resident")."""
        return frozenset(w.lower() for w in self.data.get("residence_words", []))

    @cached_property
    def role_modifiers(self) -> frozenset[str]:
        """Words that qualify a role in a speaker phrase ("foreign ministry")."""
        return frozenset(w.lower() for w in self.data.get("role_modifiers", []))

    @cached_property
    def generic_speakers(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.data.get("generic_speakers", []))

    @cached_property
    def parts_of_day(self) -> dict[str, tuple[int, int]]:
        table = self.data.get("time", {}).get("parts_of_day", {})
        return {k.lower(): (int(v[0]), int(v[1])) for k, v in table.items()}

    @cached_property
    def zone_offsets(self) -> dict[str, int]:
        """Time-zone abbreviation -> minutes ahead of UTC ("pst" -> -480)."""
        table = self.data.get("time", {}).get("zone_offsets", {})
        return {k.lower(): int(v) for k, v in table.items()}

    @cached_property
    def time_zones(self) -> frozenset[str]:
        named = {w.lower() for w in self.data.get("time", {}).get("time_zones", [])}
        return frozenset(named | set(self.zone_offsets))


_DEFAULT = Rules(data=_default_data(), source="default-file")
_DEFAULT.source = "default"
