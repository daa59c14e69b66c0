"""Session files: the API, durability, versions, damage, locking, exports."""

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader import Session, SessionError
from reader.core.annotations import Verdict
from reader.core.export import from_jsonld, render_html_report, render_markdown_report, to_jsonld
from reader.core.session import SCHEMA_VERSION
from tests.conftest import ROOT, SAMPLE


@pytest.fixture
def session(tmp_path: Path):
    with Session.create(tmp_path / "work.crosscheck", author="Ana") as s:
        yield s


def copy_sample(tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    target.write_bytes((SAMPLE / name).read_bytes())
    return target


def test_api_contract(session, tmp_path) -> None:
    doc = session.add_document(copy_sample(tmp_path, "continental-post.txt"))
    assert doc.id and doc.text.startswith("Peru's legislature")
    i = doc.text.index("seven hundred troops")
    ann = session.annotate(doc.id, i, i + 20, note="Check the count", tags=("troops", "count"))
    (stored,) = session.annotations
    assert (stored.doc_id, stored.start, stored.end) == (doc.id, i, i + 20)
    assert (stored.quote, stored.note, stored.tags, stored.orphaned) == (
        "seven hundred troops", "Check the count", ("troops", "count"), False,
    )  # fmt: skip
    assert stored.id == ann.id
    assert [d.id for d in session.documents] == [doc.id]


def test_one_note_on_several_passages_and_edits(session, tmp_path) -> None:
    a = session.add_document(copy_sample(tmp_path, "andes-wire.html"))
    b = session.add_document(copy_sample(tmp_path, "lima-ledger.docx"))
    sa = a.text.index("The number of troops was not disclosed")
    sb = b.text.index("700 U.S. soldiers")
    ann = session.annotate(a.id, sa, sa + 38, note="700 or unknown?", label="disputed",
                           spans=[(b.id, sb, sb + 17)])  # fmt: skip
    assert [t.exact for t in session.annotation(ann.id).targets] == [
        "The number of troops was not disclosed", "700 U.S. soldiers",
    ]  # fmt: skip
    session.update_annotation(ann.id, note="Asked the ministry", tags=["asked"])
    assert session.annotation(ann.id).note == "Asked the ministry"
    session.delete_annotation(ann.id)
    assert session.annotations == []


def test_reopen_without_the_sources(session, tmp_path) -> None:
    source = copy_sample(tmp_path, "continental-post.txt")
    doc = session.add_document(source)
    session.annotate(doc.id, 0, 20, note="first words")
    path = session.path
    session.close()
    source.unlink()
    with Session.open(path) as again:
        assert again.documents[0].text == doc.text
        assert again.annotations[0].quote == doc.text[:20]
        assert [why for _, why in again.changed_sources()] == ["the source file is missing"]


def test_changed_source_is_reloaded_and_reanchored(session, tmp_path) -> None:
    source = copy_sample(tmp_path, "continental-post.txt")
    doc = session.add_document(source)
    i = doc.text.index("seven hundred troops")
    session.annotate(doc.id, i, i + 20)
    j = doc.text.index("A strong, capable")
    session.annotate(doc.id, j, j + 17)
    text = source.read_text(encoding="utf-8")
    text = text.replace("May 20, 2023\n\n", "May 20, 2023\n\nAn editor's note added later.\n\n")
    text = text.replace(
        "A strong, capable Peruvian military is good for Peru and good for the region. ", ""
    )
    source.write_text(text, encoding="utf-8")
    assert [why for _, why in session.changed_sources()] == ["the source file changed"]
    assert session.reload_sources() == [doc.id]
    by_quote = {a.targets[0].exact if not a.orphaned else "lost": a for a in session.annotations}
    moved, lost = by_quote["seven hundred troops"], by_quote["lost"]
    new_text = session.document(doc.id).text
    assert new_text[moved.start : moved.end] == "seven hundred troops" and not moved.orphaned
    assert lost.orphaned and lost.quote == "A strong, capable"
    assert session.changed_sources() == []


def test_verdicts_labels_settings_overrides(session, tmp_path) -> None:
    a = session.add_document(copy_sample(tmp_path, "andes-wire.html"))
    session.set_verdict(
        Verdict(
            "quantity|troops",
            "real conflict",
            a.id,
            "Ministry confirms 700",
            "https://example.org/x",
            "troops",
        )
    )
    assert session.verdicts["quantity|troops"].status == "real conflict"
    with pytest.raises(ValueError, match="one of"):
        session.set_verdict(Verdict("k", "maybe"))
    assert [name for name, _, _ in session.labels][:2] == ["disputed", "verified"]
    session.set_label("follow up", "#000000", "call back")
    assert ("follow up", "#000000", "call back") in session.labels
    i = a.text.index("Lima")
    note = session.annotate(a.id, i, i + 4, label="follow up")
    session.rename_label("follow up", "call back")
    assert session.annotation(note.id).label == "call back"
    with pytest.raises(SessionError, match="exists already"):
        session.rename_label("call back", "disputed")
    session.delete_label("call back")
    assert session.annotation(note.id).label == ""
    assert "call back" not in [n for n, _, _ in session.labels]
    session.set_setting("view", {"pivot": a.id, "kinds": ["date"]})
    assert session.setting("view")["kinds"] == ["date"]
    session.add_override((a.id, 0, 10), (a.id, 20, 30), same=False)
    assert session.overrides == [((a.id, 0, 10), (a.id, 20, 30), False)]


def test_save_as_is_a_consistent_copy(session, tmp_path) -> None:
    doc = session.add_document(copy_sample(tmp_path, "continental-post.txt"))
    session.annotate(doc.id, 0, 10, note="x")
    copy = session.save_as(tmp_path / "copy.crosscheck")
    with Session.open(copy) as other:
        assert [a.note for a in other.annotations] == ["x"]
    with pytest.raises(SessionError, match="already exists"):
        session.save_as(copy)


def test_in_use_opens_read_only(session) -> None:
    with Session.open(session.path) as second:
        assert second.read_only
        assert "open in another Crosscheck window" in second.read_only_reason
        with pytest.raises(SessionError, match="read-only"):
            second.set_setting("x", 1)


def test_newer_version_opens_read_only(tmp_path) -> None:
    path = tmp_path / "new.crosscheck"
    Session.create(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    before = path.read_bytes()
    with Session.open(path) as s:
        assert s.read_only and "newer Crosscheck" in s.read_only_reason
        assert s.documents == []
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"plain text", "not an SQLite file"), (b"SQLite format 3\x00" + b"\x00" * 200, "damaged")],
)
def test_damaged_or_foreign_files_are_refused_and_untouched(tmp_path, content, reason) -> None:
    path = tmp_path / "x.crosscheck"
    path.write_bytes(content)
    with pytest.raises(SessionError, match=reason):
        Session.open(path)
    assert path.read_bytes() == content


