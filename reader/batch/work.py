"""One cluster's work, as a worker process runs it: load, compare, turn into rows.

:func:`run_cluster` never raises: a file that cannot be read, a cluster that cannot be compared
and an unexpected failure are all written into the cluster's record, so that one bad input
never stops a batch. Rows and records are plain JSON-ready dicts, the same whichever process
(a local pool, a Dask worker) made them.
"""

from __future__ import annotations

import time
import traceback
import urllib.parse
from typing import Any

from reader.batch.manifest import Item, Job


def run_cluster(job: Job) -> dict[str, Any]:
    """Compare one cluster: ``{"cluster", "key", "record", "rows"}``."""
    started = time.perf_counter()
    record: dict[str, Any] = {
        "cluster": job.cluster,
        "status": "ok",
        "documents": [],
        "notes": [],
        "errors": [],
        "disagreements": 0,
    }
    rows: list[dict[str, Any]] = []
    try:
        rows = _compare(job, record)
    except MemoryError:
        _fail(record, "out of memory while comparing this cluster")
    except Exception as exc:  # one cluster's failure is recorded, never fatal to the batch
        where = traceback.extract_tb(exc.__traceback__)[-1]
        _fail(record, f"internal error: {type(exc).__name__}: {exc} (at {where.name})")
    record["disagreements"] = len(rows)
    record["seconds"]["total"] = round(time.perf_counter() - started, 3)
    record["worker_peak_mb"] = _peak_mb()
    return {"cluster": job.cluster, "key": job.key(), "record": record, "rows": rows}


def _fail(record: dict, reason: str) -> None:
    record["status"] = "error"
    record["errors"].append(reason[:500])
    record.setdefault("seconds", {})


def _compare(job: Job, record: dict) -> list[dict[str, Any]]:
    from reader.core.compare import CompareError, compare, language_of
    from reader.core.document import LoadError
    from reader.core.loaders import open_document
    from reader.core.rules import Rules

    record["seconds"] = {}
    t0 = time.perf_counter()
    docs, items = [], []
    for item in job.items:
        try:
            doc = open_document(item.path)
        except LoadError as exc:
            record["errors"].append(str(exc))
            record["documents"].append({"document": item.path, "error": str(exc)})
            continue
        docs.append(doc)
        items.append(item)
        record["documents"].append(
            {
                "document": item.path,
                "title": doc.title,
                "outlet": outlet_of(item, doc),
                "published": published_of(item, doc),
                "words": doc.word_count,
                "language": language_of(doc.text[:20_000]),
                "warnings": list(doc.warnings[:5]),
            }
        )
    record["seconds"]["load"] = round(time.perf_counter() - t0, 3)
    if len(docs) < 2:
        record["status"] = "error"
        record["errors"].append(
            f"{len(docs)} readable article{'s' if len(docs) != 1 else ''}: "
            "at least two are needed to compare"
        )
        return []
    try:
        rules = Rules.load(job.rules) if job.rules else None
    except (OSError, ValueError) as exc:
        record["status"] = "error"
        record["errors"].append(f"{job.rules}: not a usable rules file ({exc})")
        return []
    t1 = time.perf_counter()
    try:
        comparison = compare(docs, rules=rules, workers=1)  # one process per core already
    except CompareError as exc:
        record["status"] = "error"
        record["errors"].append(str(exc))
        return []
    record["seconds"]["compare"] = round(time.perf_counter() - t1, 3)
    record["notes"] = list(comparison.notes)
    return [
        _row(job.cluster, d, comparison.documents, items, docs) for d in comparison.disagreements
    ]


def _row(cluster: str, d, documents, items: list[Item], docs) -> dict[str, Any]:
    accounts = []
    for m in d.spans:
        doc, item = docs[m.doc], items[m.doc]
        accounts.append(
            {
                "document": item.path,
                "outlet": outlet_of(item, doc),
                "published": published_of(item, doc),
                "start": m.start,
                "end": m.end,
                "text": documents[m.doc].text[m.start : m.end],
                "value": m.value,
            }
        )
    return {
        "cluster": cluster,
        "id": d.id,
        "kind": str(d.kind),
        "severity": str(d.severity),
        "topic": d.topic,
        "summary": d.summary,
        "rule": d.rule,
        "accounts": accounts,
    }


def outlet_of(item: Item, doc) -> str | None:
    """The manifest's outlet, else the one the file names (a site name or web address)."""
    outlet = item.outlet or doc.outlet
    if outlet and "://" in outlet:
        outlet = host_of(outlet)
    return outlet or None


def host_of(url: str) -> str | None:
    """``https://www.bbc.co.uk/news/x`` -> ``bbc.co.uk``: an outlet named by its site."""
    try:
        host = urllib.parse.urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")


def published_of(item: Item, doc) -> str | None:
    if item.published:
        return item.published
    return doc.published.isoformat() if doc.published else None


def _peak_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    import sys

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1 << 20 if sys.platform == "darwin" else 1 << 10), 1)
