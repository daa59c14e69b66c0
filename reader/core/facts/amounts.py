"""Amounts in a sentence: the figure with its approximation, range or tally, its unit and
the conversions a writer gives in brackets.

The sentence and its tokens are a :class:`Sentence`; :func:`read_value` reads the amount
around a number; :func:`is_date_or_code` tells figures that are dates, clock times, street or
model numbers. What is counted is read by :mod:`reader.core.facts.counting`.
"""

from __future__ import annotations

import math
import re

from reader.core.facts.lexicon import MONTHS, STOPWORDS, WEEKDAYS
from reader.core.facts.numbers import Number, NumberReader, glued, rich_tokens
from reader.core.facts.quantities import Op, Quantity, Value, format_number
from reader.core.language import lemma
from reader.core.rules import Rules, UnitInfo

_ORDINAL_SUFFIX = frozenset({"st", "nd", "rd", "th"})
_CLOCK_WORDS = frozenset({"am", "pm", "a", "p", "gmt", "utc", "o'clock", "hrs", "hours"})
OP_WORDS = {
    Op.ABOUT: "about ",
    Op.NEARLY: "nearly ",
    Op.OVER: "more than ",
    Op.AT_LEAST: "at least ",
    Op.UNDER: "fewer than ",
    Op.AT_MOST: "up to ",
    Op.JUST_OVER: "just over ",
}
_OPS = {op.value: op for op in Op}


class Sentence:
    """One sentence's tokens and the helpers every reading needs."""

    def __init__(self, text: str, start: int, end: int, rules: Rules) -> None:
        self.text = text
        self.rules = rules
        self.toks = rich_tokens(text, start, end)
        self.lower = [t.lower for t in self.toks]
        self.lemmas = [lemma(t.text) if t.kind == "word" else t.lower for t in self.toks]
        self.last: Quantity | None = None  # the quantity read last, for lists and partitives

    def word(self, i: int) -> str:
        return self.lower[i] if 0 <= i < len(self.toks) else ""

    def is_word(self, i: int) -> bool:
        return 0 <= i < len(self.toks) and self.toks[i].kind == "word"

    def term(self, i: int) -> str:
        return self.rules.canonical(self.lemmas[i])


_YEAR_DETERMINERS = frozenset({"the", "its", "his", "her", "their", "those", "these"})


_TALLY_NOUNS = frozenset({"vote", "tally", "count", "result", "ballot"})


