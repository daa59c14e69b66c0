"""The comparison child: what it sends back is the comparison the window shows."""

from __future__ import annotations

import pickle
import time

from reader.core.compare import compare
from reader.core.worker import ComparisonProcess
from tests.gold import load_gold, sample_documents


def test_the_transferred_copy_is_smaller_and_shows_the_same() -> None:
    _, docs = sample_documents(load_gold())
    full = compare(docs)
    changes = [full.changes(i) for i in range(len(full.groups))]
    light = full.for_transfer()
    assert len(pickle.dumps(light)) < len(pickle.dumps(full)) / 2
    received = pickle.loads(pickle.dumps(light))
    assert received.documents == [] and received.alignment.features == []
    received.documents = docs  # as the window does: it holds the documents
    assert received.to_json() == full.to_json()
    assert [received.changes(i) for i in range(len(received.groups))] == changes
    assert received.alignment.units == full.alignment.units
    assert full.alignment.features  # the original keeps its working state


def test_a_finished_child_is_let_go_without_waiting() -> None:
    _, docs = sample_documents(load_gold())
    job = ComparisonProcess(docs, [])
    messages: list[tuple] = []
    deadline = time.monotonic() + 60
    while not any(m[0] in ("done", "error") for m in messages) and time.monotonic() < deadline:
        messages += job.poll()
        time.sleep(0.01)
    done = [m for m in messages if m[0] == "done"]
    assert done, messages[-1:]
    result = done[0][1]
    result.documents = docs
    assert result.to_json() == compare(docs).to_json()
    job.release()
    assert job.finished
    job.process.join(timeout=10)
    assert job.process.exitcode == 0
