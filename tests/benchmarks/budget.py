"""One row of a benchmark's budget table: printed, and gathered by run_all.py.

Each benchmark prints its own table as it goes; when ``CROSSCHECK_BUDGETS`` names a file
(run_all.py sets it), each row is also appended there as one JSON line, and run_all.py prints
every benchmark's rows together at the end: figure / value / budget / pass.
"""

from __future__ import annotations

import json
import os

ENV = "CROSSCHECK_BUDGETS"


def record(benchmark: str, figure: str, value: str, budget: str, ok: bool | None) -> None:
    """Note a figure against its budget (``ok`` None: a figure printed without a budget)."""
    path = os.environ.get(ENV)
    if not path:
        return
    row = {"benchmark": benchmark, "figure": figure, "value": value, "budget": budget, "ok": ok}
    with open(path, "a", encoding="utf-8") as out:
        out.write(json.dumps(row) + "\n")


def table(rows: list[dict]) -> str:
    """The gathered rows as one fixed-width table."""
    lines = [f"{'benchmark':<14}{'figure':<52}{'value':>24}  {'budget':<18}pass"]
    for r in rows:
        mark = "" if r["ok"] is None else ("pass" if r["ok"] else "FAIL")
        lines.append(
            f"{r['benchmark']:<14}{r['figure'][:51]:<52}{r['value'][:24]:>24}  "
            f"{r['budget'][:18]:<18}{mark}"
        )
    return "\n".join(lines)
