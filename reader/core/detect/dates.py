"""Date disagreements: the same event dated or timed differently, across the whole set.

Each date mention is read against its account's publication date ("yesterday", "on Friday")
and paired with mentions of other accounts that have the same role (a start, an end, a
moment) and whose surroundings tell the same event (the words around the date and the whole
sentences). Agreeing pairs are matched first, one to one; what is left and cannot be the same
moment is a disagreement. Lines that are only a date (datelines, "Updated ...") are skipped.
"""

from __future__ import annotations

import re
from collections import defaultdict

from reader.core.align import Unit
from reader.core.detect.base import Context, Finding, Mention, summary_line
from reader.core.detect.dateevents import (
    ASIDE,
    adjectives_near,
    after_clause,
    another_event,
    changing_subject,
    clock_told,
    close_in_time,
    dated_once,
    days_near,
    frees,
    once_dated,
    ongoing,
    other_day,
    perfect,
    recency,
    reported,
    started_before,
    told_as_occurring,
    told_from_each_side,
    word_before,
)
from reader.core.detect.dateevents import DETERMINERS_BEFORE as _DETERMINERS_BEFORE
from reader.core.detect.dateskip import WORDS as _WORDS
from reader.core.detect.dateskip import Item as _Item
from reader.core.detect.dateskip import dateline, entry_stamp, of_a_statement, published, quoted
from reader.core.detect.datetopics import FEATURE_REACH, date_topic
from reader.core.facts.dates import compatible, describe, same_words, weeks_apart
from reader.core.facts.lexicon import AUXILIARIES, STOPWORDS
from reader.core.facts.numbers import Tok, rich_tokens
from reader.core.kinds import Kind, Severity
from reader.core.language import lemma
from reader.core.passages import Feature, FeatureKind, unit_features

EVENT_REACH = 45  # characters either side of a date that say what happened then
SAME_EVENT = 0.3  # how alike the surroundings of two dates must be to date one event
SAME_DATE = 0.15
_LEAD = 3  # the sentences an account leads with
CLOCK_EVENT = 0.5  # how alike the surroundings of two clock times must be when no verb ties them
LEAD_CLOCKS = 0.05  # the same, for the one clock time each account gives in its opening sentences
YEAR_EVENT = 0.5
AGREEMENT_BONUS = 0.05
SAME_DEED_BONUS = 0.1  # agreeing dates with the same verb beside both ("arrested" twice)
TIE_BONUS = 0.01  # conflicting dates with the same verb beside both: only breaks ties
ONLY_ONE = 0.1  # between two pairings about as good, prefer the one that agrees


_INTENDING = frozenset("try hope plan aim intend attempt expect seek want".split())


