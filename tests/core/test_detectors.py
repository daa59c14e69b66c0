"""Detector mechanisms, each on a small pair of accounts: what must be found and what must not.

These pin the general mechanisms down; the engine's quality is measured on real news (the ECB+
gold, tests/test_ecb_quality.py), not on these sentences.
"""

from datetime import date

import pytest

from reader.core.compare import compare
from reader.core.document import Document
from reader.core.facts.counting import extract_quantities
from reader.core.facts.dates import compatible, extract_dates
from reader.core.rules import Rules

RULES = Rules.default()

# Shared sentences that make two short accounts one story, so their passages align.
COMMON = (
    "Rescue teams worked through the night in the coastal province after the disaster. "
    "Officials said several roads into the district were blocked by debris and fallen trees. "
    "The regional governor visited the worst affected area and promised help for families."
)


def pair(a: str, b: str, da: date | None = None, db: date | None = None) -> list:
    docs = [
        Document(text=f"{a}\n\n{COMMON}", title="First account", published=da),
        Document(text=f"{b}\n\n{COMMON}", title="Second account", published=db),
    ]
    return compare(docs).disagreements


def kinds(found: list) -> set[str]:
    return {str(f.kind) for f in found}


def quantities(text: str) -> list[tuple[str, float, str | None, str | None]]:
    return [
        (text[q.start : q.end], q.value.figure, q.thing, q.predicate)
        for q in extract_quantities(text, 0, len(text), RULES)
    ]


# ----- reading


def test_people_joined_by_and_are_one_total() -> None:
    found = quantities("Police said two women and one man died in the fire.")
    assert found == [("two women and one man", 3.0, "people", "kill")]
    found = quantities("The three bank workers a man and two women died in the fire.")
    assert ("a man and two women", 3.0, "people", "kill") in found
    # two verbs: two counts
    assert len(quantities("The blast killed 5 people and 20 were injured.")) == 2


def test_a_part_takes_what_happened_and_the_whole_only_what_they_were() -> None:
    found = quantities("Local news reported that two of the three victims died.")
    assert ("two", 2.0, "people", "kill") in found
    assert ("three victims", 3.0, "people", None) in found
    # a part with no verb says nothing comparable
    assert quantities("Two of the skiffs and its crew managed to get away.") == []


def test_a_measure_word_belongs_to_its_own_figure() -> None:
    found = quantities("A 6.7-strength quake killed more than 26,000 people in 2003.")
    assert ("more than 26,000 people", 26000.0, "people", "kill") in found
    assert quantities("Earlier a 5.6 quake jolted the island.")[0][2] == "magnitude"


def test_a_population_belongs_to_the_subject_of_its_clause() -> None:
    island = quantities(
        "The island, which lies off the port of Bandar Abbas and is home to about 100,000 "
        "people, was shaken."
    )
    assert island and island[0][2] == "population"
    found = extract_quantities("Manokwari, a city of 160,000 people, was hit.", 0, 44, RULES)
    assert found[0].anchor == "Manokwari"


def test_a_relative_day_counts_from_the_day_its_sentence_names() -> None:
    text = "The aftershock hit on Monday as the toll from the quake a day before rose to 10."
    found = extract_dates(text, 0, len(text))
    assert [(d.kind, d.weekday) for d in found] == [("weekday", 0), ("weekday", 6)]
    # with an object, the phrase dates the named day instead, and stays relative
    text = "On Friday, a day after the quake, the roads reopened."
    assert [d.kind for d in extract_dates(text, 0, len(text))] == ["weekday", "relative"]


def test_the_same_words_on_different_publication_days_are_not_a_conflict() -> None:
    sat = extract_dates("on Saturday", 0, 11)[0]
    assert compatible(sat, sat, date(2013, 6, 10), date(2013, 6, 17)) is None
    ago = extract_dates("12 weeks ago", 0, 12)[0]
    assert compatible(ago, ago, date(2013, 6, 10), date(2013, 6, 9)) is None


# ----- finding


def test_an_account_that_also_gives_the_other_figure_tells_two_events() -> None:
    found = pair(
        "A magnitude 5.6 earthquake struck the island on Sunday, injuring five people.",
        "A magnitude 5.2 earthquake struck the island on Monday, injuring three people. "
        "On Sunday a magnitude 5.6 earthquake had struck the island.",
    )
    assert not any("magnitude" in f.topic for f in found)


