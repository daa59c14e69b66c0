"""Quantities: real-looking phrases, the number grammar, and which pairs conflict."""

import pytest

from reader.core.facts.counting import extract_quantities
from reader.core.facts.numbers import NumberReader, rich_tokens
from reader.core.facts.quantities import Relation, relation
from reader.core.rules import Rules

RULES = Rules.default()


def quantities(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (q.display, q.thing, q.predicate, str(q.value.op))
        for q in extract_quantities(text, 0, len(text), RULES)
    ]


def numbers(text: str) -> list[float]:
    return [n.value for n in NumberReader(RULES).read(rich_tokens(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("seven hundred", [700]),
        ("twenty-three and four and twenty", [23, 24]),
        ("a thousand and an hundred", [1100]),  # the article after "and" counts one
        ("a thousand thousand and an hundred thousand", [1_100_000]),
        ("four hundred threescore and ten thousand", [470_000]),
        ("between a thousand and a million", [1000, 1_000_000]),
        ("threescore and ten", [70]),
        ("three score and ten", [70]),
        ("forty and two months", [42]),  # archaic: tens and units joined by "and"
        ("between forty and two hundred", [40, 200]),
        ("forty and two hundred", [40, 200]),
        ("were twenty and four thousand", [24_000]),  # archaic, before a thousand
        ("half a million", [500_000]),
        ("two and a half", [2.5]),
        ("1,000 then 2.6 million then 22.4bn", [1000, 2_600_000, 22_400_000_000]),
        ("seventy times seven", [490]),
        ("the cock crew twice, and he denied it thrice", [2, 3]),
        ("5, 000", [5, 0]),  # never joined across a comma and a space
        ("five six seven", [5, 6, 7]),
        ("half-a-dozen and half a dozen", [6, 6]),
        ("the first 3½ minutes, then 7 ½ more", [1, 3.5, 7.5]),
    ],
)
def test_number_grammar(text: str, expected: list[float]) -> None:
    found = [n for n in numbers(text) if n]
    assert found == [e for e in expected if e]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Congress cleared the way for 700 U.S. soldiers.", [("700", "soldier", "deploy", "=")]),
        ("lawmakers welcomed seven hundred troops", [("700", "soldier", "deploy", "=")]),
        ("more than a thousand American troops", [("more than 1,000", "soldier", "deploy", ">")]),
        (
            "The number of troops was not disclosed.",
            [("not disclosed", "soldier", "deploy", "open")],
        ),
        (
            "officials did not say how many soldiers would go",
            [("did not say", "soldier", "deploy", "open")],
        ),
        (
            "Police couldn't say how many shots were fired.",
            [("couldn't say", "shot", "fire", "open")],
        ),
        ("an undisclosed number of marines arrived", [("undisclosed", "marine", "arrive", "open")]),
        ("approved by 70 votes to 33", [("70–33", "vote", None, "tally")]),
        ("The vote, carried by 72 to 31, came", [("72–31", "vote", None, "tally")]),
        ("killing at least five people and injuring dozens more",
         [("at least 5", "people", "kill", ">="), ("dozens", "people", "injure", "vague")]),
        ("Five people had so far been confirmed dead", [("5", "people", "kill", "=")]),
        ("Indonesia earthquake: 24 dead and over 200 injured",
         [("24", "people", "kill", "="), ("more than 200", "people", "injure", ">")]),
        ("the new death toll rose to 10", [("10", "people", "kill", "=")]),
        ("no one was killed or injured in the attack",
         [("none", "people", "kill", "="), ("none", "people", "injure", "=")]),
        ("five villages had been badly hit", [("5", "village", "hit", "=")]),
        ("a 6.1-magnitude quake struck", [("6.1", "magnitude", None, "=")]),
        ("at a depth of 10 kilometers (6 miles)", [("10 kilometers", "depth", None, "=")]),
        ("Qeshm island, home to 120,000 people, was hit", [("120,000", "population", None, "=")]),
        ("between 40 and 50 people were hurt", [("40–50", "people", "injure", "range")]),
        ("a 9% rise in prices", [("up 9%", "price", "change", "=")]),  # (sixteenth session)
        ("Greek stocks plunged 5.4 per cent",
         [("down 5.4 per cent", "stock price", "change", "=")]),
        ("the twin towers and a 13-play drive", []),  # a figure describing a noun
        ("since the early 2000s", []),
        ("the victim, Raj Chohan, 59, was hit", [("59", "age", None, "=")]),
    ],
)  # fmt: skip
def test_quantity_phrases(text: str, expected: list) -> None:
    assert quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "from June 1 to December 31, 2023",
        "at 6 a.m. on Tuesday",
        "In 2023 the council met",
        "one of the officials",
        "an unknown cause",
        "it is unclear whether they will go",
        "on Interstate 75 and 117th Street",
        "the quake struck at 1353 (1023 GMT)",
    ],
)
def test_not_quantities(text: str) -> None:
    assert quantities(text) == []