class _Surroundings:
    """What the words around each date say: how alike two dates' surroundings are, what
    happened beside each date, and who was there. Computed once per date, on demand."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self._features: dict[_Item, set] = {}
        self._events: dict[_Item, set] = {}
        self._verbs: dict[tuple[_Item, int], dict[Feature, str]] = {}
        self._distance: dict[tuple[_Item, Feature], int] = {}  # characters from the date
        self._another: dict[_Item, str] = {}
        perceiving = frozenset(ctx.rules.counting.get("perception_verbs", ()))
        self._light = ctx.rules.light_verbs | ctx.rules.speech_verbs | perceiving
        # ("was heard at 2.30pm": when the blast was heard is when it happened)

    def features(self, item: _Item) -> set:
        found = self._features.get(item)
        if found is None:
            text = self.ctx.text(item.doc)
            right_reach = 0 if self._in_event_phrase(item) else after_clause(text, item)
            found = self._features[item] = self.ctx.context_terms(
                item.unit,
                item.m.start,
                item.m.end,
                reach=FEATURE_REACH,
                right_reach=right_reach,
            )
        return found

    def _reference(self, item: _Item) -> set:
        """What a relative date is relative to: "the day before [Amnesty released its
        report]"."""
        end = min(item.unit.end, item.m.end + 70)
        return {
            f
            for f in unit_features(self.ctx.text(item.doc), item.m.end, end, self.ctx.rules)
            if f.kind != FeatureKind.MONTH
        }

    def score(self, a: _Item, b: _Item) -> float:
        ctx = self.ctx
        if a.m.kind == b.m.kind == "relative":
            ra, rb = self._reference(a), self._reference(b)
            total = ctx.overlap(ra, ra) + ctx.overlap(rb, rb)
            if total:
                return 2 * ctx.overlap(ra, rb) / total
        fa, fb = self.features(a), self.features(b)
        total = ctx.overlap(fa, fa) + ctx.overlap(fb, fb)
        near = 2 * ctx.overlap(fa, fb) / total if total else 0.0
        return max(near, ctx.alignment.similarity(a.unit, b.unit))

    def event_words(self, item: _Item) -> set:
        """What happened next to a date, as the inflected words there ("died on Thursday",
        "extinguished by 7 a.m.", "the Friday afternoon slaying"): names, plain nouns
        ("police", "mother"), light verbs and verbs of saying left out."""
        found = self._events.get(item)
        if found is None:
            found = self._events[item] = set(self.verbs_near(item, EVENT_REACH))
        return found

    def verbs_near(self, item: _Item, reach: int) -> dict[Feature, str]:
        """The inflected words within ``reach`` of the date, each with the particle after it
        ("checked into": into) or ""."""
        key = (item, reach)
        found = self._verbs.get(key)
        if found is None:
            rules = self.ctx.rules
            text = self.ctx.text(item.doc)
            left = max(item.unit.start, item.m.start - reach)
            right = min(item.unit.end, item.m.end + reach)
            aside = ASIDE.search(text[item.m.end : right])
            if aside is not None:
                right = (
                    item.m.end + aside.start()
                )  # "happened at 8.40am, as passengers queued": what went
                # on meanwhile, not what happened then
            if self._in_event_phrase(item):
                right = item.m.end  # "evacuated after a huge fire ... on Friday night have
                # been allowed to return": the fire's night; the verb after is the sentence's
            found = self._verbs[key] = {}
            tokens = rich_tokens(text, left, right)
            cut = [  # (a word the window's edge cuts is no word: "[we]dding")
                tok
                for tok in tokens
                if (tok.start == left and text[left - 1 : left].isalnum())
                or (tok.end == right and text[right : right + 1].isalnum())
            ]
            tokens = [tok for tok in tokens if tok not in cut]
            for k, tok in enumerate(tokens):
                word = tok.lower
                opening = tok.start == item.unit.start and word.endswith("ing")  # "Sentencing
                capital = tok.text[:1].isupper() and not opening  # was set for March 14"
                if tok.kind != "word" or capital or word in STOPWORDS:
                    continue
                previous = tokens[k - 1].lower if k else word_before(text, tok.start)
                bare = previous != "that" and not word.endswith(("ing", "s"))  # ("that swept")
                if previous in _DETERMINERS_BEFORE and (word.endswith("ed") or bare):
                    continue  # "a convicted cop killer", "the injured reserve list", "the
                    # ground floor": adjectives and nouns, not what happened
                after_by = k + 1 < len(tokens) and tokens[k + 1].lower == "by"
                reduced = after_by and previous.isalpha() and previous not in AUXILIARIES
                if reduced and previous not in STOPWORDS and lemma(word) != word:
                    continue  # "all four guards held by rioting inmates were freed": the
                    # participle describes the guards; the sentence's verb is "freed"
                counted = k >= 2 and tokens[k - 2].kind == "num" and word.endswith("ed")
                if counted and tokens[k - 1].kind == "word":
                    continue  # "buried 17 people killed when": what befell those counted
                if text[tok.end : tok.end + 1] == "-":
                    continue  # "the carding-room", "a ten-storey block": a compound's first part
                if perfect(tokens, k):
                    continue  # "a fire that has burned 12,000 hectares": a state up to now,
                    # not what happened on the day named
                verb = rules.verb_of_participle.get(word)  # "shot": shoot
                base = verb or lemma(word)
                inflected = base != word and not word.endswith("s")
                intended = previous == "to" and k >= 2 and lemma(tokens[k - 2].lower) in _INTENDING
                inflected = inflected or (intended and base == word)  # "will try to refloat the
                # ship on Thursday": what is to be done that day
                after = tokens[k + 1].lower if k + 1 < len(tokens) else ""
                phrasal = rules.phrase_class(base, [x.lower for x in tokens[k + 1 : k + 4]])
                if phrasal is not None:
                    found[Feature(FeatureKind.TERM, phrasal)] = ""
                    continue  # "gave way", "caved in": one verb, "collapse"
                particle = after if after in rules.verb_particles else ""
                if rules.event_verbs.get(base, base) != base:
                    particle = ""  # "fell into the river" / "gave way": another verb's word
                    if changing_subject(rules, text[item.unit.start : tok.start]):
                        base = verb = word  # "Shares in the club fell": no collapse
                place = k + 2 < len(tokens) and tokens[k + 2].text[:1].isupper()
                if particle in ("off", "over") and place:
                    particle = ""  # "collided off Cape Lorne": where, not a verb's particle
                light = base in self._light and not (particle and base in rules.light_verbs)
                began = rules.canonical(base) == rules.canonical("start") and after != "to"
                began = began and item.m.role == "point"  # ("began in July": the role's word)
                light = light and not (began and not after.endswith("ing"))  # "The blaze
                # started in the kitchen": a deed; "began to spread": a light verb
                if word.endswith("est") and base != word:
                    continue  # "the three largest unions": an adjective, no deed
                ing = word.endswith("ing") and len(word) > 5 and word not in rules.ing_nouns
                if (inflected or ing) and not light:  # ("wing", "evening": no verbs)
                    # ("went off" is an event though "go" alone says nothing)
                    term = rules.canonical(rules.event_verbs.get(base, verb or word))
                    if after == "again":  # "Trains began running again on Thursday": what
                        term = rules.canonical("resume")  # had stopped started once more
                    found[Feature(FeatureKind.TERM, term)] = particle
                    self._note_distance(item, Feature(FeatureKind.TERM, term), tok)
                elif base in rules.light_verbs and after in rules.counting.get("event_nouns", ()):
                    found[Feature(FeatureKind.TERM, f"{base} {after}")] = ""  # "took office"
        return found

    def another_event(self, item: _Item) -> str:
        """The other event a date is of ("A second explosion ... on Thursday"), or ""."""
        found = self._another.get(item)
        if found is None:
            found = self._another[item] = another_event(self.ctx, item)
        return found

    def one_start(self, a: _Item, b: _Item) -> bool:
        """ "The fire started on Sunday" / "a fire that broke out on Saturday night": the day
        a thing began, told by a verb of starting before one date and beside the other."""
        if {a.m.role, b.m.role} != {"start", "point"}:
            return False
        begun, point = (a, b) if a.m.role == "start" else (b, a)
        start = Feature(FeatureKind.TERM, self.ctx.rules.canonical("start"))
        return started_before(self.ctx, begun) and start in self.event_words(point)

    def both_start(self, a: _Item, b: _Item) -> bool:
        """ "after the blaze broke out about 8.40pm" / "The fire broke out in the roof at
        8.49pm": a verb of starting beside both times."""
        if a.m.role != "point" or b.m.role != "point":
            return False
        start = Feature(FeatureKind.TERM, self.ctx.rules.canonical("start"))
        return start in self.event_words(a) and start in self.event_words(b)

    def _in_event_phrase(self, item: _Item) -> bool:
        """A date closing a phrase of "after" (or "before", "following") and an event noun,
        with no verb between: "after a huge fire at a store in Banstead on Friday night"."""
        memo = self.__dict__.setdefault("_event_phrase_memo", {})
        if item not in memo:
            memo[item] = self._event_phrase(item)
        return memo[item]

    def _event_phrase(self, item: _Item) -> bool:
        text = self.ctx.text(item.doc)
        head = _EVENT_PHRASE.search(text, max(item.unit.start, item.m.start - 90), item.m.start)
        if head is None:
            return False
        nouns = self.ctx.rules.counting.get("event_nouns_dated", ())
        told = _WORDS.findall(head.group("phrase"))
        words = [w.lower() for w in told]
        verbs = [w for w in told if w.islower() and (w in AUXILIARIES or w.endswith("ed"))]
        return any(lemma(w) in nouns for w in words) and not verbs

    def shared_event_noun(self, a: _Item, b: _Item) -> bool:
        """A noun of a dated event ("explosion", "blast", "shooting") beside both times."""
        return bool(self.event_nouns(a) & self.event_nouns(b))

    def event_nouns(self, item: _Item) -> set[str]:
        rules = self.ctx.rules
        text = self.ctx.text(item.doc)
        left = max(item.unit.start, item.m.start - FEATURE_REACH)  # (the sentence's subject:
        right = min(item.unit.end, item.m.end + EVENT_REACH)  # "The blaze started in the
        nouns = rules.canonical_counting("event_nouns_dated")  # kitchen ... at around 2 a.m.")
        found = {rules.canonical(lemma(w)) for w in _WORDS.findall(text[left:right].lower())}
        return found & nouns  # (and their other names: "The slide broke loose" / "avalanche")

    def verbs_within(self, item: _Item, reach: int) -> set[Feature]:
        """The inflected words within ``reach`` characters of the date."""
        return set(self.verbs_near(item, reach))

    def _note_distance(self, item: _Item, term: Feature, tok: Tok) -> None:
        """How far a verb stands from the date; after it counts double (a clause's verb comes
        before its time: "ran aground at 4 a.m. on Tuesday, spilling oil")."""
        before = tok.end <= item.m.start
        gap = item.m.start - tok.end if before else 2 * (tok.start - item.m.end) + 10
        self._distance[(item, term)] = min(self._distance.get((item, term), gap), gap)

    def distance(self, item: _Item, term: Feature) -> int:
        """Characters between the date and the nearest telling of an event verb near it."""
        return self._distance.get((item, term), FEATURE_REACH)

    def event_particle(self, item: _Item, term: Feature) -> str:
        """The particle told with an event verb beside a date ("went off": off), or ""."""
        return self.verbs_near(item, EVENT_REACH).get(term, "")

    def other_particle(self, a: _Item, b: _Item) -> bool:
        """A verb beside one date told near the other with another particle: "checked
        into" one day, "checked out of" another are two events."""
        for x, y in ((a, b), (b, a)):
            near = self.verbs_near(y, FEATURE_REACH)
            for term, particle in self.verbs_near(x, EVENT_REACH).items():
                if term in near and near[term] != particle and (particle or near[term]):
                    return True
        return False

    def one_event(self, a: _Item, b: _Item) -> bool:
        """Whether what happened next to one date is told near the other."""
        if self.other_particle(a, b):
            return False
        said_a, said_b = self.event_words(a), self.event_words(b)
        told_a = self.features(a) - self._attributive(a) if said_a else self.features(a)
        told_b = self.features(b) - self._attributive(b) if said_b else self.features(b)
        return bool(said_a & (told_b | said_b) or said_b & told_a)  # (where a date has its
        # own verb, an adjective of a thing beside it tells no event: "The dead whales were
        # buried on Tuesday" is no dying)

    def _attributive(self, item: _Item) -> set:
        """Terms told only as adjectives of things near a date ("the dead whales"), not of
        an event ("the fatal shooting")."""
        memo = self.__dict__.setdefault("_adjectives", {})
        if item not in memo:
            memo[item] = adjectives_near(self.ctx, item)
        return memo[item]

    def phases_apart(self, a: _Item, b: _Item) -> bool:
        """Whether the verbs beside two dates are an event's two ends ("held hostage" /
        "freed", "began" / "ended"; rules ``event_phases``): two moments, not one."""
        said_a = {f.value for f in self.event_words(a)}
        said_b = {f.value for f in self.event_words(b)}
        if said_a & said_b:
            return False
        for x, y in self._phases():
            if (x in said_a and y in said_b) or (y in said_a and x in said_b):
                return True
        ends, start = self._ends(), self.ctx.rules.canonical("start")  # anything's beginning
        return bool((start in said_a and said_b & ends) or (start in said_b and said_a & ends))
        # ("broke out") is no other thing's end ("lifted", "released")

    def _phases(self) -> list[tuple[str, str]]:
        """The rules' event phases as term groups: (beginning, end) pairs."""
        canon = self.ctx.rules.canonical
        return [(canon(x), canon(y)) for x, y in self.ctx.rules.data.get("event_phases", [])]

    def _ends(self) -> set[str]:
        """The verbs that only end an event in the rules' phases ("lift", "release")."""
        phases = self._phases()
        return {y for _, y in phases} - {x for x, _ in phases}

    def one_ends(self, a: _Item, b: _Item) -> bool:
        """Whether the verbs beside one date only end something and those beside the other
        do not ("resumed taking ambulances at noon" / "noticed the attack at 4 a.m.")."""
        ends = self._ends()
        said_a = {f.value for f in self.event_words(a)}
        said_b = {f.value for f in self.event_words(b)}
        return bool(said_a & ends) != bool(said_b & ends)

    def one_actor(self, a: _Item, b: _Item) -> bool:
        """A name (not a month or a weekday) right beside both dates."""
        shared = self._names_near(a) & self._names_near(b)
        return any(f.kind == FeatureKind.NAME for f in shared)

    def _names_near(self, item: _Item) -> set:
        text = self.ctx.text(item.doc)
        left = max(item.unit.start, item.m.start - EVENT_REACH)
        right = min(item.unit.end, item.m.end + EVENT_REACH)
        return set(unit_features(text, left, right, self.ctx.rules))


