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
_NUMERIC = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")  # 11/27/2005, 14/09/2013, 11/28/05
_COMPACT = re.compile(r"^(?:D:)?(\d{4})(\d{2})(\d{2})")  # PDF "D:20230518..." and 20230518
_SLASHED = re.compile(r"\b(\d{4})/(\d{1,2})/(\d{1,2})\b")
_DAY_MONTH = re.compile(
    rf"\b{_WEEKDAY}(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\.?,?\s+(\d{{4}})\b", re.I
)
_MONTH_DAY = re.compile(
    rf"\b{_WEEKDAY}({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I
)


def _numeric_date(match: re.Match) -> date | None:
    """ "11/27/2005" (month first, as US sites write) or "14/09/2013" (day first when the
    first number cannot be a month); two-digit years are this century's."""
    a, b, y = (int(x) for x in match.groups())
    if y < 100:
        y += 2000
    if a > 12 >= b:
        return _make(y, b, a)
    return _make(y, a, b)


def _make(y: int, m: int, d: int) -> date | None:
    try:
        value = date(y, m, d)
    except ValueError:
        return None
    return value if 1400 <= value.year <= 2200 else None


def parse_date(value: str | None) -> date | None:
    """Parse the date forms found in metadata and datelines; None when there is none.

    Accepts ISO 8601 (with or without time), PDF dates (``D:20230518...``), ``2023/05/18``,
    ``18 May 2023``, ``May 18, 2023``, ``Thursday, May 18, 2023``, ``Dec. 31, 2023``,
    ``11/27/2005`` and ``14/09/2013``.
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
    match = _NUMERIC.search(value)
    if match:
        found = _numeric_date(match)
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
    """Take the site name off a page title: ``"Council approves budget | The Daily Wire"`` or
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
    capitals = line.endswith(".") and line[:-1].isupper() and len(words) <= 12  # "THE WRECK
    if line.endswith((".", ",", ";", ":")) and not line.endswith("...") and not capitals:
        return False  # (... OF THE CORMORANT.": a period newspaper's headline)
    if byline_author(line) or (parse_date(line) and len(words) <= 5):
        return False
    return any(ch.isalpha() for ch in line)


