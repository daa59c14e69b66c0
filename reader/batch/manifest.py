"""Read a batch manifest: which article files tell which event (a *cluster*).

Three forms:

- CSV with a header row: ``cluster``, ``path`` and optionally ``outlet``, ``published``;
- JSON Lines, one object per article with the same keys;
- a folder whose subfolders are clusters (``texts/<cluster>/*``); ``cluster_by`` (a regular
  expression searched in each file name) splits a subfolder further, its first group (or the
  whole match) naming the part: ``(ecb(?:plus)?)\\.txt$`` tells ECB+'s two events per topic
  apart. Files directly in the folder form a cluster named after the folder.

Relative paths in a CSV or JSON Lines manifest are taken from the manifest's folder. A row that
cannot be used is not fatal: it becomes a *problem* line, reported beside the results.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reader.batch import BatchError
from reader.core.formats import EXTENSIONS

MAX_MANIFEST_BYTES = 256 * 1024 * 1024
COLUMNS = ("cluster", "path", "outlet", "published")


@dataclass(frozen=True)
class Item:
    """One article of a cluster, as the manifest gives it."""

    path: str
    outlet: str | None = None
    published: str | None = None  # ISO date, checked when read


@dataclass(frozen=True)
class Job:
    """One cluster's work: everything a worker needs, picklable, with no open files."""

    cluster: str
    items: tuple[Item, ...]
    rules: str | None = None  # a rules file for every cluster, as ``compare --rules``

    def key(self) -> str:
        """What the checkpoint remembers: the cluster, its files as they are now (size and
        modification time), and the engine's version. A changed file redoes its cluster."""
        from reader import __version__

        digest = hashlib.sha256(f"{__version__}\0{self.cluster}\0{self.rules}".encode())
        for item in self.items:
            try:
                st = os.stat(item.path)
                stamp = f"{st.st_size}:{st.st_mtime_ns}"
            except OSError:
                stamp = "missing"
            digest.update(f"\0{item.path}\0{item.outlet}\0{item.published}\0{stamp}".encode())
        return digest.hexdigest()[:24]


@dataclass
class Manifest:
    jobs: list[Job]
    problems: list[str] = field(default_factory=list)  # rows that could not be used
    source: str = ""

    @property
    def articles(self) -> int:
        return sum(len(j.items) for j in self.jobs)


def natural_key(text: str) -> list:
    """Sort "2" before "10": digits compare as numbers."""
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", text)]


def read_manifest(
    path: str | os.PathLike, cluster_by: str | None = None, rules: str | None = None
) -> Manifest:
    """Read a CSV, JSON Lines or folder manifest.

    Raises:
        BatchError: the manifest cannot be read at all (missing, unreadable, no header,
            not a manifest), with a one-line reason naming it.
    """
    where = Path(path)
    pattern = None
    if cluster_by:
        try:
            pattern = re.compile(cluster_by)
        except re.error as exc:
            raise BatchError(
                f"--cluster-by {cluster_by!r}: not a regular expression ({exc})"
            ) from None
    if where.is_dir():
        manifest = _read_folder(where, pattern)
    elif not where.exists():
        raise BatchError(f"{where}: no such file or folder")
    else:
        if pattern is not None:
            raise BatchError("--cluster-by applies to a folder of clusters, not to a manifest file")
        manifest = _read_file(where)
    manifest.source = str(where)
    if rules:
        manifest.jobs = [Job(j.cluster, j.items, rules) for j in manifest.jobs]
    if not manifest.jobs:
        reason = manifest.problems[0] if manifest.problems else "it lists no articles"
        raise BatchError(f"{where}: no cluster to compare ({reason})")
    return manifest


