"""Benchmarks hand their figures to run_all.py, which prints them in one budget table."""

from __future__ import annotations

import json

from tests.benchmarks import budget


def test_rows_are_gathered_only_when_asked(tmp_path, monkeypatch) -> None:
    out = tmp_path / "rows.jsonl"
    monkeypatch.delenv(budget.ENV, raising=False)
    budget.record("speed", "four accounts", "120 ms", "150 ms", True)
    assert not out.exists()
    monkeypatch.setenv(budget.ENV, str(out))
    budget.record("speed", "four accounts", "120 ms", "150 ms", True)
    budget.record("view", "ten accounts: longest stall", "140 ms", "100 ms", False)
    budget.record("quality", "sample recall", "0.95", "", None)
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["ok"] for r in rows] == [True, False, None]
    lines = budget.table(rows).splitlines()
    assert lines[0].split() == ["benchmark", "figure", "value", "budget", "pass"]
    assert lines[1].endswith("pass") and "120 ms" in lines[1]
    assert lines[2].endswith("FAIL") and "140 ms" in lines[2]
    assert not lines[3].rstrip().endswith(("pass", "FAIL"))
