"""One incident's toll among the war's: counts of the dead and wounded told with a nation's
name, a war's running total beside the incident's, and "shot three people" where someone
died. Shapes met on real news of a shelling (ECB+ blind7), written here in other words."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.document import Document
from reader.core.facts.counting import extract_quantities
from reader.core.rules import Rules


def quantities(*texts: str) -> list[str]:
    docs = [Document(text=t, title=f"Account {i}") for i, t in enumerate(texts)]
    result = compare(docs)
    return [d.summary for d in result.disagreements if str(d.kind) == "quantity"]


def test_the_incident_toll_is_compared_beside_the_wars_running_total() -> None:
    a = (
        "Artillery fire on Tuesday killed at least 30 people sheltering in a clinic in Dornel. "
        "More than 500 villagers have been killed so far in the 10 days of the offensive."
    )
    b = (
        "Nurses said the shells struck the clinic in the afternoon. "
        "At least 36 people were killed and 40 wounded in the clinic, where hundreds had "
        "taken refuge, pushing the death toll above 560 since the offensive began."
    )
    found = quantities(a, b)
    assert any("killed" in s and "at least 30" in s and "at least 36" in s for s in found)
    assert not any("500" in s and "560" not in s and "36" in s for s in found)


def test_a_toll_whose_doer_is_the_war_is_a_running_total() -> None:
    a = "A strike on the clinic killed 30 people on Tuesday, medics said."
    b = (
        "With the conflict now having taken more than 500 lives, the strike on the clinic "
        "drew protests. Medics said 36 people were killed at the clinic on Tuesday."
    )
    found = quantities(a, b)
    assert any("30" in s and "36" in s for s in found)
    assert not any("500" in s for s in found)


def test_a_nations_dead_are_the_dead_where_one_nation_is_counted() -> None:
    a = "A mortar strike killed about 30 Valdarans sheltering in the clinic on Tuesday."
    b = "The strike on the clinic on Tuesday killed 36 people, medics said."
    assert any("30" in s and "36" in s for s in quantities(a, b))


def test_a_nation_named_as_part_of_a_count_stays_a_part() -> None:
    a = "Gunmen freed 12 hostages, including three Germans, on Saturday."
    b = "Gunmen freed 12 hostages on Saturday. Among them were two Germans."
    found = quantities(a, b)
    assert any("3" in s and "2" in s and "german" in s.lower() for s in found)
    assert not any("12 / 3" in s or "3 / 12" in s for s in found)


def test_a_weekday_after_a_counted_noun_is_no_noun() -> None:
    text = "The gunman wounded two men Monday at the depot."
    told = extract_quantities(text, 0, len(text), Rules.default())
    assert [(q.thing, q.predicate, q.value.figure) for q in told] == [("people", "injure", 2.0)]


def test_shot_counts_everyone_hit_where_someone_died() -> None:
    first = "A gunman shot three people at an office in Dornel on Monday, police said."
    later = (
        "A fired employee shot and killed a woman and wounded two men on Monday at the "
        "office in Dornel."
    )
    assert not quantities(first, later)


def test_shot_counts_the_wounded_where_nobody_died() -> None:
    a = "A man stabbed five people at the station on Friday."
    b = "Four people were wounded in the attack at the station on Friday."
    assert any("5" in s and "4" in s for s in quantities(a, b))


def test_how_long_an_offensive_has_gone_on() -> None:
    a = "Aid ran short in the 12 days of the offensive, the agency said."
    b = "Talks resumed after 11 days of a punishing offensive against the rebels."
    assert any("offensive" in s and "12 days" in s and "11 days" in s for s in quantities(a, b))


def test_hours_of_battery_life_are_no_event_that_lasted() -> None:
    text = "You get five hours of battery life."
    told = extract_quantities(text, 0, len(text), Rules.default())
    assert [q.predicate for q in told] == [None]


def test_two_minute_precise_times_of_one_fire_breaking_out() -> None:
    a = "Residents were evacuated after the blaze broke out about 8.40pm on Friday."
    b = "The fire broke out in the roof of the store at 8.49pm on Friday, police said."
    docs = [Document(text=t, title=f"Account {i}") for i, t in enumerate((a, b))]
    found = [d.summary for d in compare(docs).disagreements if str(d.kind) == "date"]
    assert any("8.40pm" in s and "8.49pm" in s for s in found)


def test_about_a_time_allows_a_few_minutes() -> None:
    a = "Residents were evacuated after the blaze broke out about 8.40pm on Friday."
    b = "The fire broke out in the roof of the store at 8.43pm on Friday, police said."
    docs = [Document(text=t, title=f"Account {i}") for i, t in enumerate((a, b))]
    assert not [d for d in compare(docs).disagreements if str(d.kind) == "date"]


def test_the_hurt_counted_by_their_treatment_where_nothing_else_is_told() -> None:
    a = "Two people were killed and 31 injured when two buses collided on Tuesday."
    b = "Three people died and 27 were taken to hospital after the bus crash on Tuesday."
    assert any("injured" in s and "31" in s and "27" in s for s in quantities(a, b))


def test_an_account_telling_both_keeps_injured_and_hospitalised_apart() -> None:
    a = "Two people were killed and 31 injured, 12 of them taken to hospital, on Tuesday."
    b = "Two people died in the bus crash on Tuesday and 12 were taken to hospital."
    assert not quantities(a, b)