def first(text: str):
    return extract_quantities(text, 0, len(text), RULES)[0]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("700 troops", "seven hundred soldiers", Relation.SAME),
        ("700 troops", "more than a thousand troops", Relation.CONFLICT),
        ("about 700 troops", "720 troops", Relation.SAME),  # 720 is about 700
        ("about 700 troops", "800 troops", Relation.DIFFERS),  # the rounding of both may meet
        ("about 700 troops", "1,000 troops", Relation.CONFLICT),
        ("about 58km south-west", "35 miles south-west", Relation.SAME),  # 56 km
        ("more than 100 mph", "120 mph", Relation.SAME),  # a lower bound is a figure rounded down
        ("at least 5 people were killed", "24 people were killed", Relation.DIFFERS),
        ("as many as 80 people were wounded", "70 people were wounded", Relation.DIFFERS),
        ("as many as 80 people were wounded", "78 people were wounded", Relation.SAME),
        ("more than 100 mph", "up to 120 mph", Relation.SAME),
        ("The number of troops was not disclosed", "700 troops", Relation.CONFLICT),
        ("more than 60 people died", "at least 49 people died", Relation.DIFFERS),
        ("killing at least 10 people", "killing 10 people", Relation.SAME),
        # a precise lower bound is the count so far: a higher figure is another count
        ("killing at least 42 people", "has killed 51 people", Relation.DIFFERS),
        ("more than 40 people died", "48 people died", Relation.SAME),  # 40: a round figure
        ("dozens of people were injured", "over 200 people were injured", Relation.CONFLICT),
        ("by 70 votes to 33", "by 72 to 31", Relation.CONFLICT),
        ("approved by a vote of 7 to 2", "approved with 6 votes in favour", Relation.CONFLICT),
        ("approved by a vote of 7 to 2", "approved with 7 votes in favour", Relation.SAME),
        ("a depth of 10 kilometers", "a depth of six miles", Relation.SAME),
        ("falling about 150 metres", "falling about 200ft", Relation.CONFLICT),
        ("lent 22.4bn euros", "lent 22 billion euros", Relation.SAME),  # rounding
        ("1,500 kilometers south", "1,150 kilometers south", Relation.CONFLICT),
        ("lasted 15 seconds", "lasted one minute", Relation.CONFLICT),
        ("2 million euros", "$2.6 million", Relation.UNKNOWN),  # no exchange rates
    ],
)
def test_relations(a: str, b: str, expected: Relation) -> None:
    assert relation(first(a), first(b)) is expected
    assert relation(first(b), first(a)) is expected


def test_conversion_in_brackets_is_one_quantity() -> None:
    found = extract_quantities("fell around 2000ft (609 metres) near", 0, 36, RULES)
    assert len(found) == 1
    assert len(found[0].values) == 2


def test_a_figure_and_a_second_count_are_not_summed() -> None:
    # "threescore years and ten" is 70; "269 yards and two touchdowns" is two counts
    assert [q.display for q in extract_quantities(*_whole("threescore years and ten."))] == [
        "70 years"
    ]
    found = extract_quantities(*_whole("He finished with 269 yards and two touchdowns."))
    assert [q.display for q in found] == ["269 yards", "2"]


def _whole(text: str) -> tuple[str, int, int, Rules]:
    return text, 0, len(text), RULES


def test_an_article_read_with_its_unit_is_shown_once() -> None:
    (q,) = extract_quantities(*_whole("The quake shook houses for around one minute."))
    assert q.display == "about one minute" and q.dimension == "duration"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hyphenated modifier is part of the noun phrase, even when it ends in a verb
        ("It is one of the 12 worst-hit villages in the area.", [("12", "village", None)]),
        # "other" after a count of something else is other people, not more of the same
        (
            "The quake killed 10 persons, wounding other 70.",
            [("10", "people", "kill"), ("70", "people", "injure")],
        ),
        # "a mother of two" has two children; it does not count the dead
        (  # her children, not the dead
            "A 59-year-old mother of two died when a driver struck her.",
            [("59", "age", None), ("2", "children", None)],
        ),
    ],
)
def test_noun_phrases_and_what_is_counted(text: str, expected: list) -> None:
    found = extract_quantities(*_whole(text))
    assert [(q.display, q.thing, q.predicate) for q in found] == expected
    assert all(q.scope == "" for q in found)


