"""Saved web pages: the article without the site around it.

Our own lxml extractor (see the README for how it measured against trafilatura and
readability-lxml on our test pages). Steps: parse safely, read metadata, remove page chrome
by element and by class/id/role, pick the element that holds the article, and walk it into
paragraphs, dropping link lists and stock phrases.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from reader.core.loaders.base import Source
from reader.core.loaders.htmlmeta import page_metadata
from reader.core.loaders.meta import take_front_lines
from reader.core.loaders.plaintext import decode
from reader.core.text import collapse, join_paragraphs

NAME = "html"

BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "figure",
        "figcaption",
        "hr",
        "address",
        "details",
        "summary",
        "caption",
        "center",
        "nav",
        "form",
        "fieldset",
        "legend",
        "body",
        "html",
    ]
)
DROP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "canvas",
        "iframe",
        "object",
        "embed",
        "form",
        "button",
        "input",
        "select",
        "textarea",
        "nav",
        "aside",
        "footer",
        "dialog",
        "menu",
        "head",
        "link",
        "meta",
        "figure",
        "picture",
        "video",
        "audio",
        "map",
        "source",
        "track",
        "label",
    ]
)
_BAD = re.compile(
    r"nav|menu|cookie|consent|gdpr|banner|(?:^|[-_ ])ads?(?:$|[-_ ])|advert|sponsor|promo|"
    r"share|sharing|social|related|recommend|more-?stories|read-?more|comment|discuss|"
    r"footer|newsletter|subscribe|signup|sign-up|sidebar|breadcrumb|popup|modal|overlay|"
    r"paywall|outbrain|taboola|masthead|site-?header|skip|tag-?list|tags|topics|trending|"
    r"most-?read|popular|widget|toolbar|print|caption|credit|byline|dateline|timestamp|"
    r"author|published|updated|meta-?data|article-?meta|post-?meta|disclaimer|hidden|sr-only|"
    r"feedback|print-?link",
    re.I,
)
_GOOD = re.compile(r"article|story|entry|post-?body|post-?content|main|content|text|body", re.I)
_BAD_ROLES = {
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "menu",
    "menubar",
    "search",
    "dialog",
    "alert",
    "toolbar",
}
_BODY_MARK = re.compile(
    r"article-?body|articlebody|story-?body|entry-?content|post-?content|article-?content|"
    r"story-?content|content-?body|body-?text|article-?text|story-?text",
    re.I,
)
_STOCK = re.compile(
    r"^(advertisement|advert|sponsored|ad|read more|read next|related|share( this)?|"
    r"sign up|subscribe|follow us|click here|continue reading|skip to|back to top|"
    r"story continues below|more from)\b.{0,100}$|^©|^copyright\b",
    re.I,
)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# A DOCTYPE with an internal subset declares entities; it is removed, never interpreted.
_DOCTYPE = re.compile(r"^\s*<!doctype[^>\[]*(?:\[.*?\])?\s*>", re.I | re.S)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)


def decode_html(source: Source) -> str:
    """Decode a page using its BOM, its declared charset, or detection, in that order."""
    head = source.data[:4096]
    if not head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        declared = _CHARSET.search(head)
        if declared:
            name = declared.group(1).decode("ascii", "replace").lower()
            name = {"iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252"}.get(
                name, name
            )
            try:
                return source.data.decode(name)
            except (LookupError, UnicodeDecodeError):
                pass
    return decode(source)


_NESTING_TAGS = re.compile(
    r"</?(?:div|span|section|b|i|u|em|strong|font|small|big|sub|sup|center|main|article)\b[^>]*>",
    re.I,
)


_DATA_URI = re.compile(r"""(=\s*["']?)data:[^"'\s>]{2000,}""", re.I)


def _parse_text(text: str) -> tuple[lxml_html.HtmlElement | None, bool]:
    """Parse; also say whether libxml2 stopped at its nesting limit (256 levels). Embedded
    images and fonts (long ``data:`` addresses) are dropped first: they hold no text, and a
    page saved as one file can be mostly them."""
    text = _DATA_URI.sub(r"\1", text)
    parser = lxml_html.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, recover=True, huge_tree=False
    )
    try:
        root = lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        root = None
    too_deep = any("depth" in (e.message or "").lower() for e in parser.error_log)
    return root, too_deep


def parse(source: Source, text: str | None = None) -> lxml_html.HtmlElement:
    """Parse a page safely: no network, no entity expansion, bounded nesting."""
    text = _XML_DECL.sub("", text if text is not None else decode_html(source), count=1)
    text = _DOCTYPE.sub("", text[:1_000_000], count=1) + text[1_000_000:]
    text = text.replace("\x00", "")
    root, too_deep = _parse_text(text)
    if too_deep:
        # Absurd nesting (a hostile or broken page): read it again without the wrapper
        # elements, so the text survives even though the structure cannot.
        source.warn("page nested too deeply; read without its layout structure")
        root, too_deep = _parse_text(_NESTING_TAGS.sub(" ", text))
        if too_deep:
            raise source.error("too deeply nested to read as HTML")
    if root is None:
        raise source.error("not an HTML document")
    return root


def _marks(el: lxml_html.HtmlElement) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}"


