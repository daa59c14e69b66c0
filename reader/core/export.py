"""Annotations out and in: W3C Web Annotation JSON-LD, and reports for people."""

from __future__ import annotations

import html
import json
import os
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from reader.core.annotations import Annotation, Target, Verdict, new_id
from reader.core.document import Document, short_labels
from reader.core.importing import plan_for
from reader.core.mdtext import md, safe_url
from reader.core.session import Session

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def _source(doc: Document) -> dict[str, Any]:
    source: dict[str, Any] = {"id": f"urn:crosscheck:document:{doc.text_digest.split(':')[-1]}"}
    if doc.path is not None:
        source["id"] = doc.path.resolve().as_uri()
    source["type"] = "Text"
    if doc.title:
        source["title"] = doc.title
    return source


@dataclass(frozen=True)
class Snapshot:
    """What the exports read of a session, taken at one moment: the app takes it on the UI
    thread and writes the export on a worker thread while the user goes on annotating."""

    path: Path
    annotations: list[Annotation]
    documents: list[Document]
    verdicts: dict[str, Verdict]

    @classmethod
    def of(cls, session: Session) -> Snapshot:
        return cls(session.path, session.annotations, session.documents, session.verdicts)


def to_jsonld(session: Session | Snapshot, label: str = "Crosscheck annotations") -> dict[str, Any]:
    """The session's annotations as a W3C AnnotationCollection (one page)."""
    sources = _sources(session)
    items = [_item(ann, sources) for ann in session.annotations]
    return _collection(label, items)


