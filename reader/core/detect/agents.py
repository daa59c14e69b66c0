"""Name disagreements about who holds a role in the event, or which named site or origin it
has: "the plant, owned by Delta Chemicals" / "owned by the Norvex Group", "talks brokered by
Qatar" / "a deal mediated by Algeria"; "escaped from Kestrel Prison" / "from Hawkmoor Prison";
"the Liberian-flagged tanker" / "the Panamanian-flagged". The verbs of such roles (own, run,
lead, broker...), the heads of named sites (prison, square, hospital...) and the compounds of
origin (flagged, based...) are rules data; each account must name one holder for the role
(or one name for the site), and neither account may name the other's anywhere (a company and
its parent, a mediator and a host, two hospitals, are then both told and not in conflict).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.core.align import Unit
from reader.core.detect.base import Context, Finding, Mention, merge, summary_line, two_told
from reader.core.facts.lexicon import STOPWORDS
from reader.core.kinds import Kind, Severity
from reader.core.language import lemma, same_name, zipf

_AGENT = re.compile(
    r"\b(?P<verb>[a-z]+ed)[ ]+by[ ]+(?:the[ ]+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:[ ]+(?:[A-Z][\w'’-]*|of|de|al))*)"
)
_LEAD = 3  # the sentences an account leads with
_SAME_PASSAGE = 0.3  # passages this alike tell the same thing
_TRAILING = re.compile(r"(?:[ ]+(?:of|de|al))+$")
_SITE = re.compile(r"\b(?P<name>(?:[A-Z][\w'’-]*[ ]+){1,3})(?P<head>[A-Z][a-z]+)\b")
_ORIGIN = re.compile(r"\b(?P<name>[A-Z][\w'’]+)-(?P<head>[a-z]+)\b")

_LEAD_ORIGIN = 6  # the sentences in which an origin ("Liberian-flagged") is the event's


def _agents(ctx: Context, doc: int) -> dict[str, list[tuple[str, int, int, str]]]:
    """Role verb (as a term class) -> the names after "<verb> by" in one account."""
    rules = ctx.rules
    roles = rules.counting.get("agent_verbs", ())
    found: dict[str, list[tuple[str, int, int, str]]] = {}
    text = ctx.text(doc)
    for m in _AGENT.finditer(text):
        verb = rules.canonical(lemma(m.group("verb")))
        if verb not in roles:
            continue
        name = _TRAILING.sub("", m.group("name")).rstrip(".")
        start = m.start("name")
        found.setdefault(verb, []).append((name, start, start + len(name), m.group("verb")))
    return found


def _sites(ctx: Context, doc: int) -> dict[str, list[tuple[str, int, int, str]]]:
    """Head ("prison", "-flagged") -> the names told with it in one account ("Kestrel
    Prison", "Liberian-flagged"), each with its span and the words as told."""
    rules = ctx.rules
    heads = set(rules.counting.get("site_heads", ()))
    origins = set(rules.counting.get("origin_compounds", ()))
    text = ctx.text(doc)
    found: dict[str, list[tuple[str, int, int, str]]] = {}
    for m in _SITE.finditer(text):
        head = m.group("head").lower()
        words = m.group("name").split()
        while words and words[0].lower() in STOPWORDS:
            words.pop(0)  # "The Kestrel Prison": Kestrel
        if head not in heads or not words or any(w.lower() in STOPWORDS for w in words):
            continue
        name = " ".join(words)
        start = m.end("name") - len(m.group("name").lstrip()) + m.group("name").lstrip().find(name)
        found.setdefault(head, []).append((name, start, m.end(), f"{name} {m.group('head')}"))
    flag = f"-{min(origins)}" if origins else ""  # ("Liberian-registered" / "Panamanian-
    # flagged": one flag, however told)
    for m in _ORIGIN.finditer(text):
        if lemma(m.group("head")) in origins and m.group("name").lower() not in STOPWORDS:
            found.setdefault(flag, []).append((m.group("name"), m.start(), m.end(), m.group()))
    for m in _journey(ctx).finditer(text):  # "the flight from Madrid", "a jet bound for Oslo"
        where = "origin" if m.group("way") == "from" else "destination"
        found.setdefault(f"-{where}", []).append(
            (m.group("name"), m.start("name"), m.end("name"), f"{m.group('way')} {m.group('name')}")
        )
    for m in _origin_in(ctx).finditer(text):  # "registered in Malta": one origin told apart
        if lemma(m.group("head")) in origins and m.group("name").lower() not in STOPWORDS:
            found.setdefault(flag, []).append(
                (m.group("name"), m.start("name"), m.end(), m.group())
            )
    return found


def _listed_pattern(ctx: Context, listed: str, build: Callable[[str], str]) -> re.Pattern[str]:
    """A pattern built around the alternatives of one of the rules' counting lists, compiled
    once per comparison."""
    memo = ctx.__dict__.setdefault("_listed_patterns", {})
    if listed not in memo:
        words = ctx.rules.data.get("counting", {}).get(listed, [])
        memo[listed] = re.compile(build("|".join(re.escape(w) for w in words) or "(?!)"))
    return memo[listed]


def _journey(ctx: Context) -> re.Pattern[str]:
    """Where a vehicle of the event came from or was going: "the plane, an Airbus A320
    arriving from Lisbon", "the Pellan Air flight from Madrid", "a ferry bound for Oslo" (the
    vehicles are the rules' journey nouns)."""
    return _listed_pattern(
        ctx,
        "journey_nouns",
        lambda heads: (
            rf"\b(?:{heads})s?(?:,[^,.;]{{1,30}})?[ ]+(?:(?:arriving|coming|flying|travell?ing|"
            rf"sailing|en route)[ ]+)?(?P<way>from|to|bound for)[ ]+"
            rf"(?P<name>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)\b"
        ),
    )


def _origin_in(ctx: Context) -> re.Pattern[str]:
    """ "registered in Malta": an origin told apart from its compound."""
    return _listed_pattern(
        ctx,
        "origin_compounds",
        lambda heads: rf"\b(?P<head>{heads})\s+in\s+(?P<name>[A-Z][a-z]+)\b",
    )


def _title_pattern(ctx: Context) -> re.Pattern[str]:
    pattern = ctx.__dict__.get("_title_pattern")
    if pattern is None:
        titles = sorted(ctx.rules.data.get("personal_titles", []), key=len, reverse=True)
        heads = "|".join(re.escape(t) for t in titles) or "(?!)"
        firsts = "".join(sorted({c for t in titles for c in (t[0].lower(), t[0].upper())}))
        pattern = ctx.__dict__["_title_pattern"] = re.compile(  # (a first letter looked at
            rf"(?<!\w)(?=[{firsts or 'x'}])(?P<title>(?i:{heads}))"  # first: twice as fast)
            rf"[ ]+(?P<name>[A-Z][a-z’'-]+(?:[ ]+[A-Z][a-z’'-]+){{1,2}})\b"
        )
    return pattern


def _titled(ctx: Context, doc: int) -> dict[str, list[tuple[str, int, int, str]]]:
    """Title ("mayor", "fire chief", "culture minister") -> the full names told right after
    it in one account ("Mayor Lena Ortiz"), each with its span and the words as told."""
    text = ctx.text(doc)
    found: dict[str, list[tuple[str, int, int, str]]] = {}
    folded = ctx.facts.folded_text(doc)
    if not any(title in folded for title in ctx.rules.data.get("personal_titles", [])):
        return found  # (no title told: nothing to read)
    for m in _title_pattern(ctx).finditer(text):
        words = m.group("name").split()
        if any(w.lower() in STOPWORDS for w in words):
            continue  # ("Mayor On Tuesday")
        before = re.findall(r"[A-Za-z]+", text[max(0, m.start() - 20) : m.start()])
        tail = re.search(r"\S\s*$", text[max(0, m.start() - 3) : m.start()])
        modifier = before[-1].lower() if before and not (tail and tail.group()[0] in ",.;:") else ""
        place = _CAPITALISED_RUN.search(text, max(0, m.start() - 40), m.start())
        run = [w.lower() for w in place.group().split()] if place and modifier else []
        while run and run[0] in STOPWORDS:
            run.pop(0)  # ("But Mohave County Sheriff")
        shown = ""
        if len(run) > 1:
            modifier = " ".join(run)  # "Mohave County Sheriff": the county's, not any
            shown = " ".join(place.group().split()[-len(run) :]) + f" {m.group('title').lower()}"
        if modifier in STOPWORDS or modifier in ctx.rules.speech_verbs or modifier.endswith("ed"):
            modifier = ""  # "said Mayor Lena Ortiz": a mayor; "fire chief Alan Brook": a
        title = f"{modifier} {m.group('title').lower()}".strip()  # fire chief, not a police one
        name = m.group("name")
        found.setdefault(f"title:{title}", []).append(
            (name, m.start("name"), m.end("name"), shown or title)
        )
    return found


_CAPITALISED_RUN = re.compile(r"(?:[A-Z][a-z]+ ){2,3}$")  # "Schleicher County " before a title


def agent_findings(ctx: Context) -> list[Finding]:
    """The same role in the event filled by different names in two accounts; one named site
    or origin told with different names; one title given to two people ("Mayor Lena Ortiz" /
    "Mayor Lena Ruiz")."""
    agents = {d: _agents(ctx, d) | _sites(ctx, d) | _titled(ctx, d) for d in ctx.docs}
    out = []
    docs = list(ctx.docs)
    for i, da in enumerate(docs):
        for db in docs[i + 1 :]:
            for verb in sorted(agents[da].keys() & agents[db].keys()):
                named_a, named_b = agents[da][verb], agents[db][verb]
                titled = verb.startswith("title:")
                surnames_a = {n[0].split()[-1] if titled else n[0] for n in named_a}
                surnames_b = {n[0].split()[-1] if titled else n[0] for n in named_b}
                if len(surnames_a) != 1 or len(surnames_b) != 1:
                    continue  # several owners or leaders in one account: which is which?
                (na, sa, ea, told), (nb, sb, eb, told_b) = named_a[0], named_b[0]
                if same_name(na, nb) or told_anywhere(ctx, db, na) or told_anywhere(ctx, da, nb):
                    continue
                if titled and _one_letter_apart(na.split()[-1], nb.split()[-1]):
                    continue  # "Judge Marta Silva" / "Judge Marta Sylva": one judge, spelt twice
                site = verb not in ctx.rules.counting.get("agent_verbs", ()) and not titled
                one = _one_site(ctx, (da, sa, ea, na), (db, sb, eb, nb), verb.startswith("-"))
                if site and not one:
                    continue
                topic = verb.lstrip("-") if site else f"{told} by"  # "prison", "owned by"
                topic = f"name of the {told}" if titled else topic  # "the Mohave County sheriff"
                shown = (told, told_b) if site else (na, nb)
                out.append(
                    Finding(
                        Kind.NAME,
                        topic,
                        summary_line(topic, shown),
                        [Mention(da, sa, ea, shown[0]), Mention(db, sb, eb, shown[1])],
                        "the accounts name different holders of one role",
                        Severity.CONFLICT,
                    )
                )
    return merge(out)


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether two surnames differ by one letter at most ("Silva" / "Sylva")."""
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(a.lower(), b.lower()) <= 1


def told_anywhere(ctx: Context, doc: int, name: str) -> bool:
    """Whether an account names ``name`` (its last word) anywhere."""
    last = ctx.rules.fold_name(name.split()[-1])
    return re.search(rf"\b{re.escape(last)}\b", ctx.facts.folded_text(doc)) is not None


def _unit(ctx: Context, doc: int, at: int) -> Unit | None:
    return next((u for u in ctx.alignment.units[doc] if u.start <= at < u.end), None)


def _one_site(
    ctx: Context, a: tuple[int, int, int, str], b: tuple[int, int, int, str], origin: bool
) -> bool:
    """Whether two named sites are the event's one site: no word of one name in the other
    ("Municipal Stadium" / "Jacksonville Stadium"), and both in the sentences each account
    leads with ("escaped from Kestrel Prison" / "escaped from Hawkmoor Prison"); a street or
    a stadium told in passing further on is none."""
    if {w.lower() for w in a[3].split()} & {w.lower() for w in b[3].split()}:
        return False
    ua, ub = _unit(ctx, a[0], a[1]), _unit(ctx, b[0], b[1])
    if ua is None or ub is None:
        return False
    lead = _LEAD_ORIGIN if origin else _LEAD
    return ua.index < lead and ub.index < lead


_OWNED = (
    re.compile(r"\b(?P<name>[A-Z][\w-]+)['’]s\s+(?P<head>[a-z]{3,})\b"),  # "Nachon's floor"
    re.compile(r"\bthe\s+(?P<head>[a-z]{3,})\s+of\s+(?P<name>[A-Z][\w-]+)\b"),  # "the son
    # of Jair" (not "on behalf of Newman")
)


def _owned(ctx: Context, unit: Unit) -> dict[str, list[tuple[str, int, int]]]:
    """Head noun -> the names a passage gives as its owner ("Nachon's threshingfloor", "the
    threshingfloor of Chidon", "the son of Jair")."""
    text = ctx.text(unit.doc)
    found: dict[str, list[tuple[str, int, int]]] = {}
    for pattern in _OWNED:
        for m in pattern.finditer(text, unit.start, unit.end):
            head, name = lemma(m.group("head")), m.group("name")
            if head in STOPWORDS or name.lower() in STOPWORDS or m.start("name") == unit.start:
                continue  # ("And when ...": a sentence's first word may be no name)
            found.setdefault(head, []).append((name, m.start("name"), m.end("name")))
    return found


_FRAME_WORDS = 3  # common words two passages must share to tell one frame with other names


def _one_frame(ctx: Context, ua: Unit, ub: Unit) -> bool:
    """Whether two aligned passages say the same thing but for their names: the same common
    words, nearly all of them ("His mother's name was Maachah, the daughter of Abishalom" /
    "His mother's name also was Michaiah the daughter of Uriel"), which weigh little beside
    the names that differ."""

    def common(unit: Unit) -> set[str]:
        words = re.findall(r"[A-Za-z]+", ctx.text(unit.doc)[unit.start : unit.end])
        return {lemma(w) for w in words if w.islower() and w not in STOPWORDS}

    wa, wb = common(ua), common(ub)
    shared = len(wa & wb)
    return shared >= _FRAME_WORDS and shared >= 0.75 * max(len(wa), len(wb))


def owner_findings(ctx: Context) -> list[Finding]:
    """One thing given two owners in passages that tell the same thing: "Nachon's
    threshingfloor" / "the threshingfloor of Chidon", "Elhanan the son of Jaareoregim" /
    "Elhanan the son of Jair". Each passage must name one owner for the head, and neither
    account the other's anywhere."""
    out = []
    for ua, ub, gi in ctx.pairs():
        if ctx.alignment.similarity(ua, ub) < _SAME_PASSAGE and not _one_frame(ctx, ua, ub):
            continue
        owned_a, owned_b = _owned(ctx, ua), _owned(ctx, ub)
        for head in sorted(owned_a.keys() & owned_b.keys()):
            names_a = {n for n, _, _ in owned_a[head]}
            names_b = {n for n, _, _ in owned_b[head]}
            if len(names_a) != 1 or len(names_b) != 1:
                continue  # "Joram the son of Ahab ... Ahaziah the son of Jehoram": whose?
            (na, sa, ea), (nb, sb, eb) = owned_a[head][0], owned_b[head][0]
            if (
                same_name(na, nb)
                or told_anywhere(ctx, ub.doc, na)
                or told_anywhere(ctx, ua.doc, nb)
            ):
                continue
            topic = f"whose {head}"
            out.append(
                Finding(
                    Kind.NAME,
                    topic,
                    summary_line(topic, (na, nb)),
                    [Mention(ua.doc, sa, ea, na), Mention(ub.doc, sb, eb, nb)],
                    "the accounts give one thing different owners",
                    Severity.CONFLICT,
                    gi,
                )
            )
    return merge(out)


def kind_findings(ctx: Context) -> list[Finding]:
    """One thing of a closed class told as two of its members: "chlorine gas leaked" / "a
    cloud of ammonia gas". The classes are general vocabulary in the rules
    (``exclusive_kinds``); each account must tell one member of the class and neither the
    other's anywhere (a story that names two gases tells of both)."""
    out = []
    for cls, members in ctx.rules.data.get("exclusive_kinds", {}).items():
        pattern = _kind_pattern(ctx, cls, members)
        told: dict[int, dict[str, tuple[int, int, str]]] = {}
        for d in ctx.docs:
            found: dict[str, tuple[int, int, str]] = {}
            folded = ctx.facts.folded_text(d)
            if not any(member in folded for member in members):
                told[d] = found  # (none of the class named: nothing to read)
                continue
            for m in pattern.finditer(ctx.text(d)):
                key = ctx.rules.fold(m.group().lower())
                key = ctx.rules.variants.get(key, key)  # "sulphur" / "sulfur"
                found.setdefault(key, (m.start(), m.end(), m.group()))
            told[d] = found
        docs = [d for d in ctx.docs if len(told[d]) == 1]
        for i, da in enumerate(docs):
            for db in docs[i + 1 :]:
                (ka, (sa, ea, wa)), (kb, (sb, eb, wb)) = *told[da].items(), *told[db].items()
                if ka == kb:
                    continue
                out.append(
                    two_told(
                        Kind.NAME,
                        f"which {cls}",
                        Mention(da, sa, ea, wa),
                        Mention(db, sb, eb, wb),
                        "the accounts name different kinds of one thing",
                    )
                )
    return merge(out)


def _kind_pattern(ctx: Context, cls: str, members: list[str]) -> re.Pattern[str]:
    memo = ctx.__dict__.setdefault("_kind_patterns", {})
    pattern = memo.get(cls)
    if pattern is None:
        words = "|".join(re.escape(m) for m in sorted(members, key=len, reverse=True))
        firsts = "".join(sorted({c for m in members for c in (m[0].lower(), m[0].upper())}))
        pattern = memo[cls] = re.compile(rf"(?<!\w)(?=[{firsts}])(?i:{words})\b")
    return pattern


_MODEL = re.compile(
    r"\b(?P<maker>[A-Z][a-z]+)[ ]+(?P<code>[A-Z]{0,3}-?\d{2,4}(?:-\d{1,4})?[A-Z]{0,3})\b"
)
_RARE_MAKER = 3.9  # a maker's name is no everyday word ("Airbus", not "Route" or "Flight")


def model_findings(ctx: Context) -> list[Finding]:
    """One maker's model told with two designations: "the Airbus A320" / "an Airbus A321",
    "a Boeing 737" / "a Boeing 747". Each account must give the maker one designation, in its
    opening sentences, and neither the other's anywhere; the maker must be a name, not an
    everyday word ("Flight 370", "Route 66" are no models)."""
    told: dict[int, dict[str, list[tuple[str, int, int]]]] = {}
    for d in ctx.docs:
        found: dict[str, list[tuple[str, int, int]]] = {}
        for m in _MODEL.finditer(ctx.text(d)):
            maker = m.group("maker")
            if maker.lower() in STOPWORDS or zipf(maker.lower()) >= _RARE_MAKER:
                continue
            found.setdefault(maker, []).append((m.group("code"), m.start(), m.end()))
        told[d] = found
    out = []
    docs = list(ctx.docs)
    for i, da in enumerate(docs):
        for db in docs[i + 1 :]:
            for maker in sorted(told[da].keys() & told[db].keys()):
                codes_a = {c for c, _, _ in told[da][maker]}
                codes_b = {c for c, _, _ in told[db][maker]}
                if len(codes_a) != 1 or len(codes_b) != 1 or codes_a == codes_b:
                    continue
                (ca, sa, ea), (cb, sb, eb) = told[da][maker][0], told[db][maker][0]
                ua, ub = _unit(ctx, da, sa), _unit(ctx, db, sb)
                if ua is None or ub is None or ua.index >= _LEAD or ub.index >= _LEAD:
                    continue  # (in the opening sentences, where the machine is the event's;
                    # "Internet Explorer 10" / "11" told further on are two versions)
                text_a, text_b = ctx.text(da), ctx.text(db)
                if re.search(rf"\b{re.escape(cb)}\b", text_a) or re.search(
                    rf"\b{re.escape(ca)}\b", text_b
                ):
                    continue  # (both designations told: two machines)
                out.append(
                    two_told(
                        Kind.NAME,
                        f"{maker} model",
                        Mention(da, sa, ea, text_a[sa:ea]),
                        Mention(db, sb, eb, text_b[sb:eb]),
                        "the accounts give one machine two designations",
                    )
                )
    return merge(out)
