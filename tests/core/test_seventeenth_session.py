"""Mechanisms added in the seventeenth session, each pinned in words other than the texts that
showed the need."""

from __future__ import annotations

from datetime import date

from reader.core.compare import compare
from reader.core.document import Document
from reader.core.facts.counting import extract_quantities
from reader.core.rules import Rules


def _summaries(a: str, b: str, kind: str) -> list[str]:
    result = compare([Document(text=a, title="A"), Document(text=b, title="B")])
    return [d.summary for d in result.disagreements if d.kind == kind]


def test_people_held_as_hostages_are_those_taken_hostage() -> None:
    a = "Armed men took nine people hostage at a petrol station near Oldbury on Monday."
    b = "Armed men were holding six hostages at a petrol station near Oldbury on Monday."
    assert any("9 / 6" in s for s in _summaries(a, b, "quantity"))


def test_hostages_freed_are_not_hostages_taken() -> None:
    a = "Armed men took nine people hostage at a petrol station near Oldbury on Monday."
    b = "Police freed six hostages at a petrol station near Oldbury on Monday evening."
    assert not _summaries(a, b, "quantity")


def test_a_length_told_of_the_copulas_subject_is_that_things() -> None:
    a = "The tanker ran aground off Brill Point on Friday. The tanker is 210 metres long."
    b = "The 240-metre tanker ran aground off Brill Point on Friday, the coastguard said."
    assert any("210 metres / 240 metre" in s for s in _summaries(a, b, "quantity"))


def test_a_length_of_another_subject_stays_apart() -> None:
    a = "The tanker ran aground off Brill Point on Friday. The pier is 210 metres long."
    b = "The 240-metre tanker ran aground off Brill Point on Friday, the coastguard said."
    assert not _summaries(a, b, "quantity")


def test_falling_is_collapsing_beside_a_clock_time() -> None:
    a = "A stand at the Orla stadium collapsed on Sunday. The stand gave way at about 4.10 p.m."
    b = "Part of a stand at the Orla stadium fell onto the pitch shortly after 5 p.m. on Sunday."
    assert any("4.10 p.m. / 5 p.m." in s for s in _summaries(a, b, "date"))


def test_prices_falling_are_no_collapse() -> None:
    a = "A stand at the Orla stadium collapsed on Sunday, injuring 14 fans."
    b = "Shares in the club that owns the Orla stadium fell on Monday after 14 fans were hurt."
    assert not _summaries(a, b, "date")


def _dated(*texts: str) -> list[str]:
    docs = [
        Document(text=t, title=f"T{n}", published=date(2043, 5, 12)) for n, t in enumerate(texts)
    ]
    return [d.summary for d in compare(docs).disagreements if d.kind == "date"]


def test_a_lifting_is_no_beginning_of_another_thing() -> None:
    a = (
        "Fire guts sawmill in Ellerby\n\n"
        "A fire gutted a sawmill in Ellerby on Tuesday. The blaze broke out at about 1.50 a.m. "
        "in a drying shed at the Carrow timber yard."
    )
    b = (
        "Ellerby families back home after sawmill fire\n\n"
        "Families evacuated from around the Carrow timber yard went home on Wednesday after "
        "the evacuation order was lifted at 3 p.m., the council said."
    )
    assert not _dated(a, b)


def test_two_beginnings_of_one_fire_still_meet() -> None:
    a = (
        "Fire guts sawmill in Ellerby\n\n"
        "A fire gutted a sawmill in Ellerby on Tuesday. The blaze broke out at about 1.50 a.m. "
        "in a drying shed at the Carrow timber yard."
    )
    b = (
        "Ellerby sawmill destroyed\n\n"
        "The fire at the Carrow timber yard in Ellerby started shortly after 3 a.m. on "
        "Tuesday, the fire service said."
    )
    assert any("1.50 a.m. / 3 a.m." in s for s in _dated(a, b))


