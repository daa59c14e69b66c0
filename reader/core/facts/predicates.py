"""What befell or was done to those a count counts, from the verb a count was tied to: the
verb's group, with the readings a verb's form or the words after it change ("souls were lost":
dead; "spent on": paid; "had fallen ill": infected; "broke out of": escaped; "on the vessel":
on board)."""

from __future__ import annotations

from reader.core.facts.amounts import Sentence
from reader.core.facts.lexicon import DETERMINERS
from reader.core.language import ing_verb

_BE = ("was", "were", "been", "is", "are", "be")


def predicate_term(
    s: Sentence, predicate_tok: int | None, thing: str | None, dimension: str
) -> tuple[str | None, bool]:
    """The predicate's term for the verb at ``predicate_tok`` and whether a phrase of the
    rules (verb and particle) gave it."""
    rules = s.rules
    predicate = (
        rules.canonical(
            rules.verb_of_participle.get(s.lower[predicate_tok])
            or ing_verb(s.lemmas[predicate_tok])
        )
        if predicate_tok is not None
        else None
    )
    told_lost = predicate_tok is not None and s.lower[predicate_tok] == "lost"
    passive = told_lost and s.word(predicate_tok - 1) in ("was", "were", "been", "the", "are")
    if predicate == rules.canonical("lose") and passive and thing == "people":
        predicate = rules.canonical("kill")  # "forty-one souls were lost", "the lost": dead
    if predicate == "spend" and dimension.startswith("money"):
        predicate = rules.canonical("pay")  # "the £16m spent on" / "the £15m Rovers paid for"
    buried = predicate_tok is not None and s.lower[predicate_tok].startswith(("buri", "bury"))
    if buried and thing == "people":
        predicate = rules.canonical("trap")  # "burying at least 12 skiers": trapped, alive
        # or dead, not destroyed as buildings are
    caught = predicate_tok is not None and s.lower[predicate_tok] == "caught"
    caught = caught and s.word(predicate_tok - 1) in _BE and s.word(predicate_tok + 1) != "fire"
    if caught and s.word(predicate_tok + 2) not in ("camera", "video", "film", "tape"):
        predicate = rules.canonical("arrest")  # "were caught in a farmhouse": arrested
        # (not "five passes caught", "caught fire", "caught on camera")
    if predicate == "leave" and s.word(predicate_tok - 1) in ("was", "were", "is", "are", "been"):
        predicate = rules.canonical("remain")  # "the broken meat that was left": what remained
    phrased = False
    if predicate_tok is not None and s.is_word(predicate_tok + 1):
        after = [s.lower[j] for j in range(predicate_tok + 1, min(len(s.toks), predicate_tok + 4))]
        verb = rules.verb_of_participle.get(s.lower[predicate_tok]) or s.lemmas[predicate_tok]
        phrase = rules.phrase_class(verb, after)  # "lost their homes", "were shot dead"
        predicate = phrase or predicate  # "have fallen ill": infected
        phrased = phrase is not None
        taken = s.lower[predicate_tok] == "taken" and s.word(predicate_tok - 1) in _BE
        if taken and predicate == rules.canonical("take off") and thing == "people":
            predicate = rules.canonical("rescue")  # "were taken off by lifeboats": brought
            # off the ship, not departed
    if predicate_tok is not None and s.word(predicate_tok + 1) in ("part", "out", "with"):
        particle = s.lower[predicate_tok + 1]
        if s.word(predicate_tok + 2) == "of":
            particle = f"{particle} of"  # "broke out of the prison": escaped
        for verb in (s.lemmas[predicate_tok], predicate):  # ("broke": the verb is "break")
            phrase = f"{verb} {particle}"
            if rules.canonical(phrase) != phrase:
                predicate = rules.canonical(phrase)
                break
    if predicate in rules.counting.get("perception_verbs", ()) and thing != "people":
        predicate = None  # "heard five shots" / "fired three shots": the shots, however known
    on = on_what(s, predicate_tok) if predicate_tok is not None else None
    if on is not None:
        predicate = rules.canonical(on)  # "130 people had been on the vessel": on board
    return predicate, phrased


def on_what(s: Sentence, k: int) -> str | None:
    """ "on the vessel", "on a bus": "board" (rules ``craft_nouns``); "on shift", "on duty":
    "work"; "were inside": "present"; else None."""
    if s.word(k) == "inside" and s.word(k - 1) in ("was", "were", "is", "are", "been"):
        return "present"  # "About 400 people were inside the club": those inside (not a
        # crowd that came: "as many as 20 people had been inside the bank")
    if s.word(k) != "on":
        return None
    if s.word(k + 1) in ("shift", "duty"):
        return "work"  # "about 1,000 workers were on shift"
    j = k + 1
    while s.word(j) in DETERMINERS:
        j += 1
    craft = j > k + 1 and s.is_word(j) and s.lemmas[j] in s.rules.counting.get("craft_nouns", ())
    return "board" if craft else None


_HELD_IN = ("captivity", "detention", "custody", "jail", "prison", "hiding")


def duration_verb(s: Sentence, first: int, predicate_tok: int | None) -> int | None:
    """The verb a duration told with "for" belongs to: the participle before it in its
    clause ("aid workers held by gunmen in Marra for 50 days were released": held), else
    ``predicate_tok``."""
    if s.word(first - 1) != "for":
        return predicate_tok
    for j in range(first - 2, max(-1, first - 10), -1):
        if not s.is_word(j):
            return predicate_tok  # (not past a comma)
        word = s.lower[j]
        if s.toks[j].text[:1].isupper() or word in DETERMINERS:
            continue
        participle = word in s.rules.verb_of_participle or word.endswith("ed")
        if participle and s.lemmas[j] not in s.rules.counting["person_nouns"]:
            passive = s.word(j + 1) in ("by", "in", "at", "on", "for", "without")
            return j if passive else predicate_tok  # ("battled the flames for three hours":
            # an active verb with its object is read as before)
    return predicate_tok


def held_in(s: Sentence, end: int) -> str | None:
    """ "after 51 days in captivity": how the time was spent (held), or None."""
    if s.word(end) == "in" and s.word(end + 1) in _HELD_IN:
        return s.rules.canonical("hold")
    return None


def predicate_told(
    s: Sentence, first: int, end: int, predicate_tok: int | None, thing: str | None, dimension: str
) -> tuple[int | None, str | None, bool]:
    """The verb token, predicate term and whether a phrase gave it, for the figure at tokens
    ``first``..``end`` tied to ``predicate_tok`` (a duration's own verb read first)."""
    if dimension == "duration":
        predicate_tok = duration_verb(s, first, predicate_tok)
    predicate, phrased = predicate_term(s, predicate_tok, thing, dimension)
    if dimension == "duration" and not predicate:
        predicate = held_in(s, end)
    return predicate_tok, predicate, phrased


def how_badly(s: Sentence, k: int) -> str:
    """How badly those a verb at token ``k`` befell were hurt, from an adverb before it
    ("seriously hurt") or an adjective of injury after it ("suffered minor injuries"); ""."""
    told = s.rules.data.get("severity_adverbs", {}).get(s.word(k - 1))
    injuries = s.is_word(k + 2) and s.rules.canonical(s.lemmas[k + 2]) == "injure"
    hurt = s.rules.data.get("severity_adjectives", {}).get(s.word(k + 1)) if injuries else None
    return told or hurt or ""
