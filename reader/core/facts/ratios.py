"""What a count is relative to: a rate ("eight rebounds a game"), the whole of "28 of 41
passes", or the second term of "one in every 500"; and levels set or moved: a limit ("capping
rent increases at 3 percent") and a rate's points ("by half a point")."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.core.facts.amounts import Sentence
from reader.core.facts.lexicon import STOPWORDS
from reader.core.facts.quantities import Quantity
from reader.core.language import ing_verb
from reader.core.rules import UnitInfo


def per_unit(s: Sentence, k: int) -> bool:
    """Whether a count is a rate: "a game", "per season", "each year", "on average", also
    after what the amount is of ("5,000 gallons of water a minute")."""
    if s.word(k) == "per" and s.is_word(k + 1) and s.word(k + 1) not in ("cent", "capita"):
        return True  # "220 pixels per inch", "35 miles per gallon"
    for at in (k, k + 2) if s.word(k) == "of" else (k,):
        following = " ".join(s.lower[at : at + 3])
        if any(following.startswith(cue) for cue in s.rules.rate_cues):
            return True
    for at in range(k + 1, min(len(s.toks), k + 6)):  # "80,000 vehicles use the bridge each
        if not s.is_word(at) or s.lower[at] in ("and", "but", "or"):  # day": the clause's rate
            return False
        if s.lower[at] in ("each", "every", "per"):
            following = " ".join(s.lower[at : at + 3])
            return any(following.startswith(cue) for cue in s.rules.rate_cues)
    return False


def of_total(s: Sentence, first: int) -> bool:
    """Whether a count is the whole of "N of M" ("completed 28 of 41 passes", "29-of-34"): the
    attempts, comparable only with another such whole, not with a count of what was done."""
    k = first - 1
    if s.word(k) == "-":
        k -= 1
    if s.word(k) != "of":
        return False
    k -= 1
    if s.word(k) == "-":
        k -= 1
    return 0 <= k < len(s.toks) and (s.toks[k].kind == "num" or s.word(k) in s.rules.number_words)


def one_in(s: Sentence, first: int) -> bool:
    """Whether a number is the second term of a ratio: "one in every 500", "1 in 10"."""
    before = s.lower[max(0, first - 3) : first]
    if before[-2:] == ["in", "every"]:
        before = before[:-1]
    return len(before) >= 2 and before[-1] == "in" and before[-2] in ("one", "1")


_SIDES = frozenset({"by", "x", "×"})
_ENDS = ("", ".", ",", ";")


def sides(s: Sentence, first: int, last: int, starts: set[int], ends: set[int]) -> bool:
    """Whether the number told by tokens ``first:last`` is one side of a size ("2,880 by
    1,800 pixels", "2880 pixels by 1800", "8 by 12 feet"): no count of anything. ``starts``
    and ``ends`` are the token indexes where the sentence's numbers begin and end (exclusive);
    a year after "by" is a deadline ("sold 500 by 2010")."""

    def year(k: int) -> bool:
        word = s.word(k)
        return word.isdigit() and 1900 <= int(word) <= 2100

    if s.word(last) in _SIDES and last + 1 in starts:  # "2,880 by 1,800 pixels"
        return not year(last + 1) or s.word(last + 2) not in _ENDS
    if s.is_word(last) and s.word(last + 1) == "by" and last + 2 in starts:
        return not year(last + 2)  # "2880 pixels by 1800"
    if s.word(first - 1) in _SIDES and first - 1 in ends:
        return not year(first) or s.word(last) not in _ENDS
    return (
        s.word(first - 1) == "by" and first - 2 in ends and s.is_word(first - 2) and not year(first)
    )


def rate_points(
    s: Sentence, first: int, last: int, figure: float
) -> tuple[UnitInfo, int, str] | None:
    """The unit of points a rate moved by, told after the figure at tokens ``first:last``
    ("lifted borrowing costs by half a point": percentage points; "by 25 points": basis
    points, hundredths, as bankers count them from 5 up), with the token after it and its
    word; None for other points (a margin, an index)."""
    if s.lemmas[last : last + 1] != ["point"] or not rate_moved(s, first):
        return None
    size = "basis point" if figure >= 5 else "percentage point"
    return s.rules.units[size], last + 1, s.lower[last]


def rate_moved(s: Sentence, first: int) -> bool:
    """Whether a figure after "by" tells how far a rate moved ("raised rates by half a point",
    "lifted borrowing costs by 25 points"): the verb's object a rate (the rules' equivalent
    terms of "rate")."""
    from reader.core.facts.phrases import changed_thing  # (phrases reads ratios)

    rate = s.rules.canonical("rate")
    return s.word(first - 1) == "by" and changed_thing(s, first) == rate


CAP = "cap"  # the predicate of a level set as an upper limit
_WAITING = frozenset({"will", "would", "be", "been", "is", "are", "was", "were", "to"})
_CLOSING = frozenset("on in for of from to and by at was were will would is are".split())


def capped(s: Sentence, first: int, end: int) -> str | None:
    """What a limit told at tokens ``first:end`` is set on, or None: "capping rent increases
    at 3 percent", "rent rises will be limited to 2%", "a cap of 3.5 percent a year on rent
    rises", "a 3.5 percent cap on rent rises" (the rules' cap words; the limited noun's head)."""
    words = s.rules.counting.get("cap_words", ())

    def limiting(k: int) -> bool:
        return s.is_word(k) and ing_verb(s.lemmas[k]) in words

    def plain(k: int) -> bool:  # a common noun's word (the sentence's first may be capital)
        lower = s.toks[k].text.islower() or (k == 0 and s.toks[k].text[1:].islower())
        return s.is_word(k) and lower and s.lower[k] not in STOPWORDS | _WAITING

    head: int | None = None
    if s.word(first - 1) in ("at", "to") and first >= 2:
        k = first - 2
        if limiting(k) and s.word(k - 1) in _WAITING:  # "rent rises will be capped at"
            j = k - 1
            while j >= 0 and s.word(j) in _WAITING:
                j -= 1
            head = j if j >= 0 and plain(j) else None
        elif plain(k):  # "capping rent increases at 3 percent": the verb's object
            j = k - 1
            while j > k - 3 and plain(j) and not limiting(j):
                j -= 1
            inflected = s.lower[j] != ing_verb(s.lemmas[j])  # "capping", "caps" (not "cap")
            verb = limiting(j) and not s.toks[j].text[:1].isupper() and inflected
            head = k if verb or (limiting(j) and s.word(j - 1) in _WAITING) else None
    else:
        noun = first - 2 if s.word(first - 1) == "of" else None  # "a cap of 3.5 percent"
        if noun is None and s.is_word(end):
            noun = end  # "a 3.5 percent cap on"
        if noun is not None and noun >= 0 and s.is_word(noun) and s.lemmas[noun] in words:
            reach = range(max(end, noun + 1), min(len(s.toks), end + 5))
            on = next((j for j in reach if s.word(j) in ("on", "for")), None)
            if on is not None:
                j = on + 1
                while s.word(j) in ("the", "a", "an", "any", "all"):
                    j += 1
                while plain(j + 1) and s.word(j + 1) not in _CLOSING:
                    j += 1
                head = j if plain(j) else None
    if head is None or s.lower[head] in ("it", "them", "this", "that", "which"):
        return None
    return s.rules.canonical(s.lemmas[head])


