"""Writers for realistic test documents: .docx, .odt, .epub (zip + XML) and PDF (fpdf2).

Used by the tests and by tests/data/build_sample.py, which writes the bundled sample.
The ZIP files are written with a fixed timestamp so the same input gives the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

_STAMP = (2023, 5, 18, 12, 0, 0)


def _zip(members: list[tuple[str, bytes | str]], stored_first: bool = False) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for i, (name, data) in enumerate(members):
            info = zipfile.ZipInfo(name, _STAMP)
            info.compress_type = (
                zipfile.ZIP_STORED if stored_first and i == 0 else zipfile.ZIP_DEFLATED
            )
            zf.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def make_docx(
    paragraphs: list[str | tuple[str, str]],
    *,
    title: str | None = None,
    creator: str | None = None,
    created: str | None = None,
    company: str | None = None,
    extra_body: str = "",
) -> bytes:
    """A minimal valid .docx. A paragraph may be ``(style_id, text)``."""
    body = []
    for para in paragraphs:
        style, text = para if isinstance(para, tuple) else ("", para)
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        # split runs at the middle so readers must join runs correctly
        mid = len(text) // 2
        runs = "".join(
            f'<w:r><w:t xml:space="preserve">{escape(part)}</w:t></w:r>'
            for part in (text[:mid], text[mid:])
            if part
        )
        body.append(f"<w:p>{ppr}{runs}</w:p>")
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W_NS}"><w:body>{"".join(body)}{extra_body}'
        "<w:sectPr/></w:body></w:document>"
    )
    core_fields = "".join(
        [
            f"<dc:title>{escape(title)}</dc:title>" if title else "",
            f"<dc:creator>{escape(creator)}</dc:creator>" if creator else "",
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
            if created
            else "",
        ]
    )
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"{core_fields}</cp:coreProperties>"
    )
    app = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties">'
        + (f"<Company>{escape(company)}</Company>" if company else "")
        + "<Application>Crosscheck test builder</Application></Properties>"
    )
    types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/'
        'vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
        'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/extended-properties" Target="docProps/app.xml"/>'
        "</Relationships>"
    )
    return _zip(
        [
            ("[Content_Types].xml", types),
            ("_rels/.rels", rels),
            ("word/document.xml", document),
            ("docProps/core.xml", core),
            ("docProps/app.xml", app),
        ]
    )


ODF = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
}


def make_odt(
    blocks: list[str | tuple[str, str]],
    *,
    title: str | None = None,
    creator: str | None = None,
    date: str | None = None,
) -> bytes:
    """A minimal valid .odt. A block may be ``("h", text)`` for a heading; text holding
    ``<text:`` is raw ODF inline XML."""
    xmlns = " ".join(f'xmlns:{k}="{v}"' for k, v in ODF.items())
    body = []
    for block in blocks:
        tag, text = block if isinstance(block, tuple) else ("p", block)
        inner = text if "<text:" in text else escape(text)
        attr = ' text:outline-level="1"' if tag == "h" else ""
        body.append(f"<text:{tag}{attr}>{inner}</text:{tag}>")
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {xmlns}>'
        f"<office:body><office:text>{''.join(body)}</office:text></office:body>"
        "</office:document-content>"
    )
    fields = "".join(
        [
            f"<dc:title>{escape(title)}</dc:title>" if title else "",
            f"<dc:creator>{escape(creator)}</dc:creator>" if creator else "",
            f"<meta:creation-date>{date}</meta:creation-date>" if date else "",
        ]
    )
    meta = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {xmlns}>'
        f"<office:meta>{fields}</office:meta></office:document-meta>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
        '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        "</manifest:manifest>"
    )
    return _zip(
        [
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            ("content.xml", content),
            ("meta.xml", meta),
            ("META-INF/manifest.xml", manifest),
        ],
        stored_first=True,
    )


def make_epub(
    chapters: list[tuple[str, list[str]]],
    *,
    title: str = "A Book",
    creator: str | None = None,
    date: str | None = None,
    publisher: str | None = None,
    spine_order: list[int] | None = None,
) -> bytes:
    """An EPUB 3 with one XHTML file per chapter; ``spine_order`` reorders the spine."""
    items, docs = [], []
    for i, (heading, paras) in enumerate(chapters):
        body = f"<h1>{escape(heading)}</h1>" + "".join(f"<p>{escape(p)}</p>" for p in paras)
        docs.append(
            (
                f"OEBPS/text/ch{i}.xhtml",
                '<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/'
                f'xhtml"><head><title>{escape(heading)}</title></head><body>{body}'
                "</body></html>",
            )
        )
        items.append(
            f'<item id="ch{i}" href="text/ch{i}.xhtml" media-type="application/xhtml+xml"/>'
        )
    order = spine_order if spine_order is not None else list(range(len(chapters)))
    spine = "".join(f'<itemref idref="ch{i}"/>' for i in order)
    meta = "".join(
        [
            f"<dc:title>{escape(title)}</dc:title>",
            f"<dc:creator>{escape(creator)}</dc:creator>" if creator else "",
            f"<dc:date>{date}</dc:date>" if date else "",
            f"<dc:publisher>{escape(publisher)}</dc:publisher>" if publisher else "",
        ]
    )
    opf = (
        '<?xml version="1.0" encoding="UTF-8"?><package xmlns="http://www.idpf.org/2007/opf" '
        'version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/'
        f'1.1/">{meta}</metadata><manifest>{"".join(items)}</manifest>'
        f"<spine>{spine}</spine></package>"
    )
    container = (
        '<?xml version="1.0" encoding="UTF-8"?><container version="1.0" xmlns='
        '"urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile '
        'full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
        "</rootfiles></container>"
    )
    return _zip(
        [
            ("mimetype", "application/epub+zip"),
            ("META-INF/container.xml", container),
            ("OEBPS/content.opf", opf),
            *docs,
        ],
        stored_first=True,
    )


def make_pdf(
    paragraphs: list[str],
    *,
    title: str | None = None,
    author: str | None = None,
    heading: str | None = None,
    running_header: str | None = None,
    page_numbers: bool = True,
    font_size: float = 11,
    width_mm: float = 150,
    hyphenate: bool = False,
) -> bytes:
    """A text PDF written with fpdf2: optional headline, running header and page numbers.

    With ``hyphenate``, long words at line ends are broken by hand with a hyphen, as
    typesetters do, so the loader's de-hyphenation is exercised.
    """
    from fpdf import FPDF

    class Paper(FPDF):
        def header(self) -> None:
            if running_header:
                self.set_font("Helvetica", "I", 8)
                self.cell(0, 6, running_header, align="C")
                self.ln(10)

        def footer(self) -> None:
            if page_numbers:
                self.set_y(-15)
                self.set_font("Helvetica", "", 8)
                self.cell(0, 10, str(self.page_no()), align="C")

    pdf = Paper(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2023, 5, 22, 9, 0, 0))
    if title:
        pdf.set_title(title)
    if author:
        pdf.set_author(author)
    pdf.set_margins((210 - width_mm) / 2, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    if heading:
        pdf.set_font("Helvetica", "B", font_size + 7)
        pdf.multi_cell(0, (font_size + 7) * 0.5, heading)
        pdf.ln(4)
    pdf.set_font("Times", "", font_size)
    line_h = font_size * 0.45
    for para in paragraphs:
        if hyphenate:
            _hyphenated(pdf, para, line_h)
        else:
            pdf.multi_cell(0, line_h, para)
        pdf.ln(line_h * 0.8)
    return bytes(pdf.output())


def _hyphenated(pdf: object, text: str, line_h: float) -> None:
    """Lay out lines by hand, splitting a long word across lines with a hyphen."""
    limit = pdf.epw  # type: ignore[attr-defined]
    line = ""
    words = text.split()
    while words:
        word = words.pop(0)
        candidate = f"{line} {word}".strip()
        if pdf.get_string_width(candidate) <= limit:  # type: ignore[attr-defined]
            line = candidate
            continue
        if len(word) >= 8:
            head, tail = word[: len(word) // 2], word[len(word) // 2 :]
            if pdf.get_string_width(f"{line} {head}-") <= limit:  # type: ignore[attr-defined]
                pdf.cell(0, line_h, f"{line} {head}-".strip(), new_x="LMARGIN", new_y="NEXT")  # type: ignore[attr-defined]
                line = ""
                words.insert(0, tail)
                continue
        pdf.cell(0, line_h, line, new_x="LMARGIN", new_y="NEXT")  # type: ignore[attr-defined]
        line = word
    if line:
        pdf.cell(0, line_h, line, new_x="LMARGIN", new_y="NEXT")  # type: ignore[attr-defined]
