"""Reports and text normalisation do not carry markup, scripts or reversed text through."""

from pathlib import Path

from reader import Session, compare
from reader.core.annotations import Verdict
from reader.core.document import Document
from reader.core.export import render_html_report, render_markdown_report
from reader.core.mdtext import md, safe_url
from reader.core.report import render_html, render_markdown
from reader.core.text import clean

HOSTILE = "<img src=x onerror=alert(1)> [click](javascript:alert(1)) | *bold*\nsecond line"


def test_markdown_text_is_literal_and_one_line() -> None:
    out = md(HOSTILE)
    assert "\n" not in out and "<img" not in out and "&lt;img" in out
    assert "\\[click\\]" in out and "\\|" in out and "\\*bold\\*" in out


def test_only_web_and_mail_addresses_become_links() -> None:
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert safe_url("mailto:desk@example.org")
    for bad in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "file:///etc"):
        assert safe_url(bad) is None


def test_session_reports_escape_notes_and_urls(tmp_path: Path) -> None:
    with Session.create(tmp_path / "s.crosscheck") as s:
        doc = s.add_document(Document(text="The council met on Tuesday. " * 5, title=HOSTILE))
        s.annotate(doc.id, 4, 11, note=HOSTILE, tags=("<b>tag</b>",))
        s.set_verdict(Verdict("k", "real conflict", likely_right=doc.id, url="javascript:x()"))
        text_md = render_markdown_report(s)
        page = render_html_report(s)
    assert "<img" not in text_md and "<javascript" not in text_md
    assert "](javascript" not in text_md.replace("\\]", "")  # no link can form
    assert "likely right: &lt;img" in text_md  # the account's name, not its id
    assert 'href="javascript' not in page and "<img src=x" not in page
    assert "<b>tag</b>" not in page


def test_comparison_reports_escape_document_text(tmp_path: Path) -> None:
    a = Document(text="The council approved 7 new posts on Tuesday, officials said.", title=HOSTILE)
    b = Document(text="The council approved 9 new posts on Tuesday, officials said.", title="B")
    result = compare([a, b])
    assert "<img" not in render_markdown(result)
    assert "<img src=x" not in render_html(result)
    table = [line for line in render_markdown(result).splitlines() if line.startswith("| d")]
    assert all(line.count(" | ") == 5 for line in table)  # a newline or pipe breaks no row


def test_bidi_overrides_and_joiners_are_removed() -> None:
    assert clean("Council \u202etegdub\u202c approves\u200d it\u2066!\u2069") == (
        "Council tegdub approves it!"
    )
