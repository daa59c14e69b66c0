"""False alarms and misses seen on a fresh check set of real news (ECB+ articles 11-16 and
16-21 of events no gold list covers, read by hand after the engine ran on them), each fixed at
its mechanism; the same sentences with a real difference still report it."""

from __future__ import annotations

from datetime import date

from reader.core.compare import compare
from reader.core.document import Document
from reader.core.facts.counting import extract_quantities
from reader.core.rules import Rules


def found(*texts: str) -> list[tuple[str, str]]:
    docs = [Document(text=t, title=chr(65 + i)) for i, t in enumerate(texts)]
    result = compare(docs)
    return [(str(d.kind), d.summary) for d in result.disagreements if d.kind != "omission"]


def quantities(*texts: str) -> list[str]:
    return [summary for kind, summary in found(*texts) if kind == "quantity"]


def test_counts_of_two_named_people_are_two_counts() -> None:
    a = (
        "The Chiefs ran all over the Colts on Sunday. Jamaal Charles rushed for 226 yards "
        "while Peyton Hillis added 101."
    )
    b = (
        "The Chiefs ran all over the Colts on Sunday. Charles turned in an 86-yard run and "
        "rushed for a total of 226 yards and Hillis rushed for more than a hundred yards."
    )
    assert quantities(a, b) == []
    c = b.replace("226", "196")
    assert any("226" in s and "196" in s for s in quantities(a, c))


def test_a_figure_per_member_is_not_the_total() -> None:
    a = "The two backs ran for 320 yards in the win over the Colts."
    b = "The two backs ran for over 100 yards each in the win over the Colts."
    assert quantities(a, b) == []
    c = "The two backs ran for 180 yards in the win over the Colts."
    assert quantities(a, c)


def test_a_total_of_is_not_a_count_and_keeps_the_verb() -> None:
    rules = Rules.default()
    text = "Charles turned in an 86-yard run and rushed for a total of 196 yards."
    (_, total) = extract_quantities(text, 0, len(text), rules)
    assert (total.display, total.predicate) == ("196 yards", "rush")
    text = "The storm killed a total of 51 people."
    assert [q.display for q in extract_quantities(text, 0, len(text), rules)] == ["51"]


def quotes(*texts: str) -> list[tuple[str, str]]:
    docs = [Document(text=t, title=chr(65 + i)) for i, t in enumerate(texts)]
    return [(str(d.severity), d.summary) for d in compare(docs).disagreements if d.kind == "quote"]


def test_a_quotation_spelled_differently_is_shown_quietly() -> None:
    a = '"I see many houses were damaged and their roofs fell onto some people," she said.'
    b = '"I see many houses were damages and their roofs fell onto some people," she said.'
    assert [sev for sev, _ in quotes(a, b)] == ["differs"]
    c = '"I see many houses were destroyed and their roofs fell onto some people," she said.'
    assert [sev for sev, _ in quotes(a, c)] == ["conflict"]


def test_a_cut_of_a_longer_quotation_agrees_with_it() -> None:
    a = 'The fire chief says the fire "is definitely suspicious." No one was hurt.'
    b = 'Steele said investigators see the cause as "potential arson" at the church.'
    c = (
        '"We are definitely treating it as suspicious and as potential arson at this point," '
        "Steele, the fire chief, told the newspaper."
    )
    found_quotes = quotes(a, b, c)
    assert len(found_quotes) == 1
    assert 'potential arson" /' not in found_quotes[0][1]
    assert "is definitely suspicious" in found_quotes[0][1]


def test_a_paper_relaying_officials_is_not_their_rival_source() -> None:
    a = (
        "Firefighters were called to the Hill Chapel about 9:40 p.m. Friday and found flames "
        "and smoke coming from the back of the three-story building, said Tom Reed, chief of "
        "the fire department."
    )
    b = (
        "Firefighters were called to the Hill Chapel Friday evening and found flames and smoke "
        "coming from the three-story building, and officials said Saturday they were treating "
        "the fire as arson, the Valley Courier reported Sunday."
    )
    assert not [f for f in found(a, b) if f[0] == "attribution"]
    c = b.replace(", and officials said Saturday they were treating the fire as arson", "")
    assert [f for f in found(a, c) if f[0] == "attribution"]


def test_yet_to_is_a_negation() -> None:
    a = "Riva had yet to regain consciousness Wednesday and was on a ventilator, police said."
    b = "Riva had not yet regained consciousness and was on a ventilator, police said."
    assert not [f for f in found(a, b) if f[0] == "polarity"]
    c = "Riva regained consciousness Wednesday and was on a ventilator, police said."
    assert [f for f in found(a, c) if f[0] == "polarity"]


def test_a_record_in_brackets_and_a_lead_at_halftime() -> None:
    rules = Rules.default()
    text = "The 10th win for Indianapolis (10-5) clinched a playoff berth on Sunday."
    assert [q.thing for q in extract_quantities(text, 0, len(text), rules)] == ["record"]
    text = "The Colts jumped out to a 13-3 halftime lead thanks to Butler."
    assert extract_quantities(text, 0, len(text), rules) == []
    text = "Heavyweight champion Wladimir Klitschko, 53-3, 47 KOs, easily won."
    assert [q.thing for q in extract_quantities(text, 0, len(text), rules)][:1] == ["record"]


def test_a_landmark_near_a_place_is_not_another_place() -> None:
    a = (
        "The crowd marched on the 67th Precinct station in East Flatbush on Monday night, "
        "where teenagers threw bottles at police officers."
    )
    b = (
        "The crowd marched on the 67th Precinct at Snyder Avenue near Nostrand on Monday "
        "night, where teenagers threw bottles at police officers."
    )
    assert not [f for f in found(a, b) if f[1].startswith("place")]