def test_a_figure_told_as_a_bound_agrees_with_a_figure_it_rounds() -> None:
    found = pair(
        "Police chased the car at speeds of more than 100 mph before it stopped.",
        "Police chased the car at speeds of 120 mph before it stopped.",
    )
    assert "quantity" not in kinds(found)
    found = pair(
        "The fire killed 4 people in the old market, officials said.",
        "The fire killed 9 people in the old market, officials said.",
    )
    assert "quantity" in kinds(found)


def test_two_things_at_different_distances_from_one_town() -> None:
    found = pair(
        "Police evacuated the building, about 15 miles north of Detroit.",
        "Hours later a motorist 50 miles north of Detroit spotted the car.",
    )
    assert "quantity" not in kinds(found)


def test_an_earlier_report_since_corrected_is_not_a_conflict() -> None:
    found = pair(
        "One victim died in the attack on the office, police said.",
        "Local news originally reported that two of the three victims died in the attack on "
        "the office.",
    )
    assert "quantity" not in kinds(found)


def test_a_total_over_several_events_is_not_one_event_count() -> None:
    found = pair(
        "During the operation, six rifles and 12 magazines were found and confiscated.",
        "In their five operations so far, the crew have confiscated 14 rifles and 31 magazines.",
    )
    assert "quantity" not in kinds(found)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The fire service was called to the store in High Street, Wellington, on Sunday.",
            "The fire service was called to the store in Wellington, Somerset, on Sunday.",
        ),
        (
            "A hearing for the accused took place at Preston Crown Court this morning.",
            "A hearing for the accused took place this morning in Millom.",
        ),
    ],
)
def test_places_inside_one_another_or_of_another_kind(a: str, b: str) -> None:
    assert "name" not in kinds(pair(a, b))


def test_a_place_named_differently_is_found() -> None:
    found = pair(
        "The exercises with the foreign troops will be held in Puno next month.",
        "The exercises with the foreign troops will be held in Arequipa next month.",
    )
    assert "name" in kinds(found)


def test_a_denied_charge_is_not_a_negated_deed() -> None:
    found = pair(
        "A man has denied arson following the fire at the supermarket.",
        "A man has been charged with arson following the fire at the supermarket.",
    )
    assert "polarity" not in kinds(found)
    found = pair(
        "The minister confirmed that troops would arrive in the province.",
        "The minister denied that troops would arrive in the province.",
    )
    assert "polarity" in kinds(found)


def test_word_changes_compared_by_meaning() -> None:
    wednesday = date(2010, 5, 5)
    found = pair(
        "A firebomb attack on a bank killed three people today as police fought protesters.",
        "A firebomb attack on a bank killed three people Wednesday as police fought protesters.",
        wednesday,
        wednesday,
    )
    assert "date" not in kinds(found)
    found = pair(
        "The navy warship intercepted the boats at 9.25 a.m. on Thursday near the coast.",
        "The navy warship intercepted the boats at about 9:25 Thursday morning near the coast.",
    )
    assert not kinds(found) & {"date", "quantity"}
    found = pair(
        "The navy warship intercepted the boats at 9.25 a.m. on Thursday near the coast.",
        "The navy warship intercepted the boats at 11.40 a.m. on Thursday near the coast.",
    )
    assert "date" in kinds(found)


def test_times_in_named_zones_and_game_clocks() -> None:
    et = extract_dates("Saturday at 4:30 p.m. ET", 0, 24)[-1]
    pst = extract_dates("kickoff at 1:30 p.m. PST", 0, 24)[-1]
    assert compatible(et, pst, None, None) is True
    local = extract_dates("at 1:30 p.m. on Saturday", 0, 24)[0]
    assert compatible(et, local, None, None) is None  # a local time against a zone
    assert extract_dates("checking out with 9:07 to play in the half", 0, 42) == []
    night = extract_dates("Last night, three people died", 0, 29)[0]
    midnight = extract_dates("Just before midnight, three people died", 0, 39)[0]
    assert compatible(night, midnight, None, None) is True  # the night runs past midnight


