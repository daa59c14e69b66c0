"""Counts that go together: "two women and one man died" (parts of one total), "144
passengers and six crew members on board" (one verb for both), and the counted thing's class
("passengers", "crew" and "residents" are people)."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.core.facts.amounts import Sentence
from reader.core.facts.lexicon import AUXILIARIES
from reader.core.facts.quantities import Op, Quantity, Value, format_number
from reader.core.language import lemma
from reader.core.rules import Rules


def thing_of(rules: Rules, noun: str) -> str:
    if noun in rules.counting["person_nouns"] or (len(noun) > 7 and noun.endswith("people")):
        return "people"  # (and "workpeople", "townspeople")
    return rules.canonical(noun)


def compound_thing(rules: Rules, words: list[str], noun: str) -> str:
    """The counted thing of a noun, or of the two-word compound it ends when the rules list
    that ("a 2.1 billion euro spending plan": the budget; "450 new teaching posts": teachers)."""
    if len(words) >= 2:
        found = rules.term_class(f"{words[-2]} {words[-1]}")
        if found:
            return found
    return thing_of(rules, noun)


def shared_verb(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """ "144 passengers and six crew members on board": the verb after the second count is
    the first's too."""
    out = list(found)
    for k in range(len(out) - 2, -1, -1):
        q, nxt = out[k], out[k + 1]
        between = s.text[q.end : nxt.start].strip().lower()
        counts = q.dimension == nxt.dimension == "count" and q.thing not in s.rules.measures
        if between == "and" and q.predicate is None and nxt.predicate and q.thing and counts:
            out[k] = replace(q, predicate=nxt.predicate, words=nxt.words)
    return out


_SINGLE_BEFORE = re.compile(r"\b(?:a|an|one)\s+(?:[a-z]+\s+)?([a-z]+)\s*,?\s+and\s+$", re.I)


_SINGLE_AFTER = re.compile(
    r"\s+and\s+(?:a|an|one|their|his|her|its)\s+([a-z]+)\b(?:\s+([a-z]+)\b)?", re.I
)  # ("and a teacher", "and their football coach")


def _one_person(s: Sentence, m: re.Match[str]) -> int | None:
    """The end of "and a teacher", "and a young boy" after a count of people; None when
    what follows is no person ("two men and a dog")."""
    roles = s.rules.counting.get("role_nouns", ())
    for group in (1, 2):
        word = m.group(group)
        if word is None:
            return None
        noun = lemma(word.lower())
        if thing_of(s.rules, noun) == "people" or noun in roles:
            after = re.match(r"\s+of\s+(?:about\s+|some\s+)?([\w]+)", s.text[m.end(group) :])
            counted = after and (after.group(1).isdigit() or after.group(1) in s.rules.number_words)
            if counted:
                return None  # "and a crew of thirty-four": a count of its own
            return m.end(group)
    return None


_ALL_ROLES = "total"  # the kind of a sum of groups: meets "162 people", not "174 passengers"


