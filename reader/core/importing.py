"""Importing annotations: W3C Web Annotation JSON-LD and Crosscheck's recovery file.

Nothing in an imported file is trusted. The whole document is checked against the shape of a
Web Annotation collection (or page, or single annotation, or a list of annotations) and
refused with one clear message when it is something else; each annotation is then read on its
own, and one that cannot be read or placed is skipped and counted, never stored half-read.
Targets are placed by their quote where their offsets do not hold it (reversed, outside the
text), kept aside as orphans where the quote is not found, and skipped where they give no
quote and no usable offsets. The file's size and the number of annotations are bounded.

The recovery file (``crosscheck-recovery.jsonl``, written by the app when a note could not be
saved) is read too: one JSON object per line with the annotation as the app held it.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.core.annotations import Annotation, Target, anchor, new_id, now
from reader.core.document import Document

MAX_BYTES = 64 * 1024 * 1024
MAX_ANNOTATIONS = 200_000


class AnnotationFileError(ValueError):
    """The file cannot be imported at all; ``str()`` is one line naming the file and why."""


@dataclass
class ImportPlan:
    """What a file holds for a session: the annotations to store and what was skipped."""

    annotations: list[Annotation] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)  # reason -> count

    def summary(self) -> str:
        found = f"{len(self.annotations)} annotation{'s' if len(self.annotations) != 1 else ''}"
        if not self.skipped:
            return found
        why = "; ".join(f"{n} {reason}" for reason, n in self.skipped.most_common())
        return f"{found}; skipped: {why}"


class _Skip(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


Progress = Callable[[int, int], None]


def read_annotation_file(
    path: str | Path,
    documents: Sequence[Document],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ImportPlan:
    """The annotations ``path`` holds for ``documents`` (a session's), ready to store."""
    path = Path(path)
    try:
        size = os.stat(path).st_size
        if not path.is_file():
            raise AnnotationFileError(f"{path}: not a regular file")
        if size > MAX_BYTES:
            raise AnnotationFileError(
                f"{path}: {size / 1e6:.0f} MB is more than an annotation file can be "
                f"({MAX_BYTES // 1024 // 1024} MB)"
            )
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise AnnotationFileError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise AnnotationFileError(f"{path}: not a text file (not UTF-8)") from None
    if path.suffix.lower() == ".jsonl":
        records = [_json(path, line) for line in text.splitlines() if line.strip()]
        return _plan(path, records, _Matcher(documents).recovered, progress, cancelled)
    return plan_for(_json(path, text), documents, progress, cancelled, path)


def plan_for(
    data: Any,
    documents: Sequence[Document],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    path: Path | str = "annotations",
) -> ImportPlan:
    """The annotations a parsed Web Annotation document holds for ``documents``."""
    matcher = _Matcher(documents)
    return _plan(Path(path), _items(Path(path), data), matcher.web_annotation, progress, cancelled)


def _plan(
    path: Path, items: list, read: Callable[[Any], Annotation], progress, cancelled
) -> ImportPlan:
    if len(items) > MAX_ANNOTATIONS:
        raise AnnotationFileError(
            f"{path}: {len(items):,} annotations, more than {MAX_ANNOTATIONS:,} at once"
        )
    plan = ImportPlan()
    for i, item in enumerate(items):
        if cancelled():
            break
        try:
            plan.annotations.append(read(item))
        except _Skip as skip:
            plan.skipped[skip.reason] += 1
        except (TypeError, ValueError, AttributeError, KeyError, RecursionError):
            plan.skipped["not an annotation"] += 1
        if progress is not None and i % 500 == 0:
            progress(i, len(items))
    return plan


def _json(path: Path, text: str) -> Any:
    try:
        return json.loads(text)
    except RecursionError:
        raise AnnotationFileError(f"{path}: nested too deeply to be annotations") from None
    except json.JSONDecodeError as exc:
        raise AnnotationFileError(
            f"{path}: not JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
        ) from None


def _items(path: Path, data: Any) -> list:
    """The annotations of a collection, a page, a single annotation or a list of them."""
    kind = data.get("type") if isinstance(data, dict) else None
    if isinstance(kind, list):
        kind = next((k for k in kind if isinstance(k, str)), None)
    if isinstance(data, list):
        return data
    if kind == "Annotation":
        return [data]
    if kind == "AnnotationPage":
        items = data.get("items")
        if isinstance(items, list):
            return items
    if kind == "AnnotationCollection":
        page = data.get("first")
        items = page.get("items") if isinstance(page, dict) else None
        if isinstance(items, list):
            return items
        if page is None:
            return []
    raise AnnotationFileError(
        f"{path}: not Web Annotations (expected an AnnotationCollection, an AnnotationPage, "
        "an Annotation or a list of annotations)"
    )


def _text(value: Any, what: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _Skip(f"with a {what} that is not text")
    return value


class _Matcher:
    """Finds the session's document a target names, and places the target in it."""

    def __init__(self, documents: Sequence[Document]) -> None:
        self.by_id = {getattr(d, "id", ""): d for d in documents}
        self.by_digest = {d.text_digest: d for d in documents}
        self.by_source: dict[str, Document] = {}
        for d in documents:
            self.by_source[f"urn:crosscheck:document:{d.text_digest.split(':')[-1]}"] = d
            if d.path is not None:
                self.by_source[d.path.resolve().as_uri()] = d
                self.by_source.setdefault(d.path.name, d)

    def _document(self, source: str) -> Document:
        doc = self.by_source.get(source) or self.by_source.get(source.rsplit("/", 1)[-1])
        if doc is None:
            raise _Skip("on an account this session does not hold")
        return doc

    def _place(self, doc: Document, start: Any, end: Any, exact: str, prefix: str, suffix: str):
        text = doc.text
        valid = (
            isinstance(start, int)
            and isinstance(end, int)
            and not isinstance(start, bool)
            and 0 <= start < end <= len(text)
        )
        if not exact:
            if not valid:
                raise _Skip("that cannot be placed (no quote and no usable position)")
            exact = text[start:end]
        if not valid:
            start = end = 0  # the offsets say nothing: the quote decides
        target = Target(getattr(doc, "id", ""), start, end, exact, prefix, suffix)
        return anchor(target, text, doc.text_digest)

    def web_annotation(self, item: Any) -> Annotation:
        if not isinstance(item, dict):
            raise _Skip("that are not annotations")
        raw = item.get("target")
        raw = raw if isinstance(raw, list) else [raw]
        targets = [self._target(t) for t in raw if t is not None]
        if not targets:
            raise _Skip("without a target")
        bodies = item.get("body") or []
        bodies = bodies if isinstance(bodies, list) else [bodies]
        notes, tags, label = [], [], ""
        for body in bodies:
            if isinstance(body, str):
                notes.append(body)
                continue
            if not isinstance(body, dict):
                raise _Skip("with a body that is not text")
            value = _text(body.get("value"), "body")
            purpose = body.get("purpose", "commenting")
            if purpose == "tagging":
                tags.append(value)
            elif purpose == "classifying":
                label = value
            else:
                notes.append(value)
        creator = item.get("creator")
        author = creator.get("name", "") if isinstance(creator, dict) else creator
        created = item.get("created")
        return Annotation(
            targets=targets,
            note="\n".join(notes),
            tags=tuple(tags),
            label=label,
            author=_text(author, "creator"),
            created=created if isinstance(created, str) and created else now(),
        )

    def _target(self, raw: Any) -> Target:
        if isinstance(raw, str):
            raise _Skip("whose target names no passage")
        if not isinstance(raw, dict):
            raise _Skip("with a target that is not one")
        doc = self._document(_text(raw.get("source"), "source"))
        selectors = raw.get("selector") or []
        selectors = selectors if isinstance(selectors, list) else [selectors]
        quote: dict = {}
        position: dict = {}
        for s in selectors:
            if not isinstance(s, dict):
                raise _Skip("with a selector that is not one")
            if s.get("type") == "TextQuoteSelector":
                quote = s
            elif s.get("type") == "TextPositionSelector":
                position = s
        return self._place(
            doc,
            position.get("start"),
            position.get("end"),
            _text(quote.get("exact"), "quote"),
            _text(quote.get("prefix"), "quote"),
            _text(quote.get("suffix"), "quote"),
        )

    def recovered(self, record: Any) -> Annotation:
        """A line of the recovery file: ``{"session": ..., "annotation": {...}}``."""
        data = record.get("annotation") if isinstance(record, dict) else None
        if not isinstance(data, dict) or not isinstance(data.get("targets"), list):
            raise _Skip("that are not annotations")
        targets = []
        for t in data["targets"]:
            if not isinstance(t, dict):
                raise _Skip("with a target that is not one")
            doc = self.by_digest.get(t.get("text_digest")) or self.by_id.get(t.get("doc_id"))
            if doc is None:
                raise _Skip("on an account this session does not hold")
            targets.append(
                self._place(
                    doc,
                    t.get("start"),
                    t.get("end"),
                    _text(t.get("exact"), "quote"),
                    _text(t.get("prefix"), "quote"),
                    _text(t.get("suffix"), "quote"),
                )
            )
        if not targets:
            raise _Skip("without a target")
        tags = data.get("tags") or []
        return Annotation(
            targets=targets,
            note=_text(data.get("note"), "note"),
            tags=tuple(_text(t, "tag") for t in tags) if isinstance(tags, list) else (),
            label=_text(data.get("label"), "label"),
            color=_text(data.get("color"), "colour"),
            author=_text(data.get("author"), "author"),
            id=_text(data.get("id"), "id") or new_id(),
            created=_text(data.get("created"), "date") or now(),
        )
