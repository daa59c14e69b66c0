"""Mechanisms added in the sixteenth session, each pinned in words other than the texts that
showed the need (batches 52 and 56, and the older story tests they mended)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from reader.core.compare import compare
from reader.core.detect.polarity import _passive_patient
from reader.core.document import Document
from reader.core.facts.counting import extract_quantities
from reader.core.rules import Rules


def _summaries(a: str, b: str, kind: str) -> list[str]:
    result = compare([Document(text=a, title="A"), Document(text=b, title="B")])
    return [d.summary for d in result.disagreements if d.kind == kind]


def _dates(*texts: str) -> list[str]:
    docs = [
        Document(text=t, title=f"T{n}", published=date(2041, 6, 5)) for n, t in enumerate(texts)
    ]
    result = compare(docs)
    return [d.summary for d in result.disagreements if d.kind == "date"]


def test_the_story_event_told_with_a_light_verb_meets_the_other_lead_clock() -> None:
    a = (
        "Burglars broke into a jeweller's shop in Dunmere on Wednesday night.\n\n"
        "They forced a rear door at about 2.15 a.m. and left with rings and watches."
    )
    b = (
        "A jeweller's shop in Dunmere was burgled on Wednesday night.\n\n"
        "The burglary took place shortly before 4 a.m., police said."
    )
    assert any("2.15 a.m. / 4 a.m." in s for s in _dates(a, b))


def test_two_lead_clocks_each_beside_its_own_deed_stay_apart() -> None:
    a = (
        "Burglars broke into a jeweller's shop in Dunmere on Wednesday night.\n\n"
        "They forced a rear door at about 2.15 a.m. and left with rings and watches."
    )
    b = (
        "A jeweller's shop in Dunmere was burgled on Wednesday night.\n\n"
        "Officers arrested a man nearby shortly before 4 a.m., police said."
    )
    assert not _dates(a, b)


def test_a_deadline_by_noon_is_not_a_second_clock_time() -> None:
    a = (
        "A dam on the Olse gave way before dawn on Wednesday, flooding the village of Parr.\n\n"
        "The dam cracked at around 4 a.m. after days of rain."
    )
    b = (
        "Water was in the streets of Parr shortly after 5.30 a.m. on Wednesday, and by noon "
        "the whole village was under water."
    )
    found = _dates(a, b)
    assert any("4 a.m. / 5.30 a.m." in s for s in found)
    b = b.replace("by noon", "at noon")  # two clock times told: neither is the one
    assert not any("4 a.m." in s for s in _dates(a, b))


def _predicates(text: str) -> list[tuple[str, str | None]]:
    found = extract_quantities(text, 0, len(text), Rules.default())
    return [(q.display, q.predicate) for q in found]


def test_people_taken_off_a_ship_are_rescued_not_departed() -> None:
    rules = Rules.default()
    found = _predicates("All 41 climbers were taken off the ridge by helicopter.")
    assert ("41", rules.canonical("rescue")) in [(d, p) for d, p in found]
    found = _predicates("The plane with 41 passengers took off from Bergen at noon.")
    assert all(p != rules.canonical("rescue") for _, p in found)


def test_a_bare_figure_in_apposition_counts_the_plural_noun_before_it() -> None:
    found = _predicates(
        "These were the captains of the guard that kept the king's gate, three hundred and "
        "twenty, which watched over the city."
    )
    assert found == [("320", Rules.default().canonical("watch"))]
    a = (
        "These were the captains of the guard that kept the king's gate, three hundred and "
        "twenty, which watched over the city by night."
    )
    b = "And these were the captains of king Asa's guard, even four hundred, that watched the city."
    assert any(s.endswith("320 / 400") for s in _summaries(a, b, "quantity"))


def test_a_figure_after_a_name_is_no_count_of_an_earlier_noun() -> None:
    found = extract_quantities(
        t := "Officials would not say when Harlan, 54, will be moved.", 0, len(t), Rules.default()
    )
    assert all(q.thing != "people" for q in found)


def test_he_was_an_age_told_of_the_doer_named_the_sentence_before() -> None:
    a = (
        "A man stabbed three people at Orrin station on Friday. The attacker, a 29-year-old "
        "from Lisle, was detained at the scene."
    )
    b = (
        "Three people were stabbed at Orrin station on Friday. Passers-by held the knifeman "
        "until police came. He was 31, a police spokesman said."
    )
    assert any(s.endswith("29 / 31") for s in _summaries(a, b, "quantity"))
    c = b.replace("until police came.", "until Sergeant Amos Tull came.")
    assert not any(s.endswith("29 / 31") for s in _summaries(a, c, "quantity"))  # who "he" is
    d = b.replace("the knifeman until police came. He", "the knifeman until police came.\n\nHe")
    assert not any(s.endswith("29 / 31") for s in _summaries(a, d, "quantity"))


def test_the_doer_arrested_in_one_account_and_dead_in_another() -> None:
    a = "A robber held up a bank in Varn on Friday before he was detained by guards."
    b = "Police shot the robber dead outside a bank in Varn on Friday."
    assert _summaries(a, b, "polarity") == ["what became of the robber: detained / shot dead"]
    c = "The robber who held up a bank in Varn on Friday remains at large, police said."
    assert _summaries(a, c, "polarity") == ["what became of the robber: detained / at large"]
    d = "The robber, who was killed by a guard, had held up a bank in Varn on Friday."
    assert _summaries(a, d, "polarity") == ["what became of the robber: detained / killed"]


def test_no_fate_from_a_question_another_event_or_an_account_telling_two() -> None:
    a = "A robber held up a bank in Varn on Friday before he was detained by guards."
    b = "Police said it was unclear whether the robber fled or hid in the bank in Varn."
    assert not _summaries(a, b, "polarity")
    c = (
        "A robber held up a bank in Varn on Friday. One robber was shot dead and the other "
        "robber was arrested."
    )
    assert not _summaries(a, c, "polarity")
    d = "Police shot the robber dead outside the bank in Varn. The suspect was not arrested."
    assert _summaries(a, d, "polarity") == ["what became of the robber: detained / shot dead"]


def test_at_large_then_caught_in_a_later_account_is_news() -> None:
    a = Document(
        text="The robber who held up a bank in Varn remains at large.",
        title="A",
        published=date(2041, 3, 1),
    )
    b = Document(
        text="The robber who held up a bank in Varn was arrested on Sunday.",
        title="B",
        published=date(2041, 3, 2),
    )
    (found,) = [d for d in compare([a, b]).disagreements if d.kind == "polarity"]
    assert found.summary == "what became of the robber: at large / arrested (later account)"
    assert found.severity == "differs"


def test_a_negated_passive_denies_what_the_other_account_says_was_done_to_it() -> None:
    a = "Engineers said floods on Monday had closed the old bridge at Wenn, and traffic stopped."
    b = "The old bridge at Wenn was not closed and traffic kept moving, the council said."
    assert _summaries(a, b, "polarity") == ["close old bridge: closed / not closed"]
    rules = SimpleNamespace(rules=Rules.default())
    told = "The main hospital in Quarro was not damaged and remained open."
    at = told.index("not damaged")
    assert _passive_patient(rules, told, at, at + len("not damaged"), 0) == {"main", "hospital"}
    told = "They met him privately and their offer was never made public (maybe that is why)."
    at = told.index("never made")
    assert not _passive_patient(rules, told, at, at + len("never made"), 0)  # "made public":
    # another predicate than "have made an offer"


def test_a_role_after_a_possessive_is_the_one_whose_age_is_told() -> None:
    a = "The driver, 52, was taken to hospital after the crash near Orle."
    b = "The coach's driver, 55, was unhurt in the crash near Orle, police said."
    assert any(s == "age of the driver: 52 / 55" for s in _summaries(a, b, "quantity"))
    c = "The car driver, 55, was unhurt in the crash near Orle, police said."
    assert not _summaries(a, c, "quantity")  # (the car's driver may not be the coach's)


def test_how_far_away_a_deed_was_done() -> None:
    a = "The two climbers were found on Sunday in a hut 12 kilometres away, rescuers said."
    b = "The climbers were found on Sunday 8 kilometres from the summit, rescuers said."
    assert "distance: 12 kilometres / 8 kilometres" in _summaries(a, b, "quantity")
    rules = Rules.default()
    assert _predicates("Three men were caught in a barn near Orle.") == [
        ("3", rules.canonical("arrest"))
    ]
    assert _predicates("He caught five passes for 68 yards.")[0][1] != rules.canonical("arrest")


def test_a_duration_belongs_to_the_participle_before_for() -> None:
    rules = Rules.default()
    found = _predicates("Two sailors held by pirates for 40 days were freed on Monday.")
    assert ("40 days", rules.canonical("hold")) in found
    found = _predicates("The sailors reached home on Monday after 42 days in captivity.")
    assert ("42 days", rules.canonical("hold")) in found
    found = _predicates("The crew battled the flames for three hours.")
    assert ("3 hours", rules.canonical("hold")) not in found


def test_people_buried_are_trapped_and_bodies_found_are_the_dead() -> None:
    rules = Rules.default()
    found = _predicates("A landslide buried at least 20 hikers on the trail.")
    assert ("at least 20", rules.canonical("trap")) in found
    found = _predicates("Rescuers found the bodies of three hikers on Friday.")
    assert ("3", rules.canonical("kill")) in found
    found = _predicates("Four were dug out alive by villagers.")
    assert ("4", rules.canonical("rescue")) in found


def test_an_age_before_an_adjective_and_its_person_and_after_was_and() -> None:
    a = "The dead were a 52-year-old Danish woman and her 20-year-old son, police said."
    b = "Both bodies were found on Friday; the woman was 55 and her son 20."
    assert "age of the woman: 52 / 55" in _summaries(a, b, "quantity")


def test_one_event_by_two_of_its_names_dates_its_only_clock_times() -> None:
    a = (
        "A blaze swept through a warehouse in Tolk on Friday.\n\nThe fire broke out at "
        "4.10 a.m. in the loading bay."
    )
    b = (
        "Firefighters fought for hours in Tolk on Friday.\n\nWorkers said the 40 staff were "
        "all outside by then. The inferno took hold at around 5 a.m. near the gate."
    )
    assert any(s.endswith("4.10 a.m. / 5 a.m.") for s in _dates(a, b))
    c = b.replace("took hold at", "was reported at")  # when it was known, not when it began
    assert not any(s.endswith("4.10 a.m. / 5 a.m.") for s in _dates(a, c))


def test_for_next_year_is_no_plan_of_the_day_told() -> None:
    from reader.core.facts.dates import extract_dates

    told = "The board approved a plan for next year on Wednesday."
    (day,) = [m for m in extract_dates(told, 0, len(told), Rules.default()) if m.weekday]
    assert not day.future
    told = "The board will vote on the plan next Wednesday."
    (day,) = [m for m in extract_dates(told, 0, len(told), Rules.default()) if m.weekday]
    assert day.future


def test_a_percentage_rise_in_a_thing_is_its_change() -> None:
    a = "The council approved the plan, including a 3 percent rise in council tax."
    b = "Council tax will rise by 6 percent from April, the council said."
    assert "tax: up 3 percent / up 6 percent" in _summaries(a, b, "quantity")


def test_one_sum_of_one_thing_named_by_a_compound() -> None:
    a = "Lenby council approved a 740 million euro budget on Monday, by 20 votes to 9."
    b = "On Monday the council adopted an 810 million euro spending plan."
    assert "budget approved: 740 million euro / 810 million euro" in _summaries(a, b, "quantity")


def test_one_year_in_both_sentences_is_one_background() -> None:
    a = "The 120-metre tower was finished in 1964.\n\nIt burned on Sunday."
    b = "A fire on Sunday gutted the tower.\n\nThe 150-metre tower, finished in 1964, was empty."
    assert any(s.endswith("120 metre / 150 metre") for s in _summaries(a, b, "quantity"))


def test_he_said_after_a_named_speaker_is_his_statement_reworded() -> None:
    a = (
        'Rescue chief Ines Toll said 30 divers had searched the wreck. "We have seen no one '
        'else under the ice," she said.'
    )
    b = '"We have seen nobody else under the snow," rescue chief Ines Toll told reporters.'
    assert len(_summaries(a, b, "quote")) == 1


def test_the_role_of_an_of_phrase_or_a_relative_clause_whose_age_is_told() -> None:
    a = "The captain of the fishing boat, 61, was rescued by a helicopter on Monday."
    b = "The fishing boat's captain, who was 58, was rescued on Monday, the coastguard said."
    assert "age of the captain: 61 / 58" in _summaries(a, b, "quantity")


def test_walking_in_is_entering() -> None:
    a = (
        "Burglars broke into a jeweller's in Dunmere on Wednesday night.\n\n"
        "They entered at 2.15 a.m."
    )
    b = "A jeweller's in Dunmere was burgled on Wednesday night.\n\nThe men walked in at 4 a.m."
    assert any(s.endswith("2.15 a.m. / 4 a.m.") for s in _dates(a, b))


def test_an_injury_graded_by_its_adjective() -> None:
    a = "Nine passengers suffered minor injuries when the bus left the road near Orle."
    b = "Six passengers were slightly hurt when the bus left the road near Orle."
    assert "passengers slightly injured: 9 / 6" in _summaries(a, b, "quantity")
    c = "No injuries were reported after the bus left the road near Orle."
    assert any(s.endswith("none / 9") for s in _summaries(c, a, "quantity"))
    d = "No one was seriously hurt when the bus left the road near Orle."
    assert not _summaries(d, a, "quantity")  # (minor injuries: no serious ones)
