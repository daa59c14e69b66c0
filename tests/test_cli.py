"""The command line: inspect, errors, version and help."""

import json
import subprocess
import sys

import pytest

from reader import __version__
from reader.cli import main
from tests.conftest import ROOT


def test_inspect_json(sample_dir, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["inspect", str(sample_dir / "andes-wire.html"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["format", "title", "outlet", "author", "published", "text"]
    assert data["format"] == "html" and data["published"] == "2023-05-18"
    assert data["outlet"] == "The Andes Wire"


def test_inspect_summary(sample_dir, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["inspect", str(sample_dir / "lima-ledger.docx")]) == 0
    out = capsys.readouterr().out
    assert "Title:     Lawmakers clear way for 700 U.S. soldiers" in out
    assert "Published: 2023-05-19" in out
    assert "words" in out and "Peru's Congress has cleared the way" in out


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("missing.txt", None, "no such file"),
        ("empty.txt", b"", "empty file"),
        ("x.pdf", b"%PDF-1.4 nonsense", "damaged PDF"),
    ],
)
def test_bad_input_exits_2_with_one_line(tmp_path, capsys, name: str, content, reason: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    assert main(["inspect", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and reason in err and str(path) in err
    assert "Traceback" not in err


def test_python_dash_m_version_and_help() -> None:
    version = subprocess.run(
        [sys.executable, "-m", "reader", "--version"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert version.returncode == 0 and version.stdout.strip() == f"crosscheck {__version__}"
    helped = subprocess.run(
        [sys.executable, "-m", "reader", "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert helped.returncode == 0 and "inspect FILE" in helped.stdout and ".docx" in helped.stdout


def test_folder_is_refused(tmp_path, capsys) -> None:
    assert main(["inspect", str(tmp_path)]) == 2
    assert "folder" in capsys.readouterr().err


def test_sources_are_never_written(sample_dir, tmp_path, capsys) -> None:
    copy = tmp_path / "copy.docx"
    copy.write_bytes((sample_dir / "lima-ledger.docx").read_bytes())
    copy.chmod(0o444)
    before = (copy.stat().st_mtime_ns, copy.read_bytes())
    assert main(["inspect", str(copy), "--json"]) == 0
    assert (copy.stat().st_mtime_ns, copy.read_bytes()) == before


def test_compare_json(sample_dir, capsys: pytest.CaptureFixture[str]) -> None:
    files = [
        str(sample_dir / n) for n in ("andes-wire.html", "lima-ledger.docx", "continental-post.txt")
    ]
    assert main(["compare", *files, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "crosscheck.comparison/1"
    assert len(data["documents"]) == 3
    assert any(d["kind"] == "quantity" for d in data["disagreements"])


def test_compare_markdown_and_html_files(sample_dir, tmp_path) -> None:
    files = [str(p) for p in sorted(sample_dir.glob("*.*"))]
    md = tmp_path / "r.md"
    page = tmp_path / "r.html"
    assert main(["compare", *files, "-o", str(md)]) == 0
    assert main(["compare", *files, "--html", "-o", str(page)]) == 0
    assert md.read_text(encoding="utf-8").startswith("# Comparison of 4 accounts")
    html_text = page.read_text(encoding="utf-8")
    assert html_text.startswith("<!DOCTYPE html>")
    assert "<script" not in html_text and "http" not in html_text.split("</style>")[0]
    assert 'href="#x1-d1"' in html_text and 'id="x1-d1"' in html_text


@pytest.mark.parametrize(
    ("args", "reason"),
    [(["only-one.txt"], "at least two"), (["a.txt", "missing.txt"], "no such file")],
)
def test_compare_bad_input(tmp_path, capsys, args, reason) -> None:
    (tmp_path / "a.txt").write_text("Some text here.\n\nMore text.", encoding="utf-8")
    (tmp_path / "only-one.txt").write_text("Some text here.", encoding="utf-8")
    paths = [str(tmp_path / a) for a in args]
    assert main(["compare", *paths]) == 2
    err = capsys.readouterr().err
    assert reason in err and err.count("\n") == 1 and "Traceback" not in err


def test_compare_bad_rules_file(sample_dir, tmp_path, capsys) -> None:
    rules = tmp_path / "rules.json"
    rules.write_text("{not json", encoding="utf-8")
    files = [str(sample_dir / "andes-wire.html"), str(sample_dir / "lima-ledger.docx")]
    assert main(["compare", *files, "--rules", str(rules)]) == 2
    assert "not a usable rules file" in capsys.readouterr().err


def test_version_and_help_do_not_import_the_engine_or_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from reader.cli import gui_parser; gui_parser().format_help(); "
        "print(any(m.startswith(('reader.core.loaders', 'reader.core.compare', 'PySide6')) "
        "for m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_export_to_a_file_streams_the_same_annotations(tmp_path, capsys) -> None:
    import json

    from reader.core.session import Session
    from reader.resources import sample_files

    path = tmp_path / "s.crosscheck"
    with Session.create(path) as session:
        doc = session.add_document(sample_files()[0])
        for n in range(3):
            session.annotate(doc.id, n, n + 5, note=f"n{n}")
    assert main(["export", str(path), "--format", "jsonld"]) == 0
    printed = json.loads(capsys.readouterr().out)
    out = tmp_path / "out.jsonld"
    assert main(["export", str(path), "--format", "jsonld", "-o", str(out)]) == 0
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["first"] == printed["first"] and written["total"] == 3
    assert main(["export", str(path), "-o", str(tmp_path / "no" / "such" / "x.md")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot write" in err
