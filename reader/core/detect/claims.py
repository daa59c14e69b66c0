"""Who said it and the words quoted (whether it is affirmed or denied: ``polarity``).

- attribution: the same statement credited to different speakers (kind name when both
  speakers hold the same role, "the interior minister" / "the defence minister");
- quote: quotations of one statement worded differently, matched across all accounts
  (punctuation, case and editorial insertions such as "(its direction)" ignored).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from difflib import SequenceMatcher
from itertools import combinations
from typing import NamedTuple

from reader.core.align import Unit
from reader.core.detect.base import Context, Finding, Mention, merge, short, summary_line
from reader.core.detect.quotewords import (
    STATEMENT_WORDS,
    alike_words,
    content_word,
    extents_of_one,
    one_statement,
    within,
)
from reader.core.detect.quotewords import named as _named
from reader.core.facts.claims import (
    Speech,
    name_part,
    role_head,
    same_speaker,
    speaker_key,
)
from reader.core.facts.lexicon import AUXILIARIES, STOPWORDS
from reader.core.facts.quotations import Quote
from reader.core.kinds import Kind, Severity
from reader.core.language import lemma, same_name, spelling_key
from reader.core.passages import FeatureKind, unit_features

SAME_STATEMENT = 0.5  # overlap of what two speakers are credited with
QUOTED_STATEMENT = 5  # words a quotation needs to be a statement only one person made
QUOTED_PHRASE = 3  # the same words in every account: a phrase someone coined
PRONOUN_REACH = 2  # sentences back in which "he said" / "she said" finds its speaker
SAME_PASSAGE = 0.3  # aligned passages this alike may credit one statement to two speakers
FRAME_WORDS = 5  # words two quotations by one speaker share to be one statement reworded


def _content(ctx: Context, doc: int, start: int, end: int) -> set:
    return {
        f
        for f in unit_features(ctx.text(doc), start, end, ctx.rules)
        if f.kind in (FeatureKind.TERM, FeatureKind.NUMBER)
    }


def speech_findings(ctx: Context) -> list[Finding]:
    """Same statement, different speaker."""
    out = []
    rules = ctx.rules
    for ua, ub, gi in ctx.pairs():
        alike = ctx.alignment.similarity(ua, ub) >= SAME_PASSAGE
        if not alike and not (ctx.facts.quotes(ua) and ctx.facts.quotes(ub)):
            continue
        ta, tb = ctx.text(ua.doc), ctx.text(ub.doc)
        for sa in ctx.facts.speeches(ua):
            for sb in ctx.facts.speeches(ub):
                if same_speaker(sa.speaker, sb.speaker, rules) is not False:
                    continue
                if not alike and not _one_quotation(ctx, ua, sa, ub, sb):
                    continue  # (passages less alike: only the very same words quoted)
                if _relayed(ctx, ta[sa.content_start : sa.content_end]) or _relayed(
                    ctx, tb[sb.content_start : sb.content_end]
                ):
                    continue  # "officials said ..., the Daily News reported": whose words?
                ca = _content(ctx, ua.doc, sa.content_start, sa.content_end)
                cb = _content(ctx, ub.doc, sb.content_start, sb.content_end)
                total = ctx.overlap(ca, ca) + ctx.overlap(cb, cb)
                if not total or 2 * ctx.overlap(ca, cb) / total < SAME_STATEMENT:
                    continue
                whole_a = rules.fold_name(ta[ua.start : ua.end])
                whole_b = rules.fold_name(tb[ub.start : ub.end])
                key_a, key_b = speaker_key(sa.speaker, rules), speaker_key(sb.speaker, rules)
                if (key_a and key_a in whole_b) or (key_b and key_b in whole_a):
                    continue  # both name both: a different role in the sentence
                if _named_in(ctx, sa.speaker, ub) or _named_in(ctx, sb.speaker, ua):
                    continue  # "ITAR-TASS reported, citing the Central Election Commission"
                if _body_named(ctx, sa.speaker, ua.doc, sb.speaker) or _body_named(
                    ctx, sb.speaker, ub.doc, sa.speaker
                ):
                    continue  # "the company was quoted as saying" / "SEACOM said"
                if _titled(ctx, sa.speaker, sb.speaker) or _titled(ctx, sb.speaker, sa.speaker):
                    continue  # "the minister" / "Ms Petrescu", "Health Minister Ana Petrescu"
                head_a, head_b = role_head(sa.speaker, rules), role_head(sb.speaker, rules)
                same_role = bool(head_a and head_a == head_b)
                kind = Kind.NAME if same_role else Kind.ATTRIBUTION
                content = ta[sa.content_start : sa.content_end].strip(' ,.:"“”')
                topic = f"{head_a} who spoke" if same_role else short(content)
                mentions = [
                    Mention(ua.doc, sa.speaker_start, sa.speaker_end, sa.speaker),
                    Mention(ub.doc, sb.speaker_start, sb.speaker_end, sb.speaker),
                ]
                rule = (
                    "a different person in the same role"
                    if same_role
                    else "the same statement is credited to different speakers"
                )
                label = topic if same_role else f"who {sa.verb} {topic}"
                out.append(
                    Finding(
                        kind,
                        topic,
                        summary_line(label, (m.value for m in mentions)),
                        mentions,
                        rule,
                        Severity.CONFLICT,
                        gi,
                    )
                )
    return merge(out)


def _one_quotation(ctx: Context, ua: Unit, sa: Speech, ub: Unit, sb: Speech) -> bool:
    """Whether two speeches quote the very same words, of a statement's length ("There is
    no danger to the public now"), whoever else the sentences name."""

    def quoted(unit: Unit, speech: Speech) -> list[list[str]]:
        return [
            _quote_words(ctx, q.words)
            for q in ctx.facts.quotes(unit)
            if speech.content_start <= q.start and q.end <= speech.content_end + 1
        ]

    return any(
        within(wa, wb) and min(len(wa), len(wb)) >= QUOTED_STATEMENT
        for wa in quoted(ua, sa)
        for wb in quoted(ub, sb)
    )


