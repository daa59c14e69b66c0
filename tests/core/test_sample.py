"""The bundled sample: four formats, good metadata, and a gold list that fits the texts."""

import json

import pytest

from reader.core import open_document
from reader.resources import sample_files
from tests.conftest import DATA, ROOT

GOLD = json.loads((DATA / "sample_gold.json").read_text(encoding="utf-8"))
KINDS = {"quantity", "date", "name", "attribution", "quote", "polarity", "omission", "wording"}


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    sample_dir = ROOT / "resources" / "sample"
    return {key: open_document(sample_dir / name).text for key, name in GOLD["documents"].items()}


def test_sample_has_four_formats() -> None:
    docs = [open_document(p) for p in sample_files()]
    assert {d.format for d in docs} >= {"html", "docx", "pdf", "text"}
    assert len(docs) >= 4
    for doc in docs:
        assert doc.title and doc.author and doc.published
        assert doc.published.year == 2023 and doc.published.month == 5


def test_gold_covers_every_kind() -> None:
    assert {d["kind"] for d in GOLD["disagreements"]} == KINDS


def test_gold_phrases_are_in_the_loaded_texts(texts: dict[str, str]) -> None:
    for item in GOLD["disagreements"]:
        assert len(item["spans"]) >= 1
        for key, span in item["spans"].items():
            assert span["phrase"] in texts[key], (item["id"], key)
    for item in GOLD["equivalents"]:
        for key, phrase in item["spans"].items():
            assert phrase in texts[key], (item["why"], key)
