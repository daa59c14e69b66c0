"""Metadata helpers shared by loaders: dates, bylines, titles."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_COMPACT = re.compile(r"^(?:D:)?(\d{4})(\d{2})(\d{2})")  # PDF "D:20230518..." and 20230518
_SLASHED = re.compile(r"\b(\d{4})/(\d{1,2})/(\d{1,2})\b")
_DAY_MONTH = re.compile(
    rf"\b{_WEEKDAY}(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\.?,?\s+(\d{{4}})\b", re.I
)
_MONTH_DAY = re.compile(
    rf"\b{_WEEKDAY}({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I
)


def _make(y: int, m: int, d: int) -> date | None:
    try:
        value = date(y, m, d)
    except ValueError:
        return None
    return value if 1400 <= value.year <= 2200 else None


def parse_date(value: str | None) -> date | None:
    """Parse the date forms found in metadata and datelines; None when there is none.

    Accepts ISO 8601 (with or without time), PDF dates (``D:20230518...``), ``2023/05/18``,
    ``18 May 2023``, ``May 18, 2023``, ``Thursday, May 18, 2023``, ``Dec. 31, 2023``.
    """
    if not value:
        return None
    value = value.strip()[:200]
    for pattern, order in (
        (_ISO, "ymd"),
        (_COMPACT, "ymd"),
        (_SLASHED, "ymd"),
        (_MONTH_DAY, "mdy"),
        (_DAY_MONTH, "dmy"),
    ):
        match = pattern.search(value)
        if not match:
            continue
        parts = dict(zip(order, match.groups(), strict=True))
        month = parts["m"]
        m = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
        found = _make(int(parts["y"]), m, int(parts["d"]))
        if found:
            return found
    try:  # RFC 2822 as in e-mail and some feeds
        from email.utils import parsedate_to_datetime

        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None


_BYLINE = re.compile(r"^(?:by|written by|words by|von|por|par)\s+(.{2,120})$", re.I)
_NAME_WORD = re.compile(r"^[A-ZÀ-Þ][\w'’.\-]*$")
_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ")


def byline_author(line: str) -> str | None:
    """``"By Jane Doe and Ana Ruiz"`` -> ``"Jane Doe and Ana Ruiz"``; None if not a byline."""
    line = line.strip()
    match = _BYLINE.match(line)
    if not match:
        return None
    author = match.group(1).strip().rstrip(".")
    # "By Jane Doe, Reuters" / "By Jane Doe | Lima": keep the person, not the affiliation
    author = re.split(r"\s*[,|;•·]\s*|\s+[–—-]\s+", author)[0]
    words = [w for w in author.split() if w.lower() not in {"and", "&", "de", "da", "van", "von"}]
    if not words or len(words) > 8 or not all(_NAME_WORD.match(w) for w in words):
        return None
    return author


def split_title_suffix(title: str, outlet: str | None) -> tuple[str, str | None]:
    """Take the site name off a page title: ``"Peru approves troops | The Andes Wire"`` or
    ``"Valley Gazette :: Flood waters recede"`` -> (headline, outlet).

    The site part is removed when it names the known outlet, or when it is short and the
    headline part is longer; a trailing site name is preferred to a leading one.
    """
    title = title.strip()
    for sep in _SEPARATORS:
        if sep not in title:
            continue
        head, _, tail = (part.strip() for part in title.rpartition(sep))
        if not head:
            continue
        if outlet and _same_name(tail, outlet):
            return head, outlet
        if _site_like(tail, head):
            return head, outlet or tail
    for sep in _SEPARATORS:
        head, found, tail = (part.strip() for part in title.partition(sep))
        if not found or not tail:
            continue
        # a leading site name only behind separators headlines do not use themselves
        unusual = sep in (" | ", " :: ", " « ", " » ")
        if (outlet and _same_name(head, outlet)) or (unusual and _site_like(head, tail)):
            return tail, outlet or head
    return title, outlet


def _site_like(part: str, headline: str) -> bool:
    return len(part.split()) <= 4 and len(part) < len(headline) and not part.endswith((".", "?"))


def _same_name(a: str, b: str) -> bool:
    norm = re.compile(r"[\W_]+")
    x, y = norm.sub("", a.lower()), norm.sub("", b.lower())
    return bool(x) and (x == y or x.removeprefix("the") == y.removeprefix("the"))


def looks_like_title(line: str) -> bool:
    """A short line without closing sentence punctuation, as headlines are written."""
    line = line.strip()
    words = line.split()
    if not 1 <= len(words) <= 20 or len(line) > 160:
        return False
    if line.endswith((".", ",", ";", ":")) and not line.endswith("..."):
        return False
    if byline_author(line) or (parse_date(line) and len(words) <= 5):
        return False
    return any(ch.isalpha() for ch in line)


def is_dateline(line: str) -> bool:
    """A line holding nothing but a date (with an optional label like "Published")."""
    line = line.strip()
    if len(line) > 80 or parse_date(line) is None:
        return False
    rest = re.sub(r"[\d:,./\-]|\b(?:am|pm|utc|gmt|[ap]\.m\.)\b", " ", line, flags=re.I)
    words = [w for w in rest.split() if w.lower().rstrip(".") not in MONTHS]
    labels = {"published", "updated", "posted", "on", "at", "date", "last", "modified"}
    return all(w.lower().rstrip(":") in labels or len(w) <= 3 for w in words)


def take_front_lines(paragraphs: list[str], meta: dict[str, object]) -> list[str]:
    """Move a leading byline and dateline out of the body into ``meta`` (if not already set).

    Only the first three paragraphs are looked at, and only lines that are nothing but a
    byline or a date are taken, so body text is never lost.
    """
    taken = 0
    for para in paragraphs[:3]:
        author = byline_author(para) if len(para) < 140 else None
        if author:
            if not meta.get("author"):
                meta["author"] = author
            taken += 1
            continue
        if is_dateline(para):
            if not meta.get("published"):
                meta["published"] = parse_date(para)
            taken += 1
            continue
        break
    return paragraphs[taken:]
