"""False alarms found by judging random findings on unlabelled ECB+ windows (thirteenth
session), each fixed at its mechanism; written here in other words, with the true finding
each fix must keep."""

from __future__ import annotations

from datetime import date

from reader.core.compare import compare
from reader.core.document import Document
from reader.core.facts.counting import extract_quantities
from reader.core.facts.dates import extract_dates
from reader.core.facts.negation import negated_verbs
from reader.core.rules import Rules


def found(*texts: str, published: date | None = None) -> list[tuple[str, str]]:
    docs = [
        Document(text=t, title=f"Account {i}", published=published) for i, t in enumerate(texts)
    ]
    return [(str(d.kind), d.summary) for d in compare(docs).disagreements]


def test_a_relative_pronouns_noun_is_another_object() -> None:
    a = "Dock Police Sergeant Mira Holt identified the two injured clerks as a man and his son."
    b = "The owner, whom police did not identify, was away at the time, said Sergeant Holt."
    assert not [s for kind, s in found(a, b) if kind == "polarity"]


def test_the_same_object_denied_through_a_relative_is_still_found() -> None:
    a = "Police identified the driver as Tomas Reyl, 41."
    b = "The driver, whom police did not identify, was not hurt."
    assert [kind for kind, _ in found(a, b) if kind == "polarity"] == ["polarity"]


def test_a_toll_of_another_named_place_told_through_which_is_another_toll() -> None:
    a = (
        "Aircraft bombed the Korvo camp on Monday. No one was killed. The president said he "
        "would not answer the shelling of Bastri in the north on Sunday, which he said "
        "killed nine."
    )
    b = "Planes bombed the Korvo camp on Monday. Officials said at least 14 people were killed."
    kills = [s for kind, s in found(a, b) if kind == "quantity" and "killed" in s]
    assert len(kills) == 1 and "9" not in kills[0] and "14" in kills[0]


def test_yards_of_a_running_total_are_no_games_yards() -> None:
    a = (
        "Ferrand, who had not missed a game all season, was listed as inactive. He has 61 "
        "catches for 702 yards and six touchdowns."
    )
    b = (
        "Oduya, in his first start of the season, made a big difference in the passing game. "
        "He caught six passes for 74 yards in the first half."
    )
    assert not [s for kind, s in found(a, b) if kind == "quantity"]


def test_yards_of_one_game_still_differ() -> None:
    a = "Ferrand had 6 catches for 702 yards on Sunday."
    b = "Ferrand had 6 catches for 74 yards on Sunday."
    assert [kind for kind, _ in found(a, b) if kind == "quantity"] == ["quantity"]


def test_one_kind_of_people_counted_without_a_verb_is_one_count() -> None:
    a = (
        "Jets bombed the Arvel camp on Thursday. Arvel is a camp of about 20,000 refugees from "
        "the Koss hills, where rebels have been fighting the army since June."
    )
    b = (
        "The Arvel camp was bombed on Thursday. The camp consists of over 26,000 refugees who "
        "fled the fighting in the Koss hills."
    )
    for published in (None, date(2011, 11, 11)):  # (told in November: June is no background)
        assert [s for kind, s in found(a, b, published=published) if kind == "quantity"] == [
            "number of refugees: about 20,000 / more than 26,000"
        ]


def test_two_kinds_of_people_counted_without_a_verb_are_two_counts() -> None:
    a = "The Arvel camp was bombed on Thursday. It holds about 20,000 refugees."
    b = "The Arvel camp was bombed on Thursday. About 300 aid workers live nearby."
    assert not [s for kind, s in found(a, b) if kind == "quantity"]


def test_people_sought_for_what_they_did_are_counted_by_that_deed() -> None:
    # batch 47's miss, in other words: "searching for four prisoners who broke out"
    a = "Five patients escaped from the Orlen clinic on Friday night, staff said."
    b = "Police are searching for six patients who broke out of the Orlen clinic on Friday night."
    c = "Two of the five patients who escaped from the Orlen clinic were found on Saturday."
    assert [s for kind, s in found(a, b, c) if kind == "quantity"] == ["people escaped: 5 / 6"]


def test_a_participle_of_what_befell_them_yields_to_the_main_verb() -> None:
    a = "Five engineers seized by gunmen near Kessa on Monday have been freed, officials said."
    b = "Six engineers held by gunmen near Kessa for three days were released on Thursday."
    assert [s for kind, s in found(a, b) if kind == "quantity"] == ["engineers freed: 5 / 6"]


