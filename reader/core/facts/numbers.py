"""Number grammar: figures and number words read from text, with the precision they state.

Reads "700", "1,000", "6.1", "2.6 million", "22.4bn", "seven hundred", "twenty-three",
"a thousand", "a dozen", "half a million", "two and a half", archaic "threescore and ten",
"four and twenty", "an hundred", numeral adverbs ("twice", "thrice") and ordinals ("the sixth
hour"). The words come from the rules data (``numbers``); the grammar is here. Numbers are
never joined across a comma followed by a space ("5, 3" is two numbers), and a figure glued to
a word ("58km", "6.1-magnitude", "euro110") is read with the word as its neighbour.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

from reader.core.rules import Rules
from reader.core.text import forget_tokens as forget_words

_RICH = re.compile(
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?<![\w.,])\.\d+)"  # ".357"
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)?)"
    r"|(?P<sym>[$€£¥%])"
    r"|(?P<punct>[^\s\w])"
)


class Tok(NamedTuple):
    """A word, figure, currency/percent symbol or punctuation mark, with offsets, and its
    lower case (read very often: kept, not recomputed)."""

    text: str
    start: int
    end: int
    kind: str  # "num", "word", "sym", "punct"
    lower: str


_RICH_MEMO: dict[tuple[str, int], tuple[Tok, ...]] = {}
_MEMO_SPAN = 2_000  # passages longer than this (whole documents) are read once, not kept


def _rich(text: str, start: int, stop: int) -> list[Tok]:
    return [
        Tok(word, m.start(), m.end(), m.lastgroup, word.lower())  # type: ignore[arg-type]
        for m in _RICH.finditer(text, start, stop)
        for word in (m.group(),)
    ]


def forget_tokens() -> None:
    """Drop the tokens kept from earlier passages, by both tokenisers (benchmarks time a
    comparison from cold)."""
    _RICH_MEMO.clear()
    forget_words()


def rich_tokens(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Tokens of ``text[start:end]`` that keep figures apart from the words glued to them.
    (A passage is read by many readers: its tokens are kept, keyed by its words and offset
    and the character before it, which the figure pattern looks at.)"""
    stop = len(text) if end is None else end
    if stop - start > _MEMO_SPAN:
        return _rich(text, start, stop)
    key = (text[max(0, start - 1) : stop], start)
    found = _RICH_MEMO.get(key)
    if found is None:
        found = tuple(_rich(text, start, stop))
        if len(_RICH_MEMO) >= 20_000:
            _RICH_MEMO.clear()
        _RICH_MEMO[key] = found
    return list(found)


def glued(a: Tok, b: Tok) -> bool:
    """Whether two tokens touch (no space between them)."""
    return a.end == b.start


@dataclass(frozen=True)
class Number:
    """A number expression: ``text[start:end]`` reads as ``value``.

    ``step`` is the precision the writer stated: 1 for "700", 0.1 for "6.1", about 5 % of the
    value for round figures ("1,500", "seven hundred"). ``form`` is "figure", "words",
    "adverb" (once, twice) or "ordinal" (sixth).
    """

    start: int
    end: int
    value: float
    step: float
    form: str
    first: int  # index of the first token
    last: int  # index after the last token


def _figure_step(text: str, value: float) -> float:
    digits = text.replace(",", "")
    if "." in digits:
        return 10.0 ** -len(digits.split(".")[1])
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros == 0 or value == 0:
        return 1.0
    return max(1.0, min(10.0**zeros, value * 0.05))


