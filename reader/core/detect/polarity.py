"""One account affirms what another denies: the same verb (or its antonym from the rules)
negated on one side only, in passages that tell the same proposition: the same subject, the
same object, or a passive's subject as the other's object ("denied paying a ransom" / "A ransom
was paid"). A verb that implies a plainer one is told as it too ("fired tear gas": used it), and
a denial with the very object of an affirmation is found even in passages never aligned.
"""

from __future__ import annotations

import re

from reader.core.align import Unit
from reader.core.detect.base import Context, Finding, Mention, merge, short, summary_line
from reader.core.detect.quotewords import content_word
from reader.core.facts.lexicon import MONTHS, PRONOUNS, STOPWORDS, WEEKDAYS
from reader.core.facts.negation import not_a_denial
from reader.core.kinds import Kind, Severity
from reader.core.language import ing_verb, lemma, same_name
from reader.core.passages import FeatureKind

SAME_PROPOSITION = 0.4
SAME_GROUND = 0.2  # sentences this alike may still share a clause that one of them negates
SAME_CLAUSE = 0.6  # the share of the verb's object that must then be the same words
OBJECT_WORDS = 6
_SHARED_TERMS = 3  # words two passages never aligned share where one denies the other's deed


def polarity_findings(ctx: Context) -> list[Finding]:
    """One account affirms what another denies: the same word, negated on one side only."""
    out = []
    pairs = [(ua, ub, gi, True) for ua, ub, gi in ctx.pairs()]
    pairs += [(ua, ub, None, False) for ua, ub in _unaligned_denials(ctx, pairs)]
    for ua, ub, gi, grouped in pairs:
        alike = ctx.alignment.similarity(ua, ub)
        strict = not grouped or alike < SAME_GROUND  # (unlike passages: only a denial of
        # the very object told, or of a passive's subject: "No shots were fired")
        if grouped and strict and not (_cue(ctx, ua) or _cue(ctx, ub)):
            continue
        ta, tb = ctx.text(ua.doc), ctx.text(ub.doc)
        if not_a_denial(ta[ua.start : ua.end]) or not_a_denial(tb[ub.start : ub.end]):
            continue
        va, vb = ctx.facts.negations(ua), ctx.facts.negations(ub)
        for word, (neg_a, sa, ea) in va.items():
            if word.startswith("¬") or word in _SAYING:
                continue  # ("has not said what caused it" / "said the driver did not")
            other = vb.get(word)
            antonym = False
            if other is not None and other[0] != neg_a:
                _, sb, eb = other
            elif "¬" + word in vb and vb["¬" + word][0] != neg_a:
                _, sb, eb = vb["¬" + word]  # an antonym: "confirmed" / "denied"
                antonym = True
            else:
                continue
            if _asked(ta, sa, ua.start) or _asked(tb, sb, ub.start):
                continue  # "the question is whether Ross will return": asked, not told
            verb_a = _inflected_verb(ta[sa:ea]) or _after_modal(ta, sa, ea)
            verb_b = _inflected_verb(tb[sb:eb]) or _after_modal(tb, sb, eb)
            same_subject = (
                not antonym  # (an antonym needs the same object: "losing 14" / "winning")
                and verb_a
                and verb_b
                and _same_subject(ctx, ta, sa, ua.start, tb, sb, ub.start)
            )  # "the government had threatened to deploy troops" / "... to use the army"
            if not (verb_a or verb_b) and _word_before(ctx, ta, sa) == _word_before(ctx, tb, sb):
                named_a, named_b = _first_name(ta, ua.start, sa), _first_name(tb, ub.start, sb)
                if named_a and named_b and same_name(named_a, named_b):
                    same_subject = True  # "Vance ... pleaded guilty" / "Vance ... had
                    # pleaded not guilty": one person, one verb, its word affirmed and denied
            state = antonym and _after_copula(ta, sa) and _after_copula(tb, sb)
            if state and _same_subject(ctx, ta, sa, ua.start, tb, sb, ub.start):
                same_subject = True  # "Schools remain open" / "schools were closed": a state
            patient = (
                not antonym
                and not _said_or_thought(ctx, word)
                and (
                    _told_within(
                        _passive_patient(ctx, tb, sb, eb, ub.start),
                        ctx,
                        ta,
                        _obj(ta, sa, ea),
                        ua.end,
                    )
                    or _told_within(
                        _passive_patient(ctx, ta, sa, ea, ua.start),
                        ctx,
                        tb,
                        _obj(tb, sb, eb),
                        ub.end,
                    )
                )
            )  # "denied paying a ransom" / "A ransom was paid": one deed, one thing done
            same_subject = same_subject or bool(patient)
            doers_a, doers_b = _named_doers(ta, sa, ua.start), _named_doers(tb, sb, ub.start)
            if doers_a and doers_b and not any(same_name(x, y) for x in doers_a for y in doers_b):
                continue  # "Klitschko ... then landing hard blows" / "Rahman didn't land a
                # clean punch": two doers, two propositions
            if not (
                _told_once(ta[ua.start : ua.end], ta[sa:ea])
                and _told_once(tb[ub.start : ub.end], tb[sb:eb])
            ):
                continue  # "the sons that were slain ... so that he was not slain": a passage
                # that tells the verb twice may deny it of someone else
            if _other_object(ctx, ta, sa, ea, ua, tb, sb, eb, ub):
                continue  # "identified the other victims as ..." / "The man, whom police
                # did not identify": the relative's noun is another object
            both_bare = (
                grouped
                and alike >= SAME_PROPOSITION
                and verb_a
                and verb_b
                and _no_object(ta, ea, ua.end)
                and _no_object(tb, eb, ub.end)
            )  # "Vandel ... will appeal, his lawyer said" / "His lawyer said he would not
            # appeal": alike passages, one verb with nothing after it, affirmed and denied
            if not (same_subject or both_bare or _same_object(ctx, ta, ea, ua.end, tb, eb, ub.end)):
                continue
            bare = (  # "The museum's alarm sounded as the men left" / "The alarm did not
                same_subject  # sound": one subject, a verb with no object on either side
                and verb_a
                and verb_b
                and _no_object(ta, ea, ua.end)
                and _no_object(tb, eb, ub.end)
            )
            alike_clause = _clause_alike(ctx, ta, ea, ua.end, tb, eb, ub.end)
            bare = bare and strict and not (patient or alike_clause)  # (found by it alone)
            if strict and not (patient or bare or alike_clause):
                continue  # passages never aligned: only a denial of the very same object
            if not (verb_a or verb_b) and _word_before(ctx, ta, sa) != _word_before(ctx, tb, sb):
                continue  # "pleaded not guilty" / "found the man guilty": two propositions
            if alike < SAME_PROPOSITION and not (
                same_subject
                or (verb_a and verb_b and _clause_alike(ctx, ta, ea, ua.end, tb, eb, ub.end))
            ):
                continue  # unlike sentences: only a verb with the same object ("pleaded not
                # guilty" / "found guilty" share an adjective, not a verb)
            mentions = [Mention(ua.doc, sa, ea, ta[sa:ea]), Mention(ub.doc, sb, eb, tb[sb:eb])]
            obj = _object_phrase(ta, ea, ua.end) or _object_phrase(tb, eb, ub.end)
            done_to = _passive_patient(ctx, ta, sa, ea, ua.start)
            obj = obj or " ".join(sorted(done_to or _passive_patient(ctx, tb, sb, eb, ub.start)))
            topic = short(f"{word} {obj}" if obj else word, 5)
            while topic.count(" ") and topic.rsplit(" ", 1)[1] in _PREPOSITIONS:
                topic = topic.rsplit(" ", 1)[0]  # "pass safety inspection", not "... in"
            if bare:  # "alarm sound": what the subject did or did not do
                topic = short(f"{_subject_word(ta, sa, ua.start)} {word}".strip(), 5)
            out.append(
                Finding(
                    Kind.POLARITY,
                    topic,
                    summary_line(topic, (m.value for m in mentions)),
                    mentions,
                    "one account affirms what another denies",
                    Severity.CONFLICT,
                    gi,
                )
            )
            break
    return merge(out)


