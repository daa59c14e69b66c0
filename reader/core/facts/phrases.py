"""Phrases around a figure: the noun it counts, the verb that tells what happened, and the
name it belongs to ("Luck threw for 205 yards", "Raj Chohan, 59"). Grammar only."""

from __future__ import annotations

from reader.core.facts.amounts import Sentence
from reader.core.facts.lexicon import (
    ADVERBS_OF_REPORT,
    AUXILIARIES,
    DETERMINERS,
    PREPOSITIONS,
    SAME_PAST,
    STOPWORDS,
    WEEKDAYS,
)
from reader.core.facts.numbers import glued
from reader.core.facts.predicates import on_what

_BARE_VERBS = frozenset("come go be do get make take give".split())
# (present-tense verbs after a plural subject: "800 people live", "5,000 people work there")
_PLURAL_VERBS = frozenset("live work say know believe want need fear hope face wait".split())
_OBJECT_PRONOUNS = frozenset("him her them us it me".split())
_BEFORE_INFINITIVE = frozenset("to will would shall should can could may might must".split())
_LEADING_MODIFIERS = frozenset("more other additional further extra new".split())
# (copulas that are no noun: "nine remain missing", "two stay in hospital")
_COPULAS = frozenset({"remain", "remained", "remains", "stay", "stayed", "stays"})
_NOUN_STOP = (
    STOPWORDS
    | AUXILIARIES
    | PREPOSITIONS
    | frozenset({"more", "other", "others", "than", "remain", "stay", "earlier", "later", "ago"})
    | frozenset({"including", "excluding", "plus"})  # "£20 million including add-ons"
)
_TIME_ADVERBS = frozenset(  # "injured 23 late on Thursday" (not "200 late-shift workers")
    {"late", "early", "overnight", "yesterday", "today", "tonight", "tomorrow"}
)


def noun_run(s: Sentence, k: int) -> tuple[int, int]:
    """The noun phrase starting at token ``k``: its first and last token (last < first when
    there is none). Hyphenated and capitalised modifiers are taken: "12 worst-hit villages",
    "26 Somali pirates"."""
    n = len(s.toks)
    if 0 < k < n and s.toks[k].text in ("'", "’") and glued(s.toks[k - 1], s.toks[k]):
        k += 1  # "three years' famine"
    while k < n and s.lower[k] in _LEADING_MODIFIERS:
        k += 1
    first = k
    last = k - 1
    irregular = s.is_word(k) and s.lower[k] in s.rules.verb_of_participle  # "£16m spent on"
    regular = s.is_word(k) and verb_form(s, k) and s.lower[k].endswith("ed")
    if irregular or regular:
        plural_after = s.is_word(k + 1) and (
            (s.lower[k + 1].endswith("s") and s.lemmas[k + 1] != s.lower[k + 1])
            or s.lemmas[k + 1] in s.rules.counting["person_nouns"]
        )
        if not plural_after:
            return first, last  # "two landed inside the camp": no noun ("four armed men" has)
    while k < n and k - first < 6:
        tok = s.toks[k]
        if tok.text == "-" and last == k - 1 and k + 1 < n and glued(s.toks[k - 1], tok):
            k += 1
            continue
        if len(tok.text) == 1 and tok.text.isupper() and s.word(k + 1) == ".":
            k += 2  # "U.S. soldiers"
            continue
        if tok.kind == "num" and last >= first:
            break
        if tok.kind != "word":
            break
        word = s.lower[k]
        if word in _NOUN_STOP and not (word in ("others", "other") and last < first):
            break
        if word in ("aboard", "onboard", "ashore", "overboard"):
            break  # "with 23 crew aboard": where they were, not what was counted
        if word.endswith("ly") and len(word) > 4 and not _ly_modifier(s, k, last < first):
            break
        if word in _TIME_ADVERBS and s.word(k + 1) != "-":
            break
        day = word.removesuffix("s")
        if last >= first and len(day) > 5 and day in WEEKDAYS and tok.text[:1].isupper():
            break  # "wounded two men Monday": when, not what was counted
        hyphened = k > first and s.toks[k - 1].text == "-" and glued(s.toks[k - 1], tok)
        if (
            last >= first
            and not hyphened
            and (verb_form(s, k) or word in SAME_PAST or word in s.rules.verb_of_participle)
        ):
            break  # "people killed", "people fled", "two masked men broke in": the verb
        if last >= first and word in _BARE_VERBS:
            break  # "seven years of famine come unto thee": a verb, not a noun
        if last >= first and word.endswith("s") and s.word(k + 1) in s.rules.verb_particles:
            break  # "by a margin of nine points sets up a clash": a verb and its particle
        plural = last >= first and (
            s.lemmas[last] != s.lower[last]
            or s.lemmas[last] in s.rules.counting["person_nouns"]
            or (s.lower[last][-2:] in ("ns", "is") and s.toks[last].text[:1].isupper())
        )  # ("1,000 Canadians", "300 Israelis")
        if plural and word in _PLURAL_VERBS:
            break  # "about 800 people live in the community": what they do
        if plural and s.term(k) in s.rules.counting["human_predicates"]:
            break  # "300 people homeless", "five people missing": what became of them
        if plural and word.endswith("ing"):
            break  # "two blind men sitting": a plural noun, then what they were doing
        last = k
        k += 1
    if last > first and not s.lower[last].endswith("s"):
        for j in range(last - 1, first - 1, -1):
            if s.lower[j].endswith("s") and s.lemmas[j] != s.lower[j]:
                return first, j  # "twelve baskets full": the plural is the noun
    return first, last