class NumberReader:
    """Finds number expressions in a token list, number words included."""

    def __init__(self, rules: Rules) -> None:
        self.units = rules.numbers("units")
        self.tens = rules.numbers("tens")
        self.scales = rules.numbers("scales")
        self.scale_abbr = rules.numbers("scale_abbreviations")
        self.groups = rules.numbers("groups")
        self.fractions = rules.numbers("fractions")
        self.adverbs = rules.numbers("numeral_adverbs")
        self.ordinals = rules.numbers("ordinals")
        self.articles = set(rules.data["numbers"].get("articles", ["a", "an"]))
        self._starts = (
            set(self.units) | set(self.tens) | set(self.scales) | set(self.groups) | self.articles
        ) | {"half"}
        self._group_endings = tuple(self.groups)
        self.fraction_units = frozenset(
            {"point", "mile", "hour", "century", "inch", "pound", "ton", "tonne", "acre"}
        )  # ("a quarter point": the figure's unit follows the fraction)

    # ----- words
    def _word_value(self, word: str) -> tuple[str, float] | None:
        """(class, value) of one number word: "unit", "ten", "scale", "group"."""
        if word in self.units:
            return "unit", self.units[word]
        if word in self.tens:
            return "ten", self.tens[word]
        if word in self.scales:
            return "scale", self.scales[word]
        if word in self.groups:
            return "group", self.groups[word]
        for group, size in self.groups.items():  # archaic "threescore", "fourscore"
            prefix = word[: -len(group)]
            if word.endswith(group) and prefix in self.units and self.units[prefix] > 1:
                return "unit", self.units[prefix] * size
        return None

    def _part_of_one(self, toks: list[Tok], i: int) -> Number | None:
        """A fraction of one unit: "a quarter of a percentage point", "three quarters of an
        hour" (not "a quarter of the vote": a share of a whole)."""
        if i + 3 >= len(toks):
            return None
        first, fraction = toks[i].lower, toks[i + 1].lower
        count = 1.0 if first in self.articles else self.units.get(first)
        share = self.fractions.get(fraction) or self.fractions.get(fraction.removesuffix("s"))
        if count is None or share is None or fraction == "half":
            return None
        after = toks[i + 2 + (toks[i + 2].text == "-")].lower
        if count == 1.0 and first in self.articles and after in self.fraction_units:
            end = i + 2  # "a quarter point", "a quarter-mile": the fraction, then its unit
            return Number(toks[i].start, toks[i + 1].end, share, 0.05, "words", i, end)
        if toks[i + 2].lower != "of" or i + 4 >= len(toks):
            return None
        if toks[i + 3].lower not in self.articles or toks[i + 4].kind != "word":
            return None
        scale = self._word_value(toks[i + 4].lower)
        if scale is not None and scale[0] in ("scale", "group"):
            value = count * share * scale[1]  # "a quarter of a million"
            return Number(toks[i].start, toks[i + 4].end, value, value * 0.05, "words", i, i + 5)
        if scale is not None:
            return None
        value = count * share
        return Number(toks[i].start, toks[i + 3].end, value, 0.05, "words", i, i + 4)

    def _words_at(self, toks: list[Tok], i: int) -> Number | None:
        """A run of number words from token ``i``: "seven hundred", "four and twenty"."""
        total = current = 0.0
        total_step = current_step = math.inf
        j = i
        last = -1  # index of the last number word taken
        last_class = ""
        n = len(toks)
        if toks[i].lower in self.articles and i + 1 < n:
            nxt = self._word_value(toks[i + 1].lower)
            if nxt and nxt[0] in ("scale", "group"):
                current, current_step, j = 1.0, 1.0, i + 1  # "a thousand", "an hundred"
        part = self._part_of_one(toks, i)  # "a quarter of a percentage point"
        if part is not None:
            return part
        if toks[j].lower == "half":
            words = [k for k in range(j + 1, min(n, j + 5)) if toks[k].text != "-"][:2]
            if len(words) == 2 and toks[words[0]].lower in self.articles:
                scale = self._word_value(toks[words[1]].lower)
                if scale and scale[0] in ("scale", "group"):
                    value = 0.5 * scale[1]  # "half a million", "half-a-dozen"
                    end = words[1]
                    return Number(
                        toks[i].start, toks[end].end, value, value * 0.05, "words", i, end + 1
                    )
                if j == i and toks[words[1]].kind == "word" and scale is None:
                    end = words[0]  # "half an hour", "half a percentage point": a half of one
                    return Number(toks[i].start, toks[end].end, 0.5, 0.1, "words", i, end + 1)
        while j < n:
            tok = toks[j]
            if tok.text == "-" and last == j - 1 and j + 1 < n and glued(toks[j - 1], tok):
                if self._word_value(toks[j + 1].lower):
                    j += 1  # "twenty-three"
                    continue
                break
            if tok.kind != "word":
                break
            found = self._word_value(tok.lower)
            if found is None:
                if tok.lower == "and" and last == j - 1 and j + 1 < n:
                    nxt = self._word_value(toks[j + 1].lower)
                    after = self._word_value(toks[j + 2].lower) if j + 2 < n else None
                    joins = nxt is not None and (
                        (last_class in ("scale", "group") and nxt[0] in ("unit", "ten"))
                        or (last_class == "unit" and nxt[0] == "ten")  # "four and twenty"
                        or (  # archaic "forty and two days", "twenty and four thousand";
                            # not "between forty and two hundred" nor "forty and two hundred"
                            last_class == "ten"
                            and nxt[0] == "unit"
                            and nxt[1] < 10
                            and (after is None or (after[0] != "group" and after[1] >= 1000))
                            and (i == 0 or toks[i - 1].lower not in ("between", "from"))
                        )
                    )
                    if joins:
                        j += 1
                        continue
                    after_article = self._word_value(toks[j + 2].lower) if j + 2 < n else None
                    if (
                        last_class in ("scale", "group")
                        and toks[j + 1].lower in self.articles
                        and after_article is not None
                        and after_article[0] in ("scale", "group")
                        and after_article[1] < (total or current)
                    ):  # "a thousand and an hundred": the article counts one
                        current, current_step = 1.0, 1.0
                        j += 2
                        continue
                    half = j + 2 < n and toks[j + 1].lower in self.articles
                    if half and toks[j + 2].lower in self.fractions:
                        current += self.fractions[toks[j + 2].lower]  # "two and a half"
                        current_step = min(current_step, 0.5)
                        last = j + 2
                break
            cls, value = found
            if cls in ("unit", "ten"):
                follows = last_class in ("unit", "ten") and last == j - 1
                compound = last_class == "ten" and cls == "unit" and value < 10  # "twenty three"
                archaic = last_class == "unit" and cls == "ten" and toks[j - 1].lower == "and"
                if follows and not compound and not archaic:
                    break  # "five six": two numbers
                current += value
                current_step = min(current_step, 1.0)
            elif cls == "group" or (cls == "scale" and value < 1000):
                current = (current or 1.0) * value
                current_step = (1.0 if current_step == math.inf else current_step) * value
            elif last_class == "scale" and last == j - 1 and not current and total:
                total *= value  # "a thousand thousand": a million
                total_step *= value
            else:
                total += (current or 1.0) * value
                step = (1.0 if current_step == math.inf else current_step) * value
                total_step = min(total_step, step)
                current, current_step = 0.0, math.inf
            last_class = (
                "group" if cls == "unit" and value >= 20 and tok.lower not in self.units else cls
            )
            last = j
            j += 1
        if last < 0:
            return None
        value = total + current
        step = min(total_step, current_step)
        step = 1.0 if step == math.inf else max(min(step, value * 0.05), min(step, 1.0))
        number = Number(toks[i].start, toks[last].end, value, step, "words", i, last + 1)
        return self._times(toks, number)

    def _times(self, toks: list[Tok], number: Number) -> Number:
        """ "seventy times seven": a product."""
        k = number.last
        if k + 1 < len(toks) and toks[k].lower == "times":
            other = self._words_at(toks, k + 1) if toks[k + 1].kind == "word" else None
            if other is not None:
                value = number.value * other.value
                return Number(
                    number.start, other.end, value, 1.0, "words", number.first, other.last
                )
        return number

    # ----- figures
    def _figure_at(self, toks: list[Tok], i: int) -> Number | None:
        tok = toks[i]
        text = tok.text
        if len(text) > 1 and text[0] == "0" and "." not in text:
            return None  # "0843", "000": identifiers, not amounts (times are read elsewhere)
        value = float(text.replace(",", ""))
        step = _figure_step(text, value)
        j = i + 1
        n = len(toks)
        # "2.6 million", "2.6-million", "22.4bn", "2m"
        k = j
        if k < n and toks[k].text == "-" and glued(toks[k - 1], toks[k]) and k + 1 < n:
            k += 1
        if k < n and toks[k].kind == "word":
            word = toks[k].lower
            scale = self.scales.get(word)
            if scale is None and glued(toks[k - 1], toks[k]) and k == j:
                scale = self.scale_abbr.get(word) if word != "m" or _money_near(toks, i) else None
            if scale is not None and scale >= 1000:
                value *= scale
                step = min(step * scale, max(value * 0.05, step))
                j = k + 1
        if j == i + 1 and j < n and _fraction(toks[j].text) and toks[j].start - tok.end <= 1:
            value += _fraction(toks[j].text)  # "3½", "7 ½"
            step = min(step, 0.25)
            j += 1
        elif j == i + 1 and "." not in text and "," not in text:
            part = _slashed_fraction(toks, j)  # "2 1/2 years", "a 2-1/2 year sentence"
            if part is not None:
                value += part[0]
                step = min(step, 0.25)
                j = part[1]
        return Number(tok.start, toks[j - 1].end, value, step, "figure", i, j)

    def read(self, toks: list[Tok]) -> list[Number]:
        """Every number expression in the tokens, left to right, never overlapping."""
        out: list[Number] = []
        i = 0
        n = len(toks)
        while i < n:
            tok = toks[i]
            found: Number | None = None
            if tok.kind == "num":
                found = self._figure_at(toks, i)
                found = _below_zero(toks, i, found)  # "minus 17 degrees", "minus-20"
            elif tok.kind == "word":
                word = tok.lower
                if word in self.adverbs:
                    value = self.adverbs[word]
                    found = Number(tok.start, tok.end, value, 1.0, "adverb", i, i + 1)
                elif word in self.ordinals and not _capital_inside(tok):
                    value = self.ordinals[word]
                    found = Number(tok.start, tok.end, value, 1.0, "ordinal", i, i + 1)
                elif word in self._starts or word.endswith(self._group_endings):
                    found = self._words_at(toks, i)
                    if found is not None and found.last == i + 1 and word in self.articles:
                        found = None  # a lone "a" or "one" is read by the caller when it counts
            if found is None:
                i += 1
                continue
            out.append(found)
            i = found.last
        return out