def test_dates_beside_two_different_deeds_are_two_events() -> None:
    a = (
        "LaCalamita had been fired last Thursday as an accountant at the firm, police "
        "Lt. Gerry Scherlinck said on Wednesday."
    )
    b = (
        "LaCalamita had been denied a handgun permit in March, police Lt. Gerry Scherlinck "
        "said on Wednesday."
    )
    docs = [
        Document(text=a, title="A", published=date(2007, 4, 11)),
        Document(text=b, title="B", published=date(2007, 4, 11)),
    ]
    assert not [d for d in compare(docs).disagreements if d.kind == "date"]


def test_a_past_year_in_an_undated_account_is_background() -> None:
    from reader.core.detect.dateevents import recency as _recency
    from reader.core.detect.dates import _Item
    from reader.core.facts.dates import extract_dates

    text = "The Colts joined the Miami Dolphins of 2008 as the only such teams."
    (year,) = extract_dates(text, 0, len(text))
    item = _Item(0, None, year)  # type: ignore[arg-type]
    assert _recency(item, {0: None}) == "?"
    assert _recency(item, {0: None}, date(2012, 12, 23)) == "past"  # the other account's date


def test_shares_of_the_vote_and_turnout() -> None:
    rules = Rules.default()
    text = "Turnout was 61%, the highest in two decades."
    (turnout, _) = extract_quantities(text, 0, len(text), rules)
    assert (turnout.thing, turnout.owner) == ("turnout", None)  # not a name: a common noun
    text = "Dune won 45%."
    assert [q.thing for q in extract_quantities(text, 0, len(text), rules)] == [None]
    text = "Renn was re-elected on Tuesday with 52% of the vote."
    assert [q.thing for q in extract_quantities(text, 0, len(text), rules)] == ["vote"]
    found_shares = quantities(
        "Mayor Paul Renn won a second term on Tuesday, taking 54% of the vote, the city "
        "election board said.",
        "Paul Renn was re-elected mayor on Tuesday with 52% of the vote, according to "
        "preliminary results.",
    )
    assert found_shares == ["vote share: 54% / 52%"]


def test_new_and_more_and_combined() -> None:
    rules = Rules.default()
    text = "Renn has promised to hire 200 new police officers."
    (hired,) = extract_quantities(text, 0, len(text), rules)
    assert (hired.value.figure, hired.predicate, hired.scope) == (200, "appoint", "more")
    text = "The two candidates spent a combined 1.7 million dollars."
    assert extract_quantities(text, 0, len(text), rules)[-1].scope == "combined"


def test_speeds_severity_and_saying() -> None:
    rules = Rules.default()
    text = "The train was travelling at around 90 km/h when it left the tracks."
    (speed,) = extract_quantities(text, 0, len(text), rules)
    assert speed.predicate == "travel"  # British spelling, after "at"
    text = "Emergency services said three people were seriously hurt."
    (hurt,) = extract_quantities(text, 0, len(text), rules)
    assert (hurt.predicate, hurt.scope) == ("injure", "serious")  # not all the injured
    said = found(
        "The operator said the driver did not apply the brakes before the bend.",
        "The operator has not said what caused the crash near the bend.",
    )
    assert not [f for f in said if f[0] == "polarity"]  # what was said is the proposition


def test_speakers_told_by_a_relative_clause() -> None:
    from reader.core.facts.claims import speeches

    rules = Rules.default()
    text = 'The talks were chaired by Minister Karin Tamm, who called the deal "fair".'
    assert [s.speaker for s in speeches(text, 0, len(text), rules)] == ["Minister Karin Tamm"]
    text = 'Minister Juris Ozols, who chaired the talks, called the deal "fair".'
    assert [s.speaker for s in speeches(text, 0, len(text), rules)] == ["Minister Juris Ozols"]
    a = (
        "Fisheries ministers met in Narva on Thursday. The talks were chaired by Minister "
        'Karin Tamm, who called the deal "painful but necessary."'
    )
    b = (
        "Fisheries ministers met in Narva on Thursday. Minister Juris Ozols, who chaired the "
        'talks, called the deal "painful but necessary."'
    )
    told = found(a, b)  # one phrase, two speakers (in one role: a name finding)
    assert [f for f in told if f[0] in ("attribution", "name") and "Ozols" in f[1]]


def test_whose_share_of_the_vote() -> None:
    rules = Rules.default()
    for text in ("His rival, Maria Dune, won 45%.", "Maria Dune won 45%."):
        (share,) = extract_quantities(text, 0, len(text), rules)
        assert share.owner == "Maria Dune"  # past the appositive's commas; "won" is a verb
    text = "Renn took 54% of the vote against 43% for challenger Maria Dune."
    assert extract_quantities(text, 0, len(text), rules)[-1].owner == "Maria Dune"
    shares = quantities(
        "Renn won a second term on Tuesday, taking 54% of the vote against 43% for "
        "challenger Maria Dune, the city election board said.",
        "Paul Renn was re-elected mayor on Tuesday with 54% of the vote. His rival, Maria "
        "Dune, won 45%.",
    )
    assert "share of Maria Dune: 43% / 45%" in shares


def test_margins_of_victory() -> None:
    margins = quantities(
        "Voters gave Mayor Paul Renn a second term on Tuesday. Renn won by 11 points, the "
        "election board said.",
        "Paul Renn's re-election on Tuesday by a margin of nine points sets up a clash with "
        "the city council.",
    )
    assert margins == ["margin: 11 / 9"]
