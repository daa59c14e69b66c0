"""PDF: reflowed paragraphs, hyphenation undone, page furniture dropped, bad files."""

from datetime import date

import pytest

from reader.core import LoadError, open_document
from tests.builders import make_pdf

PARAS = [
    "Interpretation of the international agreement remained controversial throughout "
    "the parliamentary proceedings, and representatives from neighbouring governments "
    "communicated their disagreement repeatedly.",
    "Nevertheless, the implementation committee recommended continuation of the "
    "programme, emphasising transparency, accountability and well-known safeguards.",
]


def _pdf_text(write, **kwargs) -> str:
    return open_document(write("a.pdf", make_pdf(**kwargs))).text


def test_lines_reflowed_into_paragraphs_with_hyphenation_undone(write) -> None:
    text = _pdf_text(write, paragraphs=PARAS * 6, hyphenate=True, width_mm=90)
    paras = text.split("\n\n")
    assert paras == PARAS * 6
    assert "well-known" in text  # a real compound keeps its hyphen


def test_running_headers_and_page_numbers_dropped(write) -> None:
    text = _pdf_text(write, paragraphs=PARAS * 12, running_header="Hemisphere Review · May 2023")
    assert "Hemisphere Review" not in text
    assert not any(p.strip().isdigit() for p in text.split("\n\n"))
    assert text.split("\n\n") == PARAS * 12


def test_metadata_and_headline(write) -> None:
    data = make_pdf(
        paragraphs=["By Helen Marsh", *PARAS],
        title="A contested welcome",
        author="Helen Marsh",
        heading="A contested welcome",
    )
    doc = open_document(write("m.pdf", data))
    assert (doc.title, doc.author, doc.published) == (
        "A contested welcome",
        "Helen Marsh",
        date(2023, 5, 22),
    )
    assert doc.text.split("\n\n") == PARAS


def test_fifty_page_pdf_is_read_whole(write) -> None:
    doc = open_document(write("long.pdf", make_pdf(paragraphs=PARAS * 100)))
    assert doc.text.count("\n\n") == 199


def test_encrypted_pdf_with_password_is_refused(write) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, "Hidden text")
    with pytest.raises(LoadError, match="encrypted PDF"):
        open_document(write("locked.pdf", bytes(pdf.output())))


def test_pdf_encrypted_without_user_password_opens(write) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner")
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, "Readable text behind an owner password.")
    doc = open_document(write("owner.pdf", bytes(pdf.output())))
    assert doc.text == "Readable text behind an owner password."
    assert any("encrypted" in w for w in doc.warnings)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.7\n garbage that is not a PDF body", "damaged PDF"),
        (make_pdf(paragraphs=PARAS)[:400], "damaged PDF"),
        (b"<html>no</html>", "damaged PDF (no PDF header)"),
    ],
)
def test_damaged_pdf(write, data: bytes, reason: str) -> None:
    with pytest.raises(LoadError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        open_document(write("bad.pdf", data))


def test_pdf_without_text_layer(write) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50)
    with pytest.raises(LoadError, match="no text in this PDF"):
        open_document(write("scan.pdf", bytes(pdf.output())))


def test_a_pdf_made_today_has_no_publication_date(tmp_path) -> None:
    import datetime

    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(datetime.datetime.now())
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 5, "The council approved the budget on Tuesday after a long debate.")
    path = tmp_path / "printed.pdf"
    path.write_bytes(bytes(pdf.output()))
    doc = open_document(path)
    assert doc.published is None
    assert any("made today" in w for w in doc.warnings)
