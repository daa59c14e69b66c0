"""Plain text in any common encoding."""

from __future__ import annotations

import codecs
import re
import statistics

from reader.core.loaders.base import Source
from reader.core.loaders.meta import looks_like_title, split_front_block, take_front_lines
from reader.core.text import clean, count_control_chars, join_paragraphs

NAME = "text"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SAMPLE = 64 * 1024


def _utf16_without_bom(data: bytes) -> str | None:
    """Recognise BOM-less UTF-16 by its NUL bytes at every other position."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / len(sample[0::2])
    odd = sample[1::2].count(0) / len(sample[1::2])
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def decode(source: Source) -> str:
    """Decode bytes to str, noting in the source's warnings anything that was guessed.

    Order: a byte-order mark; BOM-less UTF-16; strict UTF-8; UTF-8 with a few broken bytes;
    then a statistical guess among legacy encodings (charset-normalizer), cp1252 last.
    """
    data = source.data
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_lenient(source, data[len(bom) :], encoding)
    utf16 = _utf16_without_bom(data)
    if utf16:
        source.warn(f"encoding guessed as {utf16.upper()} (no byte-order mark)")
        return _decode_lenient(source, data, utf16)
    if b"\x00" in data[:8192] and data[:8192].count(b"\x00") > 16:
        raise source.error("not a text document (binary data)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    high = sum(1 for b in data if b >= 0x80)
    # Mostly valid multi-byte UTF-8 with a few damaged sequences: keep UTF-8.
    if high and bad / high < 0.1 and bad < 1000:
        source.warn(f"{bad} broken UTF-8 byte sequence{'s' * (bad != 1)} replaced")
        return replaced
    return _decode_legacy(source, data)


def _decode_lenient(source: Source, data: bytes, encoding: str) -> str:
    text = data.decode(encoding, errors="replace")
    bad = text.count("\ufffd")
    if bad:
        source.warn(f"{bad} broken byte sequence{'s' * (bad != 1)} replaced")
    return text


def _decode_legacy(source: Source, data: bytes) -> str:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[:_SAMPLE] if len(data) > _SAMPLE else data))
    encoding = matches[0].encoding if matches else "cp1252"
    # Single-byte Latin code pages are hard to tell apart on short texts; Western files are
    # nearly always cp1252, so prefer it whenever it reads about as cleanly as the best guess.
    western = ("cp1252", "latin_1", "iso8859_1", "iso8859_15")
    if any(m.encoding in western and m.chaos <= matches[0].chaos + 0.1 for m in matches):
        encoding = "cp1252"
    try:
        codecs.lookup(encoding)
    except LookupError:
        encoding = "cp1252"
    source.warn(f"encoding guessed as {codecs.lookup(encoding).name}")
    return _decode_lenient(source, data, encoding)


def check_is_text(source: Source, text: str) -> None:
    sample = text[:8192]
    if sample and count_control_chars(sample) / len(sample) > 0.05:
        raise source.error("not a text document (binary data)")
    nuls = text.count("\x00")
    if nuls:
        source.warn(f"{nuls} NUL byte{'s' * (nuls != 1)} removed")


def paragraphs_from_lines(text: str) -> list[str]:
    """Split plain text into paragraphs.

    Blank lines separate paragraphs when the text has them; hard-wrapped lines inside a
    paragraph are joined. Text with no blank lines is either one paragraph per line (long
    lines) or hard-wrapped prose whose paragraphs end in a short line.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = [b for b in re.split(r"\n[ \t\f\v]*\n", text) if b.strip()]
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if not lines:
        return []
    if len(blocks) > 1 or len(lines) == 1:
        return [" ".join(ln.strip() for ln in b.split("\n")) for b in blocks]
    lengths = [len(ln) for ln in lines]
    if statistics.median(lengths) > 100:
        return lines  # one paragraph per line, as editors without wrapping save it
    width = max(lengths)
    paras: list[str] = []
    current: list[str] = []
    for line in lines:
        current.append(line.strip())
        if len(line.rstrip()) < 0.75 * width and line.rstrip().endswith((".", "!", "?", '"', "”")):
            paras.append(" ".join(current))
            current = []
    if current:
        paras.append(" ".join(current))
    return paras


def load(source: Source) -> object:
    text = decode(source)
    check_is_text(source, text)
    paras = paragraphs_from_lines(split_front_block(clean(text)))
    meta: dict[str, object] = {}
    if len(paras) > 1 and looks_like_title(paras[0]):
        meta["title"] = " ".join(paras[0].split())
        paras = paras[1:]
    paras = take_front_lines(paras, meta)
    return source.document(join_paragraphs(paras), NAME, "plain text loader", **meta)