def coordinated(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """ "two women and one man died", "a man and two women died": counts of people joined by
    "and" under one verb are parts of one total, which is what the accounts compare."""
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        run = [found[i]]
        while i + len(run) < len(found):
            nxt, last = found[i + len(run)], run[-1]
            between = s.text[last.end : nxt.start].strip().lower()
            crew = _GROUP_OF.fullmatch(between)  # "74 passengers and a crew of 18"
            if crew and thing_of(s.rules, lemma(crew.group(1))) != "people":
                crew = None
            if nxt.thing != "people" or last.thing != "people" or not (between in _JOINS or crew):
                break
            if re.search(r"\bof (?:them|whom|those)\b", s.text[nxt.start : nxt.end + 12]):
                break  # "Eleven people, five of them children": a part, not more people
            if (
                last.predicate
                and nxt.predicate != last.predicate
                and (_verb_before(s, last) or _with_before(s, last))
                and _object_too(s, nxt)
            ):
                nxt = replace(nxt, predicate=last.predicate, words=last.words)  # "carrying
                found[i + len(run)] = nxt  # 150 passengers and six crew members crashed":
                # both carried; what crashed is the plane
            if last.predicate and nxt.predicate and last.predicate != nxt.predicate:
                break  # "killed 5 people and injured 20"
            run.append(nxt)
        head = run[0]
        start, extra = head.start, 0.0
        single = _SINGLE_BEFORE.search(s.text[max(0, head.start - 30) : head.start])
        if (
            head.thing == "people"
            and single
            and thing_of(s.rules, lemma(single.group(1).lower())) == "people"
        ):
            start, extra = head.start - len(single.group(0)), 1.0
        end = run[-1].end
        after = _SINGLE_AFTER.match(s.text, end)
        one = _one_person(s, after) if head.thing == "people" and after else None
        if one is not None:
            end, extra = one, extra + 1.0  # "three students and a teacher": four
        values = [q.value for q in run]
        if (
            (len(run) > 1 or extra)
            and run[-1].predicate
            and all(v.op == Op.EQ and v.figure is not None for v in values)
        ):
            total = sum(v.figure for v in values) + extra  # type: ignore[misc]
            value = Value(Op.EQ, total, total, total, 1.0)
            roles = s.rules.counting.get("role_nouns", ())
            parts = len(run) > 1 and all(set(q.kind_of.split()) & roles for q in run)
            out.append(
                replace(
                    run[-1],
                    start=start,
                    values=(value,),
                    end=end,
                    display=f"{format_number(total)} ({s.text[start:end]})",
                    noun="",
                    kind_of=_ALL_ROLES if parts else "",
                )
            )
            if parts:
                out.extend(run)  # "155 passengers and seven crew": 162 on board, and each
                # group on its own ("174 passengers" is told of the passengers alone)
        else:
            out.extend(run)
        i += len(run)
    return out


_JOINS = frozenset({"and", ",", ", and"})
_GROUP_OF = re.compile(r"(?:,\s*)?and (?:a|an|the|its|her) ([a-z]+) of")


def _object_too(s: Sentence, q: Quantity) -> bool:
    """Whether a count after "and" is a second object of the verb before the first ("150
    passengers and six crew members crashed": a noun, and no auxiliary or verb of its own
    before its verb), not the subject of a clause of its own ("and 20 were injured")."""
    if not q.noun or _verb_before(s, q):
        return False
    after = s.text[q.end : q.end + 30].lower().split()
    return not after or after[0] not in AUXILIARIES


def _verb_before(s: Sentence, q: Quantity) -> bool:
    """Whether the count's verb stands just before it ("carrying 150 passengers")."""
    if not q.words:
        return False
    before = s.text[max(0, q.start - len(q.words) - 12) : q.start].lower().split()
    return q.words.lower().split()[-1] in before[-3:]


def _with_before(s: Sentence, q: Quantity) -> bool:
    """ "A jet with 142 passengers and six crew skidded": what "with" holds, the count's
    verb the one its sentence gave it (on board), not the verb after the list."""
    return not q.words and s.text[max(0, q.start - 5) : q.start].lower() == "with "


def demonym(s: Sentence, k: int) -> bool:
    """A capitalised word of nationality before a noun ("Kostani", "Valdaran", "Swedish")."""
    word = s.toks[k].text
    nation = word.lower().endswith(("i", "an", "ese", "ish"))
    return word[:1].isupper() and word.isalpha() and nation and not word.isupper()  # ("DUI")


def nations_joined(s: Sentence, first: int, last: int) -> tuple[int, int, str]:
    """A counted noun told after two nationalities: "23 Somali and Yemeni pirates" counts
    pirates of both nations; "12 Somali and 11 Yemeni suspects" counts Somali suspects.
    Returns the noun run and the one nation counted ("" for both or none)."""
    if last != first or not s.is_word(first) or not demonym(s, first) or s.word(first + 1) != "and":
        return first, last, ""
    j = first + 2
    counted = j < len(s.toks) and s.toks[j].kind == "num"
    j += counted
    if (
        not (s.is_word(j) and demonym(s, j))
        or not s.is_word(j + 1)
        or s.toks[j + 1].text[:1].isupper()
    ):
        return first, last, ""
    return j + 1, j + 1, s.lower[first] if counted else ""