def _below_zero(toks: list[Tok], i: int, found: Number | None) -> Number | None:
    """The figure at ``i`` negated when "minus" (or "minus-") stands before it."""
    if found is None:
        return None
    at = i - 1 if i > 0 and toks[i - 1].lower == "minus" else None
    if at is None and i > 1 and toks[i - 1].text == "-" and toks[i - 2].lower == "minus":
        at = i - 2
    if at is None:
        return found
    return Number(toks[at].start, found.end, -found.value, found.step, found.form, at, found.last)


def _slashed_fraction(toks: list[Tok], j: int) -> tuple[float, int] | None:
    """The fraction written with a slash after a whole number, " 1/2" or "-1/2": its value
    and the token after it; None when there is none (not a date "3/4/2009", not a score)."""
    if j < len(toks) and toks[j].text == "-" and glued(toks[j - 1], toks[j]):
        j += 1
        if j >= len(toks) or not glued(toks[j - 1], toks[j]):
            return None
    elif j >= len(toks) or toks[j].start - toks[j - 1].end != 1:
        return None
    if j + 2 >= len(toks) or toks[j + 1].text != "/":
        return None
    top, bottom = toks[j], toks[j + 2]
    glued_up = glued(top, toks[j + 1]) and glued(toks[j + 1], bottom)
    if not glued_up or not (top.text.isdigit() and bottom.text in ("2", "3", "4", "8")):
        return None
    if j + 3 < len(toks) and toks[j + 3].text == "/" and glued(bottom, toks[j + 3]):
        return None  # "3 1/2/2009"
    value = int(top.text) / int(bottom.text)
    return (value, j + 3) if 0 < value < 1 else None


def _fraction(text: str) -> float:
    """The value of a vulgar fraction character ("½" -> 0.5); 0.0 for anything else."""
    if len(text) != 1 or text.isdigit() or not text.isnumeric():
        return 0.0
    value = unicodedata.numeric(text, 0.0)
    return value if 0 < value < 1 else 0.0


def _capital_inside(tok: Tok) -> bool:
    return tok.text[:1].isupper() and tok.text[1:2].isupper()


def _money_near(toks: list[Tok], i: int) -> bool:
    """ "m" after a figure is "million" next to a currency ("$2.6m", "2m euros")."""
    before = toks[i - 1].text if i > 0 else ""
    after = toks[i + 2].lower if i + 2 < len(toks) else ""
    return (before in "$€£¥" and before != "") or after.startswith(("euro", "dollar", "pound"))


def number_reader(rules: Rules) -> NumberReader:
    """The number reader for a set of rules, built once per rules object."""
    found = rules.__dict__.get("_number_reader")
    if found is None:
        found = rules.__dict__["_number_reader"] = NumberReader(rules)
    return found
