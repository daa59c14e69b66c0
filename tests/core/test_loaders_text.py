"""Plain text and Markdown."""

from datetime import date

import pytest

from reader.core import LoadError, open_document

BODY = "The council met on Tuesday.\n\nIt approved the budget by 7 votes to 2."


def test_utf8_with_title_byline_and_dateline(write) -> None:
    path = write("story.txt", "Budget approved\n\nBy Ana Ruiz\n\nMay 20, 2023\n\n" + BODY)
    doc = open_document(path)
    assert (doc.title, doc.author, doc.published) == (
        "Budget approved",
        "Ana Ruiz",
        date(2023, 5, 20),
    )
    assert doc.text == BODY
    assert doc.format == "text" and doc.warnings == ()
    assert doc.digest.startswith("sha256:") and len(doc.digest) == 71


def test_first_line_that_is_a_sentence_is_not_a_title(write) -> None:
    doc = open_document(write("a.txt", BODY))
    assert doc.title is None
    assert doc.text == BODY


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_unicode_encodings(write, encoding: str) -> None:
    text = "Café in São Paulo\n\nThe café “reopened” on 1 June — naïve résumé."
    data = text.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        data = text.encode(encoding)  # no byte-order mark
    doc = open_document(write("u.txt", data))
    assert doc.title == "Café in São Paulo"
    assert doc.text == "The café “reopened” on 1 June — naïve résumé."


def test_cp1252_is_guessed_and_reported(write) -> None:
    text = "The café “reopened” on Monday — after a naïve résumé of the déjà vu.\n\nSecond."
    doc = open_document(write("w.txt", text.encode("cp1252")))
    assert doc.text.startswith("The café “reopened” on Monday — after a naïve résumé")
    assert "encoding guessed as cp1252" in doc.warnings


def test_cyrillic_legacy_encoding(write) -> None:
    text = "Парламент одобрил бюджет во вторник. Голосование прошло спокойно.\n\nВторой абзац."
    doc = open_document(write("r.txt", text.encode("cp1251")))
    assert doc.text.startswith("Парламент одобрил бюджет")
    assert any("cp1251" in w for w in doc.warnings)


def test_broken_utf8_bytes_are_replaced_not_fatal(write) -> None:
    data = "Señor López said “yes”. ".encode() * 20 + b"\xff\xfe broken" + b" end."
    doc = open_document(write("b.txt", data))
    assert "Señor López" in doc.text
    assert any("broken" in w for w in doc.warnings)


def test_nul_bytes_cleaned(write) -> None:
    doc = open_document(write("n.txt", b"A line\x00 with a NUL.\n\nAnother."))
    assert doc.text == "A line with a NUL.\n\nAnother."
    assert "1 NUL byte removed" in doc.warnings


def test_hard_wrapped_text_without_blank_lines(write) -> None:
    lines = (
        "This is a hard wrapped paragraph that goes on for a while\n"
        "and continues on the next line until it\n"
        "ends here.\n"
        "A new paragraph starts on this line and runs across\n"
        "two lines as well, ending with a full stop.\n"
    )
    doc = open_document(write("h.txt", lines))
    assert doc.text.split("\n\n") == [
        "This is a hard wrapped paragraph that goes on for a while and continues on the "
        "next line until it ends here.",
        "A new paragraph starts on this line and runs across two lines as well, ending "
        "with a full stop.",
    ]


def test_one_paragraph_per_long_line(write) -> None:
    para = "Word " * 40
    doc = open_document(write("l.txt", f"{para}one.\n{para}two.\n{para}three.\n"))
    assert len(doc.text.split("\n\n")) == 3


def test_same_file_gives_same_text(write) -> None:
    path = write("s.txt", "Title\n\n" + BODY)
    assert open_document(path).text == open_document(path).text


