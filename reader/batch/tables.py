"""The batch's tables: disagreement rows (JSON Lines and Parquet), cluster records, and the
outlet-by-outlet table of who disagrees with whom.

Every file is written to a temporary name and renamed, so an interrupted batch never leaves a
half-written table behind.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from reader.core.kinds import FACT_KINDS, KIND_ORDER, Kind

ACCOUNT_FIELDS = ("document", "outlet", "published", "start", "end", "text", "value")
ROW_FIELDS = ("cluster", "id", "kind", "severity", "topic", "summary", "rule", "accounts")


def parquet_schema():
    """The schema of ``disagreements.parquet`` (documented in the README, checked by a test)."""
    import pyarrow as pa

    account = pa.struct(
        [
            ("document", pa.string()),
            ("outlet", pa.string()),
            ("published", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("text", pa.string()),
            ("value", pa.string()),
        ]
    )
    return pa.schema(
        [
            ("cluster", pa.string()),
            ("id", pa.string()),
            ("kind", pa.string()),
            ("severity", pa.string()),
            ("topic", pa.string()),
            ("summary", pa.string()),
            ("rule", pa.string()),
            ("accounts", pa.list_(account)),
        ]
    )


def write_atomic(path: Path, data: str | bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(tmp, mode, **({} if isinstance(data, bytes) else {"encoding": "utf-8"})) as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def jsonl(items: Iterable[dict]) -> str:
    return "".join(json.dumps(x, ensure_ascii=False, sort_keys=False) + "\n" for x in items)


def write_parquet(path: Path, rows: list[dict[str, Any]]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(rows, schema=parquet_schema())
    tmp = path.with_name(f".{path.name}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)


@dataclass
class PairCounts:
    shared: set[str] = field(default_factory=set)  # events both outlets cover
    kinds: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    disagreements: int = 0  # fact disagreements between the two


def _disagree(a: list[dict], b: list[dict]) -> bool:
    """Two outlets' sides of one disagreement differ: some value (or, without a value, the
    words) of one is not among the other's."""

    def told(side: list[dict]) -> set[str]:
        return {(x["value"] if x["value"] is not None else x["text"]).casefold() for x in side}

    return told(a) != told(b)


def outlet_pairs(records: list[dict], rows: list[dict]) -> dict[tuple[str, str], PairCounts]:
    """For every two outlets that cover one event: the events they share, and per kind the
    events in which they disagree.

    Two outlets disagree on a fact kind in an event when one disagreement of that kind has
    both among its accounts with different values. An omission (a fact only some accounts
    carry) counts between each carrier and every outlet of the event that does not carry it.
    Accounts without an outlet are left out.
    """
    pairs: dict[tuple[str, str], PairCounts] = defaultdict(PairCounts)
    present: dict[str, set[str]] = {}
    for rec in records:
        if rec.get("status") != "ok":
            continue
        outlets = {d["outlet"] for d in rec["documents"] if d.get("outlet") and not d.get("error")}
        present[rec["cluster"]] = outlets
        for a, b in combinations(sorted(outlets), 2):
            pairs[a, b].shared.add(rec["cluster"])
    for row in rows:
        cluster, kind = row["cluster"], row["kind"]
        sides: dict[str, list[dict]] = defaultdict(list)
        for acc in row["accounts"]:
            if acc.get("outlet"):
                sides[acc["outlet"]].append(acc)
        if kind == Kind.OMISSION:
            for carrier in sides:
                for other in present.get(cluster, ()):
                    if other not in sides:
                        pairs[tuple(sorted((carrier, other)))].kinds[kind].add(cluster)
            continue
        for a, b in combinations(sorted(sides), 2):
            if _disagree(sides[a], sides[b]):
                counts = pairs[a, b]
                counts.kinds[kind].add(cluster)
                if Kind(kind).is_fact:
                    counts.disagreements += 1
    return pairs


def outlets_csv(records: list[dict], rows: list[dict]) -> str:
    """``outlets.csv``: one row per two outlets that share an event, most shared first.

    Columns: ``outlet_a``, ``outlet_b``, ``shared_events``; ``events_disagreeing`` (events in
    which they disagree on at least one fact kind), ``rate`` (that over ``shared_events``),
    ``fact_disagreements`` (how many fact disagreements set them apart in all); then per kind
    the number of shared events in which they disagree on that kind.
    """
    pairs = outlet_pairs(records, rows)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    kinds = [str(k) for k in KIND_ORDER]
    head = ["outlet_a", "outlet_b", "shared_events", "events_disagreeing", "rate"]
    writer.writerow([*head, "fact_disagreements", *kinds])
    for (a, b), c in sorted(pairs.items(), key=_pair_order):
        if not c.shared:
            continue
        facts = set().union(*(c.kinds[str(k)] for k in FACT_KINDS)) & c.shared
        writer.writerow(
            [a, b, len(c.shared), len(facts), f"{len(facts) / len(c.shared):.3f}", c.disagreements]
            + [len(c.kinds[k] & c.shared) for k in kinds]
        )
    return out.getvalue()


def _pair_order(item: tuple[tuple[str, str], PairCounts]) -> tuple:
    (a, b), c = item
    return (-len(c.shared), a.casefold(), b.casefold())