def _relayed(ctx: Context, content: str) -> bool:
    """Whether what a speaker says names its own source ("officials said they were treating
    the fire as arson, the paper reported"): the speaker passes the words on."""
    words = re.findall(r"[\w'’-]+", content.lower())
    told = f" {' '.join(words)} "
    for cue in ctx.rules.relay_cues:
        at = told.find(f" {cue} ")
        while at >= 0:
            before = told[:at].split()[-1:]
            if before and before[0] not in _SAME_SPEAKER_LINKS:
                return True  # someone else said it, not "... and said"
            at = told.find(f" {cue} ", at + 1)
    return False


_SAME_SPEAKER_LINKS = frozenset({"and", "but", "also", "then", "later", "he", "she", "they"})


def _named_in(ctx: Context, speaker: str, unit: Unit) -> bool:
    """Whether a sentence names the speaker (in any spelling) among its names."""
    return any(
        len(n.text.split()) > 1 and same_name(speaker, n.text) for n in ctx.facts.names(unit)
    )


def _closest_per_account(members: list[_Quoted]) -> dict[int, _Quoted]:
    """One quotation per account: where an account gives several of one cluster ("The man
    is petrified" and "The man is an emotional wreck"), the one most like the others'."""
    by_doc: dict[int, list[_Quoted]] = defaultdict(list)
    for f in members:
        by_doc[f.doc].append(f)
    chosen = {}
    for doc, mine in by_doc.items():
        others = [o for d, told in by_doc.items() if d != doc for o in told]
        chosen[doc] = max(mine, key=lambda x, told=others: _likeness(x, told))
    return chosen


def _likeness(x: _Quoted, others: list[_Quoted]) -> float:
    return max((SequenceMatcher(None, x.words, o.words).ratio() for o in others), default=0.0)


def _key(ctx: Context, f: _Quoted) -> str | None:
    """A quotation's speaker key; for "he said", the speaker named before him."""
    told = f.speaker if (f.direct or "").lower() in ("he", "she") and f.speaker else f.direct
    return speaker_key(told, ctx.rules) if told else None


def _one_speaker(ctx: Context, x: _Quoted, y: _Quoted, kx: str | None, ky: str | None) -> bool:
    """Whether two quotations' sentences name one speaker ("witness Paolo Rende" / "Paolo
    Rende")."""
    if not (kx and ky):
        return False
    return kx == ky or same_speaker(x.direct or "", y.direct or "", ctx.rules) is True


_ELLIPSIS = re.compile(r"\.\s?\.\s?\.|…")


def _elided(ctx: Context, cut: _Quoted, whole: _Quoted) -> bool:
    """ "There are very few billboards around the city... I still don't know who to vote for"
    against the whole statement: each piece between the marks of omission is in the other
    quotation, in order."""
    pieces = [_quote_words(ctx, p) for p in _ELLIPSIS.split(cut.quote.text)]
    pieces = [p for p in pieces if p]
    if len(pieces) < 2:
        return False
    at, words = 0, whole.words
    for piece in pieces:
        n = len(piece)
        found = next((k for k in range(at, len(words) - n + 1) if words[k : k + n] == piece), None)
        if found is None:
            return False
        at = found + n
    return True