def _collection(label: str, items: list) -> dict[str, Any]:
    return {
        "@context": W3C_CONTEXT,
        "id": f"urn:uuid:{_uuid(new_id())}",
        "type": "AnnotationCollection",
        "label": label,
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def _sources(session: Session | Snapshot) -> dict[str, dict[str, Any]]:
    return {d.id: _source(d) for d in session.documents}  # type: ignore[attr-defined]


def _item(ann: Annotation, sources: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """One annotation as a W3C Annotation."""
    bodies: list[dict[str, Any]] = []
    if ann.note:
        bodies.append(
            {
                "type": "TextualBody",
                "value": ann.note,
                "format": "text/plain",
                "purpose": "commenting",
            }
        )
    for tag in ann.tags:
        bodies.append({"type": "TextualBody", "value": tag, "purpose": "tagging"})
    if ann.label:
        bodies.append({"type": "TextualBody", "value": ann.label, "purpose": "classifying"})
    targets = []
    for t in ann.targets:
        source = sources.get(t.doc_id) or {"id": f"urn:crosscheck:document:unknown:{t.doc_id}"}
        targets.append({
            "source": source["id"],
            "selector": [
                {"type": "TextQuoteSelector", "exact": t.exact, "prefix": t.prefix, "suffix": t.suffix},
                {"type": "TextPositionSelector", "start": t.start, "end": t.end},
            ],
        })  # fmt: skip
    item: dict[str, Any] = {
        "id": f"urn:uuid:{_uuid(ann.id)}",
        "type": "Annotation",
        "motivation": "commenting" if ann.note else ("tagging" if ann.tags else "highlighting"),
        "created": ann.created,
        "modified": ann.modified,
        "target": targets if len(targets) > 1 else targets[0],
    }
    if ann.author:
        item["creator"] = {"type": "Person", "name": ann.author}
    if bodies:
        item["body"] = bodies if len(bodies) > 1 else bodies[0]
    return item


def _uuid(hex32: str) -> str:
    h = (hex32 + "0" * 32)[:32]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def from_jsonld(session: Session, data: Any) -> list[Annotation]:
    """Import a parsed Web Annotation document into ``session`` (see reader.core.importing:
    a document of the wrong shape raises AnnotationFileError; annotations that cannot be read
    or placed are skipped)."""
    plan = plan_for(data, session.documents)
    session.save_annotations(plan.annotations)
    return plan.annotations


def _grouped(session: Session | Snapshot) -> dict[str, dict[str, list[tuple[Annotation, Target]]]]:
    """document name -> label -> (annotation, its target in that document)."""
    names = {d.id: (d.outlet or d.title or d.name) for d in session.documents}  # type: ignore[attr-defined]
    out: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for ann in session.annotations:
        for t in ann.targets:
            out[names.get(t.doc_id, t.doc_id)][ann.label or "no label"].append((ann, t))
    return out


def _names(session: Session | Snapshot) -> dict[str, str]:
    """Each account's short label (outlet, else title, else file name) by its id."""
    documents = session.documents
    return {d.id: label for d, label in zip(documents, short_labels(documents), strict=True)}  # type: ignore[attr-defined]


def render_markdown_report(session: Session | Snapshot) -> str:
    """Verdicts, then every annotation with its quote and note, by document and label."""
    names = _names(session)
    lines = [f"# Crosscheck session: {md(session.path.name)}", ""]
    verdicts = session.verdicts
    if verdicts:
        lines += ["## Verdicts", ""]
        for v in verdicts.values():
            right = names.get(v.likely_right, v.likely_right)
            right = f"; likely right: {md(right)}" if right else ""
            lines.append(f"- **{md(v.summary or v.key)}** — {md(v.status)}{right}")
            if v.note:
                lines.append(f"  - {md(v.note)}")
            if v.url:
                url = safe_url(v.url)
                lines.append(f"  - evidence: <{url}>" if url else f"  - evidence: {md(v.url)}")
        lines.append("")
    lines += ["## Annotations", ""]
    for doc_name, labels in sorted(_grouped(session).items()):
        lines += [f"### {md(doc_name)}", ""]
        for label, entries in sorted(labels.items()):
            lines.append(f"**{md(label)}**")
            lines.append("")
            for ann, t in entries:
                orphan = (
                    " *(orphaned: its passage was not found in the current text)*"
                    if t.orphaned
                    else ""
                )
                lines.append(f"- “{md(t.exact)}”{orphan}")
                if ann.note:
                    lines.extend(f"  {md(line)}" for line in ann.note.splitlines() if line.strip())
                if ann.tags:
                    lines.append(f"  tags: {md(', '.join(ann.tags))}")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def render_html_report(session: Session | Snapshot) -> str:
    """The Markdown report's content as one self-contained HTML page."""
    esc = html.escape
    names = _names(session)
    parts = [
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
        f"<title>Crosscheck session: {esc(session.path.name)}</title>",
        "<style>body{font:15px/1.5 system-ui,sans-serif;max-width:900px;margin:2em auto;padding:0 1em}"
        "blockquote{margin:.3em 0;padding:.2em .8em;border-left:4px solid #ccc;font-family:Georgia,serif}"
        ".orphan{color:#a33}.tags{color:#666;font-size:13px}"
        "@media (prefers-color-scheme: dark){body{background:#161718;color:#e8e6e3}}</style></head><body>",
        f"<h1>Crosscheck session: {esc(session.path.name)}</h1>",
    ]
    verdicts = session.verdicts
    if verdicts:
        parts.append("<h2>Verdicts</h2><ul>")
        for v in verdicts.values():
            right = names.get(v.likely_right, v.likely_right)
            right = f"; likely right: {esc(right)}" if right else ""
            extra = f"<br>{esc(v.note)}" if v.note else ""
            url = safe_url(v.url) if v.url else None
            if url:
                extra += f'<br>evidence: <a href="{esc(url, quote=True)}">{esc(url)}</a>'
            elif v.url:
                extra += f"<br>evidence: {esc(v.url)}"
            parts.append(
                f"<li><b>{esc(v.summary or v.key)}</b> — {esc(v.status)}{right}{extra}</li>"
            )
        parts.append("</ul>")
    parts.append("<h2>Annotations</h2>")
    for doc_name, labels in sorted(_grouped(session).items()):
        parts.append(f"<h3>{esc(doc_name)}</h3>")
        for label, entries in sorted(labels.items()):
            parts.append(f"<h4>{esc(label)}</h4>")
            for ann, t in entries:
                orphan = ' <span class="orphan">(orphaned)</span>' if t.orphaned else ""
                parts.append(f"<blockquote>{esc(' '.join(t.exact.split()))}{orphan}</blockquote>")
                if ann.note:
                    parts.append(
                        "<p>" + "<br>".join(esc(line) for line in ann.note.splitlines()) + "</p>"
                    )
                if ann.tags:
                    parts.append(f'<p class="tags">tags: {esc(", ".join(ann.tags))}</p>')
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def export_jsonld_text(session: Session | Snapshot) -> str:
    """:func:`to_jsonld` as indented JSON text (the same text ``json.dumps`` makes of it)."""
    return "".join(_jsonld_pieces(session))


def render_export(session: Session | Snapshot, kind: str) -> str:
    """An export as text: ``jsonld``, ``md`` or ``html``."""
    render = {
        "jsonld": export_jsonld_text,
        "md": render_markdown_report,
        "html": render_html_report,
    }
    return render[kind](session)


def write_export(session: Session | Snapshot, kind: str, path: str | Path) -> None:
    """Write an export (``jsonld``, ``md`` or ``html``) to ``path``, through a temporary file
    renamed at the end, so a failed export never leaves half a file. Raises OSError."""
    target = Path(path)
    temp = target.with_name(f".{target.name}.part")
    try:
        with open(temp, "w", encoding="utf-8") as out:
            if kind == "jsonld":
                write_jsonld(session, out)
            else:
                out.write(render_export(session, kind))
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_jsonld(session: Session | Snapshot, out: TextIO) -> None:
    """Write :func:`export_jsonld_text` to ``out`` one annotation at a time: 50,000 notes never
    exist as one tree of dictionaries, nor as one string."""
    for piece in _jsonld_pieces(session):
        out.write(piece)


def _jsonld_pieces(session: Session | Snapshot) -> Iterator[str]:
    annotations = session.annotations
    sources = _sources(session)
    head = _collection("Crosscheck annotations", [])
    head["total"] = len(annotations)
    text = json.dumps(head, ensure_ascii=False, indent=2)
    if not annotations:
        yield text + "\n"
        return
    at = text.rindex("[]")  # the empty list of items, at the end of the page
    yield text[: at + 1]
    for n, ann in enumerate(annotations):
        item = json.dumps(_item(ann, sources), ensure_ascii=False, indent=2)
        yield ("\n      " if n == 0 else ",\n      ") + item.replace("\n", "\n      ")
    yield "\n    ]" + text[at + 2 :] + "\n"