def test_markdown_front_matter_and_markup(write) -> None:
    md = (
        '---\ntitle: "Ports reopen"\nauthor: Li Wei\ndate: 2024-02-01\npublisher: Coast News\n'
        "---\n\n# Ports reopen\n\nThe **port** reopened on [Monday](https://x.example) after "
        "`maintenance`.\n\n## Details\n\n- Ships: 40\n- Crews: *12*\n\n> A quoted line.\n"
    )
    doc = open_document(write("p.md", md))
    assert doc.format == "markdown"
    assert (doc.title, doc.author, doc.outlet) == ("Ports reopen", "Li Wei", "Coast News")
    assert doc.published == date(2024, 2, 1)
    assert doc.text.split("\n\n") == [
        "Ports reopen",
        "The port reopened on Monday after maintenance.",
        "Details",
        "Ships: 40",
        "Crews: 12",
        "A quoted line.",
    ]


def test_markdown_title_from_first_heading(write) -> None:
    doc = open_document(write("n.md", "# The headline\n\nBy Sam Lee\n\nBody *text* here.\n"))
    assert (doc.title, doc.author, doc.text) == ("The headline", "Sam Lee", "Body text here.")


def test_markdown_detected_by_content_without_extension(write) -> None:
    doc = open_document(write("notes", "# Title\n\n- one\n- two\n\nSee [link](http://a.b).\n"))
    assert doc.format == "markdown"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (bytes(range(256)) * 40, "not a text document"),
        (b"   \n\n  \t\n", "no readable text"),
    ],
)
def test_bad_text_files(write, content: bytes, reason: str) -> None:
    path = write("bad.txt", content)
    with pytest.raises(LoadError) as info:
        open_document(path)
    assert reason in str(info.value)
    assert str(path) in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("head", "author", "outlet"),
    [
        ("Cyclone Mira kills 42\nBy Priya Nair\n14 October 2024", "Priya Nair", None),
        ("Cyclone Mira kills 42\n\nBy Priya Nair\n\n14 October 2024", "Priya Nair", None),
        ("Cyclone Mira kills 42\nCoastal Herald, October 14, 2024", None, "Coastal Herald"),
        ("Cyclone Mira kills 42\n\nCoastal Herald — 14 October 2024\n\nBy Priya Nair",
         "Priya Nair", "Coastal Herald"),
        ("Cyclone Mira kills 42\n\nBy Priya Nair, Coastal Herald — 14 October 2024",
         "Priya Nair", "Coastal Herald"),
        ("Cyclone Mira kills 42\n\nBy Priya Nair | October 14, 2024", "Priya Nair", None),
        ("Cyclone Mira kills 42\n\nThe Coastal Herald\nOctober 14, 2024", None,
         "The Coastal Herald"),
        ("Cyclone Mira kills 42\n\nThe Coastal Herald\n14 October 2024", None,
         "The Coastal Herald"),
    ],
)  # fmt: skip
def test_headline_byline_outlet_and_date_lines_in_either_layout(
    tmp_path, head, author, outlet
) -> None:
    from datetime import date

    path = tmp_path / "story.txt"
    path.write_text(head + "\n\nThe storm made landfall on Monday, killing at least 42 people.\n")
    doc = open_document(path)
    assert doc.title == "Cyclone Mira kills 42"
    assert (doc.author, doc.outlet, doc.published) == (author, outlet, date(2024, 10, 14))
    assert doc.text.startswith("The storm made landfall")


def test_a_credit_outlet_and_date_line(write) -> None:
    credit = "From our Correspondent — The Evening Standard — November 18, 1891"
    text = f"LOSS OF THE STEAMER.\n\n{credit}\n\n"
    doc = open_document(write("wreck.txt", text + BODY))
    assert (doc.outlet, doc.published) == ("The Evening Standard", date(1891, 11, 18))
    assert doc.text == BODY
    # a sentence with two dashes and a date is body text, not a credit line
    told = "Police said — on Monday — March 8, 2025\n\n"
    assert open_document(write("said.txt", "Headline here\n\n" + told + BODY)).text.startswith(
        "Police"
    )