def test_lives_saved_are_not_lives_lost() -> None:
    assert quantities("The war cost 2,000 lives.")[0][1:3] == ("people", "kill")
    assert quantities("The nurse saved three lives.")[0][2] != "kill"


def test_a_part_is_not_added_to_its_whole() -> None:
    found = quantities("The quake killed seven people and injured 40, 15 of them on Qeshm.")
    assert [(d, p) for d, _, p, _ in found] == [("7", "kill"), ("40", "injure"), ("15", "injure")]
    text = "The quake injured 40, 15 of them on Qeshm."
    part = extract_quantities(text, 0, len(text), RULES)[-1]
    assert (part.scope, part.where) == ("part", "qeshm")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four armed robbers fled.", ("4", "robber", "flee")),  # "armed" is no verb here
        ("two landed inside the camp", ("2", None, "land")),
        ("three wounded soldiers were flown out", ("3", "soldier", "injure")),
        ("They made off with $137 million of diamonds.", ("$137 million", None, None)),
    ],
)
def test_participles_before_nouns_and_what_money_was_worth(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert quantities(text)[0][:3] == expected


def test_a_count_narrowed_by_how() -> None:
    text = "He improves to 58-3 with 51 wins coming by way of knockout."
    assert [q.scope for q in extract_quantities(text, 0, len(text), RULES)] == ["", "by knockout"]
    text = "The storm destroyed 300 homes by the coast."  # a place, not a manner
    assert [q.scope for q in extract_quantities(text, 0, len(text), RULES)] == [""]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fire burned for 5 hours.", ["5 hours"]),  # a duration, not "1400 hours"
        ("The troops left at 1400 hours.", []),
        ("He scored with 31 seconds remaining.", []),  # a moment of the game
        ("They led with nearly 5 minutes to play.", []),
    ],
)
def test_hours_that_last_and_clocks_that_run(text: str, expected: list[str]) -> None:
    assert [q.display for q in extract_quantities(text, 0, len(text), RULES)] == expected


def test_large_round_figures_read_in_words() -> None:
    from reader.core.facts.quantities import format_number

    assert format_number(500_000_000) == "500 million"  # "half a billion customers"
    assert format_number(2_600_000_000) == "2.6 billion"
    assert format_number(1_100_000) == "1,100,000"  # under ten million: figures
    assert format_number(1_234_567) == "1,234,567"


@pytest.mark.parametrize(
    "text",
    [
        "Police estimated the crowd at about 2,000 people.",
        "Organisers said 10,000 people took part.",
        "About 5,000 people turned out for the march.",
    ],
)
def test_crowd_sizes_are_one_kind_of_count(text: str) -> None:
    assert quantities(text)[0][1:3] == ("people", "attend")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sentenced to 2 1/2 years", [2.5]),
        ("a 2-1/2 year sentence", [2.5]),
        ("won 3 3/4 lengths", [3.75]),
        ("on 2 3/4/2009", [2, 3, 4, 2009]),  # a date, no fraction
        ("9 months of a 2-year term", [9, 2]),
    ],
)
def test_fractions_written_with_a_slash(text: str, expected: list[float]) -> None:
    assert numbers(text) == expected


def test_a_whole_figure_and_its_half_step_differ() -> None:
    short = extract_quantities("He was sentenced to 2 years.", 0, 28, RULES)[0]
    told = "He was sentenced to 2 1/2 years."
    longer = extract_quantities(told, 0, len(told), RULES)[0]
    assert relation(short, longer) == Relation.DIFFERS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 1000 people were sheltering in the school.", ("about 1,000", "people", "shelter")),
        ("About 800 people live in the community.", ("about 800", "population", None)),
        ("Some 5,000 people work at the plant.", ("about 5,000", "people", "work")),
        ("It left more than 50 people with injuries.", ("more than 50", "people", "injure")),
        ("Blackmore, alleged to have 19 wives, was charged.", ("19", "people", "marry")),
        ("He is alleged to be married to 20 women.", ("20", "people", "marry")),
        ("He is charged with marrying 20 women.", ("20", "people", "marry")),
    ],
)
def test_who_was_counted_and_what_they_did(text: str, expected: tuple) -> None:
    assert quantities(text)[0][:3] == expected