def _ly_modifier(s: Sentence, k: int, leading: bool) -> bool:
    """Whether a word in -ly opening a noun phrase modifies the plural noun after it
    ("three elderly people", "two family members") rather than ending the phrase as an
    adverb ("injured 20 seriously", "rose 5 sharply")."""
    if not leading or not s.is_word(k + 1):
        return False
    nxt, base = s.lower[k + 1], s.lemmas[k + 1]
    person = base in s.rules.counting["person_nouns"]
    return person or (nxt.endswith("s") and base != nxt and not verb_form(s, k + 1))


def verb_form(s: Sentence, k: int) -> bool:
    """Whether a word after a noun reads as a verb: inflected, and not a plural noun."""
    word, base = s.lower[k], s.lemmas[k]
    if base == word or word.endswith("s"):
        return False
    return base not in s.rules.counting["person_nouns"]


def predicate_after(s: Sentence, k: int) -> int | None:
    """The verb after a counted noun: "were killed", "had so far been confirmed dead"."""
    n = len(s.toks)
    steps = 0
    if (
        s.word(k) == "and"
        and s.is_word(k + 1)
        and s.lemmas[k + 1] in s.rules.counting["person_nouns"]
    ):
        k += 2  # "340 men and boys have lost their lives": one count of both
    relative = s.word(k + 1) in ("whom", "who", "which", "that") and s.word(k + 2) != "is"
    if s.word(k) == "," and relative:  # (", that is," explains)
        k += 2  # "against eight hundred, whom he slew": what the relative clause says
        if s.word(k) in ("he", "she", "they", "we", "it", "i"):
            k += 1
    if s.word(k) == "aged" and k + 1 < n and s.toks[k + 1].kind == "num":
        k += 2  # "Two men aged 21 and 24 have been arrested": past their ages
        while k + 1 < n and s.word(k) in (",", "and") and s.toks[k + 1].kind == "num":
            k += 2
    elif s.word(k) == ",":  # "Eleven people, five of them children, died": past the aside
        close = next((j for j in range(k + 1, min(n, k + 12)) if s.word(j) == ","), None)
        named = close is not None and all(
            s.toks[j].text[:1].isupper() or s.lower[j] == "and" for j in range(k + 1, close)
        )  # "two managers, Paul Riva and Alan Steinberg, were wounded": past the names
        if close is not None and (
            named
            or any(s.lower[j] in ("of", "including") for j in range(k, close))
            or s.word(k + 1) in ("all", "both", "mostly", "among")  # ", all from one town,"
        ):
            k = close + 1
    while k < n and steps < 6:
        word = s.lower[k]
        if s.toks[k].kind != "word":
            return None
        if on_what(s, k):
            return k  # "130 people had been on the vessel": on board
        if word in ("aboard", "onboard") or (word == "on" and s.word(k + 1) == "board"):
            at = k + (word == "on")  # "144 passengers on board"
            for j in range(at + 1, min(n, at + 9)):
                if s.word(j) in (",", ".", ";", ":", "and", "but"):
                    break
                if s.word(j) in AUXILIARIES:  # "300 passengers aboard the Ocean Jewel have
                    later = predicate_after(s, j)  # fallen ill": what befell them there
                    return later if later is not None else at
            return at
        if steps == 0 and word == "of" and s.word(k + 1) not in DETERMINERS:
            first, last = noun_run(s, k + 1)  # "500 works of art were destroyed"
            if first <= last <= k + 3 and s.word(last + 1) in AUXILIARIES:
                return predicate_after(s, last + 1)
            return None
        if steps == 0 and word in _PLURAL_VERBS and s.word(k + 1) in ("in", "at", "on", "there"):
            return k  # "about 800 people live in the community"
        ing = word.endswith("ing") and len(word) > 5 and word not in STOPWORDS
        if steps == 0 and (ing or word in _PLACED):
            # "two blind men sitting by the way side": what they were doing, unless a verb
            # follows ("20 people working on the site were hurt", "Three workers on the
            # night shift were injured": past where they were)
            for j in range(k + 1, min(n, k + (12 if ing else 6))):
                if s.word(j) in AUXILIARIES:
                    later = predicate_after(s, j)
                    return later if later is not None or not ing else k
                if s.word(j) in (",", ".", ";", ":"):
                    break
            return k if ing else None
        obliged = s.word(k - 1) in ("had", "have", "has", "needed", "need")
        if word == "to" and obliged and s.word(k + 1) == "be" and steps > 0:
            k += 2  # "25 ambulances had to be sent elsewhere": what was done to them
            steps += 1
            continue
        if (
            word in AUXILIARIES
            or word in ADVERBS_OF_REPORT
            or (word.endswith("ly") and len(word) > 4)
        ):
            if word in _REPORTED:
                j = k + 1
                if s.word(j) == "to" and s.word(j + 1) in ("have", "be"):
                    j += 2  # "are now known to have died", "reported to have been killed"
                nxt = predicate_after(s, j)
                return nxt if nxt is not None else k
            k += 1
            steps += 1
            continue
        state = s.term(k + 1) if k + 1 < n and s.is_word(k + 1) else ""
        if (
            word in ("left", "made", "rendered", "leaving") or word in _COPULAS
        ) and state in s.rules.counting["human_predicates"]:
            return k + 1  # "were left homeless", "remain missing"
        if word in STOPWORDS:
            return None
        inflected = (
            s.lemmas[k] != word
            or (word.endswith(("ed", "en")) and word not in s.rules.number_words)
            or word in s.rules.verb_of_participle  # "whom he slew"
            or (s.word(k - 1) in _BEFORE_VERB and word not in STOPWORDS)  # "will be cut",
        )  # "up to 2,000 jobs could go"
        if word in s.rules.speech_verbs:  # ("told to leave their homes": what was done)
            told = s.word(k + 1) == "to" and s.is_word(k + 2)
            phrase = f"{s.lemmas[k]} to {s.lemmas[k + 2]}" if told else ""
            return k if phrase and s.rules.term_class(phrase) else None
        if (
            inflected
            or s.term(k) in s.rules.counting["human_predicates"]
            or word in ("dead", "hurt", "hit")
        ):
            return k
        return None
    return None


