"""Closed word lists of English grammar the extractors share: function words, months,
weekdays, pronouns, name particles, auxiliaries. Vocabulary lives in the rules data."""

from __future__ import annotations

import re

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up very
    was we were what when where which while who whom why will with would you your yours
    yourself yourselves according would could may might must shall also
    however since still yet even last first new one two its it's who's there's mr mrs ms
    unto thee thou thy thine ye hath doth shalt wilt thereof whereof wherein thence""".split()
)  # (the last line: archaic English function words, as in the King James Bible)

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tue": 1,
    "tues": 1,
    "wednesday": 2,
    "wed": 2,
    "thursday": 3,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}

PRONOUNS = frozenset("he she they it we i you his her their its this that".split())

NAME_PARTICLES = frozenset(
    "de del la las los da do dos das van von der den di le du bin al".split()
)

AUXILIARIES = frozenset(
    """be is are was were been being am have has had having do does did will would shall
    should can could may might must""".split()
)

# Words that sit between a count and its verb without changing what is counted:
# "five people had so far been confirmed dead".
ADVERBS_OF_REPORT = frozenset(
    """also so far since then now already reportedly reported confirmed feared believed
    thought presumed said known later initially officially still""".split()
)

DETERMINERS = frozenset(
    "a an the this that these those his her its their our my your some any".split()
)

# Prepositions and direction words that end a noun phrase ("200ft from a ridge",
# "58km south-west of", "seven days across the border").
PREPOSITIONS = frozenset(
    """near across along toward towards inside outside via per behind beyond beside
    amid among around within without upon onto past off away north south east west
    northeast northwest southeast southwest north-east north-west south-east south-west
    north-northeast north-northwest south-southeast south-southwest""".split()
)

# Verbs whose past tense is their base form: after a noun they end the noun phrase
# ("nearly 100 people set off", "five villages hit by").
NEGATION_WORDS = frozenset(  # words that deny, as two wordings of one statement differ by them
    "not n't n’t never no neither nor nothing nobody none".split()
)
SAME_PAST = frozenset("set hit put cut let shut spread hurt cost quit burst cast".split())

_SAYING_ALWAYS = frozenset("say says said saying tell tells told telling".split())
_NOT_SPOKEN = re.compile(
    r"\s*(?:[$€£¥\d]|(?:a|an|his|her|its|their|responsibility|credit|lives)\b)", re.I
)


def spoken(text: str, word: str, end: int) -> bool:
    """Whether a verb of saying ending at ``end`` is used for saying: "claimed 40,000 euros in
    expenses", "claimed responsibility", "admitted a charge" are deeds; "said" always says."""
    if word.lower() in _SAYING_ALWAYS:
        return True
    return _NOT_SPOKEN.match(text, end) is None
