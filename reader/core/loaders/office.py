"""Word (.docx) and OpenDocument (.odt): the XML parts read with lxml."""

from __future__ import annotations

from lxml import etree

from reader.core.loaders.base import Archive, Source
from reader.core.loaders.meta import looks_like_title, parse_date, take_front_lines
from reader.core.text import collapse, join_paragraphs

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
DC = "http://purl.org/dc/elements/1.1/"
DCTERMS = "http://purl.org/dc/terms/"
EP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"

_W_P, _W_T, _W_TAB, _W_BR, _W_CR = (f"{{{W}}}{n}" for n in ("p", "t", "tab", "br", "cr"))
_W_SKIP = {f"{{{W}}}{n}" for n in ("del", "delText", "instrText", "fldChar", "footnoteReference")}


def _first_text(root: etree._Element | None, path: str, ns: dict[str, str]) -> str | None:
    if root is None:
        return None
    found = root.find(path, ns)
    if found is None or not (found.text or "").strip():
        return None
    return collapse(found.text)


def docx_paragraphs(body: etree._Element) -> list[tuple[str, str]]:
    """(style id, text) per ``w:p`` in document order, tables included, deletions skipped."""
    out = []
    for p in body.iter(_W_P):
        style = p.find(f"{{{W}}}pPr/{{{W}}}pStyle")
        style_id = (style.get(f"{{{W}}}val") or "") if style is not None else ""
        parts = []
        skip_depth = None
        for event, el in etree.iterwalk(p, events=("start", "end")):
            if event == "end":
                if el is skip_depth:
                    skip_depth = None
                continue
            if skip_depth is not None:
                continue
            if el.tag in _W_SKIP:
                skip_depth = el
            elif el.tag == _W_T:
                parts.append(el.text or "")
            elif el.tag in (_W_TAB, _W_BR, _W_CR):
                parts.append(" ")
            elif el.tag == _W_P and el is not p:
                skip_depth = el  # nested paragraph (text box): it is visited on its own
        out.append((style_id, "".join(parts)))
    return out


def load_docx(source: Source) -> object:
    archive = Archive(source, ".docx")
    if not archive.has("word/document.xml"):
        raise source.error("damaged .docx archive: no word/document.xml")
    document = archive.xml("word/document.xml")
    body = document.find(f"{{{W}}}body")
    if body is None:
        raise source.error("damaged .docx archive: the document has no body")
    core = archive.xml("docProps/core.xml") if archive.has("docProps/core.xml") else None
    app = archive.xml("docProps/app.xml") if archive.has("docProps/app.xml") else None
    ns = {"cp": CP, "dc": DC, "dcterms": DCTERMS, "ep": EP}
    meta: dict[str, object] = {
        "title": _first_text(core, "dc:title", ns),
        "author": _first_text(core, "dc:creator", ns),
        "outlet": _first_text(app, "ep:Company", ns),
    }
    created = _first_text(core, "dcterms:created", ns)
    paras = docx_paragraphs(body)
    # a "Title" styled first paragraph is the headline: metadata, not body
    for i, (style, text) in enumerate(paras[:3]):
        if style.lower() in ("title", "heading1") and collapse(text):
            meta["title"] = meta["title"] or collapse(text)
            if collapse(text) == meta["title"]:
                del paras[i]
            break
    texts = take_front_lines([t for _, t in paras if collapse(t)], meta)
    if not meta.get("published") and created:
        meta["published"] = parse_date(created)
        if meta["published"]:
            source.warn("date taken from the file's creation date")
    if meta.get("outlet"):
        source.warn("outlet taken from the file's Company property")
    return source.document(join_paragraphs(texts), "docx", "Word (.docx) loader", **meta)


_T = {n: f"{{{TEXT}}}{n}" for n in ("p", "h", "s", "tab", "line-break", "note", "tracked-changes")}
_O_ANNOTATION = f"{{{OFFICE}}}annotation"


def _odt_block_text(block: etree._Element, skip_tags: set[str]) -> str:
    parts: list[str] = []
    skipping = None
    for event, el in etree.iterwalk(block, events=("start", "end")):
        if event == "start":
            if skipping is not None:
                continue
            if el is not block and (el.tag in skip_tags or el.tag in (_T["p"], _T["h"])):
                skipping = el  # notes, comments, frames with their own paragraphs
                continue
            if el.tag == _T["s"]:
                count = el.get(f"{{{TEXT}}}c", "1")
                parts.append(" " * min(int(count) if count.isdigit() else 1, 100))
            elif el.tag in (_T["tab"], _T["line-break"]):
                parts.append(" ")
            else:
                parts.append(el.text or "")
        elif el is skipping:
            skipping = None
            parts.append(el.tail or "")
        elif skipping is None and el is not block:
            parts.append(el.tail or "")
    return "".join(parts)


def odt_paragraphs(body: etree._Element) -> list[tuple[str, str]]:
    """(tag, text) per ``text:p`` / ``text:h`` in order; notes, comments and changes skipped."""
    skip = {_T["note"], _T["tracked-changes"], _O_ANNOTATION}
    out = []
    for block in body.iter(_T["p"], _T["h"]):
        if any(anc.tag in skip for anc in block.iterancestors()):
            continue
        tag = "h" if block.tag == _T["h"] else "p"
        out.append((tag, _odt_block_text(block, skip)))
    return out


def load_odt(source: Source) -> object:
    archive = Archive(source, ".odt")
    if not archive.has("content.xml"):
        raise source.error("damaged .odt archive: no content.xml")
    content = archive.xml("content.xml")
    body = content.find(f"{{{OFFICE}}}body")
    if body is None:
        raise source.error("damaged .odt archive: the document has no body")
    meta_xml = archive.xml("meta.xml") if archive.has("meta.xml") else None
    ns = {"office": OFFICE, "meta": META, "dc": DC}
    meta: dict[str, object] = {
        "title": _first_text(meta_xml, "office:meta/dc:title", ns),
        "author": _first_text(meta_xml, "office:meta/dc:creator", ns)
        or _first_text(meta_xml, "office:meta/meta:initial-creator", ns),
    }
    paras = odt_paragraphs(body)
    if paras and not meta["title"] and paras[0][0] == "h" and looks_like_title(paras[0][1]):
        meta["title"] = collapse(paras.pop(0)[1])
    elif paras and meta["title"] and collapse(paras[0][1]) == meta["title"]:
        paras.pop(0)
    texts = take_front_lines([t for _, t in paras if collapse(t)], meta)
    if not meta.get("published"):
        created = _first_text(meta_xml, "office:meta/meta:creation-date", ns)
        meta["published"] = parse_date(created)
        if meta["published"]:
            source.warn("date taken from the file's creation date")
    return source.document(join_paragraphs(texts), "odt", "OpenDocument (.odt) loader", **meta)