def test_dates_that_name_another_event() -> None:
    text = "He was sentenced for the March 11, 2005, incident at the courthouse."
    assert extract_dates(text, 0, len(text))[0].role == "attribute"
    text = "He will play in Sunday's playoff game."
    assert extract_dates(text, 0, len(text))[0].role == "attribute"
    found = pair(
        "The coach said on Wednesday that the team would rest the injured player for the game.",
        "On Saturday, the coach said that the team would rest the injured player for the game.",
    )
    assert "date" not in kinds(found)  # the days of two statements
    found = pair(
        'The minister said: "Today the government has begun to repair the damage" to the law.',
        "On Tuesday the government began to repair the damage to the law, the minister said.",
    )
    assert "date" not in kinds(found)  # a speaker's "today"


def test_rates_and_addresses_are_not_counts() -> None:
    found = quantities("He scored eight rebounds a game last season.")
    assert found and all(
        "rate" in q.dimension
        for q in extract_quantities("He scored eight rebounds a game last season.", 0, 44, RULES)
    )
    assert quantities("He was shot outside an apartment in the 12000 block of East Street.") == []


def test_claims_that_are_not_conflicts() -> None:
    found = pair(
        "The team placed the running back on injured reserve because of a sprained knee.",
        "The team would not have placed the running back on injured reserve if it were still "
        "in contention.",
    )
    assert "polarity" not in kinds(found)  # a conditional
    found = pair(
        'Markey said the rules showed the administration was "determined to use every last '
        'minute in office to wreak as much havoc as possible."',
        '"The administration appears to be determined to use every last minute in office to '
        'wreak as much havoc as possible," said Markey.',
    )
    assert "quote" not in kinds(found)  # two cuts of one statement
    found = pair(
        "A strong earthquake hit the island on Sunday, injuring five people, Iranian media said.",
        "A strong earthquake hit the island on Sunday, injuring five people, the agency said.",
    )
    assert "attribution" not in kinds(found)  # two unnamed sources


def test_a_quotation_worded_differently_is_found() -> None:
    found = pair(
        '"As that little girl lay bleeding to death on the sidewalk, this defendant pedaled off '
        'and got rid of the evidence," the prosecutor said.',
        'The prosecutor said, "As that little girl lay bleeding on the sidewalk, the defendant '
        'pedaled his bike away and got rid of the evidence."',
    )
    assert "quote" in kinds(found)


def test_reading_amounts_in_the_forms_of_technical_and_sports_writing() -> None:
    assert quantities("the Orioles (seven years, $140- $150 million) made an offer")[1][1] == 140e6
    found = extract_quantities("offered between $140 million and $150 million", 0, 46, RULES)
    assert len(found) == 1 and found[0].value.high == 150e6
    assert quantities("its 2G EDGE network") == []  # a code
    assert quantities("This results in three times the number of charges.") == []  # a factor
    drive = extract_quantities("a 320 gigabyte hard drive", 0, 25, RULES)[0]
    assert drive.dimension == "data" and drive.value.figure == 320e9
    runs = extract_quantities("driven in 105 runs in each of the past five seasons", 0, 51, RULES)
    assert "rate" in runs[0].dimension


def test_words_spelt_two_ways_and_marks_that_are_not_quotation_marks() -> None:
    from reader.core.facts.quotations import quotes
    from reader.core.language import spelling_key

    assert spelling_key("practising") == spelling_key("practicing")
    assert spelling_key("colour") == spelling_key("color")
    text = 'launched as the "world\'s thinnest 17" notebook," at only 0.98 inches thick'
    assert [q.text for q in quotes(text, 0, len(text))] == ["world's thinnest 17\" notebook"]
    found = pair(
        'The pastor was charged with "practicing polygamy" between 2004 and 2008.',
        'The pastor was charged with "practising polygamy" between 2004 and 2008.',
    )
    assert "quote" not in kinds(found)


def test_the_ends_of_a_period_between_two_dates() -> None:
    text = "charged with polygamy between Nov. 1, 2004, and Oct. 8, 2008."
    assert [d.role for d in extract_dates(text, 0, len(text))] == ["start", "end"]


def test_a_sub_count_elsewhere_does_not_hide_the_toll() -> None:
    found = pair(
        "A powerful earthquake hit the province on Tuesday, killing at least five people. "
        "In one village a landslide engulfed a coffee plantation, killing one man.",
        "A powerful earthquake hit the province on Tuesday and killed a child, officials said.",
    )
    tolls = [f for f in found if str(f.kind) == "quantity" and "killed" in f.topic]
    assert tolls and {m.value for m in tolls[0].spans} >= {"at least 5", "a child"}