def is_date_or_code(s: Sentence, n: Number) -> bool:
    """A year, a day of the month, a clock time, a street or model number: not a quantity."""
    toks, i, j = s.toks, n.first, n.last
    before, after = s.word(i - 1), s.word(j)
    if before == "." and s.word(i - 2) in MONTHS:
        before = s.word(i - 2)  # "Jan. 4"
    if n.form == "ordinal":
        return True
    dot = i >= 1 and toks[i - 1].text == "." and glued(toks[i - 1], toks[i])
    if dot and (i < 2 or not glued(toks[i - 2], toks[i - 1])):
        return True  # "a .38 caliber revolver", "a .357 Magnum": a calibre, not a count
    if after in _ORDINAL_SUFFIX and j < len(toks) and glued(toks[j - 1], toks[j]):
        return True  # "117th Street", "31st"
    if after == "s" and j < len(toks) and glued(toks[j - 1], toks[j]) and n.value % 10 == 0:
        return True  # "the 2000s", "the 1990s"
    if (
        before in MONTHS
        or after.rstrip(".") in MONTHS
        or (after == "of" and s.word(j + 1) in MONTHS)
    ):
        return (n.form == "figure" and n.value <= 31) or 1000 <= n.value <= 2100
    if clock_colon(s, i - 1, -1) or clock_colon(s, j, 1):
        return True  # "7:48", "2:15 mark"
    if (
        j < len(toks)
        and toks[j].kind == "word"
        and glued(toks[j - 1], toks[j])
        and toks[j].text[:1].isupper()
        and len(toks[j].text) <= 3
        and (len(toks[j].text) == 1 or s.rules.units.get(after) is None)  # "2G", not "2GB"
        and not _celsius(s, n)
    ):
        return True  # "3G", "4K", "2G EDGE": a code, not a count
    if after == "block" and s.word(j + 1) == "of":
        return True  # "the 12000 block of East 223rd Street": an address
    if (
        after == "."
        and s.toks[j + 1 : j + 2]
        and s.toks[j + 1].kind == "num"
        and glued(toks[j], toks[j + 1])
    ):
        return True
    if after in ("hrs", "hours"):
        return n.form == "figure" and len(toks[i].text) == 4  # "1400 hours"; "5 hours" lasts
    if after in _CLOCK_WORDS or (after == "." and s.word(j + 1) in ("m", "am", "pm")):
        return True
    if after == "(" and s.word(j + 2) in s.rules.time_zones:
        return True  # "1353 (1023 GMT)"
    if n.form == "figure" and "." in toks[i].text and after in ("am", "pm", "a", "p"):
        return True
    if (
        n.form == "figure"
        and 1000 <= n.value <= 2100
        and "," not in toks[i].text
        and n.last == i + 1
    ):
        nxt_unit = s.rules.units.get(after) or s.rules.units.get(lemma(after))
        plural = s.is_word(j) and after.endswith("s") and after not in STOPWORDS
        irregular = s.is_word(j) and (lemma(after) != after or after == "people")
        plural = plural or (irregular and before not in ("in", "since", "until", "by", "from"))
        # ("About 1000 people were sheltering"; "In 1998 people voted": a year)
        if not nxt_unit and not plural:
            return True  # "in 2004", "the 2004 tsunami"
        if plural and before in _YEAR_DETERMINERS and after.endswith(("ings", "ions")):
            return True  # "the 1967 killings", "the 2004 elections": a year, not 1,967
    if before in ("at",) and n.form == "figure" and len(toks[i].text) == 4 and n.value < 2400:
        return not (s.rules.units.get(after) or s.rules.units.get(lemma(after)))
    if (
        n.form == "figure"
        and i > 0
        and toks[i - 1].kind == "word"
        and toks[i - 1].text[:1].isupper()
    ):
        word = toks[i - 1].lower
        sentence_start = i == 1 or toks[i - 2].text in '.!?"“'
        if (
            not sentence_start
            and word not in MONTHS
            and word not in WEEKDAYS
            and word not in ("no", "nos")
            and not word.endswith(("'s", "’s"))  # "Marrow's 39 percent": whose figure
            and unit_before(s, i) is None  # "$US1 million"
            and not _tally_after(s, j)  # "beat Real Sur 3-1": a score after a name
        ):
            return True  # "Interstate 75", "AK 47", "Route 66"
    return False


def _tally_after(s: Sentence, j: int) -> bool:
    """Whether the figure ending before token ``j`` is the first of a tally "3-1"."""
    toks = s.toks
    return (
        j + 1 < len(toks)
        and toks[j].text in ("-", "–")
        and toks[j + 1].kind == "num"
        and glued(toks[j - 1], toks[j])
        and glued(toks[j], toks[j + 1])
    )


def clock_colon(s: Sentence, k: int, direction: int) -> bool:
    """Whether token ``k`` is a colon glued between two figures ("7:48")."""
    if not (0 <= k < len(s.toks)) or s.toks[k].text != ":":
        return False
    other = k + direction
    return (
        0 <= other < len(s.toks)
        and s.toks[other].kind == "num"
        and glued(s.toks[min(k, other)], s.toks[max(k, other)])
    )


def approximation(s: Sentence, i: int) -> tuple[Op, int]:
    """The approximation phrase right before token ``i`` ("more than"), if any."""
    k = i
    while k > 0 and s.toks[k - 1].text in "$€£¥":
        k -= 1
    told = k
    if k > 1 and s.lower[k - 1] == "an" and s.toks[k].kind == "word":
        k -= 1  # "about an eight days after": older English's article before a count
    head = " ".join(s.lower[max(0, k - 4) : k])
    for phrase, op in s.rules.approximations:
        if head == phrase or head.endswith(" " + phrase):
            return _OPS.get(op, Op.EQ), k - len(phrase.split())
    return Op.EQ, told


