"""Per-sentence fact extraction for a set of documents (see :class:`Facts`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from reader.core.document import Document
from reader.core.facts.claims import Name, Speech, names, speeches
from reader.core.facts.counting import extract_quantities
from reader.core.facts.dates import DateMention, extract_dates, is_dateline
from reader.core.facts.lexicon import PRONOUNS, STOPWORDS
from reader.core.facts.negation import negated_verbs
from reader.core.facts.quantities import Quantity
from reader.core.facts.quotations import (
    UNMARKED,
    Quote,
    carried_close,
    carried_quote,
    quotes,
    unmarked_quote,
)
from reader.core.language import lemma
from reader.core.rules import Rules

if TYPE_CHECKING:
    from reader.core.passages import Unit


_PRONOUN_TOLD = re.compile(r"(?:He|She) (?:was|is) \d")
_LOOK_BACK = 240  # characters before a sentence read with it


class Facts:
    """Per-sentence fact extraction for a set of documents, computed once per sentence text."""

    def __init__(self, documents: Sequence[Document], rules: Rules) -> None:
        self.docs = documents
        self.rules = rules
        self._cache: dict[tuple[str, str], Any] = {}
        self._folded: dict[int, str] = {}

    def text(self, unit: Unit) -> str:
        return self.docs[unit.doc].text[unit.start : unit.end]

    def _by_text(self, kind: str, unit: Unit, extract: Callable[[str], Any]) -> Any:
        text = self.text(unit)
        key = (kind, text)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = extract(text)
        return found

    def quantities(self, unit: Unit) -> tuple[Quantity, ...]:
        text = self.text(unit)
        if _PRONOUN_TOLD.match(text):  # "He was 36": read with the sentence before, which
            whole = self.docs[unit.doc].text  # tells who "he" is
            lead = whole[max(0, unit.start - _LOOK_BACK) : unit.start]
            key = ("q+", lead + text)
            found = self._cache.get(key)
            if found is None:
                read = extract_quantities(lead + text, len(lead), len(lead) + len(text), self.rules)
                found = self._cache[key] = tuple(q.shifted(-len(lead)) for q in read)
        else:
            found = self._by_text(
                "q", unit, lambda t: tuple(extract_quantities(t, 0, len(t), self.rules))
            )
        return tuple(q.shifted(unit.start) for q in found)

    def dates(self, unit: Unit) -> tuple[DateMention, ...]:
        found = self._by_text("d", unit, lambda t: tuple(extract_dates(t, 0, len(t), self.rules)))
        return tuple(replace(m, start=m.start + unit.start, end=m.end + unit.start) for m in found)

    def first_year(self, unit: Unit) -> int | None:
        """The first year the sentence names ("In 2004 ...", "in December 2003")."""
        (year,) = self._by_text(
            "y",
            unit,
            lambda t: (
                next((m.year for m in extract_dates(t, 0, len(t), self.rules) if m.year), None),
            ),
        )
        return year

    def names(self, unit: Unit) -> tuple[Name, ...]:
        found = self._by_text("p", unit, lambda t: tuple(names(t, 0, len(t))))
        return tuple(replace(n, start=n.start + unit.start, end=n.end + unit.start) for n in found)

    def quotes(self, unit: Unit) -> tuple[Quote, ...]:
        """The sentence's quotations; one opened here and closed in a following sentence
        runs on to its closing mark, and the sentence that closes it is read after it."""
        key = ("O", unit.doc, unit.start, unit.end)
        done = self._cache.get(key)
        if done is not None:
            return done
        full = self.docs[unit.doc].text
        skip = carried_close(full, unit.start, unit.end)
        if skip is None:
            found = self._by_text("o", unit, lambda t: tuple(quotes(t, 0, len(t))))
        else:
            found = tuple(quotes(self.text(unit), skip - unit.start, unit.end - unit.start))
        shift = unit.start
        out = tuple(
            replace(
                q,
                start=q.start + shift,
                end=q.end + shift,
                inner_start=q.inner_start + shift,
                inner_end=q.inner_end + shift,
            )
            for q in found
        )
        carried = carried_quote(full, unit.start, unit.end)
        if carried is not None:
            out += (carried,)
        if not out and self._unmarked(unit.doc):
            openers = frozenset(self.rules.data.get("speech_openers", ()))
            spoken = unmarked_quote(full, unit.start, unit.end, openers)
            out = (spoken,) if spoken is not None else ()
        self._cache[key] = out
        return out

    def _unmarked(self, doc: int) -> bool:
        """Whether the document has no quotation mark at all (older prose)."""
        key = ("U", doc)
        if key not in self._cache:
            self._cache[key] = UNMARKED.search(self.docs[doc].text) is None
        return self._cache[key]

    def speeches(self, unit: Unit) -> tuple[Speech, ...]:
        found = self._by_text("s", unit, lambda t: tuple(speeches(t, 0, len(t), self.rules)))
        shift = unit.start
        return tuple(
            replace(
                s,
                speaker_start=s.speaker_start + shift,
                speaker_end=s.speaker_end + shift,
                verb_start=s.verb_start + shift,
                content_start=s.content_start + shift,
                content_end=s.content_end + shift,
            )
            for s in found
        )

    def is_dateline(self, unit: Unit) -> bool:
        """Whether the unit is only a date ("Posted 11/27/2005 7:21 AM")."""
        return self._by_text("l", unit, lambda t: is_dateline(t, self.rules))

    def negations(self, unit: Unit) -> dict[str, tuple[bool, int, int]]:
        found = self._by_text("n", unit, lambda t: negated_verbs(t, 0, len(t), self.rules))
        return {k: (neg, s + unit.start, e + unit.start) for k, (neg, s, e) in found.items()}

    def eras(self, doc: int, units: Sequence[Unit]) -> list[str]:
        """For each unit of a document, whether it tells the news ("news") or background from
        an earlier time ("past"). News writing opens background with a time ("In 2004 ...",
        "In April last year ...", "... in December 2003"): the first time a sentence gives
        decides; a sentence without one continues the background sentence just before it,
        and is news otherwise."""
        key = ("eras", str(doc))
        found = self._cache.get(key)
        if found is None:
            published = self.docs[doc].published
            found = []
            previous = "?"
            text = self.docs[doc].text
            cues = self.rules.superseded_cues
            end = 0
            before = ""  # the sentence before, as told
            for unit in units:
                era = _era(self.dates(unit), published)
                told = text[unit.start : unit.end]
                if any(c in told.lower() for c in cues) and not _corrected(told, cues):
                    era = "past"  # an earlier report, since corrected
                new_paragraph = "\n" in text[end : unit.start]
                end = unit.end
                if (
                    era == "?"
                    and previous == "past"
                    and new_paragraph
                    and not _goes_on(told, before, self.rules)
                ):
                    previous = "?"  # a paragraph of its own that does not refer back
                if era == "?" and previous == "past" and _PRESENT.search(told):
                    previous = "?"  # "Nineteen patients are in hospital": told of today
                if era == "?" and previous == "past" and _back_to_news(before, told):
                    previous = "?"  # "The mine had passed an inspection in January. About 90
                    # rescuers took part": the past perfect's time is over
                before = told
                if era == "?" and previous == "past":
                    era, previous = "past", "?"  # one sentence of continuation at most
                else:
                    previous = era
                    era = "news" if era == "?" else era
                found.append(era)
            self._cache[key] = found
        return found

    def folded_text(self, doc: int) -> str:
        """The whole document folded as names are compared (for "is this name there?")."""
        found = self._folded.get(doc)
        if found is None:
            found = self._folded[doc] = self.rules.fold_name(self.docs[doc].text)
        return found


_CORRECTION = re.compile(r"\b(?:but|however)\b[^.;]*\b(?:later|now|since)\b", re.I)


def _corrected(told: str, cues: Sequence[str]) -> bool:
    """Whether a sentence that tells an earlier report also tells its correction after it
    ("A government official initially reported deaths, but an activist later said there were
    no casualties"): the sentence tells the news as it now stands."""
    lowered = told.lower()
    at = min(lowered.find(c) for c in cues if c in lowered)
    return _CORRECTION.search(told, at) is not None


_PLUPERFECT = re.compile(r"\b(?:had|hadn't)\s+(?:not\s+|never\s+|been\s+)?[a-z]+(?:ed|en|wn)\b")
_WORD = re.compile(r"\b[a-z]{3,}\b")


def _back_to_news(before: str, told: str) -> bool:
    """Whether a sentence without a time, after background told in the past perfect, tells
    the news again: it has a verb in the simple past ("fought", "took") and no past perfect
    of its own."""
    if not _PLUPERFECT.search(before) or re.search(r"\bhad\b", told):
        return False
    return any(
        lemma(w) != w and not w.endswith(("s", "ing")) and w not in ("children", "men", "women")
        for w in _WORD.findall(told)
    )


_PRESENT = re.compile(  # "... are in hospital", not "are believed to have"
    r"\b(?:are|is|remain|remains)\b(?! (?:believed|thought|said|known|expected)\b)"
)


def _goes_on(sentence: str, before: str, rules: Rules) -> bool:
    """Whether a sentence refers back to the one before: it opens with a pronoun or a link
    ("It was ...", "But the ...") or names something the other named ("an 8.6-magnitude
    quake struck ..." / "Five people died in the quake"). Only then may it go on with the
    background that sentence began."""
    first = sentence.split(maxsplit=1)[0].strip("\"“'‘,").lower() if sentence.split() else ""
    if first in PRONOUNS or first in _LINKS:
        return True
    return bool(_content_lemmas(sentence, rules) & _content_lemmas(before, rules))


def _content_lemmas(sentence: str, rules: Rules) -> set[str]:
    """The sentence's words that may name something (light verbs and verbs of saying left
    out: "takes effect" and "took part" share nothing)."""
    found = {lemma(w) for w in re.findall(r"[A-Za-z]+", sentence.lower()) if len(w) > 3}
    return found - STOPWORDS - rules.light_verbs - rules.speech_verbs - {"say", "tell"}


_LINKS = frozenset({"but", "and", "then", "there", "also", "those", "these", "such", "both"})

PERIOD_PAST = 25  # days back from which "last month" or "earlier this year" is background
MONTHS_AHEAD = 2  # a bare month this close after the date of telling is to come


def _era(mentions: Sequence[DateMention], published: object) -> str:
    era = _first_era(mentions, published)
    if era == "past" and any(_today_apart(m, mentions) for m in mentions):
        return "news"  # "kidnapped on March 13 ..., were released on Saturday": today's news
    return era


ADJACENT = 3  # characters between a weekday and the date it names ("Sunday, Dec. 26")


def _today_apart(m: DateMention, mentions: Sequence[DateMention]) -> bool:
    """A weekday or "today" of this week that is not part of an older date beside it."""
    if m.kind not in ("weekday", "deictic") or m.future or m.role == "attribute":
        return False
    if m.kind == "deictic" and abs(m.offset or 0) > 1:
        return False
    return not any(
        o is not m and (0 <= o.start - m.end <= ADJACENT or 0 <= m.start - o.end <= ADJACENT)
        for o in mentions
    )


def _first_era(mentions: Sequence[DateMention], published: object) -> str:
    running = not any(m.role == "end" for m in mentions)
    for m in mentions:
        if m.role == "attribute" and m.kind in ("year", "ago"):
            continue  # "The museum, founded in 1884, will stay closed": what it is, not when
        if m.role == "start" and running and m.kind == "month":
            continue  # "where rebels have been fighting since June": a state that runs to now
        if m.future:
            return "news"  # "The pact takes effect on March 1": a plan told today
        if m.kind in ("weekday", "deictic", "time", "relative"):
            return "news"  # days told from today or from each other
        if m.kind == "period":  # "Last month, …": background; "next week": news
            return "past" if (m.offset or 0) <= -PERIOD_PAST else "news"
        key = m.resolve(published)  # type: ignore[arg-type]
        if key is None:
            continue
        if key[0] == "ago":
            return "past" if key[1] <= -300 else "news"  # "four years ago" is background
        if key[0] == "day" and published is not None:
            return "past" if (published - key[1]).days > 10 else "news"  # type: ignore[operator]
        if key[0] in ("year", "month"):
            year = key[1]
            if year is None and key[0] == "month" and published is not None:
                back = (published.month - key[2]) % 12  # type: ignore[attr-defined]
                if back >= 2 and 12 - back > MONTHS_AHEAD:
                    return "past"  # "in February", told in November (not "from May", in April)
                continue
            if year is None:
                continue
            if published is None or year < published.year:  # type: ignore[attr-defined]
                return "past"
            return "news"
    return "?"
