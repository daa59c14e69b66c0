"""Quotations as the quote detector reads them: marks that close a sentence or two later,
who "she" is, and which quotations are one statement (ECB+ 33 ecb, 30 and 41 ecbplus)."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.document import Document
from reader.core.facts.quotations import carried_close, carried_quote
from reader.core.language import spelling_key
from tests.core.test_detectors import pair

CRY_A = (
    "The mother recalled the night her daughter died.\n\n"
    "After Kathina was shot, she exclaimed, \"'Mommy, Mommy, I got hit.\n\n"
    "Somebody hit me in my back.\"'\n\n"
    "The mother fought tears later Tuesday."
)
CRY_B = (
    "The mother recalled the night her daughter died, and her daughter screaming, "
    '"Mommy, mommy, I got hit.\n\n'
    'Something hit me in my back", then saying "save me, save me mommy", while her mother '
    "told her to stop talking.\n\n"
    "The mother fought tears later Tuesday."
)


def test_a_quotation_that_closes_in_the_next_sentence() -> None:
    opened = CRY_A.index("After")
    end = CRY_A.index("hit.") + 4
    found = carried_quote(CRY_A, opened, end)
    assert found is not None
    assert " ".join(found.text.split()) == "Mommy, Mommy, I got hit. Somebody hit me in my back."
    after = CRY_B.index("Something")
    close = carried_close(CRY_B, after, CRY_B.index("talking") + 8)
    assert CRY_B[close - 1] == '"' and CRY_B[close:].startswith(", then saying")
    assert carried_quote(CRY_A, 0, CRY_A.index("\n")) is None  # no mark: nothing carried


def test_the_quotation_is_compared_whole_and_credited_to_the_one_who_said_it() -> None:
    docs = [Document(text=CRY_A, title="First"), Document(text=CRY_B, title="Second")]
    quotes = [f for f in compare(docs).disagreements if str(f.kind) == "quote"]
    assert len(quotes) == 1
    assert quotes[0].topic == "Kathina's words"
    assert {m.value for m in quotes[0].spans} == {
        "Mommy, Mommy, I got hit. Somebody hit me in my back.",
        "Mommy, mommy, I got hit. Something hit me in my back",
    }
    spans = [(m.doc, m.start, m.end) for m in quotes[0].spans]
    assert all(docs[d].text[s] == '"' for d, s, _ in spans)  # from its opening mark


def test_british_and_american_spellings_are_one_quotation() -> None:
    assert spelling_key("fibre") == spelling_key("fiber")
    assert spelling_key("calibre") == "caliber" and spelling_key("genre") == "genre"
    found = pair(
        '"Our partner experienced a terrestrial fibre cut this morning. All links are back '
        'up," the company said.',
        '"Our partner experienced a terrestrial fiber cut this morning. All links are back '
        'up," the company said.',
    )
    assert not [f for f in found if str(f.kind) == "quote"]


def test_quotations_sharing_a_few_words_are_not_one_statement() -> None:
    found = pair(
        '"I saw women and men, parents, slapping their faces in grief, screaming, some of them '
        'collapsed to the floor. They knew their children were dead," a doctor said.',
        '"I saw a lot of women and children wheeled in," a nurse said.',
    )
    assert not [f for f in found if str(f.kind) == "quote"]
    reworded = pair(
        '"For more than three decades, the act has successfully protected our most threatened '
        'wildlife, and we should be looking for ways to improve it, not weaken it," he said.',
        '"We should be looking at ways to strengthen [the act] -- not weaken it," he said.',
    )
    assert [f for f in reworded if str(f.kind) == "quote"]


def test_one_speakers_statement_in_the_same_frame() -> None:
    found = pair(
        'Commuters panicked. "He was shouting and swinging the knife at anyone near him," said '
        "witness Paolo Rende, a ticket inspector.",
        'Commuters panicked. "He was screaming and slashing at anyone close to him," said Paolo '
        "Rende, a station worker.",
    )
    quotes = [f for f in found if str(f.kind) == "quote"]
    assert len(quotes) == 1 and quotes[0].topic == "witness Paolo Rende's words"


def test_an_account_quoting_both_statements_gives_the_one_others_quote() -> None:
    found = pair(
        '"The man is petrified," Judge Vincent DelGiudice said. "The man is an emotional wreck."',
        '"The man is an emotional wreck," Judge Vincent Del Giudice said.',
    )
    assert not [f for f in found if str(f.kind) == "quote"]


def test_single_marks_quote_as_british_papers_do() -> None:
    """'...' and ‘...’ are quotations; apostrophes inside words do not close them, and single
    marks nested in a double-marked quotation are part of it."""
    from reader.core.facts.quotations import quotes

    text = (
        "He said: 'We don't know how many died,' adding ‘it’s terrible’. "
        "Rock 'n' roll in the '90s. "
        "\"Didn't you just think 'well, there he is'?\" he said."
    )
    found = [q.text for q in quotes(text, 0, len(text))]
    assert found == [
        "We don't know how many died",
        "it’s terrible",
        "Didn't you just think 'well, there he is'?",
    ]
    a = "The minister said the plan was 'a betrayal of every worker in this country'."
    b = "The minister said the plan was 'a betrayal of every nurse in the country'."
    result = compare([Document(text=a, title="A"), Document(text=b, title="B")])
    assert [d.kind.value for d in result.disagreements] == ["quote"]
    assert "every worker in this country" in result.disagreements[0].summary