def _celsius(s: Sentence, n: Number) -> bool:
    """ "46.2C", "46.2°C", "-5C": degrees Celsius told in a letter glued to the figure."""
    j = n.last
    if j < len(s.toks) and s.toks[j].text in _DEGREE_SIGNS and glued(s.toks[j - 1], s.toks[j]):
        j += 1
    return (
        j < len(s.toks)
        and s.toks[j].text == "C"
        and glued(s.toks[j - 1], s.toks[j])
        and -90 <= n.value <= 60
        and _warmth(s)
    )


def _warmth(s: Sentence) -> bool:
    """Whether the sentence speaks of temperature ("a temperature of 46.2C", "the heatwave"),
    so a "C" glued to a figure is Celsius, not a flat or a gate ("flat 3C")."""
    cues = set(s.rules.measures.get("temperature", ())) | _WARMTH
    return any(w in cues for w in s.lower) or any(
        s.toks[k].text in _DEGREE_SIGNS for k in range(len(s.toks))
    )


_WARMTH = frozenset("heat heatwave hot hottest cold coldest warm warmest degrees".split())


_DEGREE_SIGNS = ("°", "º")


def unit_after(s: Sentence, j: int) -> tuple[UnitInfo, int, str] | None:
    """A unit word after a figure ("km", "per cent", "square miles", "%"), glued or not."""
    units = s.rules.units
    k = j
    if k < len(s.toks) and s.toks[k].text in _DEGREE_SIGNS and glued(s.toks[k - 1], s.toks[k]):
        told = s.toks[k + 1].text if k + 1 < len(s.toks) else ""
        if told == "C" and glued(s.toks[k], s.toks[k + 1]):
            return units["celsius"], k + 2, f"{s.toks[k].text}C"  # "46.2°C"
        if told != "F":
            return units["degree"], k + 1, s.toks[k].text  # "40°"
    if (
        k < len(s.toks)
        and s.toks[k].text == "C"
        and glued(s.toks[k - 1], s.toks[k])
        and s.toks[k - 1].kind == "num"
        and _warmth(s)
    ):
        return units["celsius"], k + 1, "C"  # "46.2C"
    if k < len(s.toks) and s.toks[k].text == "-" and glued(s.toks[k - 1], s.toks[k]):
        k += 1  # "10-kilometre"
    if k + 2 < len(s.toks) and s.toks[k + 1].text == "/" and glued(s.toks[k], s.toks[k + 1]):
        joined = "".join(s.lower[k : k + 3])  # "km/h"
        info = units.get(joined)
        if info is not None:
            return info, k + 3, "".join(t.text for t in s.toks[k : k + 3])
    for size in (2, 1):
        words = s.lemmas[k : k + size]
        if len(words) < size or any(not w for w in words):
            continue
        phrase = " ".join(words)
        info = units.get(phrase) or units.get(" ".join(s.lower[k : k + size]))
        if info is not None:
            if phrase in ("m", "g") and not glued(s.toks[k - 1], s.toks[k]):
                continue  # a lone "m" or "g" is a letter, not metres or grams
            if phrase == "second" and s.word(k - 1) in ("a", "the"):
                continue
            return info, k + size, " ".join(t.text for t in s.toks[k : k + size])
    return None


def unit_before(s: Sentence, i: int) -> UnitInfo | None:
    """A currency before a figure: "$2.6 million", "€110bn", "euro110"."""
    if i == 0 or not glued(s.toks[i - 1], s.toks[i]):
        return None
    prefixes = s.rules.currency_prefixes
    before = s.toks[i - 2] if i > 1 and glued(s.toks[i - 2], s.toks[i - 1]) else None
    if s.toks[i - 1].kind == "sym":
        if before is not None and before.kind == "word" and s.lower[i - 2] in prefixes:
            return UnitInfo(prefixes[s.lower[i - 2]], 1.0)  # "A$5", "US$5"
        return s.rules.units.get(s.toks[i - 1].text)
    if s.toks[i - 1].kind == "word":
        if before is not None and before.kind == "sym" and s.lower[i - 1] in prefixes:
            return UnitInfo(prefixes[s.lower[i - 1]], 1.0)  # "$US1 million"
        return s.rules.units.get(s.lower[i - 1])  # "euro110"
    return None


