"""Mechanisms added in the fourteenth session for misses of the blind batches, each written
here in other words than the story it came from, with a reading each must leave alone."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.document import Document
from reader.core.facts.counting import extract_quantities
from reader.core.facts.quantities import Quantity
from reader.core.rules import Rules

RULES = Rules.default()


def found(*texts: str) -> list[str]:
    docs = [Document(text=t, title=f"Account {i}") for i, t in enumerate(texts)]
    return [d.summary for d in compare(docs).disagreements if str(d.kind) == "quantity"]


def counts(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (q.display, q.thing, q.predicate) for q in extract_quantities(text, 0, len(text), RULES)
    ]


def test_an_adjective_in_ly_before_a_plural_noun_keeps_the_count() -> None:
    assert counts("Two elderly passengers died in the crash.") == [("2", "people", "kill")]
    assert counts("Four family members were hurt.")[0][1:] == ("people", "injure")


def test_an_adverb_in_ly_after_a_count_ends_the_noun() -> None:
    assert counts("The gunman wounded 12 seriously on Friday.") == [("12", "people", "injure")]


def test_a_supply_that_failed_in_homes_is_their_loss_of_power() -> None:
    a = "Electricity went out in 12,000 homes after the storm."
    b = "About 18,000 homes lost power after the storm."
    assert counts(a)[0][1:] == ("house", "lose power")
    assert "homes without power: 12,000 / about 18,000" in found(a, b)


def test_a_tally_told_after_the_vote_was() -> None:
    assert counts("The vote was 71 to 29.") == [("71–29", "vote", None)]
    assert counts("The count was 10 to 20 people.")[0][0] == "10–20"  # a range, no tally


def test_a_limit_told_by_a_verb_or_a_noun_is_one_cap() -> None:
    assert counts("The city capped fare increases at 4 percent.") == [("4 percent", "rise", "cap")]
    assert counts("Fare rises will be limited to 4%.")[0][1:] == ("rise", "cap")
    assert counts("It set a ceiling of 5 percent on fare rises.")[0][1:] == ("rise", "cap")
    assert counts("It agreed a 6 percent cap on fare rises.")[0][1:] == ("rise", "cap")
    assert counts("The bank raised its rate to 4 percent.")[0][2] == "reach"  # no limit


def test_present_tense_cover_and_apply_to_are_one_predicate() -> None:
    a = "The scheme covers some 40,000 farms."
    b = "The scheme will apply to about 55,000 farms."
    assert counts(a)[0][2] == counts(b)[0][2] == "cover"
    assert "farms covered: about 40,000 / about 55,000" in found(a, b)


def test_a_distance_after_the_clause_of_a_deed_is_where_it_happened() -> None:
    a = "The fire started at 9 a.m., about 3 miles from the harbour."
    b = "The blaze began shortly after 9 a.m., some 5 miles into the forest."
    assert counts(a)[0][1] == "distance"
    assert "distance: about 3 miles / about 5 miles" in found(a, b)
    assert counts("He walked 3 miles from the harbour.")[0][1] != "distance"  # no comma


def test_the_minute_of_the_first_goal_told_two_ways() -> None:
    a = "Kessel opened the scoring in the 9th minute."
    b = "Kessel's first goal came in the 21st minute."
    assert counts(a)[0][1:] == counts(b)[0][1:] == ("minute first goal", "first goal")


def test_a_bare_share_offered_after_a_share_asked_is_of_the_same_thing() -> None:
    text = "The nurses want an 8 percent rise; the hospital board has offered 3 percent."
    assert counts(text) == [("8 percent", "rise", "demand"), ("3 percent", "rise", "offer")]
    assert "rise offered: 3 percent / 6 percent" in found(
        text, "The board's offer of a 6 percent rise was final, it said."
    )


def test_walking_out_is_taking_part() -> None:
    a = "About 12,000 nurses walked out on Monday."
    b = "Some 15,000 nurses took part in the strike on Monday."
    assert counts(a)[0][2] == counts(b)[0][2]


def test_two_approximate_figures_far_enough_apart_are_two_estimates() -> None:
    from reader.core.facts.quantities import Relation, relation

    def one(text: str) -> Quantity:
        return extract_quantities(text, 0, len(text), RULES)[0]

    far = relation(one("About 40,000 fans attended."), one("About 45,000 fans attended."))
    near = relation(one("About 280 fans attended."), one("About 300 fans attended."))
    assert far == Relation.DIFFERS
    assert near == Relation.SAME


def test_a_fraction_of_one_unit_is_a_figure() -> None:
    assert counts("The walk took three quarters of an hour.")[0][0] == "0.75 hour"
    assert counts("A quarter of a million people marched.")[0][0] == "250,000"
    assert counts("The ruling party won a quarter of the vote.") == []  # a share of a whole
    assert counts("The bank cut rates by a quarter point.")[0] == ("0.25 point", "rate", "change")


def test_points_a_rate_moved_by_are_percentage_or_basis_points() -> None:
    half = extract_quantities(t := "The bank lifted rates by half a point.", 0, len(t), RULES)[0]
    many = extract_quantities(u := "The bank lifted rates by 50 points.", 0, len(u), RULES)[0]
    assert (half.dimension, half.value.figure) == ("ratio", 0.5)
    assert (many.dimension, many.value.figure) == ("ratio", 0.5)  # basis points
    assert counts("The team won by half a point.")[0][1] == "margin"  # no rate
    a = "The central bank raised its main rate by a quarter of a percentage point to 3%."
    b = "The central bank lifted borrowing costs by half a point to 3.25%."
    assert "change in rate: 0.25 percentage point / 0.5 point" in found(a, b)


def test_a_workforce_told_as_employees_or_as_people_employed() -> None:
    a = "The merged group will employ about 9,000 people."
    b = "The deal creates a group with 7,500 employees."
    assert counts(a)[0][1:] == counts(b)[0][1:] == ("people", "employ")
    assert counts("Forty staff were evacuated.")[0][2] == "evacuate"  # a deed, not the payroll
    a = f"Norvel Foods agreed to buy Tasca on Monday. {a}"
    b = f"Norvel Foods agreed on Monday to buy its rival Tasca. {b}"
    assert "people employed: about 9,000 / 7,500" in found(a, b)


def test_what_had_to_be_done_to_those_counted() -> None:
    assert counts("Some 30 flights had to be sent elsewhere.")[0][1:] == ("flight", "divert")
    assert counts("Twelve patients had to be moved.")[0][2] == "move"


def test_a_place_closing_a_relative_clause_is_no_owner() -> None:
    text = "All the pilgrims, which came into Rome, were threescore and ten."
    told = extract_quantities(text, 0, len(text), RULES)
    assert [(q.value.figure, q.owner) for q in told] == [(70.0, None)]


def test_a_contraction_typed_without_its_apostrophe_is_one_negation() -> None:
    from reader.core.facts.negation import negated_verbs

    a = "Sergeant Lin said: 'I cant comment on the first crash, but this one looks like ice.'"
    b = 'Sergeant Lin said: "I can\'t comment on the first crash, but this one looks like ice."'
    told = negated_verbs(a, 0, len(a), RULES)
    assert told["comment"][0] is True
    assert not [s for s in found(a, b) if "comment" in s]
    docs = [Document(text=t, title=f"Account {i}") for i, t in enumerate((a, b))]
    assert not [d for d in compare(docs).disagreements if str(d.kind) == "polarity"]
    text = "The cant of politicians is tiresome."
    assert not any(v[0] for v in negated_verbs(text, 0, len(text), RULES).values())


def test_a_figure_only_its_unit_describes_is_not_paired_when_the_other_tells_it_too() -> None:
    a = (
        "The 14- and 16-inch notebooks run up to 2.9GHz Octa Core i7s (boost up to 4.1GHz), "
        "carry up to 16GB of memory and have Radeon RX 560-based graphics 40 percent faster."
    )
    b = (
        "The base model will have a 16-inch display, 2.5 GHz i7, 16GB of memory, 512 GB of "
        "storage, and a Radeon RX 560.\n\nWith boost, the chip will reach speeds of up to 4.1 GHz."
    )
    assert not [s for s in found(a, b) if "GHz" in s]
    assert [s for s in found(a, b.split("\n\n")[0]) if "GHz" in s]  # (told once: paired)


def named(*texts: str) -> list[str]:
    docs = [Document(text=t, title=f"Account {i}") for i, t in enumerate(texts)]
    return [d.summary for d in compare(docs).disagreements if str(d.kind) == "name"]


def test_where_the_vehicle_of_the_event_came_from() -> None:
    a = (
        "A ferry ran aground off Skerra on Friday. The vessel, a car ferry sailing from Tromvik, "
        "struck rocks at dawn."
    )
    b = "A ferry ran aground off Skerra on Friday. The ferry from Lunde struck rocks at dawn."
    assert named(a, b) == ["origin: from Tromvik / from Lunde"]
    c = "A ferry ran aground off Skerra on Friday. The ferry from Lunde to Tromvik struck rocks."
    assert not [s for s in named(a, c) if "origin" in s]  # (the other names both ports)


def test_background_in_the_past_perfect_ends_at_a_sentence_in_the_simple_past() -> None:
    from datetime import date

    def counted(*texts: str) -> list[str]:
        docs = [
            Document(text=t, title=f"Account {i}", published=date(2039, 11, 7))
            for i, t in enumerate(texts)
        ]
        return [d.summary for d in compare(docs).disagreements if "firefighters" in d.summary]

    a = "A fire broke out at the Varn depot on Sunday. More than 60 firefighters are at the scene."
    b = (
        "A fire broke out at the Varn depot on Sunday.\n\nThe depot had failed a fire "
        "inspection in March, the council said. About 40 firefighters fought the blaze."
    )
    assert counted(a, b) == ["firefighters deployed: more than 60 / about 40"]
    c = (
        "A fire broke out at the Varn depot on Sunday.\n\nIn March, a fire at the depot was "
        "put out quickly. About 40 firefighters fought the blaze."
    )
    assert not counted(a, c)  # (background told in the simple past goes on)


def test_receiving_no_reports_denies_that_any_were_made() -> None:
    from reader.core.facts.negation import negated_verbs

    text = "The council said it had received no complaints about the noise."
    assert negated_verbs(text, 0, len(text), RULES)["complain"][0] is True
    text = "The council said it had paid no fee for the noise survey."
    assert "complain" not in negated_verbs(text, 0, len(text), RULES)


def test_a_part_of_the_day_that_fits_both_clock_times_takes_no_side() -> None:
    from datetime import date

    texts = (
        "A fire broke out at the Orla mill at 8.40pm on Friday, firefighters said.",
        "The fire at the Orla mill broke out at 9.30pm on Friday, the council said.",
        "Firefighters fought the fire at the Orla mill on Friday night.",
    )
    docs = [
        Document(text=t, title=f"Account {i}", published=date(2039, 3, 5))
        for i, t in enumerate(texts)
    ]
    told = [d.summary for d in compare(docs).disagreements if str(d.kind) == "date"]
    assert told == ["time of fire: 8.40pm / 9.30pm"]


def test_an_earlier_report_corrected_in_the_same_sentence_tells_the_news() -> None:
    a = (
        "A storm hit the town of Varo on Monday. A police officer initially reported deaths, "
        "but the mayor later said there were no casualties."
    )
    b = "A storm hit the town of Varo on Monday. At least 12 people were killed, officials said."
    assert "people killed: none / at least 12" in found(a, b)


def test_a_sum_told_by_its_noun_and_by_the_same_word_as_a_verb() -> None:
    a = "A court jailed the port's director on Monday. He was also fined 80,000 euros."
    b = (
        "A court jailed the port's director on Monday and ordered him to pay a fine of "
        "95,000 euros."
    )
    assert "fine: 80,000 euros / 95,000 euros" in found(a, b)


def test_whose_share_is_told_before_it() -> None:
    def holders(text: str) -> list[tuple[str, str | None]]:
        return [(q.display, q.owner) for q in extract_quantities(text, 0, len(text), RULES)]

    a = (
        "Independent candidate Lena Vos won the mayoral election on Sunday with 51.8 percent of "
        "the vote, defeating the incumbent, Karl Ruud, who took 43 percent."
    )
    assert holders(a) == [("51.8 percent", "Lena Vos"), ("43 percent", "Karl Ruud")]
    b = "Lena Vos swept to victory on Sunday, taking 55 percent against Karl Ruud's 40 percent."
    assert holders(b) == [("55 percent", "Lena Vos"), ("40 percent", "Karl Ruud")]
    c = "Lena Vos of the Civic Union was elected mayor with 51.8 percent."
    assert holders(c) == [("51.8 percent", "Lena Vos")]
    assert found(a, b) == [
        "share of Lena Vos: 51.8 percent / 55 percent",
        "share of Karl Ruud: 43 percent / 40 percent",
    ]


def test_a_ship_flag_told_two_ways_and_its_crew_aboard() -> None:
    a = (
        "The Norwegian-registered tanker Vessa ran aground off Brill on Sunday with 19 crew "
        "aboard, leaking an estimated 30 tonnes of fuel oil."
    )
    b = (
        "The Maltese-flagged tanker Vessa, carrying 17 crew members, went aground off Brill on "
        "Sunday and has spilled roughly 90 tonnes of fuel."
    )
    assert counts(a)[0][1:] == ("people", "board")
    assert named(a, b) == ["flag: Norwegian-registered / Maltese-flagged"]
    assert "crew on board: 19 / 17" in found(a, b)
    assert "oil: about 30 tonnes / about 90 tonnes" in found(a, b)


def test_a_polarity_topic_does_not_end_on_a_preposition() -> None:
    a = "Kerro Mining said on Monday the mine had passed a safety inspection in January."
    b = "Kerro Mining said on Monday the mine had not passed a safety inspection in January."
    docs = [Document(text=t, title=f"Account {i}") for i, t in enumerate((a, b))]
    told = [d.summary for d in compare(docs).disagreements if str(d.kind) == "polarity"]
    assert told == ["pass safety inspection: passed / not passed"]


def test_the_day_of_what_is_intended() -> None:
    from datetime import date

    a = "Engineers will try to reopen the Skarn bridge on Thursday, the council said."
    b = "Engineers hope to reopen the Skarn bridge on Saturday, the mayor said."
    docs = [
        Document(text=t, title=f"Account {i}", published=date(2040, 11, 20))
        for i, t in enumerate((a, b))
    ]
    told = [d.summary for d in compare(docs).disagreements if str(d.kind) == "date"]
    assert told == ["date of reopening: Thursday (22 November) / Saturday (24 November)"]