def _unaligned_denials(
    ctx: Context, pairs: list[tuple[Unit, Unit, int | None, bool]]
) -> list[tuple[Unit, Unit]]:
    """Passages of two accounts never aligned where a verb one negates the other affirms
    ("Police fired tear gas" / "Police did not use tear gas, the spokesman added")."""
    if any(g.mode == "versions" for g in ctx.alignment.groups):
        return []  # versions of one text: every passage is aligned with its counterpart
    seen = {frozenset((ua, ub)) for ua, ub, _, _ in pairs}
    rules = ctx.rules
    features = ctx.alignment.features
    units = [u for d in ctx.docs for u in ctx.alignment.units[d]]
    terms = {
        u: {f.value for f in features[u.doc][u.index] if f.kind == FeatureKind.TERM} for u in units
    }
    having: dict[str, list[Unit]] = {}
    for unit in units:
        for term in terms[unit]:
            having.setdefault(term, []).append(unit)
    out = []
    for ua in units:
        if not _cue(ctx, ua):
            continue  # (negations are read only where a cue is told)
        if not any(u.doc != ua.doc for t in _after_cues(ctx, ua) for u in having.get(t, ())):
            continue  # (nor where no other account tells a word the cues stand before)
        for word, (negated, _, _) in ctx.facts.negations(ua).items():
            if not negated or word.startswith("¬") or word in _SAYING:
                continue
            if _said_or_thought(ctx, word):
                continue  # "no injuries have been reported": what was said, not done
            told_as = {rules.canonical(word)} | {
                rules.canonical(k) for k, v in rules.kinds_of_use.items() if v == word
            }
            for ub in {u for t in told_as for u in having.get(t, ())}:
                if ub.doc == ua.doc or frozenset((ua, ub)) in seen:
                    continue
                if len(terms[ua] & terms[ub]) < _SHARED_TERMS:
                    continue  # (passages that may tell the same object)
                told = ctx.facts.negations(ub).get(word)
                if told is not None and not told[0]:
                    seen.add(frozenset((ua, ub)))
                    out.append((ua, ub))
    return out


