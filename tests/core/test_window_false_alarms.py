"""False alarms found by judging a random sample of findings on unlabelled ECB+ windows
(eleventh session), each fixed at its mechanism; written here in other words."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.document import Document
from reader.core.facts.dates import extract_dates
from reader.core.rules import Rules


def found(*texts: str) -> list[tuple[str, str]]:
    docs = [Document(text=t, title=f"Account {i}") for i, t in enumerate(texts)]
    return [(str(d.kind), d.summary) for d in compare(docs).disagreements]


def test_a_quotation_cut_short_by_an_ellipsis_is_no_misquotation() -> None:
    a = (
        '"The streets are very quiet. With three days left before the vote, nobody has told '
        'us who is standing," said Dana, a teacher.'
    )
    b = '"The streets are very quiet... nobody has told us who is standing," Dana said.'
    assert not [s for kind, s in found(a, b) if kind == "quote"]


def test_a_quotation_reworded_around_an_ellipsis_still_differs() -> None:
    a = '"The streets are very quiet. Nobody has told us who is standing," said Dana.'
    b = '"The streets are empty... nobody has told us who is standing," Dana said.'
    assert [kind for kind, _ in found(a, b) if kind == "quote"] == ["quote"]


def test_a_haul_so_far_is_no_one_raids_haul() -> None:
    a = "So far, the coastguard has seized 14 rifles and 640 rounds of ammunition from smugglers."
    b = "Six rifles and 200 rounds of ammunition were seized from the boat on Monday."
    assert not [s for kind, s in found(a, b) if kind == "quantity"]


def test_spending_the_night_is_how_long_not_when() -> None:
    for text in (
        "The hikers were rescued after spending the night on the ridge.",
        "Crews fought the fire through the night.",
    ):
        assert not extract_dates(text, 0, len(text), Rules.default())
    text = "He spent Sunday night in a hut."
    assert extract_dates(text, 0, len(text), Rules.default())


def test_a_date_inside_after_a_fire_dates_the_fire_not_the_sentences_verb() -> None:
    a = (
        "Families evacuated after a large fire at a warehouse in Delmont on Friday night have "
        "been allowed home."
    )
    b = "Police said the families had all been allowed home by Saturday evening."
    assert not [s for kind, s in found(a, b) if kind == "date"]


def test_one_relation_told_from_each_side_is_no_conflict() -> None:
    a = "The day before Halloran's death, another climber, Petrus Vane, died on the ridge."
    b = "Halloran's death came a day after Petrus Vane died on the ridge, police said."
    assert not [s for kind, s in found(a, b) if kind == "date"]


def test_a_requirement_is_no_tally() -> None:
    a = "Marsh came in needing 11 points to break the school's scoring record of 2,106."
    b = "Marsh now has 2,129 points, 23 more than the old record."
    assert not [s for kind, s in found(a, b) if kind == "quantity"]


def test_one_event_dated_before_and_after_the_same_reference_still_differs() -> None:
    a = "Vane died on the ridge the day before Halloran's death, police said."
    b = "Vane died on the ridge the day after Halloran's death, police said."
    assert [kind for kind, _ in found(a, b) if kind == "date"] == ["date"]


def test_a_change_told_by_down_after_its_verb_is_signed_and_named() -> None:
    a = "Markets took fright as Lusitanian stocks plunged 5.4 per cent on Wednesday."
    b = "Markets took fright as Lusitanian stocks closed down 3.9 percent on Wednesday."
    assert [s for kind, s in found(a, b) if kind == "quantity"] == [
        "stock price: down 5.4 per cent / down 3.9 percent"
    ]


def test_a_part_hit_by_a_passive_agent_takes_the_passives_verb() -> None:
    text = "The guard was hit in the leg by two of the nine shots fired by the gang."
    from reader.core.facts.counting import extract_quantities

    told = extract_quantities(text, 0, len(text), Rules.default())
    assert [(q.display, q.predicate) for q in told] == [("2", "hit"), ("9", "fire")]


def test_two_doers_named_before_one_verb_are_two_propositions() -> None:
    a = (
        "Okafor dominated Brandt over six rounds, knocking him down in the sixth and then "
        "landing enough hard blows early in the seventh for the referee to stop it."
    )
    b = (
        "Okafor knocked Brandt down in the sixth, a round in which Brandt didn't land a "
        "clean punch."
    )
    assert not [s for kind, s in found(a, b) if kind == "polarity"]


def test_a_listed_doer_is_still_the_same_doer() -> None:
    a = "The cut is the largest since 2020. Iraq and Nigeria were exempted."
    b = "The cut will run for six months. Iraq was not exempted, a delegate said."
    assert [kind for kind, _ in found(a, b) if kind == "polarity"] == ["polarity"]


def test_a_part_of_a_price_is_no_other_price() -> None:
    a = "Norvik paid $334 million for the acquisition of Celta."
    b = "Norvik said $281 million of the purchase price for Celta will be in cash."
    c = "The deal cost Norvik $334 million ($281M in cash), a sizable sum."
    assert not [s for kind, s in found(a, b) if kind == "quantity"]
    assert not [s for kind, s in found(a, c) if kind == "quantity"]


def test_a_sum_converted_to_another_currency_is_still_one_sum() -> None:
    a = "The painting sold for £2 million ($2.6 million) on Friday."
    b = "The painting sold for £2.5 million on Friday."
    assert [kind for kind, _ in found(a, b) if kind == "quantity"] == ["quantity"]


def test_a_description_of_someone_else_is_not_the_accused() -> None:
    a = (
        "A Tarrow man was found guilty on Thursday in the death of a Millbank woman. "
        "Jonas Edvard Kell, 27, faces life in prison."
    )
    b = "Jonas Edvard Kell of Brevik is accused of shooting Mara Lind of Millbank."
    found_names = [s for kind, s in found(a, b) if kind == "name"]
    assert found_names == ["where Jonas Edvard Kell is from: Tarrow / Brevik"]


def test_a_past_clause_after_will_keeps_its_day() -> None:
    a = "Dalmar and Oska signed a trade agreement in Lisbon on Friday, officials said."
    b = "Tariffs will fall from 12% to 7% under the agreement signed in Lisbon on Friday."
    assert not [s for kind, s in found(a, b) if kind == "date"]
    text = "The deal will be signed in Lisbon on Friday."
    assert [m.future for m in extract_dates(text, 0, len(text), Rules.default())] == [True]
