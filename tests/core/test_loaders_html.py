"""Saved web pages: article extraction against gold files, metadata, hostile pages."""

import json
from datetime import date
from pathlib import Path

import pytest

from reader.core import LoadError, open_document
from reader.core.loaders.meta import byline_author, parse_date, split_title_suffix
from tests.conftest import DATA

PAGES = sorted(p for p in (DATA / "html").iterdir() if p.suffix in (".html", ".xhtml"))


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_article_text_and_metadata_match_gold(page: Path) -> None:
    gold = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    doc = open_document(page)
    assert doc.format == "html"
    assert doc.text.split("\n\n") == gold["paragraphs"]
    published = date.fromisoformat(gold["published"]) if gold["published"] else None
    assert (doc.title, doc.outlet, doc.author, doc.published) == (
        gold["title"],
        gold["outlet"],
        gold["author"],
        published,
    )


def test_sample_page_drops_site_chrome(sample_dir: Path) -> None:
    doc = open_document(sample_dir / "andes-wire.html")
    for chrome in (
        "cookies",
        "Advertisement",
        "Share on X",
        "Most read",
        "Comments",
        "Sign up",
        "All rights reserved",
        "Read more",
        "Photo: Staff",
    ):
        assert chrome not in doc.text
    assert doc.text.startswith("LIMA — Peru's Congress on Tuesday approved")
    assert doc.outlet == "The Andes Wire" and doc.author == "Lucía Ferreyra"


def test_page_without_article_markup_uses_paragraph_votes(write) -> None:
    paras = "".join(
        f"<p>Sentence number {i}, with a comma, that is long enough to count.</p>" for i in range(6)
    )
    page = (
        f"<html><body><div class='menu'><a href='/'>Home</a></div><div>{paras}</div>"
        "<div><p>Short.</p></div></body></html>"
    )
    doc = open_document(write("plain.html", page))
    assert doc.text.count("\n\n") == 5 and "Home" not in doc.text


def test_deep_nesting_neither_crashes_nor_hangs(write) -> None:
    page = b"<html><body>" + b"<div>" * 100_000 + b"<p>Still readable.</p>" + b"</div>" * 100_000
    doc = open_document(write("deep.html", page + b"</body></html>"))
    assert doc.text == "Still readable."
    assert any("nested" in w for w in doc.warnings)


def test_entities_never_expanded_nor_fetched(write, tmp_path: Path) -> None:
    secret = write("secret.txt", "TOP SECRET CONTENT")
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10 if i else "lol"}">' for i in range(10))
    page = (
        f'<?xml version="1.0"?><!DOCTYPE html [{laughs}'
        f'<!ENTITY xxe SYSTEM "file://{secret}">]>'
        "<html><body><p>Bomb: &l9;</p><p>Secret: &xxe;</p></body></html>"
    )
    doc = open_document(write("hostile.xhtml", page))
    assert "TOP SECRET" not in doc.text
    assert len(doc.text) < 200
    assert "lollollol" not in doc.text


def test_page_with_no_article_text(write) -> None:
    with pytest.raises(LoadError, match="no article text found"):
        open_document(
            write(
                "empty.html",
                "<html><head><title>x</title></head><body>"
                "<nav><a href='/'>Home</a></nav></body></html>",
            )
        )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Peru approves troops | The Andes Wire", ("Peru approves troops", "The Andes Wire")),
        (
            "Valley Gazette :: Flood waters recede from the street",
            ("Flood waters recede from the street", "Valley Gazette"),
        ),
        ("Lawmakers clear way - Lima Ledger", ("Lawmakers clear way", "Lima Ledger")),
        (
            "A title – with a dash inside it that is long",
            ("A title – with a dash inside it that is long", None),
        ),
    ],
)
def test_title_suffix(raw: str, expected: tuple) -> None:
    assert split_title_suffix(raw, None) == expected


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Jane Doe", "Jane Doe"),
        ("by Jane Doe and Ana Ruiz", "Jane Doe and Ana Ruiz"),
        ("By Margaret Ellis, 2 November 2004", "Margaret Ellis"),
        ("By the way, it rained.", None),
        ("Byzantine art", None),
    ],
)
def test_byline(line: str, author: str | None) -> None:
    assert byline_author(line) == author


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-05-18T14:32:00-05:00", date(2023, 5, 18)),
        ("D:20230522090000Z", date(2023, 5, 22)),
        ("May 18, 2023", date(2023, 5, 18)),
        ("18 May 2023", date(2023, 5, 18)),
        ("Thursday, Dec. 31, 2020", date(2020, 12, 31)),
        ("2023/05/18", date(2023, 5, 18)),
        ("Thu, 18 May 2023 10:00:00 GMT", date(2023, 5, 18)),
        ("not a date", None),
        ("2023-02-30", None),
    ],
)
def test_parse_date(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected
