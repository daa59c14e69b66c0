"""Session figures (issue: annotations and session files).

    uv run python tests/benchmarks/session.py

A session of 10 documents of ~10,000 words with 5,000 annotations: the time to open it and
read every document and annotation back (median of 5, fresh process each), and the time to
store one more annotation (median and worst of 200). Targets: under 1 s, under 20 ms.
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.core.document import Document  # noqa: E402
from reader.core.session import Session  # noqa: E402
from reader.core.text import join_paragraphs  # noqa: E402
from tests.benchmarks.budget import record  # noqa: E402

WORDS = "the council voted on tuesday to approve seven hundred troops for training in june".split()


def make(path: Path) -> None:
    rng = random.Random(1)
    with Session.create(path) as s:
        ids = []
        for d in range(10):
            paras = [" ".join(rng.choice(WORDS) for _ in range(100)) + "." for _ in range(100)]
            doc = s.add_document(Document(text=join_paragraphs(paras), title=f"account {d}"))
            ids.append((doc.id, len(doc.text)))
        for n in range(5000):
            doc_id, length = ids[n % 10]
            start = rng.randrange(0, length - 40)
            s.annotate(doc_id, start, start + 30, note=f"note {n}", tags=("check",))


def child_open(path: str) -> None:
    start = time.perf_counter()
    with Session.open(path) as s:
        docs = s.documents
        annotations = s.annotations
    print(
        json.dumps(
            {
                "seconds": time.perf_counter() - start,
                "docs": len(docs),
                "annotations": len(annotations),
            }
        )
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.crosscheck"
        make(path)
        size = path.stat().st_size / 1e6
        runs = []
        for _ in range(5):
            command = [sys.executable, __file__, "--open", str(path)]
            out = subprocess.run(command, capture_output=True, text=True, check=True)
            runs.append(json.loads(out.stdout))
        opened = statistics.median(r["seconds"] for r in runs)
        print(
            f"open and read back 10 documents x ~10,000 words, {runs[0]['annotations']} "
            f"annotations ({size:.1f} MB file): {opened * 1000:.0f} ms (target < 1 s)"
        )
        record(
            "session",
            "open 10 x 10k words, 5,000 notes",
            f"{opened * 1000:.0f} ms",
            "1 s",
            opened <= 1,
        )
        with Session.open(path) as s:
            doc = s.documents[0]
            times = []
            for n in range(200):
                start = time.perf_counter()
                s.annotate(doc.id, n, n + 20, note="timed")  # type: ignore[attr-defined]
                times.append(time.perf_counter() - start)
        print(
            f"store one annotation: median {statistics.median(times) * 1000:.2f} ms, "
            f"worst {max(times) * 1000:.2f} ms of 200 (target < 20 ms)"
        )
        worst = max(times)
        record(
            "session",
            "store one annotation, worst of 200",
            f"{worst * 1000:.1f} ms",
            "20 ms",
            worst <= 0.02,
        )


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--open":
        child_open(sys.argv[2])
    else:
        main()
