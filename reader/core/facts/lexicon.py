"""Small closed word lists the extractors share (grammar, not topic vocabulary)."""

from __future__ import annotations

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up very
    was we were what when where which while who whom why will with would you your yours
    yourself yourselves said says say told according would could may might must shall also
    however since still yet even last first new one two its it's who's there's mr mrs ms""".split()
)

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

SPEECH_VERBS = frozenset(
    """said says say told tell tells called calls call described describes describe accused
    accuses accuse added adds warned warns stated states announced announces claimed claims
    responded responds replied replies insisted insists argued argues noted notes wrote writes
    urged urges dismissed dismisses denounced denounces condemned condemns praised praises
    labelled labeled branded termed""".split()
)

ROLE_WORDS = frozenset(
    """president minister ministry spokesman spokeswoman spokesperson official officials
    secretary ambassador embassy general governor mayor senator lawmaker legislator deputy
    chief director commander leader premier chancellor king queen prince judge prosecutor
    police army ministry department office agency council committee government""".split()
)

PRONOUNS = frozenset("he she they it we i you his her their its this that".split())

NAME_PARTICLES = frozenset(
    "de del la las los da do dos das van von der den di le du bin al".split()
)

COUNT_SKIP = frozenset(
    """more additional other extra new further of the some than foreign american u.s. us
    british french local armed active elite special military regular""".split()
)