def _is_chrome(el: lxml_html.HtmlElement) -> bool:
    tag = el.tag
    if tag in ("html", "body", "main", "article"):
        return False
    if tag in DROP_TAGS:
        return True
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    if (el.get("role") or "").lower() in _BAD_ROLES:
        return True
    if tag == "header":
        return True
    marks = _marks(el)
    if not marks.strip() or not _BAD.search(marks):
        return False
    # "main-content has-sidebar" is the article, not the sidebar
    return not (_GOOD.search(marks) and not re.search(r"related|comment|promo|share", marks, re.I))


def strip_chrome(root: lxml_html.HtmlElement) -> None:
    doomed = [el for el in root.iter() if not isinstance(el.tag, str) or _is_chrome(el)]
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


def paragraphs(root: lxml_html.HtmlElement, link_density: float = 0.5) -> list[str]:
    """Walk ``root`` into paragraph strings, without recursion (deep pages are fine).

    Block elements break paragraphs; ``<br><br>`` does too. Short blocks made mostly of
    link text (menus, "related" lists that survived) and stock phrases are dropped.
    """
    out: list[str] = []
    parts: list[str] = []
    link_chars = 0
    in_link = 0
    brs = 0

    def flush() -> None:
        nonlocal link_chars
        text = collapse("".join(parts))
        parts.clear()
        if text:
            dense = link_chars / len(text) > link_density and len(text) < 400
            if not dense and not (_STOCK.match(text) and len(text) < 140):
                out.append(text)
        link_chars = 0

    def add(text: str | None) -> None:
        nonlocal link_chars, brs
        if text:
            parts.append(text)
            if in_link:
                link_chars += len(text.strip())
            if text.strip():
                brs = 0

    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag == "br":
                brs += 1
                parts.append(" ")
                if brs >= 2:
                    flush()
                continue
            if tag in BLOCK_TAGS:
                flush()
            if tag == "a":
                in_link += 1
            add(el.text)
        else:
            if tag == "a":
                in_link -= 1
            if tag in BLOCK_TAGS:
                flush()
            if el is not root:
                add(el.tail)
    flush()
    return out


def _text_len(el: lxml_html.HtmlElement) -> int:
    return sum(len(p) for p in paragraphs(el))


def _score_candidates(root: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """Readability-style: paragraphs vote for their parent (and half for the grandparent)."""
    scores: dict[lxml_html.HtmlElement, float] = {}
    for p in root.iter("p", "pre", "blockquote", "td"):
        text = collapse(p.text_content())
        if len(text) < 25:
            continue
        points = 1 + text.count(",") + min(len(text) / 100, 3)
        parent = p.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0) + points
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0) + points / 2
    if not scores:
        return None
    return max(scores, key=scores.__getitem__)


def content_root(root: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """The element that holds the article text."""
    marked = [
        el
        for el in root.iter()
        if isinstance(el.tag, str)
        and ((el.get("itemprop") or "").lower() == "articlebody" or _BODY_MARK.search(_marks(el)))
    ]
    candidates = marked or list(root.iter("article")) or list(root.iter("main"))
    scored = _score_candidates(root)
    best = max(candidates, key=_text_len) if candidates else None
    if best is None:
        return scored if scored is not None else root
    if scored is not None and _text_len(best) < 0.5 * _text_len(scored):
        # the marked element is a fragment (a teaser box): trust the paragraph votes
        return scored
    # a body marker nested inside another (e.g. several "content" divs): take the outermost
    # that still has no more than the marked text plus a little
    return best


def extract(source: Source, tree: lxml_html.HtmlElement) -> tuple[list[str], dict[str, object]]:
    meta = page_metadata(tree)
    body = tree.find("body")
    body = body if body is not None else tree
    strip_chrome(body)
    paras = paragraphs(content_root(body))
    title = meta.get("title")
    if paras and isinstance(title, str):
        first = paras[0]
        if first.lower() == title.lower():
            paras = paras[1:]
        elif first.lower().startswith(title.lower()) and len(first) - len(title) < 120:
            # headline and byline run together in one block: keep only the byline part
            paras[0] = first[len(title) :].strip(" -–—|:")
    paras = take_front_lines(paras, meta)
    return paras, meta


def load(source: Source) -> object:
    tree = parse(source)
    paras, meta = extract(source, tree)
    if not paras:
        raise source.error("no article text found in this HTML page")
    return source.document(join_paragraphs(paras), NAME, "HTML article extractor", **meta)
