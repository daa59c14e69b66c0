"""Quantities: figures, spelled-out and vague amounts, ranges, tallies and open values.

``extract_quantities(text, start, end, rules)`` finds, in ``text[start:end]``:
- figures: "700", "1,000", "1.2 million", "seven hundred", "a dozen", "twenty-three";
- vague amounts: "hundreds", "dozens of";
- approximations in front: "about", "more than", "nearly", "at least", ...;
- ranges: "between 40 and 50", "40 to 50 troops", "40-50";
- tallies: "by 70 votes to 33", "carried by 72 to 31", "six to three";
- open values: "was not disclosed", "unspecified", "did not say how many";
and what is counted (the noun after the figure, or of "number of X" / "how many X"),
reduced to its rule class so "troops" and "soldiers" are the same thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.facts.lexicon import COUNT_SKIP, MONTHS, STOPWORDS
from reader.core.rules import Rules
from reader.core.text import Token, tokens

INF = float("inf")


@dataclass(frozen=True)
class Quantity:
    """One quantity mention. ``low``/``high`` bound the value; both None for an open value."""

    start: int
    end: int
    noun: str | None
    low: float | None
    high: float | None
    op: str  # "=", "~", ">", ">=", "<", "<=", "range", "vague", "tally", "open"
    display: str

    @property
    def is_open(self) -> bool:
        return self.op == "open"

    def conflicts_with(self, other: Quantity) -> bool:
        """Whether two mentions of the same count cannot both be true."""
        if self.op == "tally" or other.op == "tally":
            return self.op == other.op == "tally" and (self.low, self.high) != (
                other.low,
                other.high,
            )
        if self.op == "vague" or other.op == "vague":
            return False  # "several", "hundreds": too loose to contradict anything
        if self.is_open or other.is_open:
            return self.is_open != other.is_open  # "not disclosed" against a figure
        lo1, hi1 = _bounds(self)
        lo2, hi2 = _bounds(other)
        return hi1 < lo2 or hi2 < lo1


def _bounds(q: Quantity) -> tuple[float, float]:
    low = q.low if q.low is not None else 0.0
    high = q.high if q.high is not None else INF
    if q.op in ("~", "<~", ">~"):  # "about 700" tolerates 10 %
        return low * 0.9, high * 1.1
    return low, high


def format_number(value: float | None) -> str:
    if value is None:
        return "?"
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


_SCALE = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "k": 1e3,
    "m": 1e6,
    "bn": 1e9,
}
_UNITS = {
    "%": "percent",
    "percent": "percent",
    "per cent": "percent",
    "$": "dollars",
    "£": "pounds",
    "€": "euros",
    "euros": "euros",
    "dollars": "dollars",
    "pounds": "pounds",
}


def _noun_class(word: str, rules: Rules) -> str:
    word = word.lower().strip(".,;:")
    cls = rules.term_classes.get(rules.fold(word))
    if cls:
        return cls
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return rules.term_classes.get(word[:-1], word[:-1])
    return word


def _counted_noun(toks: list[Token], i: int, rules: Rules) -> tuple[str, int] | None:
    """The thing counted and its token index: the first plain word after position ``i``
    (within four words), or the head of a compound ("38 parking spaces" -> spaces)."""
    for k in range(i, min(i + 5, len(toks))):
        tok = toks[k]
        word = tok.text.lower()
        if word in COUNT_SKIP or tok.text[:1].isupper() or word.isdigit():
            continue
        if word in MONTHS or word in _NOT_NOUNS:
            return None
        if word in ("votes", "vote"):
            return "vote", k
        if word.endswith("ly") or not word.isalpha():
            continue
        if k + 1 < len(toks):
            nxt = toks[k + 1].text
            plural = nxt.endswith("s") and not nxt.endswith("ss")
            plain = nxt.isalpha() and nxt.islower() and nxt not in STOPWORDS
            if plural and plain and nxt not in _NOT_NOUNS:
                return _noun_class(nxt, rules), k + 1
        return _noun_class(word, rules), k
    return None


_NOT_NOUNS = frozenset(
    "to and or in on at by from per was were is are has have had will would said says as "
    "who which that than this these those".split()
)


_MULTIPLIERS = frozenset("dozen score hundred thousand million billion trillion".split())


class _Reader:
    """Reads number expressions from a token list, number words included."""

    def __init__(self, toks: list[Token], rules: Rules) -> None:
        self.toks, self.rules = toks, rules
        self.words = rules.number_words

    def number_at(self, i: int) -> tuple[float, int] | None:
        """(value, index after it) for a number expression starting at token ``i``."""
        toks = self.toks
        text = toks[i].text.lower()
        if re.fullmatch(r"\d+(?:,\d{3})*(?:\.\d+)?", text):
            value = float(text.replace(",", ""))
            j = i + 1
            if j < len(toks) and toks[j].text.lower() in _SCALE:
                value *= _SCALE[toks[j].text.lower()]
                j += 1
            return value, j
        # "a thousand", "a dozen", "seven hundred", "twenty-three", "two million"
        total, current, j, seen = 0.0, 0.0, i, False
        if text == "a" and i + 1 < len(toks) and toks[i + 1].text.lower() in _MULTIPLIERS:
            j = i + 1
        while j < len(toks):
            word = toks[j].text.lower()
            parts = word.split("-")
            if all(p in self.words for p in parts) and word not in ("a", "single"):
                value = sum(self.words[p] for p in parts)
                if word in _MULTIPLIERS:
                    current = (current or 1.0) * value
                    if value >= 1000:
                        total, current = total + current, 0.0
                else:
                    current += value
                seen = True
                j += 1
                if (
                    j < len(toks)
                    and toks[j].text.lower() == "and"
                    and seen
                    and j + 1 < len(toks)
                    and toks[j + 1].text.lower() in self.words
                ):
                    j += 1
                continue
            break
        if seen:
            return total + current, j
        return None


def _approximation(text: str, start: int, rules: Rules) -> tuple[str, int]:
    """The approximation phrase right before ``start`` ("more than "), if any."""
    head = text[max(0, start - 24) : start].lower()
    for phrase, op in sorted(rules.approximations.items(), key=lambda kv: -len(kv[0])):
        if head.endswith(phrase + " "):
            return op, start - len(phrase) - 1
    return "=", start


def _is_date_or_time(toks: list[Token], i: int, j: int, value: float) -> bool:
    before = toks[i - 1].text.lower().rstrip(".") if i > 0 else ""
    after = toks[j].text.lower().rstrip(".") if j < len(toks) else ""
    if before in MONTHS or after in MONTHS:
        return True
    if after in ("a.m", "p.m", "am", "pm", "a.m.", "p.m.", "o'clock", "gmt", "utc"):
        return True
    if ":" in toks[i].text:
        return True
    if 1000 <= value <= 2100 and float(value).is_integer() and "," not in toks[i].text:
        return (after not in _UNITS and not after.isalpha()) or before in (
            "in",
            "since",
            "of",
            "by",
            "until",
            "from",
            "year",
        )
    return False


_OP_WORDS = {
    "~": "about ",
    "<~": "nearly ",
    ">": "more than ",
    ">=": "at least ",
    "<": "fewer than ",
    "<=": "up to ",
    ">~": "just over ",
}
_VOTING = re.compile(r"\bvot|\bby\b|\bin favou?r|\bagainst\b|\bcarried\b|\bpassed\b|\bballot")


def _open_values(text: str, start: int, end: int, rules: Rules) -> list[Quantity]:
    """ "The number of troops was not disclosed", "did not say how many soldiers"."""
    found: list[Quantity] = []
    low = text[start:end].lower()
    for phrase in rules.open_values:
        for m in re.finditer(r"\b" + re.escape(phrase) + r"\b", low):
            s, e = start + m.start(), start + m.end()
            if any(q.start < e and s < q.end for q in found):
                continue
            noun = None
            subject = None
            for subject in re.finditer(  # noqa: B007 (the last match is wanted)
                r"\b(?:the )?(?:number|count|size|figure) of ", low[: m.start()]
            ):
                pass
            counting = subject is not None and m.start() - subject.end() < 60
            if not counting and not re.search(r"how many|number of", phrase):
                continue  # "an unknown cause", "it is unclear whether": not a count
            if counting:
                s = start + subject.start()
                counted = _counted_noun(tokens(text, start + subject.end(), e), 0, rules)
                noun = counted[0] if counted else None
            else:
                after = re.search(r"(?:how many|number of)$", low[: m.end()])
                counted = _counted_noun(tokens(text, e, end), 0, rules)
                if after and counted:
                    noun = counted[0]
                    e = tokens(text, e, end)[counted[1]].end
            display = "not disclosed" if "disclos" in phrase else phrase
            found.append(Quantity(s, e, noun, None, None, "open", display))
    return found


def _vague_at(toks: list[Token], i: int, rules: Rules) -> tuple[Quantity, int] | None:
    """ "hundreds of protesters", "dozens of homes"."""
    first = toks[i].text.lower()
    for phrase, (lo, hi) in rules.vague_quantities.items():
        words = phrase.split()
        if words[0] != first or phrase in ("some", "many"):
            continue
        if [t.text.lower() for t in toks[i : i + len(words)]] != words:
            continue
        j = i + len(words)
        if j < len(toks) and toks[j].text.lower() == "of":
            j += 1
        counted = _counted_noun(toks, j, rules)
        if counted:
            noun, k = counted
            return Quantity(toks[i].start, toks[k].end, noun, lo, hi, "vague", phrase), k + 1
    return None


def _tally_at(
    toks: list[Token], i: int, j: int, value: float, reader: _Reader, text: str
) -> tuple[Quantity, int] | None:
    """ "70 votes to 33", "by 72 to 31", "six to three in favour"."""
    if j + 1 >= len(toks):
        return None
    word = toks[j].text.lower()
    if word in ("votes", "vote") and j + 2 < len(toks) and toks[j + 1].text.lower() == "to":
        k = j + 2
    elif word in ("to", "-"):
        k = j + 1
    else:
        return None
    other = reader.number_at(k)
    if other is None:
        return None
    context = text[max(0, toks[i].start - 40) : toks[other[1] - 1].end + 30].lower()
    if not _VOTING.search(context):
        return None
    display = f"{format_number(value)}–{format_number(other[0])}"
    end = toks[other[1] - 1].end
    return Quantity(toks[i].start, end, "vote", value, other[0], "tally", display), other[1]


def _figure_at(
    toks: list[Token], i: int, j: int, value: float, reader: _Reader, text: str, rules: Rules
) -> tuple[Quantity | None, int]:
    """A figure with its approximation, range, unit and counted noun."""
    op, qstart = _approximation(text, toks[i].start, rules)
    low: float | None = value
    high: float | None = value
    shown = format_number(value)
    between = text[max(0, qstart - 8) : qstart].lower().endswith("between ")
    joiner = toks[j].text.lower() if j < len(toks) else ""
    if joiner in ("to", "-", "–") or (joiner == "and" and between):
        other = reader.number_at(j + 1) if j + 1 < len(toks) else None
        if other and other[0] > value:
            high, j, op = other[0], other[1], "range"
            shown = f"{format_number(value)}–{format_number(high)}"
            qstart -= 8 if between else 0
    unit = _UNITS.get(toks[j].text.lower()) if j < len(toks) else None
    qend = toks[j - 1].end
    if text[qend : qend + 1] == "%":
        unit, qend = "percent", qend + 1
    sign = text[max(0, toks[i].start - 1) : toks[i].start]
    if sign in _UNITS:
        unit, qstart = _UNITS[sign], min(qstart, toks[i].start - 1)
    if unit and j < len(toks) and toks[j].text.lower() in _UNITS:
        qend = toks[j].end
    noun = unit
    if noun is None:
        counted = _counted_noun(toks, j, rules)
        if counted is None:
            return None, j
        noun, k = counted
        qend = toks[k].end
    if op in (">", ">="):
        high = None
    elif op in ("<", "<="):
        low = 0.0
    return Quantity(qstart, qend, noun, low, high, op, _OP_WORDS.get(op, "") + shown), j


def extract_quantities(text: str, start: int, end: int, rules: Rules) -> list[Quantity]:
    """Quantities in ``text[start:end]``, offsets into ``text``."""
    found = _open_values(text, start, end, rules)
    toks = tokens(text, start, end)
    reader = _Reader(toks, rules)
    i = 0
    while i < len(toks):
        tok = toks[i]
        if any(q.start <= tok.start < q.end for q in found):
            i += 1
            continue
        vague = _vague_at(toks, i, rules)
        if vague:
            found.append(vague[0])
            i = vague[1]
            continue
        parsed = reader.number_at(i)
        if parsed is None or (tok.text.lower() == "one" and not _counts(toks, i + 1)):
            i += 1
            continue
        value, j = parsed
        if _is_date_or_time(toks, i, j, value):
            i = j
            continue
        tally = _tally_at(toks, i, j, value, reader, text)
        if tally:
            found.append(tally[0])
            i = tally[1]
            continue
        quantity, j = _figure_at(toks, i, j, value, reader, text, rules)
        if quantity is not None:
            found.append(quantity)
        i = max(j, i + 1)
    return sorted(found, key=lambda q: q.start)


def _counts(toks: list[Token], j: int) -> bool:
    """'one' is a number only when a plain noun follows ("one abstention", not "one of")."""
    return (
        j < len(toks)
        and toks[j].text.isalpha()
        and toks[j].text.lower() not in ("of", "another", "day")
    )
