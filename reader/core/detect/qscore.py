"""How alike two quantity mentions' surroundings are, and what keeps two mentions of one
counted thing apart (another era, another year, a name the other account ties to another
figure, another owner or place, a total over several events): the scorer the quantity
detector and its candidate pairing share."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from reader.core.align import Unit
from reader.core.detect.base import Context
from reader.core.facts.dates import extract_dates
from reader.core.facts.lexicon import STOPWORDS
from reader.core.facts.quantities import Op, Quantity, Relation, relation
from reader.core.language import lemma, same_name
from reader.core.passages import FeatureKind, unit_features

CUMULATIVE = frozenset(
    {
        "kill",
        "injure",
        "arrest",
        "evacuate",
        "displace",
        "miss",
        "rescue",
        "release",
        "kidnap",
        "trap",
        "strand",
        "detain",
        "hospitalise",
        "hospitalize",
        "treat",
        "infect",
        "homeless",
    }
)


_SUPERLATIVE_SO_FAR = re.compile(r"\b(?:most|\w+est)\b[\w\s-]{0,40}?\b(?:so far|to date)\b")


@dataclass(frozen=True)
class Item:
    doc: int
    unit: Unit
    q: Quantity


def _nearby_names(ctx: Context, item: Item) -> set[str]:
    """Names close to a mention: what tells one event or place from another. Names in the
    credit of what is said ("..., the governor of Qeshm told ISNA") say who told it, not
    where it happened."""
    found = ctx.context_terms(item.unit, item.q.start, item.q.end, reach=90)
    names = {f.value for f in found if f.kind == FeatureKind.NAME}
    if names:
        text = ctx.text(item.doc)
        for sp in ctx.facts.speeches(item.unit):
            if sp.speaker_start <= item.q.start < sp.speaker_end:
                continue
            credit = unit_features(text, sp.speaker_start, sp.speaker_end, ctx.rules)
            names -= {f.value for f in credit if f.kind == FeatureKind.NAME}
    return names


def scorer_era(ctx: Context, item: Item) -> str:
    return ctx.facts.eras(item.doc, ctx.alignment.units[item.doc])[item.unit.index]


_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


def year_of(ctx: Context, item: Item) -> int | None:
    """The first year the mention's sentence names ("In 2004 ...", "in December 2003"); not
    a deadline this year or later ("by the end of 2026": a plan, not background), nor a year
    beside a weekday of the news ("on Tuesday, beating a record set in 2003")."""
    text = ctx.text(item.doc)
    start = text.rfind(";", item.unit.start, item.q.start) + 1 or item.unit.start
    end = text.find(";", item.q.end, item.unit.end)
    clause = (start, item.unit.end if end < 0 else end)  # "married twice; the first marriage
    memo = ctx.__dict__.setdefault("_background_years", {})  # lasted from 1943 to 1947"
    key = (item.unit, clause)
    if key not in memo:
        memo[key] = _year_of(ctx, item, clause)
    return memo[key]


def _sum_over_years(ctx: Context, item: Item) -> bool:
    """A named sum told with a span of years ("took 2.1 million euros in bribes between 2027
    and 2031"): the years it was taken over, not a background year."""
    if not (item.q.thing and (item.q.dimension or "").startswith("money")):
        return False
    roles = {m.role for m in ctx.facts.dates(item.unit) if m.kind == "year"}
    return {"start", "end"} <= roles


def _year_of(ctx: Context, item: Item, clause: tuple[int, int]) -> int | None:
    year = ctx.facts.first_year(item.unit)
    if year is None or _sum_over_years(ctx, item):
        return None
    told = ctx.text(item.doc)[clause[0] : clause[1]]
    if clause != (item.unit.start, item.unit.end):
        year = next((m.year for m in extract_dates(told, 0, len(told), ctx.rules) if m.year), None)
        if year is None:
            return None
    if (
        year
        and _WEEKDAY.search(told)
        and not re.search(rf"\b[A-Z][a-z]+\.? \d{{1,2}},? {year}\b", told)
    ):
        return None  # "recorded on Tuesday, beating a record set in 2003": the news day's
    if re.search(rf"\bsince (?:early |late |mid-)?{year}\b", told):
        return None  # "had been in the post since 2026": a state that runs to now
    published = ctx.documents[item.doc].published
    deadline = re.compile(rf"\b(?:by|until|before)\b[^.;,]{{0,20}}\b{year}\b")
    if published and year >= published.year and deadline.search(told):
        return None  # "close two plants by the end of 2026": a deadline, not background
    if published and year > published.year and _phase_in(ctx, told, year):
        return None  # "construction would begin in 2046 and cost 410 million euros": when
        # the work starts, not an era the cost belongs to
    return year


_PHASES = frozenset({"start", "begin", "open", "end", "finish", "complete"})
SPENDING = frozenset({"spend", "last"})  # verbs a duration tells how long of


def _phase_in(ctx: Context, told: str, year: int) -> bool:
    """Whether a verb of starting or finishing stands right before "in <year>"."""
    found = re.search(rf"\b(\w+)\s+in\s+{year}\b", told)
    return found is not None and ctx.rules.canonical(lemma(found.group(1).lower())) in {
        ctx.rules.canonical(w) for w in _PHASES
    }


_NAMED_SITE = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]+(?:[ ]+[A-Z][\w'’-]+)*)[ ]+(?:[a-z]+[ ]+)?(?P<head>[A-Za-z]+)\b"
)  # "the Jabaliya refugee camp", "Kestrel Prison"


_SINCE_BEGAN = re.compile(  # a count from an event on: "11 killed since the truce began"
    r"\bsince (?:the|its|their) (?:[a-z]+ ){1,2}(?:began|started|took effect|came into force)\b"
)
_DOER_VERB = re.compile(  # "the conflict now having taken", "the war has claimed"
    r"\b(?:the|this) ([a-z]+)(?: [a-z]+){0,3} (?:taken|claimed|killed|left|cost)\s*$"
)
_SUBORDINATE = re.compile(r"\s*(?:as|while|when|and|but|whereas)\b", re.I)
_PERIOD_CUES = frozenset({"this year", "this season"})  # ("its third increase this year, as
# inflation climbed to 6.8%": the year's count of increases, not of inflation)


_RUNNING = re.compile(
    r"(?:\b(?:[Hh]e|[Ss]he|[Tt]hey)|\b[A-Z][a-z]+)\s+(?:now\s+|already\s+)?(?:has|have)\s+$"
)
_STAT_FOR = re.compile(r"\b[\d,.]+\s+([a-z]+)\s+for\s+$")  # "53 catches for "
_BARE_PASSIVE = re.compile(r"\s+(?:have|has|had|were|was|are|is)\s+(?:been\s+)?[a-z]+ed\b")
_PRONOUN_OPENERS = frozenset(("It", "She", "He", "They"))
_VESSEL_PREDICATES = frozenset(("board", "license"))  # what a ship or plane carries
_LEAD_UNITS = 2  # the sentences an account leads with, which name the event's place


class Scorer:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.eras = {d: ctx.facts.eras(d, ctx.alignment.units[d]) for d in ctx.docs}
        self.local: dict[Item, set] = {}
        self.anchors: dict[Item, set[str]] = {}
        self.linked: dict[tuple[Unit, Unit], float] = {}
        self.aggregates: dict[tuple[Item, bool], bool] = {}
        for score, a, b in ctx.alignment.links:
            self.linked[(a, b)] = self.linked[(b, a)] = max(score, self.linked.get((a, b), 0.0))
        self._partners: dict[Unit, set[Unit]] = {}
        self.grouped: set[tuple[Unit, Unit]] = set()
        self._index_of: list[Item] | None = None
        self._index: dict[tuple[int, str], list[Item]] = defaultdict(list)
        for g in ctx.alignment.groups:
            for a in g.units:
                for b in g.units:
                    self.grouped.add((a, b))

    def _local(self, item: Item) -> set:
        found = self.local.get(item)
        if found is None:
            found = self.local[item] = self.ctx.context_terms(
                item.unit, item.q.start, item.q.end, reach=80
            )
        return found

    def _anchor_set(self, item: Item) -> set[str]:
        found = self.anchors.get(item)
        if found is None:
            found = self.anchors[item] = _nearby_names(self.ctx, item)
        return found

    def era(self, item: Item) -> str:
        era = self.eras[item.doc][item.unit.index]
        told = self.ctx.text(item.doc)[item.unit.start : item.unit.end]
        own_year = ";" in told and self.ctx.facts.first_year(item.unit) is not None
        if era == "past" and own_year and year_of(self.ctx, item) is None:
            return "news"  # "Page married twice; the first marriage lasted from 1943 to
            # 1947": the year is the other clause's
        if era == "past" and _sum_over_years(self.ctx, item):
            return "news"  # "took 2.1 million euros in bribes between 2027 and 2031": the
            # years the sum was taken over, the sum the story is about
        return era

    def exclusive(self, a: Item, b: Item, rivals: list[Item], names: bool = True) -> bool:
        """Today's news against background ("26,000 killed in Bam in 2003" is not today's
        toll), two different years, or (``names``) a name near one mention that the other
        account ties to another mention of the same thing."""
        year_a, year_b = year_of(self.ctx, a), year_of(self.ctx, b)
        held = a.q.thing in self.ctx.rules.canonical_counting("capacity_nouns")  # (no era)
        eras = {self.era(a), self.era(b)} == {"news", "past"} and not held
        if eras and not (year_a and year_a == year_b):
            return True  # (both sentences naming one year tell one background: "The 40-metre
            # bridge was built in 1987" / "The 35-metre bridge, built in 1987, was ...")
        if year_a and year_b and year_a != year_b:
            return True
        if not names:
            return False
        near_a, near_b = self._anchor_set(a), self._anchor_set(b)
        for mine, theirs, other in ((near_a, near_b, b), (near_b, near_a, a)):
            missing = mine - theirs
            if not missing:
                continue
            named = self._named_index(rivals)
            for name in missing:
                # (a mention there with the same figure as ``other`` ties the name to it too)
                if any(
                    r is not other
                    and (other.q.scope != "among" or r.q.scope == "among")  # (a toll is
                    # no rival of its part: "including six children")
                    and r.q.predicate in (None, other.q.predicate)  # (the crowd's town is
                    and relation(r.q, other.q) != Relation.SAME  # not the arrests' town)
                    for r in named.get((other.doc, name), ())
                ):
                    return True
        return False

    def _named_index(self, rivals: list[Item]) -> dict[tuple[int, str], list[Item]]:
        """(account, name) -> the mentions of ``rivals`` with that name close by."""
        if self._index_of is not rivals:
            self._index_of = rivals
            self._index = defaultdict(list)
            for rival in rivals:
                for name in self._anchor_set(rival):
                    self._index[(rival.doc, name)].append(rival)
        return self._index

    def place(self, item: Item) -> float:
        """Where a mention stands in its account, from 0 (first sentence) to 1 (last)."""
        return item.unit.index / max(len(self.ctx.alignment.units[item.doc]) - 1, 1)

    def owned_elsewhere(self, a: Item, b: Item) -> bool:
        """A count tied to a named subject ("Charles had 22 carries") is only compared with
        counts in sentences that name the same subject."""
        for x, y in ((a, b), (b, a)):
            owner = x.q.owner
            if owner and y.q.owner and not same_name(owner, y.q.owner):
                return True  # "Charles rushed for 226 yards" / "Hillis rushed for 101"
            heads = self.ctx.rules.counting.get("event_names", ())
            if owner and owner.split()[0].lower() in heads:
                continue  # "Cyclone Asha damaged about 45,000 homes": the event all tell
            if owner and not y.q.owner:
                text = self.ctx.text(y.doc)
                sentence = text[y.unit.start : y.unit.end]
                opening = sentence.split(maxsplit=1)[0] if sentence.split() else ""
                if opening in _PRONOUN_OPENERS and y.unit.index > 0:
                    before = self.ctx.alignment.units[y.doc][y.unit.index - 1]
                    sentence = text[before.start : y.unit.end]  # "It had 104 people on
                    # board": the ship the sentence before names
                if owner.split()[-1] in sentence:
                    continue
                if self._passive_of_lead(owner, y):
                    continue  # "St. Vellan Hospital has postponed about 450 operations" /
                    # "About 300 operations have been postponed", in an account that leads
                    # with the hospital
                vessel = y.q.predicate in _VESSEL_PREDICATES
                if vessel and not self.ctx.facts.names(y.unit) and owner.split()[-1] in text:
                    continue  # "The ferry was licensed to carry no more than 60": a sentence
                    # that names nobody, in an account that names the ship
                return True
        return False

    def _passive_of_lead(self, owner: str, y: Item) -> bool:
        """Whether ``y`` is told in a passive with no doer ("About 300 operations have been
        postponed") in an account whose opening sentences name ``owner``: the owner's deed."""
        text = self.ctx.text(y.doc)
        after = text[y.q.end : y.unit.end]
        if not _BARE_PASSIVE.match(after) or " by " in after:
            return False
        lead = self.ctx.alignment.units[y.doc][:LEAD_UNITS]
        opening = " ".join(text[u.start : u.end] for u in lead)
        return owner.split()[-1] in opening

    def partners(self, unit: Unit) -> set[Unit]:
        """The passages aligned or linked with ``unit``."""
        if not self._partners:
            for a, b in [*self.linked, *self.grouped]:
                self._partners.setdefault(a, set()).add(b)
        return self._partners.get(unit, set())

    def other_names(self, a: Item, b: Item) -> bool:
        """Both mentions have names close by, and none in common: two games, two votes."""
        near_a, near_b = self._anchor_set(a), self._anchor_set(b)
        return bool(near_a and near_b and not near_a & near_b)

    def other_sites(self, a: Item, b: Item) -> bool:
        """Each sentence names a site of one kind, and the names differ ("in the Bureij
        refugee camp" / "in the Jabaliya refugee camp"): two incidents, two counts."""
        sites_a, sites_b = self._sites(a.unit), self._sites(b.unit)
        return any(not sites_a[h] & sites_b[h] for h in sites_a.keys() & sites_b.keys())

    def _sites(self, unit: Unit) -> dict[str, set[str]]:
        memo = self.__dict__.setdefault("_site_memo", {})
        found = memo.get(unit)
        if found is None:
            heads = self.ctx.rules.counting.get("site_heads", ())
            text = self.ctx.text(unit.doc)[unit.start : unit.end]
            found = memo[unit] = {}
            for m in _NAMED_SITE.finditer(text):
                head = m.group("head").lower()
                words = [w for w in m.group("name").split() if w.lower() not in STOPWORDS]
                if head in heads and words:  # ("In Jabaliya camp": Jabaliya)
                    found.setdefault(head, set()).add(words[-1].lower())
        return found

    def offset(self, item: Item) -> bool:
        """A span between two events ("less than two weeks later")."""
        told = self.ctx.text(item.doc)[item.q.start : item.q.end + 10].lower()
        spent = item.q.predicate in SPENDING  # ("spent 44 hours underground before rescuers
        return (
            item.q.dimension == "duration"
            and not spent
            and any(  # reached them": how long)
                f" {w}" in told for w in ("later", "earlier", "after", "before")
            )
        )

    def anchored_elsewhere(self, a: Item, b: Item) -> bool:
        """A measure tied to a place ("Bandar Abbas, a city of 500,000") against one whose
        sentence names that place but does not tie the measure to it: another place's."""
        for x, y in ((a, b), (b, a)):
            if x.q.anchor and not y.q.anchor:
                sentence = self.ctx.text(y.doc)[y.unit.start : y.unit.end]
                if x.q.anchor.split()[-1] in sentence:
                    return True
        return False

    def placed_elsewhere(self, a: Item, b: Item) -> bool:
        """A count given for a named place that its account does not lead with ("Meanwhile,
        ... in Salonika where 50,000 people marched") against one given for none, in an
        account that never names that place: the other account's count is of somewhere else
        (the march in the capital). The place an account leads with is the event's own."""
        for x, y in ((a, b), (b, a)):
            if x.q.where and not y.q.where:
                words = x.q.where.split()
                told = self.ctx.facts.folded_text(y.doc)
                if any(w in told for w in words):
                    continue
                lead = self.ctx.alignment.units[x.doc][:_LEAD_UNITS]
                opening = self.ctx.rules.fold_name(
                    " ".join(self.ctx.text(x.doc)[u.start : u.end] for u in lead)
                )
                if not any(w in opening for w in words):
                    return True
        return False

    def one_aggregate(self, a: Item, b: Item) -> bool:
        """A total over several events ("in their five operations so far, 14 rifles") against
        one event's count; tolls, which only grow, are compared all the same."""
        if a.q.dimension == b.q.dimension == "duration" and a.q.predicate == "last":
            return False  # "so far in the 12 days of the offensive": how long it has lasted
        if a.q.thing == b.q.thing == "vote" and Op.TALLY in (a.q.value.op, b.q.value.op):
            return False  # "In all, 61,480 voted for and 51,940 against" / "61,480 votes to
            # 52,330": a ballot's two sides are the whole ballot, summed or not
        campaign = a.q.predicate in CUMULATIVE or b.q.predicate in CUMULATIVE
        people = self.ctx.rules.counting["person_nouns"]
        campaign = campaign and all(
            t in (None, "people") or t in people for t in (a.q.thing, b.q.thing)
        )
        # (a toll of people: "923 rounds seized so far" is no toll but a haul, summed)
        return self._aggregate(a, campaign) != self._aggregate(b, campaign)

    def one_total(self, item: Item) -> bool:
        """A toll told as a campaign's total ("600 killed in the 12 days of the offensive")."""
        return self._aggregate(item, True)

    def _aggregate(self, item: Item, campaign: bool) -> bool:
        """Whether the mention's sentence tells a total (read once per mention)."""
        key = (item, campaign)
        found = self.aggregates.get(key)
        if found is None:
            found = self.aggregates[key] = self._has_total(item, campaign)
        return found

    def _has_total(self, item: Item, campaign: bool) -> bool:
        # (a toll "so far" is still today's toll: for tolls, only a campaign's cues count)
        cues = self.ctx.rules.campaign_cues if campaign else self.ctx.rules.aggregate_cues
        text = self.ctx.text(item.doc)
        sentence = text[item.unit.start : item.unit.end].lower()
        sentence = _SUPERLATIVE_SO_FAR.sub(" ", sentence)  # "the largest protest so far"
        left = text.rfind(",", item.unit.start, item.q.start) + 1 or item.unit.start
        if not _SUBORDINATE.match(text, left):
            left = item.unit.start  # ("this season, Jackson was held to two catches")
        right = text.find(",", item.q.end, item.unit.end)
        clause = text[left : right if right >= 0 else item.unit.end].lower()
        if campaign:
            if self._campaign_doer(text[left : item.q.start].lower()):
                return True  # "With the conflict now having taken more than 600 lives"
            # a campaign's cue tells the counts of its clause and of the clauses after it ("so
            # far in the 12 days of the offensive, and around 3,000 wounded"), not those before
            # ("At least 43 were killed ..., pushing the toll above 680 since the war began")
            end = right if right >= 0 else item.unit.end
            sentence = _SUPERLATIVE_SO_FAR.sub(" ", text[item.unit.start : end].lower())
        statistics = self.ctx.rules.counting.get("statistic_nouns", ())
        at = item.q.start
        stat_for = _STAT_FOR.search(text, max(item.unit.start, at - 40), at)
        if stat_for is not None and lemma(stat_for.group(1).lower()) in statistics:
            at = stat_for.start()  # "53 catches for 605 yards": the yards of those catches
        if (
            not campaign
            and (item.q.thing in statistics or at != item.q.start)
            and _RUNNING.search(text, max(item.unit.start, at - 40), at)
        ):
            return True  # "He has 53 catches for 605 yards": a player's running total, not
            # the one game's "eight catches"
        since = _SINCE_BEGAN.search(sentence) is not None  # "since the truce began"
        sentence, clause = f" {sentence}", f" {clause}"  # (" so far" opening it: "So far, ...")
        return since or any(c in (clause if c in _PERIOD_CUES else sentence) for c in cues)

    def _campaign_doer(self, before: str) -> bool:
        """A toll whose doer is a whole campaign: "the war has claimed", "the conflict now
        having taken" (the nouns are the rules' campaign_nouns)."""
        nouns = self.ctx.rules.data.get("campaign_nouns", ())
        return any(m.group(1) in nouns for m in _DOER_VERB.finditer(before))

    def score(self, a: Item, b: Item) -> float:
        ctx = self.ctx
        la, lb = self._local(a), self._local(b)
        total = ctx.overlap(la, la) + ctx.overlap(lb, lb)
        local = 2 * ctx.overlap(la, lb) / total if total else 0.0
        whole = ctx.alignment.similarity(a.unit, b.unit)
        score = max(local, whole) + 0.1 * self.linked.get((a.unit, b.unit), 0.0)
        if (a.unit, b.unit) in self.grouped:
            score += 0.1
        return score


LEAD_UNITS = 3  # the sentences of an account that lead with its news


def headline_tolls(group: list[Item], scorer: Scorer) -> set[Item]:
    """Per account and predicate (killed, injured), the toll it leads with: the largest
    news-era count of people in its first sentences or in a sentence about the toll. Two
    accounts' headline tolls are the same fact, however differently the sentences run."""
    best: dict[tuple[int, str], Item] = {}
    for item in group:
        q = item.q
        if (
            q.thing != "people"
            or q.predicate not in CUMULATIVE
            or q.scope
            or q.owner
            or q.value.figure is None
            or scorer.era(item) != "news"
        ):
            continue
        sentence = scorer.ctx.text(item.doc)[item.unit.start : item.unit.end].lower()
        if item.unit.index >= LEAD_UNITS and "toll" not in sentence:
            continue
        if scorer.one_total(item):
            continue  # the war's toll so far is not the one the account leads with
        key = (item.doc, q.predicate)
        if key not in best or q.value.figure > (best[key].q.value.figure or 0):
            best[key] = item
    return set(best.values())


_PART_OF = re.compile(r"\s+of (?:them|whom|those)\b")  # "six of them"


def only_mentions(group: list[Item], scorer: Scorer) -> set[Item]:
    """Mentions that are the only news-era mention of their thing and predicate in their
    account: two accounts that each count troops once are counting the same troops."""
    counts: dict[tuple, list[Item]] = defaultdict(list)
    grades = set(scorer.ctx.rules.data.get("severity_adverbs", {}).values())
    held = scorer.ctx.rules.canonical_counting("capacity_nouns")  # (a hotel's rooms: no era)
    for item in group:
        if scorer.era(item) == "news" or item.q.thing in held:
            q = item.q
            role = q.kind_of if q.thing in ("people", "age") else ""  # crew and passengers:
            # two groups; a man's age and a woman's, two people
            told = scorer.ctx.text(item.doc)[q.start : q.end + 9]
            part = q.scope in grades and _PART_OF.search(told) is not None  # "Twelve were
            if not part:  # rescued, and six of them are critical": still one count of twelve
                counts[(item.doc, q.thing, q.predicate, q.dimension, role, "")].append(item)
            if q.scope in grades:  # the one count of the seriously hurt: alone among its kind
                counts[(item.doc, q.thing, q.predicate, q.dimension, role, q.scope)].append(item)
    return {
        items[0]
        for key, items in counts.items()
        if len(items) == 1 and (key[-1] or items[0].q.scope not in grades)
    }
