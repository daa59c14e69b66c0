"""Reading quantities from a sentence: the figure, its unit, what is counted and what happened.

``extract_quantities(text, start, end, rules)`` finds in ``text[start:end]``:
- counts with their noun and predicate: "killing at least five people" (people, kill),
  "five villages had been badly hit" (village, hit), "24 dead", "the death toll rose to 10";
- measures: "a 6.1-magnitude quake", "a depth of 10 km (6 miles)", "home to 120,000 people",
  "Raj Chohan, 59", "58km south-west of Bandar Abbas", "lasted just over 10 seconds";
- money and percentages, ranges, tallies ("70 votes to 33", "20-13"), vague amounts
  ("dozens of"), zero ("no one was killed") and open values ("did not say how many").
Dates, clock times, years, street numbers and model numbers are not quantities.
"""

from __future__ import annotations

from dataclasses import replace

from reader.core.facts.ages import age_of, doer_was
from reader.core.facts.amounts import (
    OP_WORDS,
    Sentence,
    approximation,
    archaic_sum,
    conversion,
    count_after_noun,
    is_date_or_code,
    more_time,
    quantity_at,
    race_times,
    read_value,
    scaled,
    unit_after,
    unit_before,
    vague,
)
from reader.core.facts.coordination import (
    compound_thing,
    coordinated,
    demonym,
    nations_joined,
    shared_verb,
    thing_of,
)
from reader.core.facts.implicit import (
    adverb_count,
    adverb_counts,
    an_hour,
    children_of_parent,
    own_children,
    single,
    weighed,
    whole_after,
    with_reference,
    wounded_by,
)
from reader.core.facts.lexicon import DETERMINERS, STOPWORDS
from reader.core.facts.measured import MULTIPLIED, compound_modifier, measure_of
from reader.core.facts.numbers import Number, NumberReader, number_reader
from reader.core.facts.openvalues import open_and_zero_values
from reader.core.facts.ordinals import ordinal_count
from reader.core.facts.owners import (
    bracket_owner,
    common_noun,
    located_before,
    owner,
    person_before,
    place_before,
    share_holder,
    share_owner,
)
from reader.core.facts.phrases import (
    kind_of,
    listed_count,
    noun_run,
    passive_agent,
    predicate_after,
    predicate_before,
    previous_in_list,
    relative_predicate,
    valued_subject,
    verb_form,
    verb_of_part,
    verb_of_two_objects,
)
from reader.core.facts.predicates import how_badly, predicate_term, predicate_told
from reader.core.facts.quantities import Op, Quantity, Value, format_number
from reader.core.facts.ratios import of_total, one_in, per_unit, rate_points, sides
from reader.core.facts.scope import (
    CONTRASTIVE,
    is_window,
    place_just_before,
    place_of,
    place_of_where,
    place_of_which,
    scope_of,
    where_measured,
    within_radius,
)
from reader.core.facts.senses import not_a_population, refine
from reader.core.facts.subjects import (
    bare_count_noun,
    befell_them,
    counted_subject,
    gathering_counted,
    lives_taken,
    money_thing,
    part_of_them,
    relative_verb,
    subject_predicate,
    taken_captive,
)
from reader.core.facts.tallies import (
    AGAINST,
    in_favour,
    is_margin,
    support_tallies,
    tally_kind,
    voted_against,
    voted_for,
)
from reader.core.language import lemma
from reader.core.rules import Rules, UnitInfo