def test_in_a_year_is_no_count_of_people() -> None:
    assert quantities("In 1998 people voted for the change.") == []


def test_children_beside_wives_are_not_married() -> None:
    found = quantities("Blackmore, who has had 26 wives and more than 100 children, spoke.")
    assert [q[2] for q in found] == ["marry", None]


def test_the_part_hurt_badly_keeps_its_grade() -> None:
    text = "Some 30 people were killed and 55 others injured, five of them critically."
    parts = [q for q in extract_quantities(text, 0, len(text), RULES) if q.display == "5"]
    assert [(p.predicate, p.scope) for p in parts] == [("injure", "serious")]
    text = "The attack left 50 people with injuries, 10 of whom remain critical."
    parts = [q for q in extract_quantities(text, 0, len(text), RULES) if q.display == "10"]
    assert [(p.predicate, p.scope) for p in parts] == [("injure", "serious")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The club did not disclose the fee.", ("did not disclose the fee", "fee", None)),
        ("Rovers signed him for an undisclosed fee.", ("an undisclosed fee", "fee", None)),
        ("They paid an undisclosed sum.", ("an undisclosed sum", "sum", None)),
        ("surpassing the £16m spent on Luis Mora", ("£16m", None, "pay")),
        ("The deal beats the £15m Rovers paid for Luis Mora.", ("£15m", None, "pay")),
        ("with the fee reported to be £20 million including add-ons", ("£20 million", "fee", None)),
        ("It would cost the company about $300 million.", ("about $300 million", None, "cost")),
        ("The museum would reopen in three months.", ("3 months", "close", "last")),
        ("He joined on a four-year deal.", ("4 years", "contract", "last")),
        ("Forty people were treated in hospital for burns.", ("40", "people", "hospitalise")),
        ("It took 80 firefighters more than five hours.", ("80", "firefighter", "deploy")),
        ("About 700 troops arrived on Monday.", ("about 700", "soldier", "deploy")),
        ("Two firefighters were treated for smoke inhalation.", ("2", "people", "treat")),
        ("A fire destroyed about 300 paintings.", ("about 300", "painting", "destroy")),
        ("Around 500 works of art were destroyed.", ("about 500", "work", "destroy")),
    ],
)
def test_sums_left_open_and_what_was_done(text: str, expected: tuple) -> None:
    assert quantities(text)[0][:3] == expected


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Okafor, 24, scored 21 goals last season.", "Okafor"),
        ("The 23-year-old Bush will miss the final games.", "Bush"),
        ("A 36-year-old Australian climber died.", None),
        ("Police, 300, were deployed.", None),
    ],
)
def test_whose_age(text: str, anchor: str | None) -> None:
    ages = [q for q in extract_quantities(text, 0, len(text), RULES) if q.thing == "age"]
    assert [q.anchor for q in ages] == ([anchor] if anchor or "climber" in text else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("there were not above ninety passengers aboard.", ("up to 90", "people", "board")),
        ("She had on board one hundred and twelve passengers.", ("112", "people", "board")),
        ("I believe forty-one souls were lost.", ("41", "people", "kill")),
        ("The number of the lost is stated at fifty-three.", ("53", "people", "kill")),
        ("3,000 workers lost their jobs.", ("3,000", "people", "lose")),
        ("They agreed to cut output by 1.2 million barrels.", ("1.2 million", "barrel", "cut")),
        ("They will reduce supply by 1 million barrels.", ("1 million", "barrel", "cut")),
    ],
)
def test_older_and_newer_ways_of_counting(text: str, expected: tuple) -> None:
    assert quantities(text)[0][:3] == expected


def test_a_crew_of_so_many_is_no_single_person() -> None:
    text = "She had on board 112 passengers and a crew of thirty-four."
    found = extract_quantities(text, 0, len(text), RULES)
    assert [(q.display, q.kind_of) for q in found] == [
        ("146 (112 passengers and a crew of thirty-four)", "total"),  # all on board
        ("112", "passenger"),
        ("34", "crew"),
    ]