_BEFORE_VERB = frozenset("be been will would could may might can shall should must".split())
_PLACED = frozenset({"on", "in", "at", "inside", "near"})
_REPORTED = frozenset("confirmed reported feared believed thought presumed said known".split())
_CLAUSES = frozenset({"when", "as", "after", "before", "while", "because", "if", "since", "until"})


def verb_of_part(s: Sentence, k: int) -> int | None:
    """ "23 of the students kidnapped from the school on Friday had escaped": what the part
    did, past the participle at ``k`` that only tells which set it is a part of; None when
    no verb with an auxiliary follows in the clause."""
    word = s.word(k)
    if not (word.endswith("ed") or word in s.rules.verb_of_participle):
        return None
    for j in range(k + 1, min(len(s.toks), k + 12)):
        if s.word(j) in (",", ".", ";", ":", "and", "but", "who", "which") or s.word(j) in _CLAUSES:
            return None  # ("One man died when his car was swept away": another clause)
        if s.word(j) in s.rules.speech_verbs:
            return None  # "where dozens died in a fire on Monday said the exits were open"
        if s.word(j) in AUXILIARIES:
            return predicate_after(s, j)
    return None


_POSSESSIVES = frozenset({"its", "their", "his", "her"})


def changed_thing(s: Sentence, first: int) -> str | None:
    """What a level told after "to" or "at", or a change told after "by", is of: the object of
    a verb that sets it ("raised its main interest rate by half a point to 7.25%": rate), the
    subject of one that moves ("as inflation climbed to 6.8%": inflation) or of a passive
    ("The rate was cut by 25 basis points"); None when neither is told."""
    if s.word(first - 1) not in ("to", "at", "by"):
        return None
    counting = s.rules.counting
    setting = set(counting.get("raising_verbs", ()))
    moving = set(counting.get("rise_verbs", ())) | set(counting.get("fall_verbs", ()))
    moving |= set(counting.get("level_verbs", ()))
    for v in range(first - 2, max(-1, first - 14), -1):
        if s.toks[v].text in (",", ";", ":", "(") or s.lower[v] in ("and", "but", "while"):
            return None
        verb = s.lemmas[v]
        bare = s.is_word(v + 1) and s.toks[v + 1].text.islower() and not verb_form(s, v + 1)
        bare = bare and s.lower[v + 1] not in STOPWORDS  # "lifted borrowing costs by half"
        if verb in setting and (s.word(v + 1) in DETERMINERS | _POSSESSIVES or bare):
            j = v + 1
            while s.word(j) in DETERMINERS or s.word(j) in _POSSESSIVES:
                j += 1
            k = j
            while k < first - 1 and s.is_word(k) and s.lower[k] not in PREPOSITIONS | STOPWORDS:
                k += 1
            if k <= j or s.lower[k - 1] in STOPWORDS:
                return None
            pair = f"{s.lemmas[k - 2]} {s.lemmas[k - 1]}" if k - 2 >= j else ""
            named = s.rules.term_class(pair) if pair else None  # "borrowing costs": the rate
            if j == v + 1 and s.word(v + 1) not in DETERMINERS | _POSSESSIVES:
                return named or s.rules.term_class(s.lemmas[k - 1])  # (bare: a known term)
            return named or s.lemmas[k - 1]
        passive = verb in setting and s.word(v - 1) in ("was", "were", "been", "is", "be")
        if (verb in moving or passive) and v >= 1 and s.is_word(v - 1):
            u = v - 1 - passive  # ("The rate was cut by 25 basis points")
            noun = s.lower[u]
            if noun in STOPWORDS or not s.toks[u].text[1:].islower() or verb_form(s, u):
                return None
            return s.lemmas[u]
    return None


