"""Text from documents and users made safe inside Markdown and HTML reports.

A report is read in Markdown viewers, many of which render inline HTML, and it carries text
nobody checked: titles, quotes, notes, file names. :func:`md` keeps such text one line of
literal characters (no HTML, no links, no emphasis, no table breaks); :func:`safe_url` lets only
web and mail addresses become links.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|#])")


def md(text: str) -> str:
    """``text`` as literal inline Markdown: one line, HTML and Markdown syntax escaped."""
    text = " ".join(str(text).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def safe_url(url: str) -> str | None:
    """The URL if it is a web or mail address (``http``, ``https``, ``mailto``), else None:
    ``javascript:`` and ``data:`` addresses are never made links."""
    url = url.strip()
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in ("http", "https", "mailto") and not re.search(r"\s", url) else None