def test_another_programs_database(tmp_path) -> None:
    path = tmp_path / "other.crosscheck"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()
    with pytest.raises(SessionError, match="another program"):
        Session.open(path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_read_only_location(tmp_path) -> None:  # pragma: no cover - CI runs as root
    path = tmp_path / "ro.crosscheck"
    Session.create(path).close()
    path.chmod(0o444)
    with Session.open(path) as s:
        assert s.read_only


def test_write_failure_is_a_clear_error_and_keeps_the_data(session, tmp_path) -> None:
    doc = session.add_document(copy_sample(tmp_path, "continental-post.txt"))
    session.annotate(doc.id, 0, 5, note="kept")
    session._db.execute("PRAGMA max_page_count = 1")  # a full disk: no page can be added
    with pytest.raises(SessionError, match="not saved"):
        session.annotate(doc.id, 5, 10, note="refused " * 2000)
    session._db.execute("PRAGMA max_page_count = 1073741823")
    assert [a.note for a in session.annotations] == ["kept"]


def test_jsonld_round_trip_and_vocabulary(session, tmp_path) -> None:
    a = session.add_document(copy_sample(tmp_path, "andes-wire.html"))
    b = session.add_document(copy_sample(tmp_path, "lima-ledger.docx"))
    sa = a.text.index("confirmed the deployment")
    session.annotate(a.id, sa, sa + 24, note="Contradicted by the review", tags=("polarity",),
                     label="disputed", author="Ana", spans=[(b.id, 0, 12)])  # fmt: skip
    session.annotate(b.id, 20, 40)
    data = to_jsonld(session)
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection" and data["total"] == 2
    vocabulary = {
        "@context",
        "id",
        "type",
        "label",
        "total",
        "first",
        "startIndex",
        "items",
        "motivation",
        "created",
        "modified",
        "creator",
        "name",
        "body",
        "target",
        "source",
        "selector",
        "exact",
        "prefix",
        "suffix",
        "start",
        "end",
        "value",
        "format",
        "purpose",
        "title",
    }  # terms defined by the W3C Web Annotation context

    def keys(node):
        if isinstance(node, dict):
            for k, v in node.items():
                yield k
                yield from keys(v)
        elif isinstance(node, list):
            for v in node:
                yield from keys(v)

    assert set(keys(data)) <= vocabulary
    other_path = tmp_path / "other.crosscheck"
    with Session.create(other_path) as other:
        other.add_document(a.path)
        other.add_document(b.path)
        imported = from_jsonld(other, json.loads(json.dumps(data)))
        before = sorted(
            (x.note, x.tags, x.label, x.author, [(t.exact, t.start) for t in x.targets])
            for x in session.annotations
        )
        after = sorted(
            (x.note, x.tags, x.label, x.author, [(t.exact, t.start) for t in x.targets])
            for x in other.annotations
        )
        assert len(imported) == 2 and before == after


def test_reports_list_verdicts_and_annotations(session, tmp_path) -> None:
    a = session.add_document(copy_sample(tmp_path, "andes-wire.html"))
    i = a.text.index("The number of troops")
    session.annotate(a.id, i, i + 20, note="Ask the embassy", label="needs source")
    session.set_verdict(
        Verdict("q|troops", "unresolved", summary="number of troops", note="waiting")
    )
    md = render_markdown_report(session)
    assert "## Verdicts" in md and "number of troops" in md and "unresolved" in md
    assert (
        "### The Andes Wire" in md and "**needs source**" in md and "“The number of troops”" in md
    )
    page = render_html_report(session)
    assert (
        page.startswith("<!DOCTYPE html>") and "Ask the embassy" in page and "<script" not in page
    )


def test_export_command(session, tmp_path, capsys) -> None:
    from reader.cli import main

    a = session.add_document(copy_sample(tmp_path, "andes-wire.html"))
    session.annotate(a.id, 0, 4, note="dateline")
    out = tmp_path / "notes.jsonld"
    assert main(["export", str(session.path), "--format", "jsonld", "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["total"] == 1
    assert main(["export", str(session.path), "--format", "md"]) == 0
    assert "dateline" in capsys.readouterr().out
    assert main(["export", str(tmp_path / "missing.crosscheck")]) == 2
    assert "no such session file" in capsys.readouterr().err


CHILD = """
import sys
from reader import Session
with Session.open(sys.argv[1]) as s:
    doc = s.documents[0]
    n = 0
    while True:
        s.annotate(doc.id, n % 50, n % 50 + 5, note=f"note {n}")
        print(n, flush=True)
        n += 1
"""


def test_killed_process_loses_no_returned_annotation(tmp_path) -> None:
    """50 times: a child annotates in a loop and is killed with SIGKILL at a random moment;
    the session then opens and holds every annotation whose call had returned."""
    path = tmp_path / "crash.crosscheck"
    with Session.create(path) as s:
        s.add_document(copy_sample(tmp_path, "continental-post.txt"))
    rng = random.Random(7)
    expected = 0
    for _ in range(50):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], cwd=ROOT,
                                 stdout=subprocess.PIPE, text=True)  # fmt: skip
        first = child.stdout.readline()  # one annotation is in before the clock starts
        assert first.strip().isdigit()
        time.sleep(rng.uniform(0.0, 0.05))
        child.send_signal(signal.SIGKILL)
        rest = child.stdout.read()
        child.stdout.close()
        child.wait()
        returned = 1 + len([line for line in rest.splitlines() if line.strip().isdigit()])
        expected += returned
        with Session.open(path) as s:
            notes = [a.note for a in s.annotations]
        assert len(notes) >= expected  # a call killed after committing may add one more
        expected = len(notes)


def test_jsonld_text_is_written_note_by_note_as_json_dumps_would(session, tmp_path, monkeypatch):
    from reader.core import export

    doc = session.add_document(copy_sample(tmp_path, "continental-post.txt"))
    session.annotate(doc.id, 0, 10, note='two\nlines, "quoted"', tags=("a", "b"), label="key")
    session.annotate(doc.id, 20, 30)
    fixed = export.new_id()
    monkeypatch.setattr(export, "new_id", lambda: fixed)
    whole = json.dumps(export.to_jsonld(session), ensure_ascii=False, indent=2) + "\n"
    assert export.export_jsonld_text(session) == whole