def read_value(s: Sentence, n: Number, reader: NumberReader) -> tuple[Value, int, int, str, str]:
    """The value around a number: approximation, range, tally. Returns (value, first token,
    token after, display, operator word)."""
    op, first = approximation(s, n.first)
    last = n.last
    figure, step, high, second = n.value, n.step, None, None
    word = s.word(last)
    sym = 1 if n.first > 0 and s.toks[n.first - 1].kind == "sym" else 0  # "between $140 ..."
    between = s.word(n.first - 1 - sym) == "between"
    skip = 1 if last + 1 < len(s.toks) and s.toks[last + 1].kind == "sym" else 0  # "$140- $150"
    start = last + 1 + skip
    nxt_numbers = reader.read(s.toks[start : start + 3]) if start < len(s.toks) else []
    nxt = nxt_numbers[0] if nxt_numbers and nxt_numbers[0].first == 0 else None
    if nxt is not None and (word in ("to", "-", "–", "or") or (word == "and" and between)):
        other = nxt.value
        if figure and other / figure >= 500 and figure < 1000:
            # "$140-150 million": the scale written once is the first figure's too
            scale = 1000 ** int(math.log(other / figure, 1000))
            figure, step = figure * scale, step * scale
        hyphen = word == "-" and glued(s.toks[last - 1], s.toks[last])
        if other > figure and not (hyphen and figure.is_integer() and other.is_integer() and False):
            high = other
            op = Op.RANGE
            last = start + nxt.last
            first = n.first - 1 - sym if between else first
        elif hyphen and other < figure and figure.is_integer() and other.is_integer():
            second, op = other, Op.TALLY  # "20-13", "52-3"
            last = start + nxt.last
    if op != Op.TALLY and word in ("votes", "vote") and s.word(last + 1) == "to":
        votes = reader.read(s.toks[last + 2 : last + 5])
        if votes and votes[0].first == 0:
            second, op = votes[0].value, Op.TALLY
            last = last + 2 + votes[0].last
    elif (
        op not in (Op.TALLY, Op.RANGE)
        and word == "to"
        and nxt is not None
        and (
            s.word(n.first - 1) in ("by", "voted")
            or s.lemmas[n.first - 1] in s.rules.counting.get("deciding_verbs", ())  # "passed
            # 61 to 38"
            or (s.word(n.first - 1) == "of" and s.word(n.first - 2) in ("vote", "votes", "margin"))
            or (s.word(n.first - 1) in ("was", "is") and s.word(n.first - 2) in _TALLY_NOUNS)
            or (s.word(n.first - 1) == "," and voted_before(s, n.first))
        )
    ):  # ("voted 9 to 4", "The vote was 109 to 91", "passed its final vote ..., 214 to 188")
        second, op = nxt.value, Op.TALLY  # "carried by 72 to 31", "by a vote of 7 to 2"
        last = last + 1 + nxt.last
    if op == Op.TALLY:
        display = f"{format_number(figure)}–{format_number(second)}"
        return Value(op, figure, figure, figure, 0.0, second), first, last, display, ""
    if op == Op.RANGE:
        display = f"{format_number(figure)}–{format_number(high)}"
        return Value(op, figure, figure, high, step, high), first, last, display, ""
    low: float | None = figure
    upper: float | None = figure
    if op in (Op.OVER, Op.AT_LEAST):
        upper = None
    elif op in (Op.UNDER, Op.AT_MOST):
        low = 0.0
    written = s.text[n.start : n.end]
    lettered = any(c.isalpha() for c in written) and any(c.isdigit() for c in written)
    if figure == n.value and (lettered or written.startswith(".")):
        display = OP_WORDS.get(op, "") + written  # "2.3 billion" as written, not 2,300,000,000;
        # ".357" as gunsmiths write it
    else:
        display = OP_WORDS.get(op, "") + format_number(figure)
    return Value(op, figure, low, upper, step), first, last, display, ""


