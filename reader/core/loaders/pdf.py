"""PDF through pypdf: lines reflowed into paragraphs, hyphenation undone, page furniture dropped."""

from __future__ import annotations

import io
import itertools
import logging
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import date

from reader.core.loaders.base import Source
from reader.core.loaders.meta import looks_like_title, parse_date, take_front_lines
from reader.core.text import clean, collapse, join_paragraphs

MAX_PAGES = 5000
_PAGE_NUMBER = re.compile(
    r"^[-–—\s]*(?:page\s+|p\.\s*)?(?:\d{1,4}|[ivxlc]{1,7})(?:\s*(?:of|/)\s*\d{1,4})?[-–—\s]*$", re.I
)
_DIGITS = re.compile(r"\d+")
_ENDS_SENTENCE = re.compile(r"[.!?:\"”’)]$")
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|St|No|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Jr|Sr|"
    r"Prof|Inc|Co|Corp|vs|etc|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.)$"
)


@dataclass
class Line:
    text: str
    y: float
    x: float
    size: float


def _page_lines(page: object) -> list[Line]:
    """Text lines of one page with their baseline position, from pypdf's text visitor."""
    frags: list[Line] = []

    def visit(text: str, cm: list, tm: list, font: object, size: float) -> None:
        if not text:
            return
        # position in user space: text matrix times current transformation matrix
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = abs(tm[3] * cm[3]) or 1.0
        frags.append(Line(text, y, x, (size or 10) * scale))

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    lines: list[Line] = []
    for frag in frags:
        pieces = frag.text.split("\n")
        for i, piece in enumerate(pieces):
            new_line = i > 0 or not lines or abs(lines[-1].y - frag.y) > frag.size * 0.5
            if new_line:
                lines.append(Line(piece, frag.y, frag.x, frag.size))
            else:
                lines[-1].text += piece
    return [ln for ln in lines if ln.text.strip()]


def _detached(lines: list[Line], i: int, body_size: float) -> bool:
    """Whether line ``i`` stands apart from the body: another size, or a wide gap to it."""
    ln = lines[i]
    if abs(ln.size - body_size) > 1:
        return True
    neighbour = lines[i + 1] if i < len(lines) / 2 else lines[i - 1]
    if neighbour is ln:
        return True
    return abs(ln.y - neighbour.y) > 1.9 * body_size