def _read_file(path: Path) -> Manifest:
    try:
        if path.stat().st_size > MAX_MANIFEST_BYTES:
            raise BatchError(f"{path}: manifest larger than {MAX_MANIFEST_BYTES >> 20} MB")
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        raise BatchError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BatchError(f"{path}: manifest is not UTF-8 text") from None
    if "\0" in text:
        raise BatchError(f"{path}: not a manifest (binary data)")
    base = path.parent
    jsonl = path.suffix.lower() in (".jsonl", ".ndjson", ".json") or text.lstrip().startswith("{")
    rows = _jsonl_rows(text, path) if jsonl else _csv_rows(text, path)
    return _collect(rows, base)


def _csv_rows(text: str, path: Path) -> Iterable[tuple[int, dict | str]]:
    reader = csv.DictReader(text.splitlines())
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    if "cluster" not in header or "path" not in header:
        raise BatchError(f"{path}: a CSV manifest needs a header with 'cluster' and 'path'")
    reader.fieldnames = header
    for n, row in enumerate(reader, start=2):
        yield n, {k: v for k, v in row.items() if isinstance(k, str)}


def _jsonl_rows(text: str, path: Path) -> Iterable[tuple[int, dict | str]]:
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError:
            yield n, "not a JSON object"
            continue
        yield n, row if isinstance(row, dict) else "not a JSON object"


def _collect(rows: Iterable[tuple[int, dict | str]], base: Path) -> Manifest:
    clusters: dict[str, list[Item]] = {}
    problems: list[str] = []
    for n, row in rows:
        if isinstance(row, str):
            problems.append(f"manifest line {n}: {row}")
            continue
        cluster = _text(row.get("cluster"))
        target = _text(row.get("path"))
        if not cluster or not target:
            problems.append(f"manifest line {n}: no {'cluster' if not cluster else 'path'}")
            continue
        published = _text(row.get("published"))
        if published:
            try:
                published = date.fromisoformat(published[:10]).isoformat()
            except ValueError:
                problems.append(
                    f"manifest line {n}: published {published[:40]!r} is not a date "
                    "(YYYY-MM-DD); the article's own date is used"
                )
                published = None
        full = Path(target).expanduser()
        if not full.is_absolute():
            full = base / full
        clusters.setdefault(cluster, []).append(
            Item(str(full), _text(row.get("outlet")), published)
        )
    return Manifest([Job(c, tuple(items)) for c, items in clusters.items()], problems)


def _text(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text[:500] or None


def _read_folder(root: Path, pattern: re.Pattern | None) -> Manifest:
    clusters: dict[str, list[Item]] = {}
    problems: list[str] = []
    try:
        entries = sorted(os.scandir(root), key=lambda e: natural_key(e.name))
    except OSError as exc:
        raise BatchError(f"{root}: cannot list ({exc.strerror or exc})") from None
    folders = [e for e in entries if e.is_dir() and not e.name.startswith(".")]
    loose = [e for e in entries if _is_article(e)]
    groups = [(root.name or str(root), loose)] if loose else []
    for folder in folders:
        try:
            files = sorted(
                (e for e in os.scandir(folder.path) if _is_article(e)),
                key=lambda e: natural_key(e.name),
            )
        except OSError as exc:
            problems.append(f"{folder.path}: cannot list ({exc.strerror or exc})")
            continue
        groups.append((folder.name, files))
    for name, files in groups:
        for entry in files:
            cluster = name
            if pattern is not None:
                found = pattern.search(entry.name)
                if not found:
                    problems.append(f"{entry.path}: file name does not match --cluster-by")
                    continue
                part = next((g for g in found.groups() if g), None) or found.group(0)
                cluster = f"{name}/{part}"
            clusters.setdefault(cluster, []).append(Item(entry.path))
    ordered = sorted(clusters, key=natural_key)
    return Manifest([Job(c, tuple(clusters[c])) for c in ordered], problems)


def _is_article(entry: os.DirEntry) -> bool:
    if entry.name.startswith("."):
        return False
    try:
        regular = entry.is_file()
    except OSError:
        return False
    return regular and Path(entry.name).suffix.lower() in EXTENSIONS