# Words between a verb and its count; participles that only qualify the count ("the remaining
# three skiffs", "an estimated 1,500 houses") are not what happened.
_NOT_PREDICATES = frozenset(
    "another some all only just the a an around about remaining following estimated reported "
    "alleged combined total additional further other".split()
)


_FORCING = frozenset({"force", "oblige", "compel", "cause", "prompt"})


def predicate_before(s: Sentence, k: int) -> int | None:
    """The verb right before a count: "killing at least five", "apprehending 26", "played in
    10 games"."""
    steps = 0
    preposition = False
    day = k >= 3 and s.lower[k] in ("day", "night") and s.lower[k - 1] in ("one", "a", "that")
    if day and s.lower[k - 2] in ("in", "on"):
        k -= 3  # "fell in one day three and twenty thousand": when, not what
    while k >= 0 and steps < 3:
        word = s.lower[k]
        if s.toks[k].kind != "word":
            return None
        capacity = s.rules.counting.get("capacity_verbs", ())
        if steps == 0 and k >= 2 and s.word(k - 1) == "to" and s.lemmas[k - 2] in capacity:
            return k - 2  # "licensed to carry no more than 60 passengers": its licence
        if word in _NOT_PREDICATES:
            k -= 1
            steps += 1
            continue
        if (
            steps == 0
            and s.toks[k].text[:1].isupper()
            and s.word(k - 1) in ("in", "at", "over")
            and s.lower[k] not in STOPWORDS
        ):
            k -= 2  # "reigned in Jerusalem three months": where it was done
            steps += 2
            preposition = True
            continue
        if (
            word == "of"
            and steps == 0
            and s.lemmas[k - 1] in s.rules.counting.get("amount_words", ())
            and s.word(k - 2) in ("a", "an", "the")
        ):
            k -= 3  # "rushed for a total of 226 yards": what was done, not "total"
            continue
        if word == "from" and not preposition and steps == 0 and s.word(k - 1).endswith("ed"):
            preposition = True  # "evacuated from six villages": what was done there
            k -= 1
            steps += 1
            continue
        if word in ("with", "to") and steps == 0 and k > 0 and s.is_word(k - 1):
            verb = s.rules.verb_of_participle.get(s.lower[k - 1]) or s.lemmas[k - 1]
            if s.rules.canonical(f"{verb} {word}") != f"{verb} {word}":
                return k - 1  # "escaped with five paintings", "married to 20 women": a verb
                # whose phrase says more
        if word == "board" and s.word(k - 1) == "on" and steps == 0:
            return k  # "She had on board one hundred and twelve passengers"
        counting = s.rules.counting
        changing = set(counting.get("rise_verbs", ())) | set(counting.get("fall_verbs", ()))
        if word == "by" and steps == 0 and k >= 1 and s.lemmas[k - 1] in changing | {"increase"}:
            return k - 1  # "the bill will rise by 180 euros", "increase by about 210 euros"
        if word == "by" and steps == 0 and k >= 1 and s.term(k - 1) == s.rules.canonical("attend"):
            return k - 1  # "a concert attended by 12,000 people": those who came, its agent
        if word == "by" and steps == 0 and k >= 2 and s.is_word(k - 1):
            for j in (k - 2, k - 3):  # "cut output by 1.2 million barrels", "will reduce supply
                verb = s.lower[j] if j >= 0 and s.is_word(j) else ""  # by 1 million": the verb
                modal = s.word(j - 1) in _BEFORE_INFINITIVE  # of the change
                if verb and (modal or verb in SAME_PAST or verb.endswith("ed")):
                    return j
            return None
        if word in ("in", "for", "at") and not preposition and steps == 0:
            preposition = True  # "played in 10 games": what was done in them
            k -= 1
            steps += 1
            continue
        if word in STOPWORDS or word in AUXILIARIES:
            return None
        present = (  # "The budget cuts 120 jobs", "eliminates 150 positions"
            word.endswith("s")
            and s.lemmas[k] != word
            and s.word(k - 1) not in DETERMINERS
            and s.term(k)
            in s.rules.canonical_counting("plain_verbs") | s.rules.counting["human_predicates"]
        )
        inflected = (
            present
            or (s.lemmas[k] != word and (word.endswith(("ing", "ed")) or not word.endswith("s")))
            or word in s.rules.verb_of_participle  # "shot 5 men", "slew 800"
            or (word in s.rules.same_form_verbs and s.word(k - 1) not in DETERMINERS)
            or (  # "forcing its hospitals to cancel more than 400 operations" (not "voted
                # to welcome 700 troops": what was done is told elsewhere)
                s.word(k - 1) == "to"
                and s.lemmas[k] == word
                and word.isalpha()
                and any(s.lemmas[j] in _FORCING for j in range(max(0, k - 6), k - 1))
            )
            or (  # "promised to hire 200", "will evacuate 5,000": what is to befall them;
                # "will eliminate 1,500 jobs", "and close two plants": a listed verb
                s.word(k - 1) in _BEFORE_INFINITIVE | {"and"}
                and (
                    s.term(k) in s.rules.counting["human_predicates"]
                    or s.rules.term_class(word) in s.rules.counting.get("plain_verbs", ())
                    or s.term(k) in s.rules.canonical_counting("plain_verbs")  # "will employ"
                    or word in s.rules.counting.get("rise_verbs", ())  # "will rise 4 percent"
                    or word in s.rules.counting.get("fall_verbs", ())
                )
            )
        )  # ("had cost the economy 40 million euros", not "the cost")
        if inflected and not word.endswith(("ing", "ed")) and s.word(k - 1) in DETERMINERS:
            return None  # "the oxen", "the men": a plural noun, not a verb
        if word in s.rules.speech_verbs:  # ("told to leave their homes": what was done)
            told = s.word(k + 1) == "to" and s.is_word(k + 2)
            phrase = f"{s.lemmas[k]} to {s.lemmas[k + 2]}" if told else ""
            return k if phrase and s.rules.term_class(phrase) else None
        if inflected or s.term(k) in s.rules.counting["human_predicates"]:
            return k
        return None
    return None


