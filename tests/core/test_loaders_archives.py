"""Word, OpenDocument and EPUB: text in order, metadata, damaged and hostile archives."""

import io
import zipfile
from datetime import date

import pytest

from reader.core import LoadError, open_document
from reader.core.loaders import base
from tests.builders import make_docx, make_epub, make_odt


def test_docx_text_metadata_and_title_style(write) -> None:
    data = make_docx(
        [("Title", "Ports reopen"), "By Li Wei", "First paragraph.", "Second, with “quotes”."],
        title="Ports reopen",
        creator="Li Wei",
        created="2024-02-01T08:00:00Z",
        company="Coast News",
    )
    doc = open_document(write("p.docx", data))
    assert doc.format == "docx"
    assert (doc.title, doc.author, doc.outlet) == ("Ports reopen", "Li Wei", "Coast News")
    assert doc.published == date(2024, 2, 1)
    assert doc.text == "First paragraph.\n\nSecond, with “quotes”."
    assert "date taken from the file's creation date" in doc.warnings


def test_docx_skips_deleted_text_and_reads_tables(write) -> None:
    w = "w"
    extra = (
        f"<{w}:p><{w}:r><{w}:t>Kept </{w}:t></{w}:r><{w}:del><{w}:r><{w}:delText>deleted "
        f"</{w}:delText></{w}:r></{w}:del><{w}:ins><{w}:r><{w}:t>inserted</{w}:t></{w}:r>"
        f"</{w}:ins><{w}:r><{w}:tab/><{w}:t>after tab</{w}:t></{w}:r></{w}:p>"
        f"<{w}:tbl><{w}:tr><{w}:tc><{w}:p><{w}:r><{w}:t>Cell text</{w}:t></{w}:r></{w}:p>"
        f"</{w}:tc></{w}:tr></{w}:tbl>"
    )
    doc = open_document(write("t.docx", make_docx(["Opening."], extra_body=extra)))
    assert doc.text == "Opening.\n\nKept inserted after tab\n\nCell text"


def test_docx_misnamed_as_something_else_is_found_by_content(write) -> None:
    doc = open_document(write("report.bin", make_docx(["Body text."])))
    assert doc.format == "docx"


def test_odt_text_spaces_notes_and_metadata(write) -> None:
    blocks = [
        ("h", "Harbour news"),
        'Two<text:s text:c="3"/>spaces and a<text:tab/>tab<text:line-break/>break.',
        "Body<text:note><text:note-citation>1</text:note-citation><text:note-body>"
        "<text:p>Footnote text</text:p></text:note-body></text:note> continues.",
    ]
    doc = open_document(
        write("h.odt", make_odt(blocks, creator="Ana Ruiz", date="2022-03-04T10:00:00"))
    )
    assert doc.format == "odt"
    assert (doc.title, doc.author, doc.published) == ("Harbour news", "Ana Ruiz", date(2022, 3, 4))
    assert doc.text == "Two spaces and a tab break.\n\nBody continues."


def test_epub_chapters_in_spine_order(write) -> None:
    data = make_epub(
        [("One", ["First chapter."]), ("Two", ["Second chapter."]), ("Three", ["Third."])],
        title="A Book",
        creator="Jo March",
        date="1868-09-30",
        publisher="Roberts Brothers",
        spine_order=[2, 0, 1],
    )
    doc = open_document(write("b.epub", data))
    assert doc.format == "epub"
    assert (doc.title, doc.author, doc.outlet) == ("A Book", "Jo March", "Roberts Brothers")
    assert doc.published == date(1868, 9, 30)
    assert doc.text == "Three\n\nThird.\n\nOne\n\nFirst chapter.\n\nTwo\n\nSecond chapter."


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("cut.docx", make_docx(["Text"])[:300], "damaged .docx archive"),
        ("x.docx", b"PK\x03\x04 this is not really a zip", "damaged .docx archive"),
        ("x.docx", b"plain text pretending", "damaged .docx file (not a ZIP archive)"),
        ("x.zip", _zip({"a.txt": b"hello"}), "unsupported format: a ZIP archive"),
        ("x.xlsx", _zip({"xl/workbook.xml": b"<a/>"}), "spreadsheet or presentation"),
        ("x.docx", _zip({"word/document.xml": b"<w:document"}), "damaged .docx archive"),
        ("x.epub", _zip({"mimetype": b"application/epub+zip"}), "damaged EPUB archive"),
        ("x.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "legacy Word .doc"),
        ("x.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "PNG image"),
    ],
)
def test_damaged_and_unsupported_archives(write, name: str, data: bytes, reason: str) -> None:
    path = write(name, data)
    with pytest.raises(LoadError) as info:
        open_document(path)
    assert reason in str(info.value)
    assert str(info.value).startswith(str(path))


def test_zip_bomb_refused_before_inflating(write, monkeypatch: pytest.MonkeyPatch) -> None:
    # 300 MB of zeros compresses to ~300 KB; the declared size is checked before reading
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", b"<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(300):
                member.write(chunk)
    with pytest.raises(LoadError, match=r"too large: 300\.0 MB when unpacked, limit 200\.0 MB"):
        open_document(write("bomb.docx", buf.getvalue()))


def test_lying_zip_header_is_capped_while_reading(write, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(base, "MAX_UNPACKED_BYTES", 10_000)
    big = make_docx(["x" * 50_000])
    with pytest.raises(LoadError, match="too large"):
        open_document(write("big.docx", big))


def test_xml_entities_in_docx_are_not_expanded(write) -> None:
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10 if i else "lol"}">' for i in range(10))
    document = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [{laughs}'
        '<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>Safe &l9; &xxe; text</w:t></w:r></w:p></w:body></w:document>"
    )
    path = write("ent.docx", _zip({"word/document.xml": document.encode()}))
    # refusing the file is as good as reading it unexpanded; expanding it is not
    doc = None
    message = ""
    try:
        doc = open_document(path)
    except LoadError as exc:
        message = str(exc)
    if doc is None:
        assert "damaged .docx archive" in message
    else:
        assert "root:" not in doc.text
        assert "lollol" not in doc.text
        assert len(doc.text) < 100