def test_a_named_subject_that_agreed_to_do_it() -> None:
    text = "Russia agreed to cut 230,000 barrels a day."
    assert [q.owner for q in extract_quantities(text, 0, len(text), RULES)] == ["Russia"]


def test_an_hour_and_a_half_is_ninety_minutes() -> None:
    def read(text: str):
        return extract_quantities(text, 0, len(text), RULES)[0]

    half = read("It lasted an hour and a half.")
    assert half.values[0].figure == 5400 and half.display == "an hour and a half"
    assert relation(read("It lasted 90 minutes."), half) == Relation.SAME


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council voted 9 to 4 on Tuesday.", ("9–4", "vote", None)),
        ("The budget cuts 120 jobs.", ("120", "job", "cut")),
        ("The budget eliminates 150 positions.", ("150", "job", "cut")),
        ("Property taxes will rise 4 percent.", ("up 4 percent", "tax", "change")),
        ("By Monday, 70 had died.", ("70", "people", "kill")),
        ("About 90 whales stranded, and 62 of them had died.", ("about 90", "whale", "strand")),
    ],
)
def test_present_tense_tallies_and_parts(text: str, expected: tuple) -> None:
    assert quantities(text)[0][:3] == expected


def test_a_part_with_its_own_verb_is_a_count_of_its_own() -> None:
    text = "About 90 whales stranded, and 62 of them had died."
    part = extract_quantities(text, 0, len(text), RULES)[1]
    assert (part.display, part.predicate, part.scope) == ("62", "kill", "")


def test_fewer_than_the_least_told_is_a_difference() -> None:
    def read(text: str):
        return extract_quantities(text, 0, len(text), RULES)[0]

    assert relation(read("about 90 whales"), read("more than 100 whales")) == Relation.DIFFERS
    assert relation(read("at least 5 people"), read("5 people")) == Relation.SAME


def test_a_rate_told_at_the_end_of_the_clause() -> None:
    a = extract_quantities("Around 80,000 vehicles use the bridge each day.", 0, 47, RULES)[0]
    b = extract_quantities("The bridge carries about 60,000 vehicles a day.", 0, 47, RULES)[0]
    assert a.dimension == b.dimension == "count/rate"


def test_a_change_by_an_amount() -> None:
    assert quantities("The average annual bill will rise by 180 euros.")[0][2] == "rise"
    assert quantities("He was killed by three gunmen.")[0][2] is None  # the doers, not the dead
    assert quantities("Five wolves got out of their enclosure.")[0][2] == "escape"


def test_suffering_injuries_is_being_injured() -> None:
    assert quantities("Two people suffered minor injuries.")[0][:3] == ("2", "people", "injure")
    assert quantities("Three firefighters suffered burns.")[0][:3] == ("3", "people", "injure")
    assert quantities("Two people suffered heart attacks.")[0][2] == "suffer"


def test_one_of_them_after_the_verb_that_befell_them() -> None:
    found = quantities("A man stabbed four people, killing one of them.")
    assert [q[:3] for q in found] == [("4", "people", "stab"), ("one", "people", "kill")]
    assert quantities("He stabbed four people, killing two of them.")[1][:3] == (
        "2",
        "people",
        "kill",
    )


def test_the_verb_after_an_aside() -> None:
    found = quantities("Two people, including a 61-year-old woman, were killed.")
    assert found[0][:3] == ("2", "people", "kill")
    assert quantities("Three workers, all from one village, were injured.")[0][2] == "injure"


def test_the_age_of_a_doer_told_beside_the_noun() -> None:
    for text in (
        "The attacker, a 28-year-old man, was arrested.",
        "Police shot the suspect, a 26-year-old man.",
    ):
        assert quantities(text)[0][1:3] == ("age", "doer")
    assert quantities("The victim, a 28-year-old man, died.")[0][2] != "doer"


def test_votes_told_as_a_tally_after_a_deciding_verb_or_as_those_voting_for() -> None:
    assert quantities("The measure passed 61 to 38 after a long debate.")[0][:2] == (
        "61–38",
        "vote",
    )
    assert quantities("Sixty-five senators voted in favour of the measure.")[0][:3] == (
        "65",
        "vote",
        None,
    )
    assert quantities("Forty members voted for the plan.")[0][1] == "vote"
    assert quantities("Sales rose 5 to 7 percent.")[0][1] != "vote"


def test_who_those_missing_or_dead_are() -> None:
    assert quantities("Rescuers are searching for 12 missing fishermen.")[0][:3] == (
        "12",
        "people",
        "miss",
    )