_CONTRACTIONS = (
    (re.compile(r"\bcan['’]t\b", re.I), "can not"),
    (re.compile(r"\bwon['’]t\b", re.I), "will not"),
    (re.compile(r"n['’]t\b", re.I), " not"),
    (re.compile(r"['’]re\b", re.I), " are"),
    (re.compile(r"['’]ve\b", re.I), " have"),
    (re.compile(r"['’]ll\b", re.I), " will"),
    (re.compile(r"\bI['’]m\b"), "I am"),
)


def _quote_words(ctx: Context, text: str) -> list[str]:
    """A quotation's words as compared: folded, contractions spelled out ("aren't" = "are
    not": the same words in another typography)."""
    for pattern, full in _CONTRACTIONS:
        text = pattern.sub(full, text)
    return [spelling_key(w) for w in ctx.rules.fold(text).split() if w]


def _without_times(ctx: Context, text: str) -> str:
    """A quotation's words less its clock times and time zones (other figures stay)."""
    text = _CLOCK_TEXT.sub(" ", text)
    zones = ctx.rules.time_zones
    return "".join(w for w in ctx.rules.fold(text).split() if w not in zones)


_CLOCK_TEXT = re.compile(
    r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\b\.?)?|\b\d{1,2}\s*[ap]\.?m\b\.?"
    r"|\b[0-2]\d[0-5]\d\b(?=\s*(?:gmt|utc|hrs|hours|local))",
    re.I,
)


def _title(text: str) -> bool:
    """A short quotation whose content words are all capitalised: the title of a film, a
    book or a show, which accounts cite in part or in full without misquoting anyone."""
    words = [w.strip(".,:;!?'’\"“”()") for w in text.split()]
    content = [w for w in words if w and w.lower() not in STOPWORDS]
    return 0 < len(words) <= 8 and len(content) >= 1 and all(w[0].isupper() for w in content)


class _Quoted(NamedTuple):
    """A quotation as the quotation detectors compare it."""

    doc: int
    quote: Quote
    words: list[str]  # folded, as compared
    stems: set[str]  # of its content words
    speaker: str | None  # who said it, "he" / "she" resolved to the one named just before
    speech: Speech | None  # where that speaker is told
    direct: str | None  # the speaker as the sentence itself names him