def test_currencies_named_by_their_prefix() -> None:
    aud = extract_quantities("It cost A$5 million.", 0, 20, RULES)[0]
    assert aud.dimension == "money:AUD"
    found = extract_quantities("estimated at $US1 million ($1.52 million).", 0, 41, RULES)
    assert len(found) == 1 and found[0].dimension == "money:USD"


def test_negations_that_are_not_denials() -> None:
    found = pair(
        '"I feel on the floor we weren\'t executing the philosophy we wanted," the coach said.',
        '"I didn\'t feel on the floor we were executing the philosophy we wanted," the coach said.',
    )
    assert "polarity" not in kinds(found)
    found = pair(
        "The home team took its first lead of the game when the safety intercepted a pass.",
        "The home team didn't take its first lead of the game until the safety intercepted a pass.",
    )
    assert "polarity" not in kinds(found)


def test_word_diffs_are_taken_with_the_closest_partners_only(monkeypatch) -> None:
    """Text where every sentence is like every other (random words from a small vocabulary)
    has many aligned pairs per sentence; only the closest few are diffed."""
    import random
    from collections import Counter

    from reader.core.detect import textdiff

    words = "the council voted on tuesday to approve seven hundred troops for training in june"
    rng = random.Random(3)

    def account(title: str) -> Document:
        sentence = lambda: " ".join(rng.choice(words.split()) for _ in range(30)) + "."  # noqa: E731
        return Document(text=" ".join(sentence() for _ in range(40)), title=title)

    offered: list = []
    kept: list = []
    real = textdiff._closest_pairs

    def spy(ctx):
        offered.extend(ctx.pairs())
        found = real(ctx)
        kept.extend(found)
        return found

    monkeypatch.setattr(textdiff, "_closest_pairs", spy)
    compare([account(title) for title in "ABCD"])

    def most(pairs: list) -> int:
        per_unit = Counter((ua, ub.doc) for ua, ub, _ in pairs)
        per_unit.update((ub, ua.doc) for ua, ub, _ in pairs)
        return max(per_unit.values())

    assert most(offered) > textdiff.PARTNERS  # the alignment offers many
    assert kept and most(kept) <= textdiff.PARTNERS


@pytest.mark.parametrize(
    ("loaded", "family"),
    [
        ("botched response", "handling"),
        ("rammed-through response", None),  # no neutral word of that family in the other
        ("response that soared", None),  # no loaded word: nothing to show
    ],
)
def test_loaded_words_of_the_general_lexicon(loaded: str, family: str | None) -> None:
    from reader.core.compare import compare
    from reader.core.document import Document

    a = f"The government's {loaded} to the floods in Valdoria drew anger from residents."
    b = "The government's response to the floods in Valdoria drew anger from residents."
    found = compare([Document(text=a, title="A"), Document(text=b, title="B")])
    topics = [d.topic for d in found.disagreements if d.kind == "wording"]
    assert topics == ([family] if family else [])


def test_a_law_rammed_through() -> None:
    from reader.core.compare import compare
    from reader.core.document import Document

    a = "The Senate rammed through a trade pact with the European Union on Tuesday night."
    b = "The Senate approved a trade pact with the European Union on Tuesday night."
    found = compare([Document(text=a, title="A"), Document(text=b, title="B")])
    assert [d.topic for d in found.disagreements if d.kind == "wording"] == ["passing a law"]


def test_an_omission_topic_reads_in_the_passage_order() -> None:
    from reader.core.compare import compare
    from reader.core.document import Document

    shared = "Four men rammed their car into a jewellery store in central Paris on Monday. "
    extra = "In December 2008, three men emptied almost all of the stock of Harry Winston."
    found = compare([Document(text=shared + extra, title="A"), Document(text=shared, title="B")])
    (omission,) = [d for d in found.disagreements if d.kind == "omission"]
    words = omission.topic.split()
    told = extra.lower()
    places = [told.find(w.lower().rstrip("…")[:4]) for w in words]  # (its opening words)
    assert -1 not in places and places == sorted(places), omission.topic
