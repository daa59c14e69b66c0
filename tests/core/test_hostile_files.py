"""Hostile and unlucky inputs to the loaders: a one-line LoadError, fast, never a hang, a
traceback or a blow-up of memory. Growth on long inputs is printed by
tests/benchmarks/hostile.py; here each case is held."""

import os
import random
import time
from pathlib import Path

import pytest

from reader.core.document import LoadError
from reader.core.loaders import open_document
from reader.core.loaders.base import MAX_WARNINGS
from tests.builders import make_epub, make_pdf
from tests.conftest import SAMPLE


def test_a_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    start = time.perf_counter()
    with pytest.raises(LoadError, match="not a regular file"):
        open_document(fifo)
    assert time.perf_counter() - start < 1


def test_a_huge_text_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(40 * 1024 * 1024)  # sparse: no time spent writing it
    start = time.perf_counter()
    with pytest.raises(LoadError, match="too large for a text"):
        open_document(big)
    assert time.perf_counter() - start < 1


def test_an_xml_part_with_millions_of_tags_is_refused(tmp_path: Path) -> None:
    runs = "<w:r><w:t>a</w:t></w:r>" * 1_100_000
    path = tmp_path / "runs.docx"
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr(
            "word/document.xml",
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
            f'main"><w:body><w:p>{runs}</w:p></w:body></w:document>',
        )
    start = time.perf_counter()
    with pytest.raises(LoadError, match="too complex"):
        open_document(path)
    assert time.perf_counter() - start < 5


def test_a_pdf_bomb_is_a_load_error(tmp_path: Path, monkeypatch) -> None:
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError

    path = tmp_path / "bomb.pdf"
    path.write_bytes(make_pdf(["The council met on Tuesday."]))

    def limit(self):
        raise LimitReachedError("decompression limit reached")

    monkeypatch.setattr(PdfReader, "pages", property(limit))
    with pytest.raises(LoadError, match="damaged PDF"):
        open_document(path)


def test_an_epub_with_a_huge_spine_is_quick_and_summarises_its_notes(tmp_path: Path) -> None:
    data = make_epub([("One", ["The council met on Tuesday."])])
    import io
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in source.infolist():
            body = source.read(info)
            if info.filename.endswith("content.opf"):
                items = "".join(
                    f'<item id="m{i}" href="text/missing{i}.xhtml" '
                    'media-type="application/xhtml+xml"/>'
                    for i in range(20_000)
                )
                refs = "".join(f'<itemref idref="m{i}"/>' for i in range(20_000))
                body = body.replace(b"</manifest>", items.encode() + b"</manifest>")
                body = body.replace(b"</spine>", refs.encode() + b"</spine>")
            z.writestr(info, body)
    path = tmp_path / "spine.epub"
    path.write_bytes(out.getvalue())
    start = time.perf_counter()
    doc = open_document(path)
    assert time.perf_counter() - start < 10
    assert len(doc.warnings) == MAX_WARNINGS + 1
    assert doc.warnings[-1].startswith("… and 19,980 more notes")


@pytest.mark.parametrize("name", ["andes-wire.html", "lima-ledger.docx", "hemisphere-review.pdf"])
def test_damaged_copies_of_real_files_fail_cleanly(tmp_path: Path, name: str) -> None:
    original = (SAMPLE / name).read_bytes()
    rng = random.Random(name)
    for attempt in range(25):
        data = bytearray(original)
        if attempt % 3 == 0:
            data = data[: rng.randrange(1, len(data))]  # cut off
        for _ in range(rng.randint(1, 40)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        path = tmp_path / f"{attempt}-{name}"
        path.write_bytes(bytes(data))
        try:
            doc, message = open_document(path), ""
        except LoadError as exc:
            doc, message = None, str(exc)
        if doc is None:
            assert "\n" not in message and path.name in message
        else:
            assert doc.text.strip()


def test_one_endless_sentence_is_cut_into_bounded_pieces() -> None:
    from reader.core.text import MAX_SENTENCE, sentences

    text = ", ".join(["the council said the vote was final"] * 2_000) + "."
    found = sentences(text)
    assert len(found) > 10 and all(e - s <= MAX_SENTENCE for s, e, _ in found)
    assert all(text[s] != " " and text[e - 1] != " " for s, e, _ in found)
