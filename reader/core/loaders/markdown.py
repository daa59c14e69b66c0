"""Markdown: the text without its markup; title from front matter or the first heading."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from reader.core.loaders.base import Source
from reader.core.loaders.meta import parse_date, take_front_lines
from reader.core.loaders.plaintext import check_is_text, decode
from reader.core.text import clean, collapse, join_paragraphs

NAME = "markdown"

_FRONT = re.compile(r"\A(?:---|\+\+\+)[ \t]*\n(.*?)\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FIELD = re.compile(r"^([A-Za-z_][\w-]*)\s*[:=]\s*(.*)$")
_KEYS = {
    "title": "title",
    "headline": "title",
    "author": "author",
    "authors": "author",
    "byline": "author",
    "date": "published",
    "published": "published",
    "pubdate": "published",
    "publisher": "outlet",
    "outlet": "outlet",
    "source": "outlet",
    "site": "outlet",
}


def front_matter(text: str) -> tuple[dict[str, object], str]:
    """Read simple ``key: value`` YAML/TOML front matter; return (meta, rest of text)."""
    match = _FRONT.match(text)
    if not match:
        return {}, text
    meta: dict[str, object] = {}
    for line in match.group(1).splitlines():
        field = _FIELD.match(line.strip())
        if not field:
            continue
        key = _KEYS.get(field.group(1).lower())
        value = field.group(2).strip().strip("\"'").strip("[]").strip().strip("\"'")
        if not key or not value or key in meta:
            continue
        meta[key] = parse_date(value) if key == "published" else value
    return meta, text[match.end() :]


def _inline_text(token: Token) -> str:
    parts = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            continue
    return "".join(parts)


def blocks(markdown: str) -> list[tuple[str, str]]:
    """(kind, text) per block: kind is ``h1``..``h6`` or ``p``; code blocks are kept as text."""
    md = MarkdownIt("commonmark", {"html": True}).enable("table").enable("strikethrough")
    out: list[tuple[str, str]] = []
    tokens = md.parse(markdown)
    heading = None
    for tok in tokens:
        if tok.type == "heading_open":
            heading = tok.tag
        elif tok.type == "inline":
            text = collapse(_inline_text(tok))
            if text:
                out.append((heading or "p", text))
            heading = None
        elif tok.type in ("fence", "code_block"):
            out.append(("p", tok.content))
        elif tok.type == "html_block":
            stripped = re.sub(r"<[^>]*>", " ", tok.content)
            if stripped.strip():
                out.append(("p", stripped))
    return out


def load(source: Source) -> object:
    raw = decode(source)
    check_is_text(source, raw)
    meta, body = front_matter(clean(raw).replace("\r\n", "\n"))
    found = blocks(body)
    if not meta.get("title"):
        for i, (kind, text) in enumerate(found[:3]):
            if kind in ("h1", "h2") and (kind == "h1" or i == 0):
                meta["title"] = text
                del found[i]
                break
    paras = take_front_lines([text for _, text in found], meta)
    return source.document(join_paragraphs(paras), NAME, "Markdown loader", **meta)