def test_those_on_a_craft_are_on_board_and_a_split_verb_is_read_whole() -> None:
    assert quantities("About 130 people had been on the vessel.")[0][2] == "board"
    assert quantities("Rescuers pulled 86 survivors from the water.")[0][2] == "rescue"
    assert quantities("They pulled 12 bodies from the rubble.")[0][2] == "kill"
    assert quantities("The raid involved 200 officers, police said.")[0][2] == "attend"


def test_the_suspect_by_what_befell_him_and_a_named_age_after_an_article() -> None:
    assert quantities("Police arrested a 31-year-old man at the scene.")[0][1:3] == ("age", "doer")
    assert quantities("The suspect, aged 29, was detained.")[0][1:3] == ("age", "doer")
    assert quantities("A 61-year-old woman was killed.")[0][2] == "kill"


def test_shots_heard_are_shots_and_those_on_shift_work() -> None:
    assert quantities("Witnesses heard five shots.")[0][1:3] == ("shot", None)
    assert quantities("About 1,000 workers were on shift.")[0][2] == "work"


def test_period_counts_not_fewer_than_and_men_and_boys() -> None:
    assert quantities("Not fewer than 360 persons were killed.")[0][0] == "at least 360"
    assert quantities("340 men and boys have lost their lives.")[0][:3] == ("340", "people", "kill")
    assert quantities("Only six were brought out alive.")[0][2] == "rescue"
    assert quantities("The number of passengers was about seventy-five.")[0][:2] == (
        "about 75",
        "people",
    )


def test_a_count_of_a_second_event_is_its_own() -> None:
    text = "A second explosion on Thursday killed 27 of the volunteers."
    assert [q.scope for q in extract_quantities(text, 0, len(text), RULES)] == ["another explosion"]


def test_lost_homes_and_those_inside() -> None:
    assert quantities("About 3,000 people have lost their homes.")[0][2] == "homeless"
    assert quantities("About 400 people were inside the club.")[0][2] == "present"


def test_shot_dead_is_killed_and_dead_is_no_subject_after_it() -> None:
    found = quantities("Seven people were shot dead on Saturday, and there were only 12 guards.")
    assert [q[2] for q in found] == ["kill", None]
    assert quantities("The death toll rose to 10.")[0][2] == "kill"


def test_a_verb_before_two_groups_is_both_groups_verb() -> None:
    text = "A plane carrying 150 passengers and six crew members crashed on Monday."
    found = extract_quantities(text, 0, len(text), RULES)
    assert (found[0].display, found[0].predicate) == (
        "156 (150 passengers and six crew members)",
        "board",
    )
    text = "The blast killed 5 people and 20 soldiers were injured."
    assert [q.predicate for q in extract_quantities(text, 0, len(text), RULES)] == [
        "kill",
        "injure",
    ]


def test_a_calibre_is_no_count() -> None:
    for text in ("He pointed a .38 caliber revolver at them.", "He pulled out a .357 revolver."):
        (q,) = extract_quantities(text, 0, len(text), RULES)
        assert (q.dimension, q.thing) == ("calibre", "gun")  # the bore, not 38 or 0.357 guns
        assert q.display.startswith(".3")
    text = "Prices rose 0.5 percent. 38 people died."
    assert [q.value.figure for q in extract_quantities(text, 0, len(text), RULES)] == [0.5, 38]


def test_a_level_told_after_to_is_of_the_verbs_object_or_subject() -> None:
    def read(text: str) -> list[tuple[str | None, str | None]]:
        return [(q.thing, q.predicate) for q in extract_quantities(text, 0, len(text), RULES)]

    told = "The bank raised its main interest rate by half a percentage point to 7.25%."
    assert read(told) == [("rate", "change"), ("rate", "reach")]
    assert read("The rate was cut by 25 basis points.") == [("rate", "change")]
    assert read("The meeting lasted half an hour.")[0][1] == "last"
    assert read("It acted as inflation climbed to 6.8% in May.") == [("inflation", "reach")]
    assert read("The bill passed, with 29 senators in favour.")[0][0] == "vote"


def test_how_long_a_thing_will_last() -> None:
    text = "The mission will last 18 months, the army said."
    found = extract_quantities(text, 0, len(text), RULES)
    assert [(q.display, q.predicate) for q in found] == [("18 months", "last")]