def relative_predicate(s: Sentence, first: int) -> int | None:
    """ "they that had eaten were about five thousand men", "those who died numbered 40": the
    verb of the subject's relative clause before a count told with "were" or "numbered"."""
    k = first - 1
    while k >= 0 and s.lower[k] in ("about", "around", "some", "nearly", "almost", "over"):
        k -= 1
    if k < 1 or s.lower[k] not in ("were", "was", "are", "numbered", "number"):
        return None
    for j in range(k - 1, max(-1, k - 8), -1):
        if s.lower[j] in ("that", "who", "which"):
            words = [
                v
                for v in range(j + 1, k)
                if s.lower[v] not in AUXILIARIES and s.lower[v] not in STOPWORDS
            ]  # "had eaten", "did eat": the verb, not its auxiliary
            if len(words) > 1 and s.word(words[0] + 1) in ("in", "at", "on", "by", "from"):
                return words[0]  # "those that died in the plague were": what they did
            return words[-1] if len(words) == 1 else None
        if s.toks[j].kind != "word":
            return None
    return None


def kind_of(s: Sentence, first: int, last: int) -> str:
    """The plain modifiers of a counted noun, which say which kind of it is ("250GB hard
    drive", "20 police officers"); participles ("wounded", "worst-hit") say what happened
    to it, and capitalised ones ("U.S.", "American") vary in spelling: both are left out."""
    words = []
    for k in range(first, last):
        word = s.lower[k]
        if s.toks[k].kind != "word" or word in STOPWORDS or word in DETERMINERS:
            continue
        if word in ("certain", "such", "same", "other", "several"):
            continue  # "a certain blind man": which one, not which kind
        if not s.toks[k].text.islower():
            continue  # "U.S. soldiers" / "American soldiers": names and their spellings vary
        if s.lemmas[k] != word or word.endswith(("ed", "ing", "en")):
            continue  # "wounded", "missing", "fallen"
        if k + 1 < len(s.toks) and s.toks[k + 1].text == "-":
            continue  # "worst-hit": a hyphenated modifier
        if k > 0 and s.toks[k - 1].text == "-":
            continue
        words.append(word)
    return " ".join(words)


