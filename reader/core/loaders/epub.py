"""EPUB: the chapters in spine (reading) order; metadata from the OPF package file."""

from __future__ import annotations

import posixpath
from urllib.parse import unquote

from reader.core.loaders.base import Archive, Source
from reader.core.loaders.html import paragraphs, parse
from reader.core.loaders.meta import parse_date
from reader.core.loaders.plaintext import decode
from reader.core.text import collapse, join_paragraphs

CONTAINER = "urn:oasis:names:tc:opendocument:xmlns:container"
OPF = "http://www.idpf.org/2007/opf"
DC = "http://purl.org/dc/elements/1.1/"
_NS = {"c": CONTAINER, "opf": OPF, "dc": DC}
_STRIP = ("script", "style", "nav", "head", "svg", "math", "noscript", "template")


def _dc(opf, name: str) -> str | None:
    values = [collapse(el.text or "") for el in opf.iterfind(f"opf:metadata/dc:{name}", _NS)]
    values = [v for v in values if v]
    if not values:
        return None
    return " and ".join(values[:4]) if name == "creator" else values[0]


def spine_paths(archive: Archive) -> tuple[object, list[str]]:
    """The OPF root and the content documents in reading order."""
    container = archive.xml("META-INF/container.xml")
    rootfile = container.find("c:rootfiles/c:rootfile", _NS)
    if rootfile is None or not rootfile.get("full-path"):
        raise archive.source.error("damaged EPUB archive: no package file named")
    opf_path = unquote(rootfile.get("full-path"))
    opf = archive.xml(opf_path)
    base = posixpath.dirname(opf_path)
    manifest = {item.get("id"): item for item in opf.iterfind("opf:manifest/opf:item", _NS)}
    paths: list[str] = []
    seen: set[str] = set()
    for ref in opf.iterfind("opf:spine/opf:itemref", _NS):
        item = manifest.get(ref.get("idref"))
        if item is None or ref.get("linear") == "no":
            continue
        if "html" not in (item.get("media-type") or "xhtml"):
            continue
        href = unquote((item.get("href") or "").split("#")[0])
        path = posixpath.normpath(posixpath.join(base, href)) if href else ""
        if path and path not in seen:
            seen.add(path)
            paths.append(path)
    return opf, paths


def load(source: Source) -> object:
    archive = Archive(source, "EPUB")
    if not archive.has("META-INF/container.xml"):
        raise source.error("damaged EPUB archive: no META-INF/container.xml")
    opf, paths = spine_paths(archive)
    if not paths:
        raise source.error("damaged EPUB archive: the spine lists no chapters")
    paras: list[str] = []
    for path in paths:
        if not archive.has(path):
            source.warn(f"chapter {path} is missing from the archive")
            continue
        chapter = Source(archive.read(path), source.path, source.warnings)
        tree = parse(chapter, decode(chapter))
        body = tree.find("body")
        body = body if body is not None else tree
        for el in [el for el in body.iter(*_STRIP)]:
            if el.getparent() is not None:
                el.drop_tree()
        paras.extend(paragraphs(body, link_density=0.9))
    meta = {
        "title": _dc(opf, "title"),
        "author": _dc(opf, "creator"),
        "outlet": _dc(opf, "publisher"),
        "published": parse_date(_dc(opf, "date")),
    }
    return source.document(join_paragraphs(paras), "epub", "EPUB loader", **meta)