def _furniture(pages: list[list[Line]], body_size: float) -> set[str]:
    """Lines repeated at the top or bottom of many pages, set apart from the body text
    (running heads and feet; repeated body lines that merely land at a page top stay)."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        if len(lines) < 2:
            continue
        edges = {i for i in (0, 1, len(lines) - 2, len(lines) - 1) if 0 <= i < len(lines)}
        counts.update(
            {
                _DIGITS.sub("#", collapse(lines[i].text).lower())
                for i in edges
                if _detached(lines, i, body_size)
            }
        )
    threshold = max(2, len(pages) * 0.5)
    return {key for key, n in counts.items() if n >= threshold}


def _drop_furniture(lines: list[Line], repeated: set[str], body_size: float) -> list[Line]:
    keep = []
    for i, ln in enumerate(lines):
        at_edge = i < 2 or i >= len(lines) - 2
        text = collapse(ln.text)
        small = ln.size < 0.8 * body_size and len(text) < 80 and (i == 0 or i == len(lines) - 1)
        furniture = _DIGITS.sub("#", text.lower()) in repeated and _detached(lines, i, body_size)
        if at_edge and (_PAGE_NUMBER.match(text) or furniture or small):
            continue
        keep.append(ln)
    return keep


def _join(parts: list[str], nxt: str, known: set[str]) -> None:
    """Add a line to a paragraph's parts, undoing an end-of-line hyphenation break. Only the
    last line is looked at, so a long paragraph costs no more per line than a short one."""
    prev = parts[-1]
    match = re.search(r"(\w+)-$", prev[-64:])
    if match and nxt[:1].islower():
        head = match.group(1)
        tail = re.match(r"\w+", nxt)
        word = tail.group(0) if tail else ""
        # keep real compounds ("well-known") that the document writes with a hyphen elsewhere
        if f"{head}-{word}".lower() in known and f"{head}{word}".lower() not in known:
            parts[-1] = prev + nxt
        else:
            parts[-1] = prev[:-1] + nxt
        return
    parts.append(nxt)


def reflow(pages: list[list[Line]]) -> list[str]:
    """Turn positioned lines into paragraphs: breaks at wide gaps, short ends and indents."""
    all_lines = [ln for lines in pages for ln in lines]
    if not all_lines:
        return []
    whole = " ".join(ln.text for ln in all_lines).lower()
    known = set(re.findall(r"\w+-\w+|\w+", whole))
    # line spacing relative to font size, so a headline's wider leading is not a break
    gaps = [
        (a.y - b.y) / b.size
        for lines in pages
        for a, b in itertools.pairwise(lines)
        if 0 < a.y - b.y < a.size * 4
    ]
    # the lower quartile is the ordinary line gap even in short texts full of paragraph gaps
    gap = sorted(gaps)[len(gaps) // 4] if gaps else 1.2
    width = max(len(ln.text.strip()) for ln in all_lines)
    margin = statistics.median(round(ln.x) for ln in all_lines)
    paras: list[str] = []
    current: list[str] = []  # the paragraph's lines, joined by spaces at its end
    prev: Line | None = None
    for lines in pages:
        for ln in lines:
            text = ln.text.strip()
            if prev is not None and current:
                drop = prev.y - ln.y
                tail = prev.text.strip()
                ended = bool(_ENDS_SENTENCE.search(tail)) and not _ABBREVIATION.search(tail)
                short = len(prev.text.strip()) < 0.8 * width
                same_page = drop > 0
                breaks = (
                    (same_page and drop > gap * ln.size * 1.45)
                    or (ended and short)
                    or (ended and ln.x > margin + 8 and ln.x - margin < 60)
                    or abs(ln.size - prev.size) > 1.5
                )
                if breaks:
                    paras.append(" ".join(current))
                    current = [text]
                else:
                    _join(current, text, known)
            else:
                current = [text]
            prev = ln
    if current:
        paras.append(" ".join(current))
    return paras


def load(source: Source) -> object:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError, PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # it logs every repair it makes
    try:
        reader = PdfReader(io.BytesIO(source.data), strict=False)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise source.error("encrypted PDF (needs a password)")
            except (DependencyError, FileNotDecryptedError, NotImplementedError):
                raise source.error("encrypted PDF (needs a password)") from None
            source.warn("PDF is encrypted without a user password; opened read-only")
        if len(reader.pages) > MAX_PAGES:
            raise source.error(f"too large: {len(reader.pages):,} pages, limit {MAX_PAGES:,}")
        pages = [_page_lines(page) for page in reader.pages]
        info = reader.metadata or {}
    except (
        PyPdfError,  # the library's whole family: read errors, limits reached (bombs), ...
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        RecursionError,
        ZeroDivisionError,
        OSError,
        AssertionError,
    ) as exc:
        if isinstance(exc, PdfReadError) and "decrypt" in str(exc).lower():
            raise source.error("encrypted PDF (needs a password)") from None
        raise source.error("damaged PDF") from None
    if not any(pages):
        raise source.error("no text in this PDF (scanned pages without a text layer?)")
    body_size = statistics.median(ln.size for lines in pages for ln in lines)
    repeated = _furniture(pages, body_size)
    pages = [_drop_furniture(lines, repeated, body_size) for lines in pages]
    for lines in pages:
        for ln in lines:
            ln.text = clean(ln.text)
    paras = reflow(pages)
    title = collapse(str(info.get("/Title") or "")) or None
    if title and paras and collapse(paras[0]).lower() == title.lower():
        paras = paras[1:]
    elif not title and len(paras) > 1 and looks_like_title(paras[0]):
        title = collapse(paras.pop(0))
    meta: dict[str, object] = {
        "title": title,
        "author": collapse(str(info.get("/Author") or "")) or None,
    }
    paras = take_front_lines(paras, meta)
    if not meta.get("published"):
        created = parse_date(str(info.get("/CreationDate") or ""))
        if created is not None and created >= date.today():
            # a PDF printed or converted today says nothing about when the article appeared
            source.warn("no publication date (the file was made today)")
        elif created is not None:
            meta["published"] = created
            source.warn("date taken from the file's creation date")
    return source.document(join_paragraphs(paras), "pdf", "PDF loader (pypdf)", **meta)
