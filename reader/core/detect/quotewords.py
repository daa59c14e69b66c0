"""Comparing two quotations word by word: content words, one statement reworded or cut at
either end, short statements alike in their little words, and terms in quotation marks. Pure
functions of word lists, shared by the quotation and speech detectors."""

from __future__ import annotations

from difflib import SequenceMatcher

from reader.core.facts.lexicon import NEGATION_WORDS, STOPWORDS

ONE_STATEMENT = 0.4  # likeness of two quotations' content words (in order) as one statement
STATEMENT_WORDS = 5  # words a quotation with one content word needs to be a statement
EDGE = 1  # a word over on both sides at a cut ("now that moment has arrived" / "That moment")


def within(a: list[str], b: list[str]) -> bool:
    """Whether the shorter word list runs unbroken inside the longer ("the worst crisis in
    our history" in "This is the worst crisis in our history")."""
    short, long_ = sorted((a, b), key=len)
    return any(long_[i : i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def one_statement(a: list[str], b: list[str]) -> bool:
    """Two quotations sharing content words that may be one statement: alike as wholes, or
    one cut from the other. "I saw a lot of women and children" shares three words with a
    longer quotation about women and children, but neither is the other reworded or cut."""
    ca = [w[:6] for w in a if content_word(w)]
    cb = [w[:6] for w in b if content_word(w)]
    matcher = SequenceMatcher(None, ca, cb, autojunk=False)
    if matcher.ratio() >= ONE_STATEMENT:
        return True
    short = min(len(ca), len(cb))
    blocks = [m for m in matcher.get_matching_blocks() if m.size]
    if sum(m.size for m in blocks) < max(2, short - 1):
        return False
    side = 1 if len(ca) <= len(cb) else 0  # where the shorter's words are found in the longer
    first, last = blocks[0][side], blocks[-1][side] + blocks[-1].size
    return last - first <= 2 * short  # found close together: cut from it, perhaps reworded


def alike_words(a: list[str], b: list[str], least: int = 3) -> bool:
    """Short statements alike in their little words too ("We will rebuild this city" / "We
    shall rebuild this town"), ``least`` of them at least."""
    aa, ab = set(a), set(b)
    common = len(aa & ab)
    return common >= least and common / min(len(aa), len(ab)) >= 0.6


def content_word(word: str) -> bool:
    return len(word) > 2 and word not in STOPWORDS and not word.endswith(("n't", "n’t", "'s", "’s"))


def named(wordings: set[str]) -> bool:
    """Short quotations that are one inside the other: a term in quotation marks ("ring of
    fire" / "the Pacific Ring of Fire"), not a statement worded differently."""
    ordered = sorted(wordings, key=len)
    return len(ordered[-1].split()) <= 5 and all(w in ordered[-1] for w in ordered[:-1])


def extents_of_one(a: list[str], b: list[str]) -> bool:
    """Two quotations that cut one statement differently: one inside the other, or the end of
    one the start of the other (compared on content words, so "the" does not count)."""
    ca = [w for w in a if content_word(w) or w in NEGATION_WORDS]  # ("will not bow" / "will
    cb = [w for w in b if content_word(w) or w in NEGATION_WORDS]  # never bow": reworded)
    if not ca or not cb:
        return False
    if ca == cb and len(a) == len(b) and a != b:
        return False  # "lost all legitimacy" / "lost its legitimacy": reworded, not cut
    if min(len(ca), len(cb)) < 2 and min(len(a), len(b)) >= STATEMENT_WORDS:
        ca, cb = a, b  # "We are doing all we can to reach them": a statement, all its words
    m = SequenceMatcher(None, ca, cb, autojunk=False).find_longest_match(0, len(ca), 0, len(cb))
    if m.size < min(3, len(ca), len(cb)):
        return False
    starts = m.a == 0 or m.b == 0
    ends = m.a + m.size == len(ca) or m.b + m.size == len(cb)
    if not (starts and ends):
        return False
    # a cut leaves words over on one side only, at either end: "This is my beloved Son" /
    # "Thou art my beloved Son" share their content words, yet each opens with its own words
    blocks = [
        x for x in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks() if x.size
    ]
    first, last = blocks[0], blocks[-1]
    opened = min(first.a, first.b) <= EDGE
    closed = min(len(a) - last.a - last.size, len(b) - last.b - last.size) <= EDGE
    side = 0 if len(a) <= len(b) else 1  # the shorter, whole between its first and last match
    span = (last.a + last.size - first.a) if side == 0 else (last.b + last.size - first.b)
    whole = span == sum(x.size for x in blocks)  # (not "chosen the future" / "chosen its
    return opened and closed and whole  # future, and now we must deliver it")