_DATELINE_NOISE = re.compile(
    r"[\d:,./\-+()|]|\b(?:a\.?m\.?|p\.?m\.?|[ap]|st|nd|rd|th|hrs|hours|local|time)\b", re.I
)
_DATELINE_LABELS = frozenset(
    """published posted updated update last first modified date on at by
    gmt utc bst est edt cst cdt pst pdt et pt ist cet cest hkt aest sast wib""".split()
)
_WEEKDAY_NAMES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday
    mon tue tues wed thu thur thurs fri sat sun""".split()
)


def byline_rest(line: str, author: str) -> tuple[str | None, date | None]:
    """What a byline gives after its author: "By Jane Doe, Global Wire — March 4, 2025" ->
    ("Global Wire", 2025-03-04); "By Jane Doe, Reuters" -> ("Reuters", None)."""
    at = line.find(author)
    rest = line[at + len(author) :].strip(" ,|;•·–—-\t") if at >= 0 else ""
    if not rest:
        return None, None
    both = outlet_dateline(rest)
    if both:
        return both
    if is_dateline(rest):
        return None, parse_date(rest)
    words = rest.split()
    if len(words) <= 5 and all(_NAME_WORD.match(w) or w in ("&", "of", "the") for w in words):
        return rest, None
    return None, None


def is_dateline(line: str) -> bool:
    """A line holding nothing but a date and time, with labels such as "Published" or
    "Last updated", a weekday and a time zone ("Posted 11/27/2005 7:21 AM",
    "Last Updated: Monday, 28 November 2005, 02:24 GMT", "Tue Jul 2, 2013 1:28PM GMT")."""
    line = line.strip()
    if len(line) > 90 or parse_date(line) is None:
        return False
    rest = re.sub(r"(?<=\d)(?:st|nd|rd|th|[ap]\.?m?\.?)(?=\W|$)", " ", line, flags=re.I)
    rest = _DATELINE_NOISE.sub(" ", rest)
    words = [w.lower().rstrip(":.") for w in rest.split()]
    return all(w in MONTHS or w in _WEEKDAY_NAMES or w in _DATELINE_LABELS or not w for w in words)


_OUTLET = re.compile(r"^[A-Z][\w&'’. -]{1,50}$")
_OUTLET_SEPARATOR = re.compile(r"\s*(?:,|—|–|-|\||·)\s*")
_CREDIT_SEPARATOR = re.compile(r"\s+[—–|]\s+")


_NAME_LINKS = frozenset({"of", "the", "and", "de", "la", "le", "du", "der", "die", "el"})


def outlet_dateline(line: str) -> tuple[str, date] | None:
    """ "Coastal Herald, October 14, 2024" / "Coastal Herald — 14 October 2024": an outlet
    and its date on one line."""
    line = line.strip()
    for sep in _OUTLET_SEPARATOR.finditer(line):
        outlet, told = line[: sep.start()].strip(), line[sep.end() :].strip()
        if not _OUTLET.match(outlet) or not 6 <= len(told) <= 60 or not is_dateline(told):
            continue  # ("Evening Standard-Bearer — 17 October": the hyphen is the name's)
        if outlet.lower().rstrip(":") in _DATELINE_LABELS or len(outlet.split()) > 6:
            return None
        found = parse_date(told)
        return (outlet, found) if found else None
    parts = _CREDIT_SEPARATOR.split(line)  # "From our Correspondent — The Evening Standard
    if len(parts) == 3 and len(parts[0].split()) <= 5 and _OUTLET.match(parts[1]):  # — 1891"
        told = parts[2]
        if 6 <= len(told) <= 60 and is_dateline(told) and parse_date(told):
            return parts[1], parse_date(told)  # (a credit, the outlet and its date)
    words = line.split()  # "The Northern Herald / March 8, 2025" written on two lines
    for k in range(1, min(len(words), 7)):
        outlet, told = " ".join(words[:k]), " ".join(words[k:])
        if _OUTLET.match(outlet) and 6 <= len(told) <= 40 and is_dateline(told):
            if outlet.lower().rstrip(":") in _DATELINE_LABELS:
                return None  # ("Posted March 8, 2025")
            names = [w for w in words[:k] if w.lower() not in _NAME_LINKS]
            if not all(w[:1].isupper() for w in names) or told.split()[0].lower() == "on":
                return None  # ("Police said on March 8"): a sentence, not an outlet
            if any(w.lower().rstrip(",") in MONTHS or w.lower() in _WEEKDAY_NAMES for w in names):
                return None  # ("Monday March 8, 2025"): all of it is the date
            found = parse_date(told)
            return (outlet, found) if found else None
    return None


def take_front_lines(paragraphs: list[str], meta: dict[str, object]) -> list[str]:
    """Move bylines, datelines and "Outlet, date" lines at the top out of the body into
    ``meta`` (where not already set).

    The first six paragraphs are looked at; only lines that are nothing but a byline, a
    date or an outlet with its date are taken, so body text is never lost. A "Published"
    date wins over an "Updated" one.
    """
    kept: list[str] = []
    for index, para in enumerate(paragraphs):
        if index >= 6 or len(para) > 140:
            kept.extend(paragraphs[index:])
            break
        author = byline_author(para)
        if author:
            meta.setdefault("author", author) if meta.get("author") else meta.update(author=author)
            outlet, found = byline_rest(para, author)
            if outlet and not meta.get("outlet"):
                meta["outlet"] = outlet
            if found and not meta.get("published"):
                meta["published"] = found
            continue
        if is_dateline(para):
            found = parse_date(para)
            updated = "updat" in para.lower() or "modified" in para.lower()
            if not meta.get("published") or (meta.get("_updated") and not updated):
                meta["published"] = found
                meta["_updated"] = updated
            continue
        both = outlet_dateline(para)
        if both:
            if not meta.get("outlet"):
                meta["outlet"] = both[0]
            if not meta.get("published"):
                meta["published"] = both[1]
            continue
        kept.append(para)
    meta.pop("_updated", None)
    return kept


def is_front_line(line: str) -> bool:
    """A line that is only a by-line, a date or an outlet with its date."""
    line = " ".join(line.split())
    return bool(line) and bool(byline_author(line) or is_dateline(line) or outlet_dateline(line))


def split_front_block(text: str) -> str:
    """Put the headline, by-line, date and "Outlet, date" lines that a plain text writes on
    consecutive lines into paragraphs of their own ("Title / By Name / 14 October 2024"),
    so they are read as metadata, not run into one long title."""
    head, sep, rest = text.lstrip("\n").partition("\n\n")
    lines = [ln for ln in head.split("\n") if ln.strip()]
    if 2 <= len(lines) <= 6 and all(is_front_line(ln) for ln in lines[1:]):
        return "\n\n".join(lines) + sep + rest
    return text