def quote_findings(ctx: Context) -> list[Finding]:
    """Quotations of the same statement with different words, matched across all accounts."""
    found = []
    for d in ctx.docs:
        last: tuple[int, Speech] | None = None  # the last speaker named, and where
        for unit in ctx.alignment.units[d]:
            speakers = ctx.facts.speeches(unit)
            speech = speakers[0] if speakers else None
            named_here = _named_before(ctx, unit, speech) or _subject_before(ctx, unit, speech)
            if named_here is not None:
                speech = named_here  # "After Kathina was shot, she exclaimed": Kathina
            elif (
                speech is not None
                and speech.speaker.lower() in ("he", "she")
                and last is not None
                and unit.index - last[0] <= PRONOUN_REACH
            ):
                speech = replace(
                    last[1], speaker_start=speech.speaker_start, speaker_end=speech.speaker_end
                )
            for q in ctx.facts.quotes(unit):
                if _title(q.words):
                    continue  # "The Notorious Bettie Page": a title, not a statement
                words = _quote_words(ctx, q.words)
                stems = {w[:6] for w in words if content_word(w)}  # "intervention(ist)"
                speaker = speech.speaker if speech else None
                direct = speakers[0].speaker if speakers else None  # as the sentence names it
                found.append(_Quoted(d, q, words, stems, speaker, speech, direct))
            named = [x for x in speakers if speaker_key(x.speaker, ctx.rules)]
            if named:
                last = (unit.index, named[-1])
    parent = list(range(len(found)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    keys = [_key(ctx, f) for f in found]
    for i, j in combinations(range(len(found)), 2):
        da, wa, sa = found[i].doc, found[i].words, found[i].stems
        db, wb, sb = found[j].doc, found[j].words, found[j].stems
        if da == db or (min(len(sa), len(sb)) < 2 and min(len(wa), len(wb)) < STATEMENT_WORDS):
            continue  # one content word in quotation marks is a term, not a statement
        shared = len(sa & sb)
        if not shared:
            continue  # (a statement of one content word meets only one that has it too)
        few = min(len(sa), len(sb)) < 2  # a statement with one content word: all its words
        if (
            not few
            and shared / min(len(sa), len(sb)) >= 0.6
            and shared >= min(3, len(sa), len(sb))
            and one_statement(wa, wb)
        ):
            parent[root(i)] = root(j)
        elif few and alike_words(wa, wb):
            parent[root(i)] = root(j)  # "No one is above the law" / "Nobody is above the law"
        elif _one_speaker(ctx, found[i], found[j], keys[i], keys[j]) and alike_words(
            wa, wb, 3 if min(len(sa), len(sb)) < 4 else FRAME_WORDS
        ):
            parent[root(i)] = root(j)  # a statement by the same speaker, in the same frame:
            # "He was shouting and swinging the knife at anyone near him" / "He was screaming
            # and slashing at anyone close to him"
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(found)):
        clusters[root(i)].append(i)
    out = []
    for members in clusters.values():
        per_doc = _closest_per_account([found[i] for i in members])
        if len(per_doc) < 2:
            continue
        items = sorted(per_doc.values(), key=lambda f: f.doc)
        out.extend(_quote_speakers(ctx, items))
        wordings = {" ".join(f.words) for f in items}
        if len({w.replace(" ", "") for w in wordings}) < 2 or _named(wordings):
            continue  # the same words, spaced differently ("data center" / "datacenter")
        if all(
            extents_of_one(x.words, y.words) or _elided(ctx, x, y) or _elided(ctx, y, x)
            for x, y in combinations(items, 2)
        ):
            continue  # partial quotations of one statement; one cut short by "..."
        speakers = [f.speaker for f in items if f.speaker and speaker_key(f.speaker, ctx.rules)]
        items = _without_extracts(items)
        if len({_without_times(ctx, f.quote.text) for f in items}) < 2:
            continue  # "at 6:41pm PST" / "at 18:41": a time written two ways, not reworded
        who = speakers[0] if speakers else None
        who = who.split(",")[0] if who else None  # "Holt", not "Holt, who had served …"
        topic = f"{who}'s words" if who else "quotation"
        mentions = [
            Mention(f.doc, f.quote.start, f.quote.end, " ".join(f.quote.text.split()))
            for f in items
        ]
        spelled = len({tuple(lemma(w) for w in f.words) for f in items}) == 1
        content = {tuple(w for w in f.words if content_word(w)) for f in items}
        spelled = spelled or len(content) == 1  # "lost all legitimacy" / "lost its legitimacy"
        out.append(
            Finding(
                Kind.QUOTE,
                topic,
                summary_line(topic, (f'"{m.value}"' for m in mentions)),
                mentions,
                "the same quotation is spelled differently"
                if spelled
                else "the same quotation is worded differently",
                Severity.DIFFERS if spelled else Severity.CONFLICT,
            )
        )
    return out


def _quote_speakers(ctx: Context, items: list[_Quoted]) -> list[Finding]:
    """One quotation credited to different people ("This is the darkest day," the mayor
    said / ..., she [the city engineer] said)."""
    told = [
        f
        for f in items
        if f.speech is not None
        and f.speaker
        and speaker_key(f.speaker, ctx.rules)
        and (name_part(f.speaker, ctx.rules) or _organisation(ctx, f.speaker))
    ]  # people or bodies named on both sides: "the chief" may be Steele
    same_words = len({tuple(f.words) for f in told}) == 1
    shortest = QUOTED_PHRASE if same_words else QUOTED_STATEMENT
    if any(len(f.words) < shortest for f in told):
        return []  # "a total loss", "midnight rules": words many may use
    if not any(
        same_speaker(x.speaker or "", y.speaker or "", ctx.rules) is False
        and not _names_other(ctx, x, y)
        and not _names_other(ctx, y, x)
        and not _body_named(ctx, x.speaker, x.doc, y.speaker)
        and not _body_named(ctx, y.speaker, y.doc, x.speaker)
        for x, y in combinations(told, 2)
    ):
        return []
    mentions = [
        Mention(
            f.doc,
            f.speech.speaker_start,  # type: ignore[union-attr]
            f.speech.speaker_end,  # type: ignore[union-attr]
            name_part(f.speaker or "", ctx.rules) or f.speaker,
        )
        for f in told
    ]
    topic = f"who said {short(told[0].quote.words)}"
    return [
        Finding(
            Kind.ATTRIBUTION,
            topic,
            summary_line(topic, (m.value for m in mentions)),
            mentions,
            "the same quotation is credited to different speakers",
            Severity.CONFLICT,
        )
    ]


def _named_before(ctx: Context, unit: Unit, speech: Speech | None) -> Speech | None:
    """The speech with its "he" / "she" resolved to a person the same sentence names
    before it in a clause of its own ("After Kathina was shot, she exclaimed, ...")."""
    if speech is None or speech.speaker.lower() not in ("he", "she"):
        return None
    text = ctx.text(unit.doc)
    before = [
        n
        for n in ctx.facts.names(unit)
        if n.end <= speech.speaker_start
        and " " not in n.text
        and (n.after_preposition is None or n.after_preposition in _CLAUSE_OPENERS)
    ]
    if len(before) != 1 or "," not in text[before[0].end : speech.speaker_start]:
        return None
    following = text[before[0].end : speech.speaker_start].split()
    verb = following[0].strip(",") if following else ""
    if verb not in AUXILIARIES and not verb.endswith("ed"):
        return None  # the name is a clause's subject: "After Kathina was shot, she ..."
    return replace(speech, speaker=before[0].text)


_CLAUSE_OPENERS = frozenset("after before when while once until as since".split())
_OPENING_PERSON = re.compile(
    r"(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+){0,2}(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+)\s+"
    r"(?:has|had|have|was|is|[a-z]+ed)\b"
)


def _subject_before(ctx: Context, unit: Unit, speech: Speech | None) -> Speech | None:
    """The speech with its "he" / "she" resolved to the person the sentence before, in the
    same paragraph, opens with as its subject ("Regional governor Piet Haskel has ordered an
    inquiry. 'Those responsible will be held to account,' he said."): nearer than a speaker
    quoted in an earlier paragraph."""
    if speech is None or speech.speaker.lower() not in ("he", "she") or unit.index == 0:
        return None
    before = ctx.alignment.units[unit.doc][unit.index - 1]
    text = ctx.text(unit.doc)
    if "\n" in text[before.end : unit.start]:
        return None
    opening = _OPENING_PERSON.match(text, before.start, before.end)
    if opening is None:
        return None
    return replace(speech, speaker=text[before.start : opening.end("name")])


def _titled(ctx: Context, role: str, named: str) -> bool:
    """Whether a speaker told only by a role ("the minister") may be the named one: some
    account gives that name the role as a title ("Health Minister Ana Petrescu")."""
    if name_part(role, ctx.rules) or not name_part(named, ctx.rules):
        return False
    head = role_head(role, ctx.rules)
    last = name_part(named, ctx.rules).split()[-1]
    if not head or not last[:1].isupper():
        return False
    words = role.split()
    while words and words[0].lower() in ("the", "a", "an", "its", "his", "her", "their"):
        words = words[1:]  # "the foreign minister": all of the role, not "minister" alone
    told = r"\s+".join(re.escape(w) for w in words) or re.escape(head)
    title = re.compile(rf"(?i:\b{told})(?:\s+[A-Z][\w'’-]*){{0,3}}\s+{re.escape(last)}\b")
    return any(title.search(ctx.text(d)) for d in ctx.docs)


def _organisation(ctx: Context, speaker: str) -> bool:
    """A body that speaks ("the union", "the labour ministry"), not a role ("the chief")."""
    words = speaker.lower().replace("’s", "").replace("'s", "").split()
    return bool(words) and words[-1] in ctx.rules.speaking_bodies


def _body_named(ctx: Context, speaker: str | None, doc: int, other: str | None) -> bool:
    """Whether ``speaker`` is a body told by its kind ("the company") and ``other`` names a
    body that the speaker's account also names ("SEACOM"): the company is SEACOM."""
    if not speaker or not other or name_part(speaker, ctx.rules):
        return False
    if not _organisation(ctx, speaker):
        return False
    named = other.strip()
    body = (named.isupper() and len(named) >= 2) or _organisation(ctx, named)
    return body and re.search(rf"\b{re.escape(named)}\b", ctx.text(doc)) is not None


def _names_other(ctx: Context, x: _Quoted, y: _Quoted) -> bool:
    """Whether the account of ``x`` names ``y``'s speaker near the quotation (a joint
    statement, or one relaying the other)."""
    text = ctx.text(x.doc)[max(0, x.quote.start - 300) : x.quote.end + 300]
    last = name_part(y.speaker or "", ctx.rules).split()  # as written: "Said" the name, not "said"
    return bool(last) and re.search(rf"\b{re.escape(last[-1])}\b", text) is not None


def _without_extracts(items: list[_Quoted]) -> list[_Quoted]:
    """Drop a quotation that is a cut of another account's longer one ("potential arson" of
    "treating it as suspicious and as potential arson"): it agrees with that one."""
    kept = [
        x
        for x in items
        if not any(
            y is not x and len(y.words) > len(x.words) and extents_of_one(x.words, y.words)
            for y in items
        )
    ]
    return kept if len(kept) >= 2 else items