def scaled(value: Value, unit: UnitInfo | None) -> Value:
    if unit is None or unit.factor == 1:
        return value
    f = unit.factor

    def mul(x: float | None) -> float | None:
        return None if x is None else x * f

    return Value(
        value.op,
        mul(value.figure),
        mul(value.low),
        mul(value.high),
        value.step * f,
        mul(value.second),
    )


def conversion(
    s: Sentence, k: int, reader: NumberReader, dimension: str | None
) -> tuple[list[Value], int]:
    """Values in a parenthesis right after a quantity: "10 km (6 miles)", "($2.6 million)".
    Same-dimension readings become alternatives; other currencies are skipped."""
    if s.word(k) != "(":
        return [], k
    close = k + 1
    while close < len(s.toks) and s.toks[close].text != ")" and close - k < 12:
        close += 1
    if close >= len(s.toks) or s.toks[close].text != ")":
        return [], k
    found: list[Value] = []
    last_end = close
    for n in reader.read(s.toks[k + 1 : close]):
        i = k + 1 + n.first
        number = Number(n.start, n.end, n.value, n.step, n.form, i, k + 1 + n.last)
        value, _, last, _, _ = read_value(s, number, reader)
        unit_info = unit_before(s, i)
        after = unit_after(s, last) if unit_info is None else None
        if after is not None:
            unit_info = after[0]
        if unit_info is not None and unit_info.dimension == dimension:
            found.append(scaled(value, unit_info))
            last_end = after[1] if after is not None else last
    told = [t for t in s.toks[last_end:close] if t.kind == "word"] if found else []
    if told and (dimension or "").startswith("money"):
        return [], k  # "$334 million ($281M in cash)": a part of the sum, not its conversion
    return found, close + 1


def vague(s: Sentence, i: int) -> tuple[Value, int, str] | None:
    """ "dozens of", "hundreds", "several", "a few", "tens of thousands"."""
    for phrase, (lo, hi) in s.rules.vague_by_first_word.get(s.lower[i], ()):
        words = phrase.split()
        if s.lower[i : i + len(words)] == words:
            j = i + len(words)
            if s.word(j) == "of":
                j += 1
            text = s.text[s.toks[i].start : s.toks[i + len(words) - 1].end]
            return Value(Op.VAGUE, None, lo, hi, 0.0), j, text
    return None


def voted_before(s: Sentence, k: int) -> bool:
    """Whether the clause before token ``k`` tells a vote ("passed its final vote late on
    Wednesday night, 214 to 188"): a tally noun or a deciding verb in it."""
    deciding = s.rules.counting.get("deciding_verbs", ())
    return any(s.lower[j] in _TALLY_NOUNS or s.lemmas[j] in deciding for j in range(k))


def archaic_sum(
    s: Sentence, value: Value, k: int, display: str, reader: NumberReader
) -> tuple[Value, int, str]:
    """ "threescore years and ten": a number added after its unit."""
    if s.word(k) != "and" or value.figure is None or value.op != Op.EQ:
        return value, k, display
    more = reader.read(s.toks[k + 1 : k + 3])
    if not more or more[0].first != 0 or more[0].form != "words":
        return value, k, display
    end = k + 1 + more[0].last
    if s.is_word(end) and s.lower[end] not in STOPWORDS:
        return value, k, display  # "269 yards and two touchdowns": a second count
    if unit_after(s, end) is not None or more[0].value >= value.figure:
        return value, k, display
    total = value.figure + more[0].value
    return Value(Op.EQ, total, total, total, 1.0), end, format_number(total)


