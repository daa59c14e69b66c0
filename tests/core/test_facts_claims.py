"""Names, quotations, speakers and negation."""

import pytest

from reader.core.facts.claims import names, role_head, same_speaker, speeches
from reader.core.facts.negation import negated_verbs
from reader.core.facts.quotations import quotes
from reader.core.rules import Rules

RULES = Rules.default()


def speakers(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.verb) for s in speeches(text, 0, len(text), RULES)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Defence Minister Jorge Chávez told reporters that",
            [("Defence Minister Jorge Chávez", "told")],
        ),
        (
            "Mexico's foreign ministry called the deployment meddling.",
            [("Mexico's foreign ministry", "called")],
        ),
        (
            '"Half my trade comes by car," said Priya Nair, who runs a shop.',
            [("Priya Nair", "said")],
        ),
        ("Boluarte has dismissed the criticism as ignorant.", [("Boluarte", "dismissed")]),
        (
            "The cost is covered, according to a Peruvian defence official.",
            [("Peruvian defence official", "according to")],
        ),
        ("Troops from the United States arrived.", []),
        (
            "Heydar Alishbandi, Governor of Qeshm island, said five villages were hit.",
            [("Heydar Alishbandi, Governor of Qeshm island", "said")],
        ),
        (
            "They chased him for 15 minutes, Genesee County Undersheriff James Gage said.",
            [("Genesee County Undersheriff James Gage", "said")],
        ),
    ],
)
def test_speakers(text: str, expected: list) -> None:
    assert speakers(text) == expected


def test_names_skip_sentence_openers_months_and_weekdays() -> None:
    text = "The vote came on Tuesday in December. Lawmakers met in Arequipa with Ana de la Cruz."
    assert [n.text for n in names(text, 0, len(text))] == ["Arequipa", "Ana de la Cruz"]
    assert names(text, 0, len(text))[0].after_preposition == "in"


def test_quotes_with_any_marks() -> None:
    text = 'He called it "a policy of intervention" and “keeping up a policy” and « une politique »'
    assert [q.text for q in quotes(text, 0, len(text))] == [
        "a policy of intervention",
        "keeping up a policy",
        "une politique",
    ]
    q = quotes(text, 0, len(text))[0]
    assert text[q.start : q.end] == '"a policy of intervention"'


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("President Andrés Manuel López Obrador", "Lopez Obrador", True),
        ("Defence Minister Jorge Chávez", "Interior Minister Vicente Romero", False),
        ("He", "Mexico's foreign ministry", None),
        ("officials", "Troy police Lt. Gerry Scherlinck", None),  # generic: unknown who
        (
            "Genesee County Undersheriff James Gage",
            "Genesee County Sheriff Robert J. Pickell",
            False,
        ),
        ("Heydar Alishbandi", "Qeshm Governor Heidar Alishvandi", True),  # spelling variants
    ],
)
def test_same_speaker(a: str, b: str, same: bool | None) -> None:
    assert same_speaker(a, b, RULES) is same


def test_role_head() -> None:
    assert role_head("Defence Minister Jorge Chávez", RULES) == "minister"
    assert role_head("Priya Nair", RULES) is None
    assert role_head("team general manager A.J. Smith", RULES) == "manager"  # the run's last
    assert role_head("company spokesman, Neil Carver", RULES) == "spokesman"


@pytest.mark.parametrize(
    ("text", "stem", "negated"),
    [
        ("The embassy confirmed the deployment", "confirm", False),
        ("The embassy declined to confirm the deployment", "confirm", True),
        ("The embassy would not confirm the deployment", "confirm", True),
        ("races which have not been ranked by judges", "rank", True),
        ("I do not think it is possible to conclude", "possible", True),
        ("there are hardly any domestic races", "domestic", False),
        ("but they heard not the voice of him that spake", "hear", True),  # older English
        ("He pleaded not guilty to the charges", "plead", False),  # "not" before its adjective
        ("stood speechless, hearing a voice", "hear", False),  # the verb of "hearing a"
    ],
)
def test_negation_scope(text: str, stem: str, negated: bool) -> None:
    found = negated_verbs(text, 0, len(text), RULES)
    assert found[stem][0] is negated


def test_antonyms_negate_their_pair() -> None:
    found = negated_verbs("The embassy denied the deployment", 0, 33, RULES)
    assert found["¬confirm"][0] is True
    equipped = negated_verbs("He was insufficiently equipped", 0, 30, RULES)
    assert equipped["¬well"][0] is True


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"The market needed a clear signal," said the group\'s secretary-general, Omar Haddad.',
            "group's secretary-general, Omar Haddad",
        ),
        (
            '"The market needed a clear signal," the Saudi energy minister told reporters.',
            "Saudi energy minister",
        ),
        (
            'Rovers\' director of football, Simon Hale, said: "He is exactly the player."',
            "Rovers' director of football, Simon Hale",
        ),
    ],
)
def test_speakers_named_by_a_compound_role(text: str, speaker: str) -> None:
    found = [text[s.speaker_start : s.speaker_end] for s in speeches(text, 0, len(text), RULES)]
    assert found == [speaker]


def test_a_nationality_after_the_is_the_person_named_before() -> None:
    text = '"I knew I could do it today," the Kenyan told reporters.'
    assert speeches(text, 0, len(text), RULES) == []
    text = "He was on probation, the FBI said."
    assert [s.speaker for s in speeches(text, 0, len(text), RULES)] == ["FBI"]


def test_a_speaker_named_in_an_appositive_before_had_declared() -> None:
    text = '"The bridge was safe," the inspector, General Hutchinson, had declared.'
    found = speeches(text, 0, len(text), Rules.default())
    assert [(s.speaker, s.verb) for s in found] == [("inspector, General Hutchinson", "declared")]
