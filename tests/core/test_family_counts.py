"""Personal and procedural counts told in other words: how many children someone has (ECB+ 33
ecbplus: "Brooklyn Mother of 13 Zurana Horton" / "a mother of 12" / "one of her 12 children"),
how often married, what a suspect weighs, an age told again years later, a place in a counted
series, figures in the same words, votes against and a unanimous decision."""

from __future__ import annotations

from reader.core.facts.counting import extract_quantities
from reader.core.rules import Rules
from tests.core.test_detectors import pair

RULES = Rules.default()


def things(text: str) -> list[tuple[str | None, float | None]]:
    return [(q.thing, q.value.figure) for q in extract_quantities(text, 0, len(text), RULES)]


def test_a_parent_of_n_counts_children() -> None:
    assert ("children", 13.0) in things("Brooklyn Mother of 13 Zurana Horton was shot.")
    assert ("children", 12.0) in things("Horton, 34, a mother of 12, was fatally shot.")
    assert ("children", 12.0) in things("She was walking with one of her 12 children.")
    assert ("children", 3.0) in things("She has 3 children.")
    assert ("people", 12.0) in things("Police said 12 children had died.")  # the dead


def test_different_counts_of_her_children_disagree() -> None:
    found = pair(
        "Video of Brooklyn Mother of 13 Zurana Horton being shot was revealed Thursday.",
        "Horton, 34, was walking with one of her 12 children when she was shot.",
    )
    counts = [f for f in found if str(f.kind) == "quantity"]
    assert counts and counts[0].summary.startswith("number of children:")
    assert {m.value for m in counts[0].spans} == {"13", "12"}


def test_how_many_times_married_even_beside_another_clauses_year() -> None:
    found = pair(
        "Page married twice; the first marriage to Navy man Billy Neal lasted from 1943 to 1947.",
        "Page was married three times but had no children.",
    )
    counts = [f for f in found if str(f.kind) == "quantity"]
    assert counts and counts[0].summary.startswith("times married:")


def test_a_suspects_weight_told_two_ways() -> None:
    found = pair(
        "Police were searching for Jose Luis Orozco, 27. He is 5-feet-8 inches tall, weighing "
        "130 pounds, has a shaved head and is heavily tattooed.",
        "Deputies identified the suspect as Jose Luis Orozco, 27. Deputies said that Orozco is "
        "5-foot-8, 135 pounds, with tattoos on his forehead.",
    )
    assert [f.summary for f in found if str(f.kind) == "quantity"] == [
        "weight: 130 pounds / 135 pounds"
    ]


def test_an_age_told_again_years_later_is_the_same_age() -> None:
    from datetime import date

    first = "A gang member, Jose Luis Orozco, 27, was charged with murdering the deputy."
    later = "The jury found Jose Luis Orozco, 29, guilty of murdering the deputy."
    apart = pair(first, later, date(2005, 7, 26), date(2007, 3, 20))
    assert not [f for f in apart if str(f.kind) == "quantity"]
    days = pair(first, later, date(2005, 7, 26), date(2005, 7, 27))
    assert [f for f in days if str(f.kind) == "quantity"]  # two ages a day apart


def test_a_place_in_a_counted_series() -> None:
    from datetime import date

    found = pair(
        "The central bank raised rates for the third time this year on Thursday.",
        "The central bank lifted its main rate on Thursday, its fourth hike this year.",
    )
    assert [f.summary for f in found if str(f.kind) == "quantity"] == ["which rise: third / fourth"]
    days = pair(
        "Protests continued for a sixth straight day.",
        "Protests continued for the seventh consecutive day on Friday.",
        date(2008, 12, 11),
        date(2008, 12, 12),
    )
    assert [(f.summary, str(f.severity)) for f in days if str(f.kind) == "quantity"] == [
        ("which day: sixth / seventh (later account)", "differs")
    ]
    text = "A second explosion hit the market."  # which of several? no series counted
    assert not extract_quantities(text, 0, len(text), RULES)


def test_exact_figures_in_the_same_words_differ_quietly() -> None:
    found = pair(
        "The bank raised its main interest rate to 7.25% on Thursday.",
        "The bank raised its main interest rate to 7% on Thursday.",
    )
    rates = [(f.summary, str(f.severity)) for f in found if str(f.kind) == "quantity"]
    assert rates == [("rate: 7.25% / 7%", "differs")]
    converted = pair(  # a figure and another unit's rounding of it: no difference
        "The storm made landfall 10 kilometres (6 miles) south of the port.",
        "The storm made landfall 6.2 miles south of the port.",
    )
    assert not [f for f in converted if str(f.kind) == "quantity"]


def test_votes_against_and_a_unanimous_decision() -> None:
    found = pair(
        "The committee approved the increase on Thursday. The decision was unanimous.",
        "The committee approved the increase on Thursday. Two of the bank's seven board "
        "members voted against the increase.",
    )
    assert [f.summary for f in found if str(f.kind) == "quantity"] == [
        "votes against: unanimous / 2"
    ]
    tally = pair(
        "The senate approved the visit by 61 votes to 38 on Thursday.",
        "The senate approved the visit on Thursday, with 38 senators voting against.",
    )
    assert not [f for f in tally if str(f.kind) == "quantity"]  # the tally's other side
    share = extract_quantities(  # "54% of the vote against 43%": no votes against
        "Renn won, taking 54% of the vote against 43% for Maria Dune.", 0, 58, RULES
    )
    assert all(q.scope != "against" for q in share)


def test_a_tally_against_each_side_of_a_vote() -> None:
    found = pair(
        "Parliament approved the 2030 budget on Tuesday by 188 votes to 142.",
        "Lawmakers passed the 2030 budget on Tuesday, with 188 in favour and 139 against, "
        "after a long debate.",
    )
    assert [f.summary for f in found if str(f.kind) == "quantity"] == [
        "votes against: 188–142 / 139"
    ]


def test_those_a_wounding_verb_befell_are_the_wounded() -> None:
    found = pair(
        "A man stabbed five people at Trevane central station on Friday evening, police said.",
        "Six people were wounded when a man attacked commuters at Trevane station on Friday.",
    )
    assert [f.summary for f in found if str(f.kind) == "quantity"] == ["people stabbed: 5 / 6"]
    deaths = pair(  # "shot ten people, killing three": not ten wounded
        "A gunman shot ten people at the mall, killing three, police said.",
        "Seven people were wounded when a man opened fire at the mall on Friday.",
    )
    assert not [f for f in deaths if str(f.kind) == "quantity"]


def test_a_count_and_a_graded_part_of_it_are_still_one_count() -> None:
    found = pair(
        "A bridge collapsed on Sunday. Divers pulled 14 people alive from the river.",
        "A bridge collapsed on Sunday. Twelve survivors were rescued from the water, and six "
        "of them are in critical condition.",
    )
    assert "people rescued: 14 / 12" in [f.summary for f in found if str(f.kind) == "quantity"]


def test_a_titled_persons_age_beside_a_year_since() -> None:
    found = pair(
        "Defence minister Paul Varga resigned on Thursday. Mr Varga, 58, had been in the post "
        "since 2026.",
        "Defence minister Paul Varga stepped down on Thursday. Varga, 61, has held the post "
        "since 2025.",
    )
    assert [f.summary for f in found if str(f.kind) == "quantity"] == ["age of Mr Varga: 58 / 61"]
    assert [
        (q.thing, q.anchor) for q in extract_quantities("Dr. Smith, 47, said.", 0, 20, RULES)
    ] == [("age", "Smith")]
