"""How each account's counts are read in the light of the whole account, before counts are
compared across accounts: a nationality that narrows nothing where only one nation is counted,
"shot three people" as those hit, not the wounded, in an account that tells a death, and the
hurt counted by their treatment where an account tells nothing else of them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.core.detect.base import Context
from reader.core.detect.qcandidates import PERSON
from reader.core.detect.qscore import Item
from reader.core.facts.counting import NATION
from reader.core.language import lemma

_INJURE = "injure"


def reread(ctx: Context, items: list[Item], tolls: frozenset[str]) -> list[Item]:
    """The mentions, some of them read anew (see the module's docstring)."""
    return _hurt_by_treatment(ctx, _hit_not_wounded(ctx, _one_side(ctx, items, tolls)))


_CARED_FOR = frozenset({"treat", "hospitalise", "hospitalize"})


def _hurt_by_treatment(ctx: Context, items: list[Item]) -> list[Item]:
    """An account that counts its hurt only by their treatment ("27 were taken to hospital",
    "Six people were treated for smoke inhalation") counts the injured, and is compared with
    one that says "31 injured"; an account that tells both keeps them apart ("31 injured, 12
    of them in hospital")."""
    told: dict[int, set[str]] = {}
    for i in items:
        if i.q.thing == PERSON and (i.q.value.figure or 0) > 0 and not i.q.scope:
            told.setdefault(i.doc, set()).add(i.q.predicate or "")
    injured = {d for d, preds in told.items() if _INJURE in preds}
    cared = {d for d, preds in told.items() if preds & _CARED_FOR}
    for i in items:  # ("31 injured, 12 of them taken to hospital": both told)
        if i.doc in injured and i.q.thing == PERSON and i.q.predicate == _INJURE:
            sentence = ctx.text(i.doc)[i.unit.start : i.unit.end].lower()
            if "hospital" in sentence or "treated" in sentence:
                cared.add(i.doc)
    only_care = {d for d in cared if d not in injured and len(told[d] & _CARED_FOR) == 1}
    if not (only_care and injured - cared):
        return items
    return [
        Item(i.doc, i.unit, replace(i.q, predicate=_INJURE))
        if i.doc in only_care
        and i.q.thing == PERSON
        and i.q.predicate in _CARED_FOR
        and not _STILL.search(ctx.text(i.doc), i.q.end, min(i.unit.end, i.q.end + 30))
        else i
        for i in items
    ]  # ("Two workers remain in hospital" two days on: those still cared for, not the hurt)


_STILL = re.compile(r"\b(?:remains?|remained|still)\b", re.I)


def _hit_not_wounded(ctx: Context, items: list[Item]) -> list[Item]:
    """ "A gunman shot three people" counts the wounded only where nobody died: where an
    account tells a death ("One victim died"), it counts everyone hit, dead or alive, and is
    compared with other counts of those hit, not with "two men were wounded"."""
    verbs = {ctx.rules.canonical(v) for v in ctx.rules.counting.get("wounding_verbs", ())}
    dead = any(
        i.q.thing == PERSON and i.q.predicate == "kill" and (i.q.value.figure or 0) > 0
        for i in items
    )  # (in any account: "A gunman shot three people" in the first report, whose victims'
    # conditions were not yet known, against "killed a woman and wounded two men")
    if not dead:
        return items
    out = []
    for i in items:
        word = i.q.words
        told = ctx.rules.canonical(ctx.rules.verb_of_participle.get(word) or lemma(word))
        if i.q.predicate == _INJURE and i.q.thing == PERSON and told in verbs:
            i = Item(i.doc, i.unit, replace(i.q, predicate=told))
        out.append(i)
    return out


def _one_side(ctx: Context, items: list[Item], tolls: frozenset[str]) -> list[Item]:
    """Counts told with a nationality ("three Kostani soldiers") are one side's only where the
    accounts count people of two nations ("five Valdaran and three Kostani"); otherwise the
    nationality narrows nothing ("more than a thousand American troops" / "700 U.S.
    soldiers")."""
    nations: set[str] = set()
    named: set[Item] = set()  # counts whose noun is the nation: "about 40 Palestinians"
    for item in items:
        if item.q.scope.startswith(NATION):
            nations.add(item.q.scope.removeprefix(NATION))
        told = ctx.text(item.doc)[item.q.start : item.q.end].split()
        if item.q.thing and told and told[-1][:1].isupper() and item.q.thing == told[-1].lower():
            nations.add(item.q.thing)  # "five Valdaran": a nation's count
            before = ctx.text(item.doc)[item.unit.start : item.q.start].lower().split()[-2:]
            if not {"including", "among", "includes", "included"} & set(before):
                named.add(item)  # (not "12 hostages, including three Germans": a part)
    if len(nations) >= 2:
        return items
    return [
        Item(i.doc, i.unit, replace(i.q, thing=PERSON))
        if i in named and i.q.predicate in tolls | {"injure"}
        else Item(i.doc, i.unit, replace(i.q, scope=""))
        if i.q.scope.startswith(NATION)
        else i
        for i in items
    ]  # (the one nation's dead are the dead: "killed about 40 Palestinians" / "42 people")
