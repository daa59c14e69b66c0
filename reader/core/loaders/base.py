"""What every loader shares: the source, size limits, safe XML and ZIP reading."""

from __future__ import annotations

import hashlib
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from reader.core.document import Document, LoadError

MB = 1024 * 1024
# A news article is kilobytes; a book is a few megabytes. These caps keep memory bounded
# whatever a hostile or broken file claims about itself.
MAX_FILE_BYTES = 200 * MB
MAX_TEXT_FILE_BYTES = 32 * MB  # text, Markdown and web pages: far beyond any article or book
MAX_UNPACKED_BYTES = 200 * MB
MAX_ARCHIVE_MEMBERS = 20_000
MAX_TEXT_CHARS = 5_000_000  # longer than the longest novels; a comparison stays bounded
MAX_WARNINGS = 20
MAX_XML_TAGS = 3_000_000  # a 1,000-page book is well under a million


def human_size(n: int) -> str:
    """``2_254_857_830`` -> ``"2.1 GB"``."""
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if n < 1024 or unit == "TB":
            return f"{n} bytes" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    raise AssertionError("unreachable")


@dataclass
class Source:
    """The bytes of one file plus what loaders learn about it along the way."""

    data: bytes
    path: Path | None = None
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def from_path(cls, path: str | Path) -> Source:
        path = Path(path)
        try:
            info = path.stat()
            size = info.st_size
            if stat.S_ISDIR(info.st_mode):
                raise LoadError(path, "is a folder, not a file")
            if not stat.S_ISREG(info.st_mode):
                # a pipe or a device would block the reader forever, or never end
                raise LoadError(path, "not a regular file (a pipe, socket or device)")
            if size > MAX_FILE_BYTES:
                raise LoadError(
                    path, f"too large: {human_size(size)}, limit {human_size(MAX_FILE_BYTES)}"
                )
            with path.open("rb") as fh:  # read-only: sources are never written
                head = fh.read(8)
                if size > MAX_TEXT_FILE_BYTES and not head.startswith((b"PK\x03\x04", b"%PDF")):
                    raise LoadError(
                        path,
                        f"too large for a text or web page: {human_size(size)}, "
                        f"limit {human_size(MAX_TEXT_FILE_BYTES)}",
                    )
                data = head + fh.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            raise LoadError(path, "no such file") from None
        except PermissionError:
            raise LoadError(path, "permission denied") from None
        except IsADirectoryError:
            raise LoadError(path, "is a folder, not a file") from None
        except OSError as exc:
            raise LoadError(path, f"cannot be read ({exc.strerror or exc})") from None
        if not data:
            raise LoadError(path, "empty file")
        return cls(data=data, path=path)

    @property
    def suffix(self) -> str:
        return self.path.suffix.lower() if self.path else ""

    def error(self, reason: str) -> LoadError:
        return LoadError(self.path, reason)

    def warn(self, message: str) -> None:
        """Note what the loader had to guess or repair; after the first MAX_WARNINGS, further
        notes are counted in one last line instead of listed."""
        if message in self.warnings:
            return
        if len(self.warnings) < MAX_WARNINGS:
            self.warnings.append(message)
            return
        more = 1
        if len(self.warnings) > MAX_WARNINGS:
            more = int(self.warnings.pop().split()[2].replace(",", "")) + 1
        self.warnings.append(f"… and {more:,} more note{'s' if more > 1 else ''} like these")

    def digest(self) -> str:
        return "sha256:" + hashlib.sha256(self.data).hexdigest()

    def document(self, text: str, fmt: str, loader: str, **meta: object) -> Document:
        """Build the Document, refusing empty results with a clear reason."""
        if len(text) > MAX_TEXT_CHARS:
            raise self.error(f"too large: {len(text):,} characters of text")
        if not text.strip():
            raise self.error(f"no readable text in this {FORMAT_NAMES.get(fmt, fmt)} file")
        return Document(
            text=text,
            format=fmt,
            path=self.path,
            digest=self.digest(),
            loader=loader,
            warnings=tuple(self.warnings),
            **meta,  # type: ignore[arg-type]
        )


FORMAT_NAMES = {
    "text": "text",
    "markdown": "Markdown",
    "html": "HTML",
    "docx": ".docx",
    "odt": ".odt",
    "epub": "EPUB",
    "pdf": "PDF",
}


def xml_parser() -> etree.XMLParser:
    """An XML parser that never expands entities, reads DTDs or touches the network."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        recover=False,
    )


def parse_xml(source: Source, data: bytes, part: str) -> etree._Element:
    """Parse one XML part of a document safely, naming the part in errors. A part with more
    elements than any real document is refused before it is parsed (each costs memory)."""
    tags = data.count(b"<")
    if tags > MAX_XML_TAGS:
        raise source.error(
            f"too complex: {part} holds about {tags:,} XML tags, limit {MAX_XML_TAGS:,}"
        )
    try:
        root = etree.fromstring(data, parser=xml_parser())
    except etree.XMLSyntaxError as exc:
        raise source.error(f"damaged {part}: {exc.msg or 'not well-formed XML'}") from None
    if root is None:
        raise source.error(f"damaged {part}: empty")
    return root


class Archive:
    """A ZIP container (docx, odt, epub) read with size limits checked first."""

    def __init__(self, source: Source, kind: str) -> None:
        self.source = source
        self.kind = kind
        self.budget = MAX_UNPACKED_BYTES
        try:
            import io

            self.zip = zipfile.ZipFile(io.BytesIO(source.data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            raise source.error(f"damaged {kind} archive") from None
        if len(infos) > MAX_ARCHIVE_MEMBERS:
            raise source.error(f"damaged {kind} archive: {len(infos):,} members")
        self.infos = {info.filename: info for info in infos}
        declared = sum(info.file_size for info in infos)
        if declared > MAX_UNPACKED_BYTES:
            raise source.error(
                f"too large: {human_size(declared)} when unpacked, "
                f"limit {human_size(MAX_UNPACKED_BYTES)}"
            )

    def names(self) -> list[str]:
        return list(self.infos)

    def has(self, name: str) -> bool:
        return name in self.infos

    def read(self, name: str) -> bytes:
        """Read a member, never inflating more than the remaining budget.

        The declared size in a ZIP header can lie, so the stream itself is capped.
        """
        info = self.infos.get(name)
        if info is None:
            raise self.source.error(f"damaged {self.kind} archive: {name} is missing")
        if info.flag_bits & 0x1:
            raise self.source.error(f"encrypted {self.kind} file")
        try:
            with self.zip.open(info) as fh:
                data = fh.read(self.budget + 1)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, zlib.error):
            raise self.source.error(f"damaged {self.kind} archive: {name} cannot be read") from None
        except RuntimeError:  # zipfile raises this for encrypted members
            raise self.source.error(f"encrypted {self.kind} file") from None
        if len(data) > self.budget:
            raise self.source.error(
                f"too large: more than {human_size(MAX_UNPACKED_BYTES)} when unpacked, "
                f"limit {human_size(MAX_UNPACKED_BYTES)}"
            )
        self.budget -= len(data)
        return data

    def xml(self, name: str) -> etree._Element:
        return parse_xml(self.source, self.read(name), f"{self.kind} archive ({name})")
