"""Which date mentions a comparison leaves out: datelines and "Updated ..." lines, the page's
own date, a speaker's "today" inside a quotation, and the day a statement was made ("police
said Tuesday", "said at a news conference Wednesday"), which accounts written on different
days naturally give differently."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.align import Unit
from reader.core.detect.base import Context
from reader.core.facts.dates import DateMention
from reader.core.facts.lexicon import MONTHS, WEEKDAYS, spoken


@dataclass(frozen=True)
class Item:
    doc: int
    unit: Unit
    m: DateMention


def dateline(ctx: Context, item: Item) -> bool:
    """A unit that is little more than a date: a dateline or "Updated ..." line."""
    text = ctx.text(item.doc)
    rest = (text[item.unit.start : item.m.start] + " " + text[item.m.end : item.unit.end]).split()
    words = [w.lower().strip(".,;:") for w in rest if any(c.isalpha() for c in w)]
    tensed = any(w in ("was", "is", "were", "are", "will", "would", "has", "had") for w in words)
    stamps = {cue.split()[-1] for cue in ctx.rules.publication_cues}  # "Updated 3:40 p.m."
    tensed = tensed or any(w.endswith("ed") and w not in stamps for w in words)  # "It exploded
    tensed = tensed or any(w in ctx.rules.verb_of_participle for w in words)  # ("It struck
    return len(words) <= 4 and not tensed  # shortly after noon.", "Sentencing was set for ...",
    # "The quake struck at 4.10 a.m.")


def published(ctx: Context, item: Item) -> bool:
    """ "posted in Hit and Run Accidents on Friday, September 20, 2013": the page's date."""
    text = ctx.text(item.doc)
    before = text[max(item.unit.start, item.m.start - 60) : item.m.start].lower()
    return any(f"{cue} " in before or before.startswith(cue) for cue in ctx.rules.publication_cues)


def entry_stamp(ctx: Context, item: Item) -> bool:
    """ "16:05 The coastguard says ...": a clock time opening a line of a live report, with a
    capitalised sentence after it, is when the entry was written, not when anything happened."""
    text = ctx.text(item.doc)
    if item.m.kind != "time" or (item.m.start > 0 and text[item.m.start - 1] != "\n"):
        return False
    after = text[item.m.end : item.m.end + 3]
    return after[:1] in (" ", "\t") and after[1:2].isupper()


def quoted(ctx: Context, item: Item) -> bool:
    """A date inside a quotation is the speaker's "today", not the account's."""
    return any(q.start <= item.m.start < q.end for q in ctx.facts.quotes(item.unit))


WORDS = re.compile(r"[\w'’-]+")


def of_a_statement(ctx: Context, item: Item) -> bool:
    """ "police said Tuesday", "On Saturday, the coach indicated": the day of a statement,
    which accounts written on different days naturally give differently."""
    text = ctx.text(item.doc)
    before = text[max(item.unit.start, item.m.start - 50) : item.m.start].lower().split()[-4:]
    verbs = ctx.rules.speech_verbs
    for k, w in enumerate(before):
        passive = k > 0 and before[k - 1] in ("was", "were", "been", "is", "are")
        if w.strip(".,") in verbs and not passive:
            return True  # ("the first case was reported on April 28": the case's day)
    wider = text[max(item.unit.start, item.m.start - 60) : item.m.start].lower().split()[-7:]
    for k, w in enumerate(wider[: max(0, len(wider) - 4)]):
        passive = k > 0 and wider[k - 1] in ("was", "were", "been", "is", "are")
        if w in verbs and not passive and wider[k + 1] in ("at", "in", "during"):
            return True  # "said at a news conference Wednesday", "said in a statement on"
    opening = len(text[item.unit.start : item.m.start].split()) <= 1  # "On Saturday, the …"
    rest = text[item.m.end : min(item.unit.end, item.m.end + 30)]
    dated = rest.split(",")[0] if "," in rest else None  # ("8 p.m. on Tuesday, … said")
    if dated is not None and not opening and _only_date_words(dated):
        return False  # "swept through the province on Monday, the governor said": its day
    if dated is not None and not opening and item.m.kind == "relative" and len(dated.split()) < 5:
        return False  # "resigned two days after the vote, aides said": the deed's timing
    after_words = list(WORDS.finditer(text, item.m.end, min(item.unit.end, item.m.end + 70)))
    for m in after_words[:7]:
        if m.group().lower() in verbs and spoken(text, m.group(), m.end()):
            # a statement's day, unless the statement has its own ("fell ill on Friday
            # night ..., doctors said on Monday": Friday is the deed's)
            return not _OWN_DAY.match(text, m.end())
    return False  # ("resigned on Monday after auditors found he had claimed 40,000 euros":
    # a deed, not a statement)


_OWN_DAY = re.compile(
    r"\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b",
    re.I,
)
_DATE_WORDS = (
    frozenset("on at in the of this last morning afternoon evening night midnight noon".split())
    | frozenset({"and", "to", "through", "until"})  # ("between 2018 and 2021, … said")
    | frozenset(WEEKDAYS)
    | frozenset(MONTHS)
)


def _only_date_words(told: str) -> bool:
    """Whether words between a date and a comma only date it further ("on Tuesday")."""
    words = re.findall(r"[\w.]+", told.lower())
    return all(w in _DATE_WORDS or w.rstrip(".").isdigit() for w in words)