def extract_quantities(text: str, start: int, end: int, rules: Rules) -> list[Quantity]:
    """Quantities in ``text[start:end]``, offsets into ``text``."""
    s = Sentence(text, start, end, rules)
    reader = number_reader(rules)
    found: list[Quantity] = list(open_and_zero_values(s.text, s.toks, s.lemmas, rules))
    found += race_times(s)  # "2:00:52"
    taken = [(q.start, q.end) for q in found]
    numbers = reader.read(s.toks)
    by_start = {n.first: n for n in numbers}
    starts, ends = set(by_start), {n.last for n in numbers}
    part: Number | None = None
    i = 0
    while i < len(s.toks):
        if any(a <= s.toks[i].start < b for a, b in taken):
            i += 1
            continue
        n = by_start.get(i) or an_hour(s, i)
        display = ""
        if n is None:
            found_vague = vague(s, i)
            if found_vague is None and single(s, i):
                op, begin = approximation(s, i)
                value = Value(op, 1.0, 1.0, 1.0 if op not in (Op.OVER, Op.AT_LEAST) else None, 0.0)
                words = f"{s.toks[i].text} {s.toks[i + 1].text}"  # "a child", "one minute"
                if s.lower[i + 1] == "of":
                    words = s.toks[i].text  # "one of them"
                if s.lower[i + 1] in ("certain", "single", "lone"):
                    _, noun_end = noun_run(s, i + 2)
                    words = " ".join(t.text for t in s.toks[i : max(noun_end, i + 2) + 1])
                found_vague = (value, i + 1, OP_WORDS.get(op, "") + words)
                if begin < i:
                    i = begin
            if found_vague is None:
                i += 1
                continue
            value, after, display = found_vague
            first, last = i, after
            unit = None
        else:
            if n.form == "adverb":
                if adverb_counts(s, n.first):  # "Once the trial resumed": a conjunction
                    found.append(adverb_count(s, n))
                i = n.last
                continue
            if (placed := ordinal_count(s, n)) is not None:
                found.append(placed)  # "its third increase this year", "the 70th minute"
            if is_date_or_code(s, n) or sides(s, n.first, n.last, starts, ends):
                i = n.last
                continue
            if s.word(n.last) == "of" and whole_after(s, n.last + 1, by_start):
                part, i = n, n.last  # "two of the three victims died": read with the whole
                continue
            if compound_modifier(s, n):
                i = n.last + 2  # "a 13-play drive", "three-story hotels": not a count
                continue
            value, first, last, display, _ = read_value(s, n, reader)
            unit = unit_before(s, n.first)
            if unit is not None:
                first = min(first, n.first - 1)
        quantity, i = _complete(s, n, value, first, last, unit, display, reader)
        if quantity is not None and part is not None and quantity.predicate and quantity.noun:
            # What happened, happened to the part; the whole only says what they were.
            pvalue, pfirst, plast, pdisplay, _ = read_value(s, part, reader)
            shown = pdisplay or format_number(pvalue.figure)
            own = passive_agent(s, pfirst)  # "hit ... by three of the seven bullets fired
            told = {"predicate": s.term(own), "words": s.lower[own]} if own is not None else {}
            found.append(  # by the officers": the three hit, the seven were fired
                replace(
                    quantity,
                    start=s.toks[pfirst].start,
                    end=s.toks[plast - 1].end,
                    values=(pvalue,),
                    display=shown,
                    **told,
                )
            )
            if own is None:
                quantity = replace(quantity, predicate=None, words="")
            if quantity.scope == AGAINST:  # "Two of the seven members voted against": the
                quantity = replace(quantity, thing=None, scope="")  # seven are no votes
        part = None
        if quantity is not None:
            quantity = with_reference(s, quantity)
            found.append(quantity)
            s.last = quantity
            taken.append((quantity.start, quantity.end))
        i = max(i, (n.last if n else last))
    found += support_tallies(s, numbers, found)  # "Seven of the nine members voted for"
    return coordinated(s, shared_verb(s, sorted(found, key=lambda q: q.start)))


_HURTS = frozenset({"injury", "wound", "burn", "bite", "fracture"})
_HOSPITAL_VERBS = ("are", "were", "remain")  # "... and about 150 are in hospital"
_LEAVING = frozenset({"left", "leaving", "leave", "leaves", "made", "making", "rendered"})


