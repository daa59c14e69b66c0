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