def test_people_told_to_leave_their_homes_are_evacuated() -> None:
    a = "Fire at a paint works in Selby Moor forced about 800 residents from their homes."
    b = "Around 1,500 people were told to leave their homes near the Selby Moor paint works."
    assert any("about 800 / about 1,500" in s for s in _summaries(a, b, "quantity"))


def test_a_count_past_where_they_were_keeps_its_verb() -> None:
    a = "Four miners on the early shift were injured in the blast at the Pellow colliery."
    b = "Six miners were hurt in the blast at the Pellow colliery, the mine's owner said."
    assert any("4 / 6" in s for s in _summaries(a, b, "quantity"))


def test_taken_to_hospital_with_burns_is_hurt() -> None:
    a = "A fire swept through the Pellow paint works on Friday. Three workers were injured."
    b = "Pellow paint works fire\n\nTwo workers were taken to hospital with burns, the ambulance "
    b += "service said on Friday."
    assert any("3 / 2" in s for s in _summaries(a, b, "quantity"))


def test_the_one_count_of_hurt_workers_each_account_gives() -> None:
    a = (
        "A fire destroyed the Pellow paint works on Friday, the fire service said.\n\n"
        "Four workers on the night shift were injured, one of them seriously."
    )
    b = (
        "Paint works destroyed in Pellow\n\n"
        "10.05 — Six workers were taken to hospital with burns, the ambulance service "
        "has confirmed."
    )
    assert any("4 / 6" in s for s in _summaries(a, b, "quantity"))


def test_how_long_an_act_took_told_by_its_noun_and_by_its_verb() -> None:
    a = (
        "A jury at Brannock Crown Court convicted Ivo Carr, the town's former mayor, of "
        "bribery on Monday.\n\nHe was convicted after the jury deliberated for six hours."
    )
    b = (
        "Ivo Carr guilty of bribery\n\nThe former Brannock mayor was convicted at "
        "Brannock Crown Court on Monday after three days of deliberations."
    )
    assert any("6 hours / 3 days" in s for s in _summaries(a, b, "quantity"))


def test_jailed_on_one_day_is_sentenced_that_day() -> None:
    a = "Ivo Carr, a former mayor of Brannock, was jailed for five years on Monday for bribery."
    b = "Ivo Carr, the former mayor of Brannock, was sentenced on Tuesday to five years in prison."
    assert any("Monday" in s and "Tuesday" in s for s in _dated(a, b))


def test_pleading_guilty_is_admitting_what_the_other_account_says_was_denied() -> None:
    a = "Ivo Carr, the former mayor of Brannock, pleaded guilty at Brannock Crown Court on Monday."
    b = "Ivo Carr, the former mayor of Brannock, denied the charges at Brannock Crown Court on "
    b += "Monday."
    assert any("pleaded guilty / denied" in s for s in _summaries(a, b, "polarity"))


def test_a_share_that_voted_yes_is_the_share_in_favour() -> None:
    a = "Voters in Selby Moor approved a new library in a referendum on Sunday, with 58.1 "
    a += "percent in favour."
    b = "In Sunday's referendum in Selby Moor on the new library, 51.8 percent voted yes."
    assert any("58.1 percent / 51.8 percent" in s for s in _summaries(a, b, "quantity"))


def test_a_future_start_year_is_no_era_for_the_cost_beside_it() -> None:
    a = "Selby Moor's council said work on the new library would begin in 2031 and cost 24 "
    a += "million euros."
    b = "The new Selby Moor library will cost 19 million euros, and work is due to start in "
    b += "2032, the council said."
    docs = [
        Document(text=t, title=f"T{n}", published=date(2029, 3, 2)) for n, t in enumerate((a, b))
    ]
    found = [d.summary for d in compare(docs).disagreements if d.kind == "quantity"]
    assert any("24 million euros / 19 million euros" in s for s in found)


