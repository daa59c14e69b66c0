"""Amounts an account leaves open or gives as none.

Open: a negated or refusing reporting verb with a counter ("did not say how many troops",
"would not specify the number of soldiers", "declined to give the size of the force"), an
open adjective ("the number of troops was not disclosed", "casualty figures remain
unconfirmed", "it is unclear how many died") or phrase ("an unknown number of"). The display
is the account's own words.

None: "no one was killed or injured", "there were no casualties", "no dead or wounded".
Verbs, counters and adjectives come from the rules (``open_values``, ``counting``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from reader.core.facts.lexicon import AUXILIARIES, DETERMINERS, STOPWORDS
from reader.core.facts.numbers import Tok
from reader.core.facts.quantities import Op, Quantity, Value
from reader.core.rules import Rules

_OPEN = Value(Op.OPEN, None, None, None, 0.0)
_ZERO = Value(Op.EQ, 0.0, 0.0, 0.0, 0.0)
_NEGATIONS = ("not", "n't", "never", "declined", "refused", "failed", "unable", "no")


def _phrase_at(lower: list[str], i: int, phrases: tuple[str, ...]) -> int:
    """Length in tokens of the first phrase that starts at token ``i`` (0 if none)."""
    for words in _by_first(phrases).get(lower[i], ()):
        if lower[i : i + len(words)] == words:
            return len(words)
    return 0


@lru_cache(maxsize=32)
def _by_first(phrases: tuple[str, ...]) -> dict[str, list[list[str]]]:
    """Phrases split into words, grouped by their first word, longest first."""
    table: dict[str, list[list[str]]] = {}
    for phrase in phrases:
        words = phrase.split()
        table.setdefault(words[0], []).append(words)
    return table


def _counted(
    lower: list[str], lemmas: list[str], k: int, rules: Rules
) -> tuple[str | None, int, str | None, int]:
    """The thing after a counter ("how many troops") and a predicate after it ("were
    killed"): (thing, its token, predicate, last token used)."""
    n = len(lower)
    while k < n and lower[k] in DETERMINERS:
        k += 1
    j = k
    while j < min(n, k + 6) and (lower[j] == "." or (len(lower[j]) == 1 and lower[j].isalpha())):
        j += 1  # "how many U.S. troops": the initials qualify the noun
    if j > k + 1 and j < n and lower[j].isalpha():
        k = j
    thing = None
    last = k - 1
    if k < n and lower[k].isalpha() and lower[k] not in STOPWORDS:
        thing = lemmas[k]
        last = k
        nxt = lower[k + 1] if k + 1 < n else ""
        verb = lemmas[k + 1] != nxt and not nxt.endswith("s") if k + 1 < n else False
        if (
            nxt.isalpha()
            and nxt not in STOPWORDS | AUXILIARIES
            and not nxt.endswith(("ed", "ing"))
            and not verb  # "how many vehicles fell"
        ):
            thing, last = lemmas[k + 1], k + 1  # "how many U.S. troops", "casualty figures"
    predicate = None
    j = last + 1
    while j < n and lower[j] in AUXILIARIES and j - last < 4:
        j += 1
    inflected = j < n and lemmas[j] != lower[j] and not lower[j].endswith("s")
    aboard = j < n and (lower[j] in ("aboard", "onboard") or lower[j : j + 2] == ["on", "board"])
    if aboard:  # "how many people were on board"
        predicate, last = rules.canonical("board"), j + (lower[j] == "on")
    elif j < n and (j > last + 1 or inflected) and lower[j].isalpha() and lower[j] not in STOPWORDS:
        predicate = rules.canonical(lemmas[j])
        last = j
        state = rules.canonical(lemmas[j + 1]) if j + 1 < n else ""
        if lemmas[j] in ("remain", "stay") and state in rules.counting["human_predicates"]:
            predicate, last = state, j + 1  # "how many remained missing"
    if thing is not None:
        if thing in rules.counting["person_nouns"]:
            thing = "people"
        elif rules.canonical(thing) in rules.counting["human_predicates"] | {"kill", "injure"}:
            predicate, thing = rules.canonical(thing), "people"  # "how many dead"
        else:
            thing = rules.canonical(thing)
    return thing, k, rules.sent_predicate(thing, predicate), last  # "the number of troops"


def open_and_zero_values(
    text: str, toks: list[Tok], lemmas: list[str], rules: Rules
) -> Iterator[Quantity]:
    """Open and zero amounts in a sentence's tokens."""
    lower = [t.lower for t in toks]
    table = rules.open_values
    verbs = set(table.get("verbs", ()))
    counters = table.get("counters", ())
    used = -1
    for i in range(len(toks)):
        if i <= used:
            continue
        size = _phrase_at(lower, i, counters)
        if size:
            negated = any(_negative(w) for w in lower[max(0, i - 5) : i])
            verb_before = any(lemmas[k] in verbs for k in range(max(0, i - 3), i))
            thing, _, predicate, last = _counted(lower, lemmas, i + size, rules)
            tail = " ".join(lower[last + 1 : last + 5])
            open_after = _open_adjective(tail, table)
            if (
                (negated and verb_before)
                or open_after
                or _open_adjective(" ".join(lower[max(0, i - 4) : i]), table)
            ):
                begin = i
                while (
                    begin > 0
                    and i - begin < 5
                    and (
                        _negative(lower[begin - 1])
                        or lemmas[begin - 1] in verbs
                        or lower[begin - 1]
                        in (
                            "to",
                            "did",
                            "would",
                            "could",
                            "do",
                            "does",
                            "it",
                            "is",
                            "was",
                            "remains",
                        )
                    )
                ):
                    begin -= 1
                end = last
                if open_after:
                    end = min(
                        len(toks) - 1, last + len(open_after.split()) + _aux_count(lower, last + 1)
                    )
                words = open_after or _phrase(text, toks, begin, i - 1)
                found = _quantity(
                    text,
                    toks,
                    begin,
                    end,
                    _OPEN,
                    thing,
                    predicate,
                    words,
                    noun_at(toks, i + size),
                )
                money = " ".join(lower[i : i + size]) in table.get("money_counters", ())
                clause = i + size < len(lower) and lower[i + size] in DETERMINERS  # "how much
                substance = thing is not None and not clause  # the strike had cost": a sum
                sums = rules.canonical_counting("money_nouns")
                if money and not (substance and thing not in sums):
                    found = replace(found, dimension="money", thing=None, noun="")  # "how much"
                # ("how much gas had escaped": an amount of the gas, not a sum)
                yield found
                used = end
                continue
        size = _phrase_at(lower, i, table.get("phrases", ()))
        if size:
            thing, _, predicate, last = _counted(lower, lemmas, i + size, rules)
            words = (
                _phrase(text, toks, i, i + size - 1).replace(" number of", "").replace("an ", "", 1)
            )
            yield _quantity(
                text,
                toks,
                i,
                last,
                _OPEN,
                thing,
                predicate,
                words,
                noun_at(toks, i + size),
            )
            used = last
            continue
        sum_at = _open_sum(lower, lemmas, i, rules)
        if sum_at is not None:  # "did not disclose the fee", "for an undisclosed sum"
            found = _quantity(text, toks, sum_at, i, _OPEN, rules.canonical(lemmas[i]), None)
            yield replace(found, dimension="money", noun=lower[i])
            used = i
            continue
        if lower[i] in ("unanimous", "unanimously"):  # "The decision was unanimous": no one
            found = _quantity(text, toks, i, i, _ZERO, "vote", "against")  # voted against
            yield replace(found, scope="against", display="unanimous")
            continue
        zero = _zero_at(lower, lemmas, i, rules)
        if zero:
            grades = rules.data.get("severity_adverbs", {})
            for predicate, end in zero:  # "The other people at the party escaped without
                found = _quantity(text, toks, i, end, _ZERO, "people", predicate)  # injury",
                others = _OTHERS.intersection(lower[max(0, i - 12) : end])  # "no one else was
                grade = next((grades[w] for w in lower[i:end] if w in grades), "")  # hurt":
                grade = grade or ("serious" if "serious" in lower[i:end] else "")  # not the
                scope = "other" if others else grade  # toll; "No one was seriously hurt":
                yield replace(found, scope=scope) if scope else found  # none of the badly hurt
                used = max(used, end)
            continue
        none_done = _none_done(lower, lemmas, i, rules)
        if none_done is not None:  # "no jobs would be cut": none of the things had it done
            thing, predicate, end = none_done
            yield _quantity(text, toks, i, end, _ZERO, thing, predicate)
            used = max(used, end)


_SUMS = frozenset({"sum", "amount"})
_ZERO_FILLERS = frozenset(  # words between "no one" and what befell them ("no confirmed
    "immediate reports report of any confirmed serious or and other else".split()  # reports")
)
_OTHERS = frozenset({"other", "others", "else", "rest"})
_UNTOLD = frozenset({"undisclosed", "unspecified", "unknown", "unrevealed", "secret"})


def _open_sum(lower: list[str], lemmas: list[str], i: int, rules: Rules) -> int | None:
    """Where a sum left open begins: "did not disclose the fee", "declined to reveal the
    price", "an undisclosed sum"; None when the word at ``i`` is no such sum."""
    if lemmas[i] not in rules.counting.get("money_nouns", ()) and lemmas[i] not in _SUMS:
        return None
    if i >= 1 and lower[i - 1] in _UNTOLD:
        return i - 1 - (i >= 2 and lower[i - 2] in ("an", "a", "the"))
    if i < 2 or lower[i - 1] not in ("the", "its", "his", "her", "their"):
        return None
    verbs = set(rules.open_values.get("verbs", ()))
    if lemmas[i - 2] not in verbs or lower[i - 2] in ("said", "says", "say"):
        return None  # (not "said the fee would rise")
    before = lower[max(0, i - 7) : i - 2]
    if not any(_negative(w) for w in before):
        return None
    k = next(k for k in range(max(0, i - 7), i - 1) if _negative(lower[k]))
    return k - 1 if k >= 1 and lower[k - 1] in ("did", "does", "do", "would", "could") else k


def _negative(word: str) -> bool:
    return word in _NEGATIONS or word.endswith(("n't", "n’t"))


def _aux_count(lower: list[str], k: int) -> int:
    n = 0
    while k + n < len(lower) and lower[k + n] in AUXILIARIES | {"still", "yet"}:
        n += 1
    return n


def _open_adjective(tail: str, table: dict[str, tuple[str, ...]]) -> str:
    """The open adjective a phrase contains ("was not disclosed" -> "not disclosed")."""
    padded = f" {tail} "
    for adjective in table.get("adjectives", ()):
        if f" {adjective} " in padded:
            return adjective
    return ""


def _zero_at(lower: list[str], lemmas: list[str], i: int, rules: Rules) -> list[tuple[str, int]]:
    """ "no one was killed or injured", "no casualties", "no dead or wounded": the predicates
    given as none, each with the last token it used."""
    zero_words = rules.counting.get("zero_words", frozenset())
    word = lower[i]
    k = i + 1
    if word == "no" and lower[k : k + 1] == ["one"]:
        k += 1
    elif word == "no" and lower[k : k + 2] == ["-", "one"]:
        k += 2
    elif word not in zero_words and word != "without":
        return []
    out: list[tuple[str, int]] = []
    casualties = rules.counting.get("casualty_words", frozenset())
    grades = rules.data.get("severity_adverbs", {})  # ("No one was seriously hurt")
    steps = 0
    while k < len(lower) and steps < 6:
        w = lower[k]
        if w in AUXILIARIES or w in grades or w in _ZERO_FILLERS:
            k += 1
            steps += 1
            continue
        term = rules.canonical(lemmas[k])
        if lemmas[k] in casualties or w in casualties:
            out += [("kill", k), ("injure", k)]
        elif term in ("kill", "injure"):
            out.append((term, k))
        else:
            break
        k += 1
        steps += 1
    return out


def _none_done(
    lower: list[str], lemmas: list[str], i: int, rules: Rules
) -> tuple[str, str, int] | None:
    """ "no jobs would be cut", "no homes were destroyed": a plural thing (not people, read
    above) of which none had the deed done, as (thing, predicate, last token), or None."""
    k = i + 1
    if lower[i] != "no" or k >= len(lower) or lower[k] in STOPWORDS:
        return None
    noun = lemmas[k]
    if noun == lower[k] or not lower[k].endswith("s") or noun in rules.counting["person_nouns"]:
        return None
    j, passive = k + 1, False
    while j < len(lower) and j - k <= 4 and lower[j] in AUXILIARIES:
        passive = passive or lower[j] in ("be", "been", "was", "were", "is", "are")
        j += 1
    if not passive or j >= len(lower) or lower[j] in STOPWORDS or not lower[j].isalpha():
        return None
    return rules.canonical(noun), rules.canonical(lemmas[j]), j


def _phrase(text: str, toks: list[Tok], first: int, last: int) -> str:
    if last < first:
        return ""
    return " ".join(text[toks[first].start : toks[last].end].split())


def noun_at(toks: list[Tok], k: int) -> str:
    """The counted noun after a counter, as written ("how many [troops]")."""
    while k < len(toks) and toks[k].lower in DETERMINERS:
        k += 1
    return toks[k].lower if k < len(toks) and toks[k].kind == "word" else ""


def _quantity(
    text: str,
    toks: list[Tok],
    first: int,
    last: int,
    value: Value,
    thing: str | None,
    predicate: str | None,
    words: str = "",
    noun: str = "",
) -> Quantity:
    start, end = toks[first].start, toks[last].end
    shown = "none" if value.op == Op.EQ else (words or " ".join(text[start:end].split()))
    return Quantity(
        start,
        end,
        (value,),
        "count",
        thing,
        predicate,
        shown,
        predicate or "",
        None,
        noun=noun,
    )