_VOTED_YES = re.compile(r"\s+(?:of\s+(?:the\s+)?voters\s+)?(?:voted|said)\s+(?:yes|in\s+favou?r)\b")


def share_of(s: Sentence, q: Quantity, first: int) -> Quantity:
    """A share told of a vote: "with 56.4% in favour", "approved by 52.9% of voters",
    "56% of voters backed" (the share for); "on a turnout of 68%" (what the share is of)."""
    after = s.text[q.end : q.end + 30].lower()
    favouring = s.rules.canonical_counting("favouring_verbs")
    voters = q.thing in ("voter", "people") and s.rules.canonical(q.predicate or "") in favouring
    approved = s.word(first - 1) == "by" and s.rules.canonical(s.lemmas[first - 2]) in favouring
    if (
        re.match(r"\s+in\s+(?:favour|favor)\b", after)
        or _VOTED_YES.match(after)  # "52.4 percent voted yes"
        or voters
        or (approved and q.thing == "voter")
    ):
        return replace(q, thing="vote", predicate="favour", words="in favour")
    noun = first - 2
    told = s.word(first - 1) == "of" and s.word(noun - 1) in ("a", "an", "the")
    if q.thing is None and told and s.is_word(noun) and s.lower[noun] not in STOPWORDS:
        return replace(q, thing=s.lemmas[noun])  # "on a turnout of 68%"
    return q