def _complete(
    s: Sentence,
    n: Number | None,
    value: Value,
    first: int,
    last: int,
    unit: UnitInfo | None,
    display: str,
    reader: NumberReader,
) -> tuple[Quantity | None, int]:
    """Unit, conversions, measure, counted thing and predicate around a read value.

    ``first``/``last`` are the value's tokens (approximation included; ``last`` exclusive).
    Returns the quantity (None when nothing says what is counted) and the token to go on from.
    """
    rules = s.rules
    unit_words = ""
    end_tok = last  # exclusive end of the amount (value + unit)
    if unit is None:
        after_unit = unit_after(s, last)
        if after_unit is not None:
            unit, end_tok, unit_words = after_unit
        elif (points := rate_points(s, first, last, value.figure or 0)) is not None:
            unit, end_tok, unit_words = points  # "lifted borrowing costs by half a point"
    if (
        unit is None
        and n is not None
        and s.toks[n.first].text.startswith(".")
        and s.is_word(last)
        and rules.canonical(s.lemmas[last]) == "gun"
    ):
        unit, unit_words = rules.units.get("caliber"), "caliber"  # "a .357 revolver": no
        # count under one, a gun's bore as gunsmiths write it
    value, end_tok, display = archaic_sum(s, value, end_tok, display, reader)
    age_anchor = person_before(s, n.first) if n is not None else None
    measure = measure_of(s, n, first, end_tok) if n is not None else None
    if measure not in (None, "age") and unit is not None and unit.dimension == "duration":
        measure = None  # "after 40 hours underground": how long, no depth
    if measure == "population" and (unit is not None or not_a_population(s, first, end_tok)):
        measure = None  # "evacuated 10,000 residents", "10,000 residents were evacuated",
        # "residents of two villages": people something happened to, places counted
    if age_anchor or measure == "age" or (n is not None and doer_was(s, n)):
        return age_of(s, n, value, first, end_tok, age_anchor), end_tok
    dimension = unit.dimension if unit else "count"
    values = [scaled(value, unit)]
    if dimension == "duration" and (
        s.word(end_tok) in ("remaining", "left")
        or (s.word(end_tok) == "to" and s.word(end_tok + 1) in ("go", "play"))
    ):
        return None, end_tok  # "with 31 seconds remaining": a moment of the game, no amount
    if unit is not None and dimension == "duration":
        values[0], end_tok, told = more_time(s, values[0], first, end_tok, reader)
        if told:
            display, unit_words = told, ""
    more, after_paren = conversion(s, end_tok, reader, dimension)
    values.extend(more)
    if value.op == Op.TALLY:
        thing = tally_kind(s, first, end_tok)
        if thing is None:
            return None, end_tok  # "a 31-24 lead", "a 13-3 halftime lead": a moment of a game
        tally = quantity_at(s, first, end_tok, values, dimension, thing, None, display, "", None)
        return replace(tally, owner=bracket_owner(s, first)), end_tok  # "Bowe (43-1)"
    noun_first, noun_last = noun_run(s, after_paren if more else end_tok)
    noun_first, noun_last, joined_nation = nations_joined(s, noun_first, noun_last)
    held = s.word(noun_first) == "-" and s.is_word(noun_first + 1)  # "a 720-bed hospital":
    if held and s.lemmas[noun_first + 1] in rules.counting.get("capacity_nouns", ()):
        noun_first = noun_last = noun_first + 1  # its beds, whatever the hospital is called
    if dimension == "duration" and s.is_word(end_tok) and s.toks[end_tok].text[:1].isupper():
        noun_first, noun_last = end_tok, end_tok - 1  # "after six days Jesus taketh": a name
    worth = dimension.startswith("money") and s.word(noun_first) in ("of", "worth", "in")
    share = worth and s.word(noun_first) == "of" and s.word(noun_first + 1) in DETERMINERS
    if worth:  # "$137 million of diamonds", "$108 million worth of rings": what it was worth
        noun_first, noun_last = len(s.toks), len(s.toks) - 1
    named = noun_last >= noun_first and s.toks[noun_first].text[:1].isupper()
    payer = None
    if named and dimension.startswith("money"):  # "the £15m Rovers paid for": who paid it
        payer = next(
            (
                j
                for j in range(noun_first, noun_last + 2)
                if not s.is_word(j) or not s.toks[j].text[:1].isupper()
            ),
            None,
        )
        payer = payer if payer is not None and verb_form(s, payer) else None
        noun_last = noun_first - 1
    if s.word(noun_first) == "of" and s.word(noun_first + 1) in ("them", "whom", "those"):
        return part_of_them(s, first, noun_first, values, dimension, display)
    partitive = lasting = False
    if s.word(noun_first) == "of":
        lasting = dimension == "duration" and s.word(noun_first + 1) in DETERMINERS  # "after
        # 11 days of a punishing offensive": one told thing's length ("hours of battery life")
        partitive = s.word(noun_first + 1) in DETERMINERS  # "two of the skiffs", not "dozens of"
        partitive = partitive and dimension == "count"  # "52% of the vote": a share of it;
        # "11 days of the offensive": how long it has gone on
        k = noun_first + 1
        while s.word(k) in DETERMINERS:
            k += 1
        noun_first, noun_last = noun_run(s, k)
    has_noun = noun_last >= noun_first
    noun = s.lemmas[noun_last] if has_noun else None
    predicate_tok = payer
    relative = False
    anchor: str | None = None
    if noun is not None and rules.canonical(noun) in rules.counting["human_predicates"] | {
        "kill",
        "injure",
    }:
        predicate_tok, noun = noun_last, None  # "24 dead", "the 80 wounded"
        if s.is_word(noun_last + 1) and s.lemmas[noun_last + 1] in rules.counting["person_nouns"]:
            noun_last += 1  # "12 missing fishermen", "24 dead civilians": who they are
            noun = s.lemmas[noun_last]
    if unit is None and children_of_parent(s, first, noun_first if has_noun else None):
        shown = display or (OP_WORDS.get(value.op, "") + format_number(value.figure))
        kin = quantity_at(s, first, end_tok, values, "count", "children", None, shown, "", None)
        return replace(kin, noun="children"), end_tok  # "a mother of 12": her children
    thing: str | None = None
    crew_at: int | None = None  # the noun of a count's crew or of a subject it is told of
    if measure:
        thing, has_noun = measure, False
        if measure == "population":
            anchor = place_before(s, first)
    elif noun is not None:
        thing = compound_thing(rules, s.lemmas[noun_first : noun_last + 1], noun)
        told = s.lower[noun_last]
        if told.endswith("ings") and noun == told[:-1] and thing != noun:
            thing = noun  # "300 paintings", "three drawings": the things, not "paint"
    subject = counted_subject(s, first) if not has_noun and thing is None else None
    if subject is None and not has_noun and thing is None and unit is None:
        copular = bare_count_noun(s, first, end_tok, value.figure)
        if copular is not None:  # "all the souls ... were threescore and ten"
            thing, crew_at = thing_of(rules, s.lemmas[copular]), copular
    if subject is not None:
        thing = thing_of(rules, s.lemmas[subject[0]])  # "the number of people killed rose to 58"
        predicate_tok = subject[1]
        lost = s.lower[subject[0]] == "lost"  # "the number of the lost is stated at 53"
        if predicate_tok is None and (
            lost or s.term(subject[0]) in rules.counting["human_predicates"] | {"kill", "injure"}
        ):
            thing, predicate_tok = "people", subject[0]  # "the number of dead rose to 11"
    if predicate_tok is None and has_noun:
        for j in range(noun_first, noun_last):  # "three wounded soldiers": what befell them
            if s.term(j) in rules.counting["human_predicates"] | {"kill", "injure"}:
                predicate_tok = j
                break
    attribute = (
        unit is not None
        and has_noun
        and unit.dimension not in ("count",)
        and not unit.dimension.startswith("money")
        and n is not None
        and s.word(n.last) == "-"
    )  # "the 300-metre bridge was built in 1967": what was built is the bridge, not a length
    if predicate_tok is None and thing not in rules.measures and not attribute:
        before = predicate_before(s, first - 1)
        after = predicate_after(s, noun_last + 1 if has_noun else end_tok)
        if after == noun_last + 1 and has_noun and (partitive or befell_them(s, after)):
            after = verb_of_part(s, after) or after  # "23 of the students kidnapped ... had
            # escaped", "Four aid workers kidnapped in Marra have been freed"
        adjacent = before is not None and before >= first - 2
        if after is None and has_noun and adjacent:
            after = relative_verb(s, noun_last, before, partitive)  # "four prisoners who
            adjacent = adjacent and after is None  # broke out": what they did
        if adjacent and after is not None and s.lower[before] in _LEAVING:
            adjacent = False  # "leaving 220,000 people dead": what they were left
        human = rules.counting["human_predicates"]
        if adjacent and after is not None and s.term(after) in human:
            adjacent = s.term(before) in human  # "searching for four people still missing"
        told = after is not None and after == (noun_last + 1 if has_noun else end_tok)
        own = (
            told
            and s.word(after + 1) in ("on", "for", "by", "to")
            and (s.lower[after].endswith("ed") or s.lower[after] in rules.verb_of_participle)
        )  # "surpassing the £16m spent on Luis Mora": what the sum was spent on
        tallied = before is not None and s.lemmas[before] in rules.counting.get("tally_verbs", ())
        adjacent = adjacent and not (tallied and told)  # "counted 250 buildings destroyed"
        predicate_tok = before if (adjacent and not own) or after is None else after
        if predicate_tok is None:
            predicate_tok = subject_predicate(s, first)
        if predicate_tok is None:
            predicate_tok = relative_predicate(s, first)
            relative = predicate_tok is not None
    if predicate_tok is None and unit is not None and unit.dimension.startswith("money"):
        predicate_tok = verb_of_two_objects(s, first)
    captive = taken_captive(s, noun_first, noun_last, predicate_tok) if has_noun else None
    taken = captive is not None
    if captive is not None:  # "took more than 100 people hostage": people seized
        (noun_last, predicate_tok), thing = captive, "people"
    told_as = predicate_told(s, first, end_tok, predicate_tok, thing, dimension)
    predicate_tok, predicate, phrased = told_as
    bodies = has_noun and s.lemmas[noun_last] in rules.counting["body_nouns"]
    if predicate_tok is not None and predicate_tok < first and has_noun and not bodies:
        particle = s.lower[noun_last + 1] if s.is_word(noun_last + 1) else "-"
        split = rules.term_class(f"{s.lemmas[predicate_tok]} {particle}")
        split = None if split == rules.term_class(s.lemmas[predicate_tok]) else split
        predicate, phrased = split or predicate, phrased or split is not None  # "pulled 86
        # survivors from the water": rescued
    if voted_against(s, predicate_tok, noun_last if has_noun else end_tok - 1):
        thing, predicate, predicate_tok = "vote", AGAINST, None  # "two voted against"
    elif not has_noun and unit is None and in_favour(s, end_tok):
        thing, predicate, predicate_tok = "vote", None, None  # "with 188 in favour and 139"
    crowd = unit is None and gathering_counted(s, first)
    if crowd:
        thing, predicate = "people", rules.canonical("attend")  # "put the crowd at 2,000"
    if taken:
        predicate = rules.canonical("seize")
    if thing is None and predicate in rules.counting["human_predicates"] and unit is None:
        thing = "people"
    if thing is None and unit is not None and unit.dimension.startswith("money"):
        thing, predicate = money_thing(s, first, end_tok, predicate)  # "a ransom of", "in bribes"
    valued = valued_subject(s, first) if thing is None and unit is not None else None
    if valued is not None:  # "The loss is estimated at forty thousand pounds": the loss
        thing, predicate, predicate_tok = thing_of(rules, valued), None, None
    length = unit is not None and unit.dimension == "length"
    if length and within_radius(s, first) and (has_noun or not thing):  # "within two
        thing, has_noun, predicate, partitive = "radius", False, None, False  # kilometres"
    if length and thing in (None, "distance"):
        at = after_paren if more else end_tok
        thing, deed, anchor = where_measured(s, first, at, thing, predicate_tok)
        if deed is not None:  # "broke out at 3 p.m., 2 kilometres from the entrance"
            predicate_tok, (predicate, _) = deed, predicate_term(s, deed, "distance", dimension)
    crew = not has_noun and unit is None and s.word(first - 1) == "of" and first >= 2
    crew = crew and s.lemmas[first - 2] in rules.counting.get("crew_nouns", ())
    if crew:
        thing, predicate = "people", rules.canonical("board")  # "with a crew of 18"
    if (
        not has_noun
        and unit is None
        and s.word(first - 1) == "of"
        and s.is_word(first - 2)
        and s.lower[first - 2] not in STOPWORDS
        and subject is None
        and not crew
        and measure is None
        and thing in (None, "people")
        and not crowd
    ):
        return None, max(last, end_tok)  # "a mother of two died": her children, not the dead
    listed = None
    if thing is None and unit is None and predicate is None and not has_noun:
        listed = listed_count(s, first, end_tok)
        if listed is not None:  # "The children of Arah, seven hundred seventy and five."
            thing = thing_of(rules, s.lemmas[listed[0]])
        told = " ".join(s.lower[end_tok : end_tok + 4])  # "... and about 150 are in hospital"
        if not thing and any(told.startswith(f"{v} in hospital") for v in _HOSPITAL_VERBS):
            thing, predicate = "people", rules.canonical("hospitalise")
    if (thing is None and unit is None and predicate is None) or (partitive and predicate is None):
        return None, max(last, end_tok)  # "two of the skiffs": a part, of what it does not say
    if is_margin(s, first, noun):
        thing, predicate, predicate_tok = "margin", None, None  # "won by 11 points"
    lives = has_noun and lives_taken(s, noun_last, first)
    if lives:
        thing, predicate = "people", rules.canonical("kill")  # "claimed at least 31 lives"
    favour = in_favour(s, noun_last + 1) and predicate_tok is None
    backing = s.word(first - 1) == "with" and predicate_tok == noun_last + 1  # "with 175
    backing = backing and s.lower[noun_last + 1].endswith("ing")  # members backing the motion"
    backing = backing and predicate in rules.canonical_counting("favouring_verbs")
    if has_noun and (voted_for(s, predicate_tok) or favour or backing):
        thing, predicate, predicate_tok = "vote", None, None  # "65 senators voted in favour",
        # "with 29 senators in favour"
    hurt = has_noun and thing == "people" and s.word(noun_last + 1) == "with"
    hurt = hurt and predicate in (None, rules.canonical("leave"))
    hurt = hurt and bool(_HURTS.intersection(s.lemmas[noun_last + 2 : noun_last + 4]))
    suffered = predicate == rules.canonical("suffer") and predicate_tok is not None
    after = s.lemmas[predicate_tok + 1 : predicate_tok + 4] if suffered else []
    suffered = suffered and bool(_HURTS.intersection(after))
    if hurt or suffered or (thing == "people" and wounded_by(s, predicate)):
        predicate = rules.canonical("injure")  # "left 50 people with serious injuries",
        # "Two people suffered minor injuries", "A man stabbed five people"
    if dimension == "mass" and thing is None and weighed(s, first, predicate):
        thing, predicate, predicate_tok = "weight", None, None  # "weighing 130 pounds"
    if thing == "people" and predicate == rules.canonical("live") and unit is None:
        thing, predicate, predicate_tok = "population", None, None  # "about 800 people live
        # in the community" / "a population of approximately 1,000"
    if thing == "people" and predicate is None and has_noun and own_children(s, first, noun_last):
        thing = "children"  # "one of her 12 children": how many she has
    stop = noun_last + 1 if has_noun and noun_last - end_tok < 4 else end_tok
    tail = count_after_noun(s, value, first, noun_last, reader) if has_noun and not unit else None
    if tail is not None:
        values[0], display, stop = tail  # "three thousand Jews and three and twenty"
    shown = display or (OP_WORDS.get(value.op, "") + format_number(value.figure))
    if dimension != "count" and shown.startswith("fewer than "):
        shown = "less than " + shown[len("fewer than ") :]  # "less than ten minutes"
    if unit_words and shown.lower().endswith(unit_words.lower()):
        pass  # "one minute": the unit already read with the article
    elif unit_words:
        shown = f"{shown}{unit_words}" if unit_words == "%" else f"{shown} {unit_words}"
    elif thing == "time" and unit is None and has_noun:
        shown = f"{shown} {s.toks[noun_last].text.lower()}"  # "married three times": "3 times"
    elif unit is not None and dimension.startswith("money") and s.toks[first].kind == "sym":
        shown = s.toks[first].text + shown
    elif unit is not None and dimension.startswith("money"):
        sym = next((t.text for t in s.toks[first:last] if t.kind == "sym"), "")
        digit = next((i for i, ch in enumerate(shown) if ch.isdigit()), None)
        if sym and sym not in shown and digit is not None:
            shown = shown[:digit] + sym + shown[digit:]  # "about $300 million"
    words = s.lower[predicate_tok] if predicate_tok is not None and not lives else ""
    words = "" if phrased else words  # (the phrase's verb is its group's: "infected")
    words = "injured" if suffered else words
    words = words or ("killed" if lives else "") or ("injured" if hurt else "")
    if relative and predicate_tok is not None:
        j = predicate_tok - 1
        while j > 0 and s.lower[j] not in ("that", "who", "which"):
            j -= 1
        words = " ".join(s.lower[j : predicate_tok + 1])  # "people who had eaten", not "eaten"
    quantity = quantity_at(
        s, first, stop, values, dimension, thing, predicate, shown, words, anchor
    )
    if (at := first - 2 if crew else crew_at) is not None:  # "a crew of 18", "the officers,
        quantity = replace(quantity, noun=s.lower[at], kind_of=s.lemmas[at])  # even 250,"
    subject = listed[1] if listed else owner(s, first) or bracket_owner(s, first)
    if subject is None and previous_in_list(s, first):
        subject = s.last.owner  # "226 yards on 22 carries": the same subject
        married = lemma(s.last.noun or "") in rules.data.get("spouse_nouns", ())
        if predicate is None and s.last.predicate not in (None, "last") and not married:
            quantity = replace(quantity, predicate=s.last.predicate)
    if subject is None and dimension == "ratio":
        subject = share_owner(s, stop) or share_holder(s, first)
    if subject and dimension == "ratio" and thing is None and common_noun(s, subject):
        quantity = replace(quantity, thing=rules.canonical(lemma(subject.lower())))
        subject = None  # "Turnout was 61%": what the share is of, not whose
    if subject:
        quantity = replace(quantity, owner=subject)
    if thing == "time" and s.word(stop) in MULTIPLIED:
        return None, max(after_paren, last)  # "three times the average": a factor, not a count
    if one_in(s, first):
        return None, max(after_paren, last)  # "one in every 500 users": a ratio, not a count
    if per_unit(s, stop):
        quantity = replace(quantity, dimension=f"{dimension}/rate")  # "eight rebounds a game"
    elif of_total(s, first):
        quantity = replace(quantity, dimension=f"{dimension}/of")  # "28 of 41 passes": tried
    scope = scope_of(s, first, end_tok, noun_last if has_noun else end_tok - 1, reader)
    scope = AGAINST if thing == "vote" and predicate == AGAINST else scope
    if dimension == "duration" and scope.startswith("by "):
        scope = ""  # "a 72-hour strike by train drivers": who struck, not a kind of hour
    if predicate_tok is not None and not scope:  # "three people were seriously hurt"
        scope = how_badly(s, predicate_tok)  # ("suffered minor injuries": slight)
    if (
        scope in CONTRASTIVE
        and s.last is not None
        and s.last.predicate
        and s.last.predicate != predicate
    ):
        scope = ""  # "killing 10 and wounding other 70": other people, not more of them
    if scope:
        if dimension == "duration" and is_window(s, first):
            return None, max(after_paren, last)  # "in the first 3½ minutes": a window
        quantity = replace(quantity, scope=scope)
    where = place_of(s, noun_last + 1 if has_noun else end_tok) or place_just_before(s, first)
    where = where or place_of_where(s, first) or place_of_which(s, first)
    if where and thing not in rules.measures and dimension == "count":
        quantity = replace(quantity, where=where)
    if has_noun and thing not in rules.measures:
        quantity = replace(
            quantity,
            noun=s.toks[noun_last].text.lower(),
            kind_of=kind_of(s, noun_first, noun_last),
        )
        nation = next((s.lower[k] for k in range(noun_first, noun_last) if demonym(s, k)), "")
        nation = nation or joined_nation
        if nation and not quantity.scope:  # "three Kostani soldiers": one side's, where a
            quantity = replace(quantity, scope=f"{NATION}{nation}")  # story tells two sides
    elif thing == "distance":
        quantity = replace(quantity, noun=located_before(s, first) or "")
    if share and not quantity.scope:
        quantity = replace(quantity, scope="part")  # "$281 million of the purchase price"
    if lasting and quantity.thing and quantity.predicate is None:
        quantity = replace(quantity, predicate="last")  # how long the offensive has gone on
    return refine(s, quantity, first, end_tok, predicate_tok), max(after_paren, last)


NATION = "nation:"  # a scope of nationality, kept only where accounts tell two (see detect)