_THINKING = frozenset("believe think expect suppose consider fear know assume".split())


def _said_or_thought(ctx: Context, word: str) -> bool:
    """A verb of saying or thinking ("reported", "believed"): what it tells is another
    proposition, not a deed done to its subject."""
    said = ctx.__dict__.get("_said_lemmas")
    if said is None:
        said = ctx.__dict__["_said_lemmas"] = {lemma(w) for w in ctx.rules.speech_verbs}
    return word in said or word in _THINKING


_COPULAS = frozenset(
    "is are was were be been remain remains remained stay stays stayed".split()
    + "escape escaped escapes emerged away".split()  # a state told with a deed: "escaped unhurt",
)  # "walked away unharmed"


def _first_name(text: str, start: int, at: int) -> str:
    """The first name a sentence gives before ``at`` ("Vance, who was arrested in March,
    pleaded": Vance), or ""."""
    m = re.search(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*", text[start:at])
    if m is None or m.group().split()[0].lower() in STOPWORDS:
        return ""
    return m.group()


def _told_once(passage: str, told: str) -> bool:
    """Whether the last word of ``told`` occurs once only in the passage."""
    words = re.findall(r"[\w'’]+", told.lower())
    if not words:
        return True
    return len(re.findall(rf"\b{re.escape(words[-1])}\b", passage.lower())) <= 1


def _after_copula(text: str, start: int) -> bool:
    """Whether the word before ``start`` is a copula ("remain open", "were closed")."""
    words = re.findall(r"[\w'’]+", text[max(0, start - 30) : start].lower())
    if len(words) > 1 and words[-1].endswith("ly"):
        words.pop()  # "was slightly injured", "remained partly closed"
    return bool(words) and words[-1] in _COPULAS


def _after_cues(ctx: Context, unit: Unit) -> set[str]:
    """The terms of the few words after each negation cue of a passage (and the verbs that
    imply them): what it may deny, read cheaply before its negations are."""
    rules = ctx.rules
    words = re.findall(r"[\w']+", rules.fold(ctx.text(unit.doc)[unit.start : unit.end]).lower())
    cues = rules.negation_cues_by_first
    found: set[str] = set()
    for k, word in enumerate(words):
        if word in cues or word.endswith("n't"):
            for w in words[k + 1 : k + 6]:
                term = lemma(w)
                found.add(rules.canonical(term))  # and the verbs that imply it ("use": fire)
                found.update(rules.canonical(v) for v, p in rules.kinds_of_use.items() if p == term)
    return found


def _cue(ctx: Context, unit: Unit) -> bool:
    """Whether a passage tells a negation cue ("not", "no", "denied", "n't")."""
    memo = ctx.__dict__.setdefault("_negation_cues", {})
    found = memo.get(unit)
    if found is None:
        folded = " ".join(
            re.findall(r"[\w']+", ctx.rules.fold(ctx.text(unit.doc)[unit.start : unit.end]))
        )
        padded = f" {folded.lower()} "
        found = memo[unit] = "n't" in padded or any(
            f" {cue} " in padded for cue in ctx.rules.negation_cues
        )
    return found


def _inflected_verb(told: str) -> bool:
    """Whether the last word of a negated phrase is an inflected verb ("had not passed"),
    not an adjective or a name ("not guilty", "wasn't Randy")."""
    words = told.split()
    if len(words) > 1 and words[-1] == "not":
        words = words[:-1]  # "heard not": a verb the "not" after it denies
    word = words[-1].strip('.,;:"“”') if words else ""
    if word.endswith("ing") and len(word) > 5:
        return word.islower() and ing_verb(word) != word  # "hearing a voice"
    return word.islower() and lemma(word) != word and not word.endswith("s")


def _asked(text: str, start: int, unit_start: int) -> bool:
    """Whether a verb stands in a clause of "whether" or "if" (a question, a condition)."""
    before = re.findall(r"[\w'’]+", text[max(unit_start, start - 60) : start].lower())
    return any(w in ("whether", "if") for w in before[-6:])


_MODALS = frozenset("will would shall should can could may might must do does did".split())
# (with "do": "did not use tear gas", a plain verb after do-support)


def _after_modal(text: str, start: int, end: int) -> bool:
    """A verb in its plain form after a modal or "do" ("they would appeal" / "would not
    appeal", "did not use"): a verb, though nothing inflects it."""
    told = text[start:end].split()
    word = told[-1].strip('.,;:"“”') if told else ""
    before = [w.lower() for w in re.findall(r"[\w'’]+", text[max(0, start - 12) : start])]
    heads = [w.lower().replace("’", "'").removesuffix("n't") for w in told[:-1]]
    heads = [{"wo": "will", "ca": "can", "do": "do"}.get(w, w) for w in heads]  # "won't"
    modal = any(w in _MODALS for w in heads) or bool(before and before[-1] in _MODALS)
    return word.isalpha() and word.islower() and lemma(word) == word and modal


_SAYING = frozenset({"say", "tell", "said", "told"})  # what was said is the proposition
_NEGATING_DETERMINERS = frozenset({"no", "none", "nobody", "nothing", "neither", "never"})


_NAMES_BEFORE_VERB = re.compile(
    r"((?:[A-Z][a-z]+(?:,\s+|\s+and\s+))*[A-Z][a-z]+)(?:['’]s)?\s+(?:(?:did|does|do|had|has|"
    r"have|was|were|is|are|would|could|will|did\s+not|didn['’]t|doesn['’]t|don['’]t|never|"
    r"not)\s+){0,2}$"
)
_OPENING_NAME = re.compile(r"\s*([A-Z][a-z]+)\b")


def _named_doers(text: str, at: int, start: int) -> set[str]:
    """The names that do the verb at ``at``: those right before it ("Rahman didn't land",
    "Iraq and Nigeria were exempted") or, for a participle's clause, the name the sentence
    opens with ("Klitschko dominated Rahman ..., then landing"); empty when none is told."""
    right = _NAMES_BEFORE_VERB.search(text, max(start, at - 40), at)
    if right is not None:
        names = {
            n
            for n in re.findall(r"[A-Z][a-z]+", right.group(1))
            if n.lower() not in STOPWORDS and n.lower() not in WEEKDAYS and n.lower() not in MONTHS
        }  # ("aftershocks on Tuesday had damaged": a day does nothing)
        if names:
            return names
    if not re.match(r"[a-z]+ing\b", text[at : at + 20]):
        return set()  # (only a participle's clause has the sentence's subject for its own)
    opening = _OPENING_NAME.match(text, start, at)
    if opening is None or opening.group(1).lower() in STOPWORDS:
        return set()
    after = text[opening.end() : opening.end() + 1]
    return {opening.group(1)} if after in (" ", "'", "’") else set()


def _same_subject(
    ctx: Context, ta: str, sa: int, start_a: int, tb: str, sb: int, start_b: int
) -> bool:
    """Whether the few words before two verbs name the same doer ("The government had not
    threatened" / "the government had threatened"), not a pronoun or a verb of saying."""

    def words(text: str, at: int, start: int) -> set[str]:
        before = re.split(r"[,;:]", text[max(start, at - 40) : at])[-1]  # this clause only
        found = re.findall(r"[\w'’-]+", ctx.rules.fold(before))[-4:]
        if any(w in _NEGATING_DETERMINERS for w in found):
            return set()  # "No gun has been recovered": negated by its subject
        return {
            ctx.rules.canonical(lemma(w))
            for w in found
            if content_word(w) and w not in ctx.rules.speech_verbs and w not in PRONOUNS
        }

    def head(text: str, at: int, start: int) -> str:
        """The noun a sentence opens with, when no comma stands before the verb ("The boys
        rescued from the cave after 18 days were not sedated": boys)."""
        before = text[start:at]
        if re.search(r"[,;:]", before):
            return ""
        found = re.findall(r"[\w'’-]+", ctx.rules.fold(before))
        while found and found[0] in ("the", "a", "an", "all", "some", "both"):
            found.pop(0)
        word = found[0] if found else ""
        return ctx.rules.canonical(lemma(word)) if word and content_word(word) else ""

    if words(ta, sa, start_a) & words(tb, sb, start_b):
        return True
    opening = head(ta, sa, start_a)
    return bool(opening) and opening not in PRONOUNS and opening == head(tb, sb, start_b)


def _word_before(ctx: Context, text: str, start: int) -> str:
    """The lemma of the word before a negated phrase ("pleaded" before "not guilty")."""
    words = re.findall(r"[\w'’-]+", text[max(0, start - 40) : start])
    return lemma(words[-1].lower()) if words else ""


def _clause_alike(ctx: Context, ta: str, ea: int, end_a: int, tb: str, eb: int, end_b: int) -> bool:
    """Whether two verbs' objects, up to the end of their clause, are mostly the same words
    ("passed its annual safety inspection" / "passed its most recent safety inspection"),
    whatever else the sentences say ("..., the company said" / "according to documents")."""

    def words(text: str, start: int, end: int) -> set[str]:
        clause = re.split(r"[,;:.]", text[start:end], maxsplit=1)[0]
        found = [lemma(w) for w in ctx.rules.fold(clause).split()[:OBJECT_WORDS]]
        return {ctx.rules.canonical(w) for w in found if content_word(w)}

    wa, wb = words(ta, ea, end_a), words(tb, eb, end_b)
    shared = len(wa & wb)
    return shared >= 2 and shared / min(len(wa), len(wb)) >= SAME_CLAUSE


_CLAUSE_OPENERS = frozenset(
    "as when after before until while because and but or so although though".split()
)


def _no_object(text: str, end: int, limit: int) -> bool:
    """Whether a verb ends its clause: a stop, a comma or a conjunction right after it ("the
    alarm sounded as the men left", "did not sound, and"), no object or complement."""
    after = text[end:limit].lstrip()
    if not after or after[0] in ".,;:!?":
        return True
    first = re.match(r"[\w'’]+", after)
    return bool(first) and first.group().lower() in _CLAUSE_OPENERS


def _subject_word(text: str, at: int, start: int) -> str:
    """The last content word of a verb's clause before it ("The museum's alarm": alarm)."""
    before = re.split(r"[,;:]", text[max(start, at - 40) : at])[-1]
    words = [w for w in re.findall(r"[\w'’-]+", before.lower()) if content_word(w)]
    return words[-1] if words else ""


def _object_phrase(text: str, end: int, limit: int) -> str:
    clause = re.split(r"[,;:.!?]", text[end:limit], maxsplit=1)[0]  # not "…, officials said"
    words = [w.strip('"“”') for w in clause.split()[:4]]
    cut = next((i for i, w in enumerate(words) if w.lower() in _CLAUSE_OPENERS), len(words))
    words = words[:cut]  # "paid but would not say how much": no object
    return " ".join(w for w in words if w and w.lower() not in ("the", "a", "an"))[:40]


def _object_words(ctx: Context, text: str, start: int, end: int) -> set[str]:
    """The content words of the few words after a predicate ("confirm the deployment")."""
    found = [lemma(w) for w in ctx.rules.fold(text[start : min(end, start + 60)]).split()[:4]]
    return {ctx.rules.canonical(w.strip(".,;:")) for w in found if w not in STOPWORDS}


_RELATIVE_OBJECT = re.compile(
    r"([\w'’-]+(?:\s+[\w'’-]+){0,2})\s*,?\s+(?:whom|which)\s+(?:[\w'’-]+\s+){1,3}$"
)


def _relative_object(ctx: Context, text: str, at: int, start: int) -> set[str] | None:
    """The content words of the noun a relative pronoun stands for when it is the verb's
    object ("The man, whom police did not identify": man); None when it is not."""
    found = _RELATIVE_OBJECT.search(text, max(start, at - 60), at)
    if found is None:
        return None
    words = {ctx.rules.canonical(lemma(w)) for w in ctx.rules.fold(found.group(1)).split()}
    return {w for w in words if w not in STOPWORDS}


def _other_object(
    ctx: Context, ta: str, sa: int, ea: int, ua: Unit, tb: str, sb: int, eb: int, ub: Unit
) -> bool:
    """Whether one verb's object is a relative pronoun's noun that the other verb's told
    object does not name: two things, two propositions."""
    for t1, s1, u1, t2, e2, u2 in ((ta, sa, ua, tb, eb, ub), (tb, sb, ub, ta, ea, ua)):
        noun = _relative_object(ctx, t1, s1, u1.start)
        if noun is None or _no_object(t2, e2, u2.end):
            continue
        told = _object_words(ctx, t2, e2, u2.end)
        if told and not noun & told:
            return True
    return False


def _same_object(ctx: Context, ta: str, ea: int, end_a: int, tb: str, eb: int, end_b: int) -> bool:
    """Whether the words after two predicates share content ("confirm the deployment")."""
    return bool(_object_words(ctx, ta, ea, end_a) & _object_words(ctx, tb, eb, end_b))


def _obj(text: str, start: int, end: int) -> int:
    """Where the object of a negated phrase begins: after its "no" when the phrase denies the
    deed by its object ("had paid no ransom"), else after the phrase."""
    found = re.search(r"\bno\s+(?=\w)", text[start:end])
    return start + found.end() if found else end


def _told_within(patient: set[str], ctx: Context, text: str, start: int, end: int) -> bool:
    """Whether every word of a passive's subject is in the object of the other verb ("A
    ransom" / "paying a ransom"; not "a New York facility" / "that facility")."""
    after = re.findall(r"[\w'’-]+", text[start : min(end, start + 30)].lower())
    if not patient or not after or after[0] in _PREPOSITIONS:
        return False  # ("reported in the blaze": a place, no object)
    before = [w for w in re.findall(r"[\w'’-]+", text[max(0, start - 40) : start].lower())]
    while len(before) > 1 and before[-2].endswith("ly"):
        del before[-2]  # "a rarely used law"
    if len(before) > 1 and before[-2] in ("a", "an", "the", "this", "that", "its", "their"):
        return False  # "a rarely used law": an adjective before its noun, no deed
    return patient <= _object_words(ctx, text, start, end)


_PREPOSITIONS = frozenset("in at on by for to from with after before during into over".split())


_BE = frozenset("was were is are been be being".split())


def _passive_patient(ctx: Context, text: str, at: int, end: int, start: int) -> set[str]:
    """The content words of the subject of a passive verb ("A ransom was paid": ransom; "No
    shots were fired": shot), or nothing where the verb ending the phrase ``at:end`` is not
    passive."""
    at += text[at:end].rstrip().rfind(" ") + 1  # the verb, the phrase's last word
    if re.match(r"\W*\w+\s+to\b", text[at : at + 40]):
        return set()  # "were required to consult", "are believed to be": no deed done to them
    before = re.split(r"[,;:]", text[max(start, at - 50) : at])[-1]
    words = re.findall(r"[\w'’-]+", ctx.rules.fold(before))
    while words and words[-1] in ("not", "never", "n't"):
        words.pop()  # "The main hospital was not damaged": the hospital, not damaged
        following = re.match(r"\W*\w+\s+([a-z]+)", text[at : at + 40])
        if (
            following
            and content_word(following.group(1))
            and following.group(1) not in (_PREPOSITIONS)
        ):
            return set()  # "their offer was never made public": another predicate
    if not words or words[-1] not in _BE:
        return set()
    subject = words[:-1][-3:]
    placed = [k for k, w in enumerate(words[:-1]) if w in _PREPOSITIONS and k >= len(words) - 4]
    if placed and placed[0] > 0:
        subject = words[: placed[0]][-3:]  # "The main hospital in Quarro": the hospital
    return {
        ctx.rules.canonical(lemma(w))
        for w in subject
        if content_word(w) and w not in PRONOUNS and w not in STOPWORDS
    }