def test_a_ballots_sides_told_in_all_meet_its_tally() -> None:
    a = "Selby Moor approved the library plan. In all, 8,210 people voted for it and 6,930 "
    a += "against."
    b = "The Selby Moor library plan passed by 8,210 votes to 7,140, the council said."
    assert any("6,930" in s and "7,140" in s for s in _summaries(a, b, "quantity"))


def test_a_quotation_changed_inside_its_shared_extent_is_reworded() -> None:
    a = 'Voters in Selby Moor approved the library. "The town has chosen the future," Mayor '
    a += "Ada Venn said."
    b = 'Selby Moor said yes to the library. "The town has chosen its future, and now we must '
    b += 'build it," said Mayor Ada Venn.'
    assert any("chosen the future" in s for s in _summaries(a, b, "quote"))


def test_a_quotation_cut_at_either_end_is_one_statement() -> None:
    a = 'Voters in Selby Moor approved the library. "The town has chosen its future," Mayor '
    a += "Ada Venn said."
    b = 'Selby Moor said yes to the library. "The town has chosen its future, and now we must '
    b += 'build it," said Mayor Ada Venn.'
    assert not _summaries(a, b, "quote")


def test_a_capacity_told_in_a_compound_meets_the_count_of_it() -> None:
    a = "Fire closes Selby Moor hospital\n\nThe hospital, which has 410 beds, stopped taking "
    a += "ambulances on Monday."
    b = "Selby Moor fire\n\nSmoke forced staff at the 380-bed Selby Moor General Hospital to "
    b += "stop taking ambulances on Monday."
    assert any("410 / 380" in s for s in _summaries(a, b, "quantity"))


def test_asking_for_a_sum_is_demanding_it() -> None:
    a = "Hackers who attacked the Selby Moor council demanded a ransom of 300,000 euros."
    b = "The hackers behind the attack on Selby Moor council asked for 450,000 euros."
    assert any("300,000 euros / 450,000 euros" in s for s in _summaries(a, b, "quantity"))


def test_a_lead_clock_beside_an_ending_meets_no_other_deeds_clock() -> None:
    a = (
        "Cyberattack hits Selby Moor hospital\n\n"
        "A cyberattack shut down computers at Selby Moor hospital on Sunday. Staff noticed the "
        "attack at about 3 a.m., a spokesman said."
    )
    b = (
        "Selby Moor hospital back to normal\n\n"
        "Selby Moor hospital, hit by a cyberattack on Sunday, resumed taking ambulances at "
        "noon on Monday, a spokesman said."
    )
    assert not _dated(a, b)


def test_a_part_of_a_named_day_does_not_agree_with_a_clock_of_another_day() -> None:
    a = (
        "Cyberattack hits Selby Moor hospital\n\n"
        "The attack on Selby Moor hospital was detected shortly after 5 a.m. on Sunday, "
        "a spokesman said."
    )
    b = (
        "Selby Moor hospital systems restored\n\n"
        "Computer systems at Selby Moor hospital were restored on Tuesday morning, two days "
        "after Sunday's cyberattack, the hospital said."
    )
    c = (
        "Selby Moor hospital attack\n\n"
        "Staff at Selby Moor hospital noticed the cyberattack at about 3 a.m. on Sunday, a "
        "spokesman said."
    )
    found = _dated(a, b, c)
    assert not any("Tuesday" in s for s in found)


def test_a_passive_deed_meets_the_same_deed_denied_by_its_object() -> None:
    a = "Hackers hit the Selby Moor council on Sunday. Two staff members said the ransom had "
    a += "been paid."
    b = "Hackers hit the Selby Moor council on Sunday. The council said it had paid no ransom."
    assert any("paid no ransom" in s for s in _summaries(a, b, "polarity"))


def test_an_age_told_of_a_role_in_apposition_is_that_roles() -> None:
    a = (
        "Gunman holds staff at Selby Moor post office\n\n"
        "The 44-year-old man, a former postman, had demanded money. One hostage, a 70-year-old "
        "man, was treated for shock."
    )
    b = (
        "Selby Moor post office siege ends\n\n"
        "The Selby Moor post office reopened on Friday after Thursday's siege, in which a "
        "47-year-old man held staff for four hours."
    )
    assert any("44 / 47" in s for s in _summaries(a, b, "quantity"))


