"""Name disagreements about who holds a role in the event: "the plant, owned by Delta
Chemicals" / "owned by the Norvex Group", "talks brokered by Qatar" / "a deal mediated by
Algeria". The verbs of such roles (own, run, lead, broker...) are rules data; each account must
name one agent for the role, and neither account may name the other's agent anywhere (a
company and its parent, a mediator and a host, are then both told and not in conflict).
"""

from __future__ import annotations

import re

from reader.core.detect.base import Context, Finding, Mention, merge, summary_line
from reader.core.kinds import Kind, Severity
from reader.core.language import lemma, same_name

_AGENT = re.compile(
    r"\b(?P<verb>[a-z]+ed)[ ]+by[ ]+(?:the[ ]+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:[ ]+(?:[A-Z][\w'’-]*|of|de|al))*)"
)
_TRAILING = re.compile(r"(?:[ ]+(?:of|de|al))+$")


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


def agent_findings(ctx: Context) -> list[Finding]:
    """The same role in the event filled by different names in two accounts."""
    agents = {d: _agents(ctx, d) for d in ctx.docs}
    out = []
    docs = list(ctx.docs)
    for i, da in enumerate(docs):
        for db in docs[i + 1 :]:
            for verb in agents[da].keys() & agents[db].keys():
                named_a, named_b = agents[da][verb], agents[db][verb]
                if len({n[0] for n in named_a}) != 1 or len({n[0] for n in named_b}) != 1:
                    continue  # several owners or leaders in one account: which is which?
                (na, sa, ea, told), (nb, sb, eb, _) = named_a[0], named_b[0]
                if same_name(na, nb) or _told(ctx, db, na) or _told(ctx, da, nb):
                    continue
                topic = f"{told} by"  # "owned by"
                out.append(
                    Finding(
                        Kind.NAME,
                        topic,
                        summary_line(topic, (na, nb)),
                        [Mention(da, sa, ea, na), Mention(db, sb, eb, nb)],
                        "the accounts name different holders of one role",
                        Severity.CONFLICT,
                    )
                )
    return merge(out)


def _told(ctx: Context, doc: int, name: str) -> bool:
    """Whether an account names ``name`` (its last word) anywhere."""
    last = ctx.rules.fold_name(name.split()[-1])
    return re.search(rf"\b{re.escape(last)}\b", ctx.facts.folded_text(doc)) is not None