_EVENT_PHRASE = re.compile(  # "after a huge fire at a store in Banstead on"
    r"\b(?:after|before|following)\s+(?:a|an|the)\s+(?P<phrase>[^,;.]*?)\s+(?:on|at|in)?\s*$",
    re.I,
)


def _aspect(a: _Item, b: _Item) -> str:
    """What two mentions compare: the time of day when one is a time alone and both tell
    one, else the day."""
    timed = a.m.minutes is not None and b.m.minutes is not None
    return "time" if timed and "time" in (a.m.kind, b.m.kind) else "day"


def date_findings(ctx: Context) -> list[Finding]:
    """The same event dated differently by two or more accounts."""
    items = [
        _Item(d, unit, m)
        for d in ctx.docs
        for unit in ctx.alignment.units[d]
        for m in ctx.facts.dates(unit)
    ]
    items = [
        i
        for i in items
        if not dateline(ctx, i)
        and not of_a_statement(ctx, i)
        and not quoted(ctx, i)
        and not published(ctx, i)
        and not entry_stamp(ctx, i)
    ]
    near = _Surroundings(ctx)
    refs = {d: ctx.documents[d].published for d in ctx.docs}
    eras = {d: ctx.facts.eras(d, ctx.alignment.units[d]) for d in ctx.docs}
    roles: dict[tuple[int, str], int] = defaultdict(int)
    for item in items:
        if item.m.role != "point" and eras[item.doc][item.unit.index] == "news":
            roles[(item.doc, item.m.role)] += 1
        elif item.m.kind == "time" and eras[item.doc][item.unit.index] == "news":
            by = word_before(ctx.text(item.doc), item.m.start) == "by"  # ("by noon": a
            roles[(item.doc, "clock")] += clock_told(item.m) and not by  # deadline, no deed's)
        if item.m.kind == "date":
            roles[(item.doc, "date")] += 1  # (calendar days an account gives)
    by_unit: dict[Unit, list[_Item]] = defaultdict(list)
    for item in items:
        by_unit[item.unit].append(item)
    candidates = []
    for x, a in enumerate(items):
        for b in items[x + 1 :]:
            if a.doc == b.doc:
                continue
            if a.m.role != b.m.role and not near.one_start(a, b):
                continue
            same = compatible(a.m, b.m, refs[a.doc], refs[b.doc])
            if same and other_day(by_unit, a, b, refs):
                continue  # "shortly after 6 a.m. on Sunday" / "restored on Tuesday morning"
            recent = {recency(a, refs, refs[b.doc]), recency(b, refs, refs[a.doc])}
            if same is None or (recent == {"news", "past"} and not days_near(a, b, refs)):
                continue  # (a week's edge between two days of one event is no background)
            if near.another_event(a) != near.another_event(b):
                continue  # "A second explosion took place on Thursday": not the first's day
            if told_from_each_side(ctx, a, b):
                continue  # "the day before Buckley's death" / "a day after Rait died"
            if ongoing(ctx, a) != ongoing(ctx, b):
                continue  # "were coping Saturday with the death of their boss": the day of
                # the coping, not of the killing
            if not same and near.phases_apart(a, b):
                continue  # "held four guards hostage on Sunday" / "freed on Monday morning"
            if weeks_apart(a.m, b.m, refs[a.doc], refs[b.doc]):
                continue  # each account's news of its own week, weeks apart: two events
            if {eras[a.doc][a.unit.index], eras[b.doc][b.unit.index]} == {"news", "past"} and not (
                a.m.kind == b.m.kind == "month"  # the era was read from these very months
                or (recent == {"past"} and a.m.kind == b.m.kind == "date")
                or (refs[a.doc] != refs[b.doc] and close_in_time(a, b, refs))
            ):  # (two days weeks back, each a day of its own: both date what led to the news)
                continue
            s = near.score(a, b)
            needed = SAME_DATE if same else SAME_EVENT
            only_dates = a.m.kind == b.m.kind == "date" and roles[(a.doc, "date")] == 1
            only_dates = only_dates and roles[(b.doc, "date")] == 1 and days_near(a, b, refs)
            if only_dates:  # "on the 9th of June" / "on the 10th of June": the one calendar
                needed = SAME_DATE  # day each account gives, a day or two apart
            if not same and a.m.kind == b.m.kind == "year":
                needed = YEAR_EVENT  # a life or a history names many years
            if a.m.role != "point" and roles[(a.doc, a.m.role)] == roles[(b.doc, b.m.role)] == 1:
                needed = min(needed, ONLY_ONE)  # the one start (or end) date each account gives
            if (
                not same
                and SAME_DATE <= s < needed
                and (
                    (near.one_actor(a, b) and near.one_event(a, b)) or dated_once(near, items, a, b)
                )
            ):
                needed = SAME_DATE  # the same person, what happened to him: one event; or
                # the one date each account gives the deed ("seized on March 3" / "kidnapped
                # on March 13")
            if not same and once_dated(near, items, a, b, ctx.rules):
                needed = 0.0  # the one date each account gives a conviction, a death
            clock_needed = CLOCK_EVENT
            lead_clocks = False
            only_clocks = roles[(a.doc, "clock")] == 1 == roles[(b.doc, "clock")]
            only_clocks = only_clocks and clock_told(a.m) and clock_told(b.m)  # (not "the night")
            if a.m.kind == b.m.kind == "time" and only_clocks:
                clock_needed = SAME_EVENT  # the one clock time each account gives
                if near.event_words(a) & near.event_words(b) or near.shared_event_noun(a, b):
                    needed = clock_needed = 0.0  # ... beside one verb: "struck at 3:12 a.m."
                    # / "which struck shortly after 2 a.m."; or one event's noun, whatever
                    lead_clocks = not reported(near, a, b)  # the verbs ("The slide broke
                    # loose at 10.20 a.m." / "The avalanche came down at 11 a.m.")
                elif a.unit.index < _LEAD and b.unit.index < _LEAD and not near.one_ends(a, b):
                    needed = clock_needed = LEAD_CLOCKS  # ... in the sentences each leads with
                    lead_clocks = True
                    if told_as_occurring(near, a) or told_as_occurring(near, b):
                        needed = clock_needed = 0.0  # ... one the story's event: "The raid
                        # happened at about 1.30 a.m."
            if (near.one_start(a, b) or near.both_start(a, b)) and near.shared_event_noun(a, b):
                needed = 0.0  # "The fire started on Sunday" / "a fire that broke out on
                # Saturday night": the one beginning of one dated thing
            if s < needed or (not same and near.other_particle(a, b)):
                continue  # (a verb with another particle beside each date: two events)
            if (
                not same
                and a.m.role == "point"
                and {a.m.kind, b.m.kind}.isdisjoint(("month", "year", "relative", "regnal"))
                and not near.one_event(a, b)
                and not (a.m.kind == b.m.kind == "time" and s >= clock_needed)
                and not (only_dates and s >= SAME_DATE)  # "on the 9th of June" / "on the
                # 10th of June": the one calendar day each account gives, a day apart
            ):
                continue  # "face charges on Friday" / "appear in court next Monday"
            if (
                not same
                and not lead_clocks
                and "relative" not in (a.m.kind, b.m.kind)  # (their verbs tell the reference)
                and near.event_words(a)
                and near.event_words(b)
                and not near.one_event(a, b)
                and not only_dates
            ):
                continue  # "fired last Thursday" / "denied a permit in March": two deeds
            shared_deed = bool(near.event_words(a) & near.event_words(b))
            deed = SAME_DEED_BONUS if same else TIE_BONUS  # (of two conflicting dates as alike,
            # the one beside the same verb: "stranded on Sunday night" / "beached themselves
            # late on Saturday", not "had died by Monday"; never above an agreeing pair)
            vague = a.m.kind == b.m.kind == "time" and clock_told(a.m) != clock_told(b.m)
            agree = AGREEMENT_BONUS if same and not vague else 0.0  # ("the evening rush hour"
            bonus = agree + (deed if shared_deed else 0.0)  # fits "7pm" as "6.40pm" does not)
            candidates.append((-(s + bonus), a, b, same))
    candidates.sort(key=lambda c: (c[0], c[1].doc, c[1].m.start, c[2].doc, c[2].m.start))
    used: set[tuple[_Item, int, str]] = set()
    conflicts: dict[_Item, list[tuple[_Item, _Item]]] = defaultdict(list)
    parent: dict[_Item, _Item] = {}

    def root(x: _Item) -> _Item:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    matched = []
    for _, a, b, same in candidates:
        aspect = _aspect(a, b)  # "Saturday morning", once paired with "Saturday", may
        # still meet "3 p.m." (a time alone); a day is paired once
        taken = ("time",) if aspect == "time" else ("time", "day")
        if any((x, y.doc, t) in used for x, y in ((a, b), (b, a)) for t in taken):
            continue
        if not (same and aspect == "time" and frees(near, items, b, a)):
            used.add((a, b.doc, aspect))  # (a part of the day that fits a clock time leaves
        if not (same and aspect == "time" and frees(near, items, a, b)):
            used.add((b, a.doc, aspect))  # the clock free for the account's own clock time
            # of the same deed: "slid off the runway on Monday night" / "landed at 8.55
            # p.m." leaves the 8.55 for "touched down at 9.40 p.m.")
        matched.append((a, b, same))
        parent[root(a)] = root(b)

    def told_too(x: _Item, y: _Item) -> bool:
        """x's sentence also gives a date that can be y's: the two are not the same event
        (a day beside a clock time says nothing of the time: "3 p.m. on Saturday" /
        "Saturday morning")."""
        aspect = _aspect(x, y)
        return any(
            o is not x
            and (
                aspect == "day" or (o.m.minutes is not None and clock_told(o.m) >= clock_told(x.m))
            )
            and (compatible(o.m, y.m, refs[o.doc], refs[y.doc]) or same_words(o.m, y.m))
            for o in by_unit[x.unit]
        )

    for a, b, same in matched:
        if not same and not told_too(a, b) and not told_too(b, a):
            conflicts[root(a)].append((a, b))

    out = []
    for pairs in conflicts.values():
        chosen: dict[int, _Item] = {}
        for a, b in pairs:
            chosen.setdefault(a.doc, a)
            chosen.setdefault(b.doc, b)
        told = {x for pair in pairs for x in pair}
        for a, b, same in matched:
            # accounts that agree with one side, directly: chains of agreement can wander
            # from one event to another
            if same and (a in told or b in told):
                for x in (a, b):  # ("Friday night" beside "8.40pm" / "9pm" takes no side)
                    sides = [compatible(x.m, t.m, refs[x.doc], refs[t.doc]) for t in told]
                    if x in told or not all(sides):
                        chosen.setdefault(x.doc, x)
        members = [chosen[d] for d in sorted(chosen)]
        a, b = pairs[0]
        label = date_topic(ctx, a, b, near)
        values = [describe(i.m, refs[i.doc]) for i in members]
        mentions = [
            Mention(i.doc, i.m.start, i.m.end, v) for i, v in zip(members, values, strict=True)
        ]
        out.append(
            Finding(
                Kind.DATE,
                label,
                summary_line(label, values),
                mentions,
                "the same event is dated differently",
                Severity.CONFLICT,
            )
        )
    return out
