"""Importing annotations from files nobody checked: one clear message for a file that is not
annotations, each bad annotation skipped and counted, bad offsets placed by the quote."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader import Session
from reader.cli import main
from reader.core.document import Document
from reader.core.export import to_jsonld
from reader.core.importing import AnnotationFileError, plan_for, read_annotation_file

TEXT = "The council approved the budget on Tuesday. Seven members voted against it."


@pytest.fixture
def session(tmp_path: Path):
    with Session.create(tmp_path / "s.crosscheck") as s:
        s.add_document(Document(text=TEXT, title="Council"))
        yield s


def source_of(session: Session) -> str:
    doc = session.documents[0]
    return f"urn:crosscheck:document:{doc.text_digest.split(':')[-1]}"


def annotation(source: str, start, end, exact, note: str = "n") -> dict:
    return {
        "type": "Annotation",
        "body": {"type": "TextualBody", "value": note, "purpose": "commenting"},
        "target": {
            "source": source,
            "selector": [
                {"type": "TextQuoteSelector", "exact": exact},
                {"type": "TextPositionSelector", "start": start, "end": end},
            ],
        },
    }


@pytest.mark.parametrize(
    "data",
    [
        "just a string",
        12345,
        {"type": "Something"},
        {"no": "type"},
        {"type": "AnnotationCollection", "first": "page one"},
    ],
)
def test_a_document_of_the_wrong_shape_is_one_message(session, data) -> None:
    with pytest.raises(AnnotationFileError, match="not Web Annotations"):
        plan_for(data, session.documents)


def test_bad_items_are_skipped_and_counted(session) -> None:
    src = source_of(session)
    data = [
        "a string item",
        {"type": "Annotation", "target": {"source": src, "selector": "a string selector"}},
        {"type": "Annotation", "target": {"source": src, "selector": {"exact": 12345}}},
        annotation(src, -10, -5, ""),  # no quote, impossible offsets: cannot be placed
        annotation(src, 40, 10, "Seven members"),  # reversed: placed by its quote
        annotation(src, 10**9, 10**9 + 5, "budget"),  # out of range: placed by its quote
        annotation(src, 4, 11, ""),  # no quote, good offsets: "council"
        annotation("file:///elsewhere.txt", 0, 3, "The"),
        annotation(src, 0, 3, "nowhere in this text"),  # kept aside, an orphan
    ]
    plan = plan_for(data, session.documents)
    placed = [t for a in plan.annotations for t in a.targets if not t.orphaned]
    assert [TEXT[t.start : t.end] for t in placed] == ["Seven members", "budget", "council"]
    assert sum(t.orphaned for a in plan.annotations for t in a.targets) == 1
    assert sum(plan.skipped.values()) == 5
    assert "skipped" in plan.summary()


def test_deep_nesting_and_size_are_bounded(session, tmp_path, monkeypatch) -> None:
    deep = tmp_path / "deep.jsonld"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(AnnotationFileError, match="nested too deeply"):
        read_annotation_file(deep, session.documents)
    import reader.core.importing as importing

    monkeypatch.setattr(importing, "MAX_BYTES", 10)
    with pytest.raises(AnnotationFileError, match="more than an annotation file can be"):
        read_annotation_file(deep, session.documents)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=8),
        lambda children: st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                ["type", "target", "selector", "source", "exact", "start", "end", "body",
                 "value", "purpose", "first", "items", "creator", "created", "x"]
            ),
            children,
            max_size=5,
        ),
        max_leaves=30,
    )
)  # fmt: skip
def test_any_json_is_imported_or_refused_cleanly(session, data) -> None:
    try:
        plan = plan_for(data, session.documents)
    except AnnotationFileError as exc:
        plan, message = None, str(exc)
    if plan is None:
        assert "\n" not in message
        return
    for a in plan.annotations:
        for t in a.targets:
            assert t.orphaned or 0 <= t.start < t.end <= len(TEXT)


def test_round_trip_and_the_command_line(session, tmp_path, capsys) -> None:
    doc = session.documents[0]
    session.annotate(doc.id, 4, 11, note="who")
    out = tmp_path / "notes.jsonld"
    out.write_text(json.dumps(to_jsonld(session)))
    path = session.path
    session.close()
    assert main(["import", str(path), str(out)]) == 0
    assert "Imported 1 annotation" in capsys.readouterr().out
    with Session.open(path) as again:
        assert len(again.annotations) == 2
    bad = tmp_path / "bad.jsonld"
    bad.write_text('{"type": "Nothing"}')
    assert main(["import", str(path), str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.jsonld" in err
    assert main(["import", str(path), str(tmp_path / "missing.jsonld")]) == 2


def test_the_recovery_file_can_be_imported(session, tmp_path) -> None:
    doc = session.documents[0]
    note = session.annotate(doc.id, 4, 11, note="kept when the disk was full")
    session.delete_annotation(note.id)
    from dataclasses import asdict

    recovery = tmp_path / "crosscheck-recovery.jsonl"
    recovery.write_text(json.dumps({"session": "x", "annotation": asdict(note)}) + "\nnot json\n")
    with pytest.raises(AnnotationFileError, match="not JSON"):
        read_annotation_file(recovery, session.documents)
    recovery.write_text(json.dumps({"session": "x", "annotation": asdict(note)}) + "\n")
    plan = read_annotation_file(recovery, session.documents)
    assert [a.note for a in plan.annotations] == ["kept when the disk was full"]


def test_a_closed_pipe_is_a_normal_end(tmp_path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("A word or two. " * 50_000)
    command = f'"{sys.executable}" -m reader.cli inspect "{big}" | head -1'
    done = subprocess.run(command, shell=True, capture_output=True, text=True, check=False)
    assert done.stdout.startswith("File:")
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr
