"""Reports of a comparison for people: Markdown and one self-contained HTML file."""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterable
from pathlib import Path

from reader.core.compare import Comparison, Disagreement
from reader.core.document import short_labels
from reader.core.kinds import KIND_ORDER, KIND_STYLES, Severity
from reader.core.mdtext import md


def _doc_label(comparison: Comparison, index: int) -> str:
    return short_labels(comparison.documents)[index]


def _quiet(d: Disagreement) -> bool:
    return d.severity == Severity.DIFFERS


def _quote(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def render_markdown(comparison: Comparison) -> str:
    """The comparison report as Markdown: documents, notes, disagreements by kind."""
    docs = comparison.documents
    lines = [f"# Comparison of {len(docs)} accounts", ""]
    lines += [
        "| id | outlet | title | author | published | file |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for i, doc in enumerate(docs):
        cells = [comparison.doc_id(i), doc.outlet or "—", doc.title or "—", doc.author or "—",
                 doc.published.isoformat() if doc.published else "—", doc.name]  # fmt: skip
        lines.append("| " + " | ".join(md(c) for c in cells) + " |")
    lines.append("")
    modes = sorted({p["mode"] for p in comparison.pairs})
    if modes:
        lines.append(
            f"Compared as {' and '.join(modes)}; {len(comparison.groups)} aligned passages."
        )
        lines.append("")
    for note in comparison.notes:
        lines.append(f"> Note: {md(note)}")
    if comparison.notes:
        lines.append("")
    by_kind = comparison.by_kind()
    counts = ", ".join(
        f"{len(by_kind[k])} {KIND_STYLES[k].label.lower()}" for k in KIND_ORDER if by_kind.get(k)
    )
    lines += [f"## Disagreements ({len(comparison.disagreements)}: {counts or 'none'})", ""]
    for kind in KIND_ORDER:
        items = by_kind.get(kind) or []
        if not items:
            continue
        style = KIND_STYLES[kind]
        lines += [f"### {style.label} — {style.description}", ""]
        for d in items:
            quiet = " — the values differ but can all be true" if _quiet(d) else ""
            lines.append(f"- **{md(d.summary)}** ({d.id}){quiet}")
            for m in d.spans:
                text = _quote(docs[m.doc].text[m.start : m.end])
                if m.value is None:
                    value = " — unspecified" if d.kind == "quantity" else ""
                elif m.value.lower() in text.lower():
                    value = ""
                else:
                    value = f" — {md(m.value)}"
                who = f"{comparison.doc_id(m.doc)} {md(_doc_label(comparison, m.doc))}"
                lines.append(f"  - {who}: “{md(text)}”{value}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


_CSS = (Path(__file__).with_name("data") / "report.css").read_text(encoding="utf-8")


def _kind_css() -> str:
    rules = []
    for kind, s in KIND_STYLES.items():
        rules.append(
            f".k-{kind} {{ background: {s.light}; text-decoration-style: {s.underline}; "
            f"text-decoration-color: color-mix(in srgb, {s.light} 40%, #000); }}"
        )
        rules.append(
            f"@media (prefers-color-scheme: dark) {{ .k-{kind} {{ background: {s.dark}; }} }}"
        )
    return "\n".join(rules)


def _marked_paragraphs(comparison: Comparison, index: int) -> Iterable[str]:
    """The document's paragraphs with its disagreement spans marked and anchored."""
    text = comparison.documents[index].text
    spans = [
        (m.start, m.end, d) for d in comparison.disagreements for m in d.spans if m.doc == index
    ]
    bounds = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    order = {k: i for i, k in enumerate(KIND_ORDER)}
    out: list[str] = []
    for a, b in itertools.pairwise(bounds):
        piece = html.escape(text[a:b]).replace("\n\n", "</p>\n<p>")
        anchors = "".join(
            f'<a id="{d.id}-{comparison.doc_id(index)}"></a>' for s, _, d in spans if s == a
        )
        covering = sorted(
            (d for s, e, d in spans if s <= a and b <= e), key=lambda d: order[d.kind]
        )
        if covering:
            top = covering[0]
            title = html.escape(
                "; ".join(f"{d.id} {KIND_STYLES[d.kind].label}: {d.summary}" for d in covering),
                quote=True,
            )
            ids = " ".join(d.id for d in covering)
            piece = f'<mark class="k-{top.kind}" title="{title}" data-ids="{ids}">{piece}</mark>'
        out.append(anchors + piece)
        ends = [d.id for s, e, d in spans if e == b]
        if ends:
            out.append(f'<sup class="ref">{",".join(ends)}</sup>')
    return ["<p>" + "".join(out) + "</p>"]


def render_html(comparison: Comparison, title: str = "Crosscheck comparison") -> str:
    """One self-contained HTML page: a table of disagreements by kind, linked to the
    accounts side by side with every disagreement highlighted."""
    docs = comparison.documents
    esc = html.escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f"<style>{_CSS}\n{_kind_css()}</style></head><body>",
        '<header class="top">',
        f"<h1>{esc(title)}</h1>",
        f'<p class="sub">{len(docs)} accounts · {len(comparison.groups)} aligned passages · '
        f"{len(comparison.disagreements)} disagreements</p>",
        "</header>",
    ]
    if comparison.notes:
        parts.append(
            '<div class="notes">' + "<br>".join(esc(n) for n in comparison.notes) + "</div>"
        )
    parts.append('<div class="legend">')
    for kind, style in KIND_STYLES.items():
        parts.append(
            f'<span class="k-{kind}" style="text-decoration-line:underline">{style.label}</span>'
        )
    parts.append("</div>")
    parts.append('<section class="table"><table><thead><tr><th>Kind</th>')
    parts.append("<th>Disagreement</th><th>Where</th></tr></thead><tbody>")
    by_kind = comparison.by_kind()
    for kind in KIND_ORDER:
        for d in by_kind.get(kind) or []:
            links = " · ".join(
                f'<a href="#{d.id}-{comparison.doc_id(m.doc)}">'
                f"{esc(_doc_label(comparison, m.doc))}</a>"
                for m in d.spans
            )
            note = ' <span class="quiet">(can all be true)</span>' if _quiet(d) else ""
            row_class = ' class="differs"' if _quiet(d) else ""
            parts.append(
                f'<tr id="{d.id}"{row_class}><td class="kind">'
                f'<mark class="k-{kind}">{KIND_STYLES[kind].label}</mark></td>'
                f"<td>{esc(d.summary)}{note}</td><td>{links}</td></tr>"
            )
    if not comparison.disagreements:
        parts.append('<tr><td colspan="3">No disagreements found.</td></tr>')
    parts.append("</tbody></table></section>")
    parts.append('<section class="accounts">')
    for i, doc in enumerate(docs):
        meta = " · ".join(
            x
            for x in (
                doc.outlet,
                doc.author,
                doc.published.isoformat() if doc.published else None,
                doc.name,
            )
            if x
        )
        parts.append(f'<article id="{comparison.doc_id(i)}"><h2>{esc(doc.title or doc.name)}</h2>')
        parts.append(f'<p class="meta">{esc(meta)}</p>')
        parts.extend(_marked_paragraphs(comparison, i))
        parts.append("</article>")
    parts.append("</section></body></html>")
    return "\n".join(parts) + "\n"