def count_after_noun(
    s: Sentence, value: Value, first: int, noun_last: int, reader: NumberReader
) -> tuple[Value, str, int] | None:
    """ "three thousand Jews and three and twenty": the archaic count whose small part follows
    its noun. Only number words on both sides, the part smaller than the round count's last
    place, and nothing but the end of the clause after it; returns value, display and end."""
    k = noun_last + 1
    if s.word(k) != "and" or value.figure is None or value.op != Op.EQ:
        return None
    if any(s.toks[j].kind == "num" for j in range(first, noun_last + 1)):
        return None
    more = reader.read(s.toks[k + 1 : k + 5])
    if not more or more[0].first != 0 or more[0].form != "words":
        return None
    end = k + 1 + more[0].last
    if end < len(s.toks) and s.toks[end].text not in (",", ".", ";", ":"):
        return None  # "five hundred men and two women": a second count
    place = 1.0
    while value.figure % (place * 10) == 0:
        place *= 10
    if place < 10 or more[0].value >= place:
        return None
    total = value.figure + more[0].value
    return Value(Op.EQ, total, total, total, 1.0), format_number(total), end


def more_time(
    s: Sentence, value: Value, first: int, k: int, reader: NumberReader
) -> tuple[Value, int, str]:
    """ "three months and ten days": one duration told in two units; the words, or ""."""
    if s.word(k) != "and" or value.figure is None or value.op != Op.EQ:
        return value, k, ""
    if s.word(k + 1) in ("a", "an") and s.word(k + 2) == "half":  # "an hour and a half"
        total = value.figure + value.step / 2
        shown = " ".join(t.text for t in s.toks[first : k + 3])
        return Value(Op.EQ, total, total, total, value.step / 2), k + 3, shown
    more = reader.read(s.toks[k + 1 : k + 4])
    if not more or more[0].first != 0:
        return value, k, ""
    unit = unit_after(s, k + 1 + more[0].last)
    if unit is None or unit[0].dimension != "duration" or unit[0].factor >= value.step:
        return value, k, ""  # (a smaller unit only: "two hours and three days" is two)
    total = value.figure + more[0].value * unit[0].factor
    shown = " ".join(t.text for t in s.toks[first : unit[1]])
    return Value(Op.EQ, total, total, total, unit[0].factor), unit[1], shown


def quantity_at(
    s: Sentence,
    first: int,
    stop: int,
    values: list[Value],
    dimension: str,
    thing: str | None,
    predicate: str | None,
    shown: str,
    words: str,
    anchor: str | None,
) -> Quantity:
    """A quantity told by tokens ``first:stop`` of a sentence (``stop`` exclusive)."""
    begin = s.toks[first].start
    end = s.toks[max(first, min(stop, len(s.toks)) - 1)].end
    return Quantity(begin, end, tuple(values), dimension, thing, predicate, shown, words, anchor)


def severity_after(s: Sentence, k: int) -> str:
    """How badly the part of a count was hurt, told just after it: "five of them critically",
    "10 of whom remain critical", "three of them in serious condition"."""
    adverbs = s.rules.data.get("severity_adverbs", {})
    for word in s.lower[k : k + 4]:
        if not word.isalpha():
            return ""
        found = adverbs.get(word) or adverbs.get(f"{word}ly")
        if found:
            return found
    return ""


def partitive(
    s: Sentence,
    first: int,
    stop: int,
    values: list[Value],
    dimension: str,
    display: str,
) -> Quantity | None:
    """ "killed 230,000 people, over 170,000 of them in Aceh": the part takes the thing and
    predicate of the count before it."""
    previous: Quantity | None = s.last
    if previous is None:
        return None
    return quantity_at(
        s,
        first,
        stop,
        values,
        dimension,
        previous.thing,
        previous.predicate,
        display,
        previous.words,
        None,
    )


_RACE_TIME = re.compile(r"(?<![\d:.])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:])(?!\s*[ap]\.?m\b)", re.I)


def race_times(s: Sentence) -> list[Quantity]:
    """ "won in 2:00:52", "lowered the record to 2:00:58": a time told in hours, minutes and
    seconds, how long a race (or any timed run) took; not a clock time."""
    out = []
    if not s.toks or ":" not in s.text[s.toks[0].start : s.toks[-1].end]:
        return []
    for m in _RACE_TIME.finditer(s.text, s.toks[0].start, s.toks[-1].end):
        seconds = int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3))
        value = Value(Op.EQ, float(seconds), float(seconds), float(seconds), 1.0)
        out.append(Quantity(m.start(), m.end(), (value,), "duration", "race time", None, m.group()))
    return out