def test_a_past_verb_before_a_report_keeps_its_count() -> None:
    text = "Workers at the mill where dozens died in a fire on Monday said the exits were open."
    told = [
        (q.display, q.predicate) for q in extract_quantities(text, 0, len(text), Rules.default())
    ]
    assert ("dozens", "kill") in told


def test_no_before_a_passive_subject_denies_an_irregular_participle() -> None:
    rules = Rules.default()
    for text in (
        "The charity said no ransom had been paid.",
        "The ministry said it had paid no ransom.",
        "No application for bail was made.",
    ):
        told = negated_verbs(text, 0, len(text), rules)
        key = "pay" if "ransom" in text else "make"
        assert told[key][0], text
    text = "A spokesman said a ransom had been paid."
    assert not negated_verbs(text, 0, len(text), rules)["pay"][0]


def test_a_ransom_denied_and_paid_is_a_polarity_with_a_plain_topic() -> None:
    a = "The charity said no ransom had been paid."
    b = "A government spokesman said a ransom had been paid but would not say how much."
    assert [s for kind, s in found(a, b) if kind == "polarity"] == [
        "pay ransom: no ransom had been paid / paid"
    ]


def test_a_toll_told_over_a_span_of_years_stays_background() -> None:
    a = "Between 2019 and 2024, 4,000 people were killed in the conflict, the report said."
    b = "Twelve people were killed in the attack on Monday, police said."
    assert not [s for kind, s in found(a, b) if kind == "quantity"]


def test_a_rate_told_as_borrowing_costs_and_inflation_in_an_aside() -> None:
    a = (
        "The Bank of Orvo raised its main interest rate to 3.5 percent on Thursday. Governor "
        "Ida Renn said inflation, at 5.1 percent in May, was too high."
    )
    b = (
        "The Bank of Orvo lifted borrowing costs to 3.75 percent on Thursday, Governor Ida "
        "Renn said. Inflation stood at 5.3 percent in May."
    )
    counts = [s for kind, s in found(a, b) if kind == "quantity"]
    assert "rate: 3.5 percent / 3.75 percent" in counts
    assert "inflation: 5.1 percent / 5.3 percent" in counts


def test_a_bare_object_that_is_no_known_term_names_no_rate() -> None:
    text = "The deal cuts tariffs on industrial goods from 12% to 5%."
    told = [q.thing for q in extract_quantities(text, 0, len(text), Rules.default())]
    assert "tariff" not in told


def test_the_one_sum_demanded_named_in_one_account_only() -> None:
    a = (
        "A cyber attack has shut down computer systems at Kelm General Hospital in Orvo, "
        "officials said on Wednesday. The attack began early on Tuesday morning. Hospital "
        "director Ida Renn said the attackers had demanded a ransom of 3 million euros in "
        "bitcoin."
    )
    b = (
        "Hackers have encrypted computer systems at Orvo's Kelm General Hospital and are "
        "demanding 4 million euros, police said. The attack was detected late on Monday."
    )
    assert [s for kind, s in found(a, b) if kind == "quantity"] == [
        "ransom demanded: 3 million euros / 4 million euros"
    ]


def test_a_doerless_passive_count_is_the_deed_of_the_one_the_account_leads_with() -> None:
    a = (
        "Kelm General Hospital said on Friday that hackers had crippled its systems. About "
        "200 operations have been postponed."
    )
    b = "Kelm General Hospital has postponed about 350 operations since a cyber attack on Monday."
    assert [s for kind, s in found(a, b) if kind == "quantity"] == [
        "operations postponed: about 200 / about 350"
    ]


def test_an_ordinal_with_its_noun_left_out_counts_the_subject() -> None:
    text = "The bank's rate rise to 3.5 percent on Thursday was its second this year."
    told = [
        (q.dimension, q.thing, q.value.figure)
        for q in extract_quantities(text, 0, len(text), Rules.default())
    ]
    assert ("ordinal", "rise", 2.0) in told
    text = "He was the second to arrive this year."
    assert not [
        q
        for q in extract_quantities(text, 0, len(text), Rules.default())
        if q.dimension == "ordinal"
    ]


