"""Sentences and tokens: exact offsets on any text (property tests) and the hard cases."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.compare import compare
from reader.core.document import Document
from reader.core.text import join_paragraphs, sentences, tokens


def split(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. Embassy in Lima confirmed it. Mr. López left.",
         ["The U.S. Embassy in Lima confirmed it.", "Mr. López left."]),
        ("Troops arrive Dec. 31 at 6 a.m. on Friday. They leave later.",
         ["Troops arrive Dec. 31 at 6 a.m. on Friday.", "They leave later."]),
        ('He said "no." Then he left.', ['He said "no."', "Then he left."]),
        ("He went to the U.S. The next day he returned.",
         ["He went to the U.S.", "The next day he returned."]),
        ("J. R. Smith wrote No. 5 in 1901. Done!", ["J. R. Smith wrote No. 5 in 1901.", "Done!"]),
        ("Is it? Yes... maybe.", ["Is it?", "Yes... maybe."]),
        ("One.\n\nTwo without stop\n\nThree.", ["One.", "Two without stop", "Three."]),
    ],
)  # fmt: skip
def test_sentence_cases(text: str, expected: list[str]) -> None:
    assert split(text) == expected


paragraph = st.text(
    alphabet=st.sampled_from(list("abcXYZ .,!?\"'“”()-—0123456789é\u00a0\u2019")),
    min_size=0,
    max_size=120,
)


@given(st.lists(paragraph, max_size=6))
@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
def test_sentence_offsets_are_valid_and_ordered(paras: list[str]) -> None:
    text = join_paragraphs(paras)
    found = sentences(text)
    last = 0
    for s in found:
        assert 0 <= last <= s.start < s.end <= len(text)
        chunk = text[s.start : s.end]
        assert chunk == chunk.strip() and chunk
        assert "\n\n" not in chunk
        last = s.end
    # every non-space character belongs to some sentence
    covered = {i for s in found for i in range(s.start, s.end)}
    assert all(text[i].isspace() or i in covered for i in range(len(text)))


@given(st.text(max_size=300))
@settings(max_examples=200)
def test_token_offsets(text: str) -> None:
    for tok in tokens(text):
        assert text[tok.start : tok.end] == tok.text


words = st.sampled_from(
    "troops soldiers 700 seven hundred not disclosed June 1 May 30 December Tuesday said "
    'confirmed declined to confirm Lima Puno “quoted words” "policy" minister the a of in '
    "by votes to 33 more than about , . ; the day before same day".split(" ")
)


@given(st.lists(st.lists(words, min_size=3, max_size=40).map(" ".join), min_size=2, max_size=4))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_every_reported_span_is_valid(texts: list[str]) -> None:
    docs = [Document(text=join_paragraphs(t.split(". "))) for t in texts]
    docs = [d for d in docs if d.text.strip()]
    if len(docs) < 2:
        return
    result = compare(docs)
    data = result.to_dict()
    for item in data["disagreements"]:
        for span in item["spans"]:
            doc = docs[int(span["doc"][1:]) - 1]
            assert 0 <= span["start"] < span["end"] <= len(doc.text)
            assert span["text"] == doc.text[span["start"] : span["end"]]
    for group in data["groups"]:
        for span in group["spans"]:
            doc = docs[int(span["doc"][1:]) - 1]
            assert 0 <= span["start"] < span["end"] <= len(doc.text)