def listed_count(s: Sentence, first: int, end: int) -> tuple[int, str] | None:
    """ "The children of Arah, seven hundred seventy and five.": a count closing a clause
    that only names what is counted. Returns the counted noun's token and the named group
    ("Arah"), or None."""
    if s.word(first - 1) != "," or (end < len(s.toks) and s.word(end) not in (".", ";", ":")):
        return None
    start = first - 1
    while start > 0 and s.word(start - 1) not in (".", ";", ":") and first - start < 16:
        start -= 1
    if start > 0 and s.word(start - 1) not in (".", ";", ":"):
        return None
    k = start + (s.word(start) in ("and",))
    k += s.word(k) in DETERMINERS
    if not s.is_word(k) or (s.toks[k].text[:1].isupper() and s.lower[k] not in DETERMINERS):
        return None
    if s.word(k + 1) != "of" or not s.is_word(k + 2) or not s.toks[k + 2].text[:1].isupper():
        return None
    names = []
    j = k + 2
    while j < first - 1 and s.is_word(j) and s.toks[j].text[:1].isupper():
        names.append(s.toks[j].text)
        j += 1
        if s.word(j) == "and" and s.is_word(j + 1) and s.toks[j + 1].text[:1].isupper():
            names.append("and")  # "The men of Bethlehem and Netophah"
            j += 1
    if s.word(j) != ",":
        return None  # ("The men of Judah were five hundred thousand": a verb says it)
    return k, " ".join(names)