def test_a_part_of_a_body_that_backed_something_is_a_tally() -> None:
    rules = Rules.default()
    text = "Five of the seven judges of the court backed the ruling."
    told = [q.display for q in extract_quantities(text, 0, len(text), rules) if q.thing == "vote"]
    assert told == ["5–2"]
    text = "Five of the seven judges of the court were absent."
    assert not [q for q in extract_quantities(text, 0, len(text), rules) if q.thing == "vote"]
    text = "The court voted 5 to 2 to back the ruling."
    assert [
        q.display for q in extract_quantities(text, 0, len(text), rules) if q.thing == "vote"
    ] == ["5–2"]


def test_spans_given_for_a_deed_are_compared_as_its_deadline() -> None:
    a = "The Kessa mill said it would resume full production within a week, its owner said."
    b = "Full production at the Kessa mill is expected to resume within a month."
    assert [s for kind, s in found(a, b) if kind == "quantity"] == [
        "time to resume: 1 week / 1 month"
    ]


def test_after_a_name_and_its_verb_is_another_days_deed() -> None:
    a = "Orlo Foods agreed on Tuesday to buy Vintra for 2 billion euros."
    b = "Shares in Vintra jumped 20 percent on Wednesday after Orlo Foods agreed to buy it."
    assert not [s for kind, s in found(a, b) if kind == "date"]


def test_what_with_holds_is_on_board_and_totalled() -> None:
    text = "A jet with 120 passengers and five crew skidded off the runway."
    told = [q.display for q in extract_quantities(text, 0, len(text), Rules.default())]
    assert "125 (120 passengers and five crew)" in told


def test_since_a_part_of_the_day_is_a_start_and_a_record_year_no_background() -> None:
    rules = Rules.default()
    text = "The road had not been cleared since the afternoon."
    assert [m.role for m in extract_dates(text, 0, len(text), rules)] == ["start"]
    text = "The river rose to 5.2 metres, its highest level since 1998."
    assert [m.role for m in extract_dates(text, 0, len(text), rules)] == ["attribute"]


def test_a_river_level_told_with_peaked_and_reached() -> None:
    a = "The Orne burst its banks on Monday. The river peaked at 5.1 metres, officials said."
    b = "The Orne burst its banks on Monday. The water reached 4.7 metres, officials said."
    assert [s for kind, s in found(a, b) if kind == "quantity"] == [
        "level reached: 5.1 metres / 4.7 metres"
    ]


def test_none_of_a_thing_had_the_deed_done() -> None:
    rules = Rules.default()
    text = "The company said no jobs would be cut."
    told = [
        (q.thing, q.predicate, q.value.figure)
        for q in extract_quantities(text, 0, len(text), rules)
    ]
    assert ("job", "cut", 0.0) in told
    text = "The company said no longer would it hire."
    assert not extract_quantities(text, 0, len(text), rules)


def test_a_price_a_share_and_jobs_that_could_go() -> None:
    a = "Orlo Foods will pay 40 euros a share for Vintra. About 900 positions would go."
    b = "The offer of 37 euros per share for Vintra was made on Tuesday. Up to 1,400 jobs could go."
    counts = [s for kind, s in found(a, b) if kind == "quantity"]
    assert "offer paid: 40 euros / 37 euros" in counts
    assert "positions cut: about 900 / up to 1,400" in counts


def test_a_rise_asked_for_is_not_a_rise_offered() -> None:
    a = "The unions want a 9 percent rise; the government has offered 4 percent."
    b = "The government's offer of a 5 percent rise was fair, the minister said."
    assert not [s for kind, s in found(a, b) if kind == "quantity" and "9 percent" in s]


def test_a_past_participle_clause_after_will_keeps_a_possessive_day_past() -> None:
    text = "Rovan will appeal against the red card shown to Teska in Saturday's defeat."
    (m,) = [m for m in extract_dates(text, 0, len(text), Rules.default()) if m.weekday == 5]
    assert not m.future  # (told on a Monday: the Saturday before, not the coming one)


def test_when_in_a_match_and_the_attendance() -> None:
    a = (
        "Orvo beat Kessa 2-0 on Saturday. A crowd of 30,000 watched. Lind was sent off in "
        "the 61st minute."
    )
    b = (
        "Orvo beat Kessa 2-0 on Saturday. The attendance was 27,500. Lind was sent off in "
        "the 75th minute."
    )
    counts = [s for kind, s in found(a, b) if kind == "quantity"]
    assert "people watched: 30,000 / 27,500" in counts
    assert "which minute sent off: 61st / 75th" in counts