def test_before_dawn_is_any_time_of_the_night_up_to_it() -> None:
    a = "An earthquake struck the Selby Moor valley at 2.40 a.m. on Tuesday, killing nine people."
    b = "Nine people died when an earthquake hit the Selby Moor valley before dawn on Tuesday."
    assert not _dated(a, b)


def test_a_short_sentence_with_an_irregular_past_is_no_dateline() -> None:
    a = "An earthquake struck the Selby Moor valley at 2.40 a.m. on Tuesday, killing nine people."
    b = (
        "Selby Moor quake kills nine\n\nNine people died when an earthquake hit the Selby Moor "
        "valley on Tuesday.\n\nThe quake struck at 3.15 a.m."
    )
    assert any("2.40 a.m. / 3.15 a.m." in s for s in _dated(a, b))


def test_a_distance_of_an_epicentre_and_of_a_centre_is_one() -> None:
    a = "The quake's epicentre was 8 km north of Selby Moor, the seismic institute said."
    b = "The quake, centred 14 kilometres north of Selby Moor, damaged dozens of homes."
    assert any("8 km / 14 kilometres" in s for s in _summaries(a, b, "quantity"))


def test_a_count_tallied_is_what_befell_those_counted() -> None:
    a = "Selby Moor quake\n\nThe quake on Tuesday destroyed about 120 houses in Selby Moor."
    b = "Selby Moor quake\n\nEngineers counted about 90 houses destroyed, most of them old."
    assert any("about 120 / about 90" in s for s in _summaries(a, b, "quantity"))


def test_a_crowd_told_as_the_agent_of_attending() -> None:
    a = "A van hit fans leaving a concert in Selby Moor attended by 8,000 people on Saturday."
    b = "About 11,000 fans had watched Saturday's concert in Selby Moor before the van attack."
    assert any("8,000 / about 11,000" in s for s in _summaries(a, b, "quantity"))


def test_hours_underground_are_no_depth() -> None:
    a = "Selby Moor miners freed\n\nAll nine miners were brought up after 30 hours underground."
    b = "Selby Moor rescue\n\nThe nine miners spent 36 hours underground before rescuers "
    b += "reached them."
    found = _summaries(a, b, "quantity")
    assert any("30 hours / 36 hours" in s for s in found)
    assert not any(s.startswith("depth") for s in found)


def test_the_one_depth_each_account_gives_whatever_its_verb() -> None:
    a = "A tunnel collapsed at the Selby Moor pit, trapping nine miners about 300 metres "
    a += "underground."
    b = "Nine miners are trapped at the Selby Moor pit. They are about 350 metres below the "
    b += "surface."
    assert any("300 metres / about 350 metres" in s for s in _summaries(a, b, "quantity"))


def test_a_things_age_told_two_ways() -> None:
    a = "The Selby Moor ferry ran aground on Friday. The ferry was 31 years old."
    b = "The 27-year-old ferry ran aground off Selby Moor on Friday, the coastguard said."
    assert any("31 / 27" in s for s in _summaries(a, b, "quantity"))


def test_treated_for_minor_injuries_is_slightly_hurt() -> None:
    a = "A bus crashed near Selby Moor on Friday. Seven passengers suffered minor injuries."
    b = "A bus crashed near Selby Moor on Friday. Ten passengers were treated for minor injuries."
    assert any("7 / 10" in s for s in _summaries(a, b, "quantity"))


def test_an_age_at_the_very_end_of_a_text_is_read_without_error() -> None:
    for text in ("Police said the gunman was the 14-year-old", "The ferry was the 31-year-old"):
        assert [q.values[0].figure for q in extract_quantities(text, 0, len(text), Rules.default())]
