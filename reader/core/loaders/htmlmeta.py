"""Article metadata from a saved page: JSON-LD, OpenGraph, article: and DC meta, bylines."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from lxml import html as lxml_html

from reader.core.loaders.meta import byline_author, parse_date, split_title_suffix
from reader.core.text import collapse

ARTICLE_TYPES = {
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "blogposting",
    "socialmediaposting",
    "scholarlyarticle",
    "report",
    "liveblogposting",
}
_MAX_JSONLD = 2_000_000


def _walk_jsonld(node: object, depth: int = 0) -> Iterator[dict]:
    if depth > 20:
        return
    if isinstance(node, list):
        for item in node:
            yield from _walk_jsonld(item, depth + 1)
    elif isinstance(node, dict):
        yield node
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if key in node:
                yield from _walk_jsonld(node[key], depth + 1)


def _types(node: dict) -> set[str]:
    value = node.get("@type", ())
    values = value if isinstance(value, list) else [value]
    return {str(v).lower() for v in values}


def _name(value: object) -> str | None:
    if isinstance(value, str):
        return collapse(value) or None
    if isinstance(value, dict):
        return _name(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value[:6]) if n]
        return " and ".join(names) if names else None
    return None


def jsonld_article(tree: lxml_html.HtmlElement) -> dict[str, object]:
    """The first schema.org article object in the page's JSON-LD, as plain metadata."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = (script.text or "").strip()
        if not raw or len(raw) > _MAX_JSONLD:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        for node in _walk_jsonld(data):
            if _types(node) & ARTICLE_TYPES:
                return {
                    "title": _name(node.get("headline") or node.get("name")),
                    "author": _name(node.get("author") or node.get("creator")),
                    "published": parse_date(str(node.get("datePublished") or "")),
                    "outlet": _name(node.get("publisher") or node.get("sourceOrganization")),
                }
    return {}


def meta_tags(tree: lxml_html.HtmlElement) -> dict[str, str]:
    """All ``<meta>`` values by lower-cased property/name (first occurrence wins)."""
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        value = meta.get("content")
        if key and value and key not in found:
            found[key] = collapse(value)
    return found


def _first(tags: dict[str, str], *keys: str) -> str | None:
    for key in keys:
        value = tags.get(key)
        if value:
            return value
    return None


def _any_published(tags: dict[str, str]) -> object:
    """Site-specific keys such as ``govx:first-published-at`` or ``cXenseParse:pubdate``."""
    for key, value in tags.items():
        if re.search(r"publish|pub-?date", key) and "modified" not in key:
            found = parse_date(value)
            if found:
                return found
    return None


def byline_from_page(tree: lxml_html.HtmlElement) -> str | None:
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        marks = f"{el.get('class', '')} {el.get('rel', '')} {el.get('itemprop', '')}".lower()
        if not any(m in marks for m in ("byline", "author")):
            continue
        text = collapse(el.text_content())
        if not text or len(text) > 120:
            continue
        author = byline_author(text) or (byline_author("By " + text) if len(text) < 60 else None)
        if author:
            return author
    return None


def time_from_page(tree: lxml_html.HtmlElement) -> object:
    for el in tree.iter("time"):
        found = parse_date(el.get("datetime") or "") or parse_date(collapse(el.text_content()))
        if found:
            return found
    return None


def page_metadata(tree: lxml_html.HtmlElement) -> dict[str, object]:
    """Title, outlet, author and published date, most reliable source first."""
    ld = jsonld_article(tree)
    tags = meta_tags(tree)
    outlet = ld.get("outlet") or _first(
        tags, "og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site"
    )
    if isinstance(outlet, str) and outlet.startswith("@"):
        outlet = None
    title = ld.get("title") or _first(tags, "og:title", "twitter:title", "dc.title", "headline")
    if not title:
        h1 = next(iter(tree.iter("h1")), None)
        title = collapse(h1.text_content()) if h1 is not None else None
    if not title:
        head_title = next(iter(tree.iter("title")), None)
        title = collapse(head_title.text_content()) if head_title is not None else None
    if title:
        title, outlet = split_title_suffix(str(title), outlet)  # type: ignore[arg-type]
    author = ld.get("author") or _first(tags, "author", "article:author", "byl", "dc.creator")
    if isinstance(author, str):
        if author.startswith(("http://", "https://")):
            author = None
        else:
            author = byline_author(author) or author
    author = author or byline_from_page(tree)
    published = (
        ld.get("published")
        or parse_date(
            _first(
                tags,
                "article:published_time",
                "og:article:published_time",
                "datepublished",
                "date",
                "dc.date",
                "dc.date.issued",
                "pubdate",
                "publishdate",
                "parsely-pub-date",
                "sailthru.date",
            )
        )
        or _any_published(tags)
        or time_from_page(tree)
    )
    return {
        "title": title or None,
        "outlet": outlet or None,
        "author": author or None,
        "published": published,
    }
