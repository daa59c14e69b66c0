"""Corpus mode (``crosscheck batch``): manifests, tables, bad input, resuming, Dask."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.batch import BatchError
from reader.batch.manifest import read_manifest
from reader.batch.runner import CHECKPOINT, run_batch
from reader.batch.tables import outlet_pairs, outlets_csv, parquet_schema
from reader.cli import main
from tests import ecbplus

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = sorted((ROOT / "resources" / "sample").glob("*.*"))
OUTPUTS = ("disagreements.jsonl", "disagreements.parquet", "clusters.jsonl", "outlets.csv")


def _manifest(tmp_path: Path, ecb: int = 2) -> Path:
    """Sample accounts in three clusters, a bad file, a cluster that cannot be compared, and
    (when the corpus is here) ``ecb`` ECB+ events with their outlets."""
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 this is not a PDF at all")
    rows = [("sample", str(p), f"Outlet {p.stem[0].upper()}", "") for p in SAMPLE]
    rows += [("pair", str(p), f"Outlet {p.stem[0].upper()}", "2024-01-02") for p in SAMPLE[:2]]
    rows += [("with-bad-file", str(p), "", "") for p in (*SAMPLE[1:3], bad)]
    rows += [("only-missing", str(tmp_path / "gone.txt"), "", "")]
    if ecbplus.available() and ecb:
        for doc in [d for d in ecbplus.documents().values() if d.topic in (24, 36)][:30]:
            host = (doc.url or "").split("/")[2].removeprefix("www.") if doc.url else ""
            rows.append((f"{doc.topic}/{doc.subtopic}", str(doc.path), host, ""))
    path = tmp_path / "manifest.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["cluster", "path", "outlet", "published"])
        writer.writerows(rows)
        writer.writerow(["", "nowhere.txt", "", ""])  # a row without a cluster
    return path


def _read(out: Path) -> dict[str, str]:
    return {n: (out / n).read_text(encoding="utf-8") for n in OUTPUTS if not n.endswith("quet")}


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def finished(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("batch")
    manifest = _manifest(tmp)
    out = tmp / "out"
    run_batch(read_manifest(manifest), out, workers=1, progress=False)
    return manifest, out


def test_every_table_is_written_and_bad_input_is_recorded_not_fatal(finished):
    _, out = finished
    for name in (*OUTPUTS, "summary.md", "plots/kinds.png"):
        assert (out / name).stat().st_size > 0, name
    records = {r["cluster"]: r for r in _jsonl(out / "clusters.jsonl")}
    assert records["sample"]["status"] == "ok"
    assert records["sample"]["disagreements"] > 5
    assert records["sample"]["seconds"]["compare"] > 0
    bad = records["with-bad-file"]
    assert bad["status"] == "ok"  # two readable accounts still compared
    assert any("broken.pdf" in e for e in bad["errors"])
    assert records["only-missing"]["status"] == "error"
    assert "gone.txt" in records["only-missing"]["errors"][0]
    skipped = records[None]
    assert skipped["status"] == "skipped" and "no cluster" in skipped["errors"][0]
    summary = (out / "summary.md").read_text(encoding="utf-8")
    assert "only-missing" in summary and "## Disagreements per kind" in summary


def test_rows_carry_each_accounts_outlet_date_span_and_value(finished):
    _, out = finished
    rows = _jsonl(out / "disagreements.jsonl")
    pair = [r for r in rows if r["cluster"] == "pair"]
    assert pair, "the two-account cluster has disagreements"
    for row in pair:
        for acc in row["accounts"]:
            assert acc["published"] == "2024-01-02"  # the manifest's date wins
            assert acc["outlet"].startswith("Outlet ")
            text = Path(acc["document"])
            assert text.exists() and 0 <= acc["start"] < acc["end"]
    quantities = [r for r in rows if r["cluster"] == "sample" and r["kind"] == "quantity"]
    assert any(len({a["value"] for a in r["accounts"]}) > 1 for r in quantities)


def test_parquet_has_the_documented_schema_and_the_same_rows(finished):
    import pyarrow.parquet as pq

    _, out = finished
    table = pq.read_table(out / "disagreements.parquet")
    assert table.schema.equals(parquet_schema())
    assert table.to_pylist() == _jsonl(out / "disagreements.jsonl")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for field in parquet_schema().names:  # every column is documented
        assert f"`{field}`" in readme


def test_outlets_table_counts_shared_events_and_disagreements():
    records = [
        {"cluster": c, "status": "ok", "documents": [{"outlet": o} for o in outlets]}
        for c, outlets in (("e1", "ABC"), ("e2", "AB"), ("e3", "BC"))
    ]

    def acc(outlet, value):
        return {"outlet": outlet, "value": value, "text": str(value)}

    rows = [
        {"cluster": "e1", "kind": "quantity", "accounts": [acc("A", "700"), acc("B", "1000")]},
        {"cluster": "e1", "kind": "date", "accounts": [acc("A", "5"), acc("C", "5")]},  # agree
        {"cluster": "e2", "kind": "omission", "accounts": [acc("A", None)]},
    ]
    pairs = outlet_pairs(records, rows)
    assert len(pairs["A", "B"].shared) == 2
    assert pairs["A", "B"].kinds["quantity"] == {"e1"}
    assert pairs["A", "B"].kinds["omission"] == {"e2"}
    assert not pairs["A", "C"].kinds["date"]
    table = list(csv.DictReader(outlets_csv(records, rows).splitlines()))
    ab = next(r for r in table if (r["outlet_a"], r["outlet_b"]) == ("A", "B"))
    assert ab["shared_events"] == "2" and ab["events_disagreeing"] == "1"
    assert ab["rate"] == "0.500" and ab["quantity"] == "1"


def test_manifests_as_json_lines_and_folders(tmp_path):
    (tmp_path / "t1").mkdir()
    for name in ("1_1ecb.txt", "1_2ecb.txt", "1_1ecbplus.txt", "notes.bin", "1_x.txt"):
        (tmp_path / "t1" / name).write_text("Text.\n", encoding="utf-8")
    folder = read_manifest(tmp_path, cluster_by=r"(ecb(?:plus)?)\.txt$")
    assert [(j.cluster, len(j.items)) for j in folder.jobs] == [("t1/ecb", 2), ("t1/ecbplus", 1)]
    assert any("1_x.txt" in p for p in folder.problems)
    lines = tmp_path / "m.jsonl"
    lines.write_text(
        '{"cluster": "a", "path": "t1/1_1ecb.txt", "published": "soon"}\n[1]\n', encoding="utf-8"
    )
    manifest = read_manifest(lines)
    item = manifest.jobs[0].items[0]
    assert item.path == str(tmp_path / "t1" / "1_1ecb.txt") and item.published is None
    assert len(manifest.problems) == 2  # the bad date, the line that is not an object


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "no such file"),
        ("name,file\nx,y\n", "'cluster' and 'path'"),
        ("cluster,path\n", "no cluster to compare"),
    ],
)
def test_an_unusable_manifest_is_one_line_and_status_2(tmp_path, capsys, content, reason):
    path = tmp_path / "m.csv"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert main(["batch", str(path), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and reason in err and "m.csv" in err


def test_an_output_that_is_a_file_is_refused(tmp_path, capsys):
    manifest = _manifest(tmp_path, ecb=0)
    taken = tmp_path / "taken"
    taken.write_text("x", encoding="utf-8")
    assert main(["batch", str(manifest), "-o", str(taken), "--no-progress"]) == 2
    assert "not a folder" in capsys.readouterr().err
    with pytest.raises(BatchError):
        read_manifest(tmp_path, cluster_by="(")


def test_interrupted_and_resumed_gives_the_same_output(tmp_path, finished):
    manifest, straight = finished
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "reader", "batch", str(manifest), "-o", str(out)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([*cmd, "--workers", "2", "--no-progress"], env=env, cwd=ROOT)
    checkpoint = out / CHECKPOINT
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if checkpoint.exists() and checkpoint.read_text(encoding="utf-8").count("\n") >= 1:
            break
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    assert proc.wait(60) == 130
    total = len(read_manifest(manifest).jobs)
    assert 1 <= checkpoint.read_text(encoding="utf-8").count("\n") < total
    assert not (out / "disagreements.jsonl").exists()
    done = subprocess.run([*cmd, "--no-progress"], env=env, cwd=ROOT, capture_output=True)
    assert done.returncode == 0, done.stderr
    assert b"from an earlier run" in done.stderr
    assert _read(out)["disagreements.jsonl"] == _read(straight)["disagreements.jsonl"]
    assert _read(out)["outlets.csv"] == _read(straight)["outlets.csv"]


def test_a_changed_file_is_compared_again(tmp_path):
    folder = tmp_path / "texts" / "e1"
    folder.mkdir(parents=True)
    for p in SAMPLE[1:3]:
        (folder / p.name).write_bytes(p.read_bytes())
    out = tmp_path / "out"
    first = run_batch(read_manifest(tmp_path / "texts"), out, workers=1, progress=False)
    again = run_batch(read_manifest(tmp_path / "texts"), out, workers=1, progress=False)
    assert (first.resumed, again.resumed) == (0, 1)
    time.sleep(0.01)
    target = folder / SAMPLE[1].name
    target.write_bytes(target.read_bytes() + b"\n")
    redone = run_batch(read_manifest(tmp_path / "texts"), out, workers=1, progress=False)
    assert redone.resumed == 0


@pytest.mark.slow
def test_local_pool_and_dask_cluster_give_the_same_rows(tmp_path, finished):
    distributed = pytest.importorskip("distributed")
    manifest, straight = finished
    pool = run_batch(read_manifest(manifest), tmp_path / "pool", workers=2, progress=False)
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        host="127.0.0.1",
        dashboard_address=None,
        processes=True,
    ) as cluster:
        dask = run_batch(
            read_manifest(manifest),
            tmp_path / "dask",
            scheduler=cluster.scheduler_address,
            progress=False,
        )
    assert dask.scheduler.startswith("tcp://127.0.0.1:")
    assert pool.disagreements == dask.disagreements > 0
    for name in ("disagreements.jsonl", "outlets.csv"):
        assert (
            _read(tmp_path / "pool")[name]
            == _read(tmp_path / "dask")[name]
            == (_read(straight)[name])
        )


def test_an_unreachable_scheduler_is_a_batch_error(tmp_path):
    pytest.importorskip("distributed")
    manifest = read_manifest(_manifest(tmp_path, ecb=0))
    with pytest.raises(
        BatchError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9"
    ):
        run_batch(manifest, tmp_path / "o", scheduler="tcp://127.0.0.1:9", connect_timeout=1)


def test_a_results_folder_that_cannot_take_the_tables_is_one_line(tmp_path, monkeypatch, capsys):
    from reader.batch import tables

    manifest = _manifest(tmp_path, ecb=0)

    def full(*_a, **_k):
        raise OSError(28, "No space left on device", str(tmp_path / "out" / "outlets.csv"))

    monkeypatch.setattr(tables, "write_parquet", full)
    code = main(["batch", str(manifest), "-o", str(tmp_path / "out"), "--workers", "1"])
    assert code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "No space left on device" in err