def verb_of_two_objects(s: Sentence, first: int) -> int | None:
    """ "fined the company $3 million", "paid the families $5,000": the verb before the
    first object."""
    k = first - 1
    if k >= 0 and s.toks[k].kind == "sym":
        k -= 1
    if k >= 1 and s.lower[k] in _OBJECT_PRONOUNS:
        verb = k - 1  # "fined him 2 million euros"
        word = s.lower[verb] if s.is_word(verb) else ""
        inflected = word and s.lemmas[verb] != word and word.endswith(("ed", "id"))
        return verb if inflected and word not in s.rules.speech_verbs else None
    if k >= 1 and s.word(k - 1) in _BEFORE_INFINITIVE and s.is_word(k):
        plain = s.toks[k].text.islower() and s.lower[k] not in STOPWORDS
        plain = plain and s.lemmas[k] == s.lower[k]  # (not "offered to Teixeira $160m")
        return k if plain and s.lower[k] not in s.rules.speech_verbs else None  # "to pay $5m"
    if k < 2 or not s.is_word(k) or s.lower[k] in STOPWORDS:
        return None
    if s.lower[k - 1] not in ("the", "a", "an", "its", "his", "her", "their", "each"):
        return None
    verb = k - 2
    word = s.lower[verb] if s.is_word(verb) else ""
    inflected = word and s.lemmas[verb] != word and word.endswith(("ed", "id"))
    inflected = inflected or word in s.rules.same_form_verbs  # "had cost the economy"
    return verb if inflected and word not in s.rules.speech_verbs else None


def previous_in_list(s: Sentence, first: int) -> bool:
    """Whether the count before this one in the sentence is separated from it only by a
    comma, "and" or "on" ("42 buildings, 2 roads, 14 hotels", "226 yards on 22 carries")."""
    previous = s.last
    if previous is None:
        return False
    between = s.text[previous.end : s.toks[first].start].strip().lower()
    return between in (",", "and", ", and", "on", "with", "")


_VALUING = frozenset({"estimate", "put", "value", "assess", "reckon", "set", "place"})


_REPORTED_TO_BE = frozenset(
    "reported said believed thought understood estimated expected rumoured rumored".split()
)


def valued_subject(s: Sentence, first: int) -> str | None:
    """The subject of "is estimated at", "was put at" before an amount ("The damage is put
    at thirty thousand pounds": damage), or None."""
    if s.word(first - 1) == "be" and s.word(first - 2) == "to" and first >= 4:
        k = first - 4 - (s.word(first - 4) in ("is", "was", "are", "were", "been"))
        reported = s.lower[first - 3] in _REPORTED_TO_BE  # "the fee reported to be £20 million"
        if reported and s.is_word(k) and s.lower[k] not in STOPWORDS and s.lower[k].isalpha():
            return s.lemmas[k]
        return None
    verb = s.lemmas[first - 2] if first >= 4 and s.word(first - 1) == "at" else ""
    verb = s.rules.verb_of_participle.get(s.lower[first - 2], verb) if verb else ""
    if verb not in _VALUING or s.word(first - 3) not in ("is", "was", "are", "were", "been"):
        return None
    k = first - 4 - (s.word(first - 4) in ("has", "have", "had"))
    if k < 0 or not s.is_word(k) or s.lower[k] in STOPWORDS or not s.lower[k].isalpha():
        return None
    return s.lemmas[k]


def passive_agent(s: Sentence, first: int) -> int | None:
    """The verb of a passive whose agent opens at ``first`` ("Gray was hit in the back by
    three of the seven bullets"): what befell the one the agent acted on, or None."""
    if s.word(first - 1) != "by":
        return None
    for j in range(first - 2, max(-1, first - 8), -1):
        if not s.is_word(j) or s.word(j) in (",", ";"):
            return None
        passive = s.word(j - 1) in ("was", "were", "been", "is", "are", "be")
        if passive and s.is_word(j) and s.lower[j] not in STOPWORDS:
            return j  # ("hit", "shot", "wounded": a participle after the auxiliary)
    return None


def deed_before(s: Sentence, k: int) -> int | None:
    """The past verb of the clause a comma at token ``k`` closes ("The fire broke out at
    3.15 p.m., 2 kilometres from the entrance": broke), or None."""
    for j in range(k - 1, -1, -1):
        if not s.is_word(j) or s.toks[j].text in (",", ";"):
            if s.toks[j].text in (",", ";"):
                return None
            continue
        word = s.lower[j]
        if not s.toks[j].text.islower() or word in AUXILIARIES:
            continue
        if word in s.rules.verb_of_participle or (not word.endswith("ing") and verb_form(s, j)):
            return j  # ("broke", "started", "began")
    return None
