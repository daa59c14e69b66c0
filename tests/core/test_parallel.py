"""Detectors split over two processes give exactly what they give in one."""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.detect import run
from tests.gold import load_gold, sample_documents

pytestmark = pytest.mark.skipif(not run.can_fork(), reason="fork is not safe here")


def test_two_processes_give_the_same_comparison(monkeypatch) -> None:
    forked = []
    real = run._Forked

    class Counting(real):  # type: ignore[misc, valid-type]
        def __init__(self, detectors, context) -> None:
            super().__init__(detectors, context)
            forked.append(self.pid)

    monkeypatch.setattr(run, "_Forked", Counting)
    _, docs = sample_documents(load_gold())
    one = compare(docs, workers=1)
    assert forked == []
    two = compare(docs, workers=2)
    assert len(forked) == 1 and forked[0]
    assert two.to_json() == one.to_json()


def test_a_child_that_fails_is_replaced_by_doing_the_work_here(monkeypatch) -> None:
    _, docs = sample_documents(load_gold())
    expected = compare(docs, workers=1).to_json()
    calls = {"n": 0}
    original = run.run_detectors

    def failing_in_child(context, detectors, progress=None, workers=None):
        def broken(ctx):
            import os

            if os.getpid() != parent:
                raise RuntimeError("lost")
            calls["n"] += 1
            return detectors[0](ctx)

        broken.__name__ = detectors[0].__name__
        return original(context, [broken, *detectors[1:]], progress, workers)

    import os

    parent = os.getpid()
    monkeypatch.setattr("reader.core.compare.run_detectors", failing_in_child)
    assert compare(docs, workers=2).to_json() == expected
    assert calls["n"] == 1  # the child's share was redone here


def test_small_texts_and_one_worker_stay_in_this_process() -> None:
    from reader.core.detect.base import Context

    _, docs = sample_documents(load_gold())
    context = Context(docs, None, None, list(range(len(docs))), None)  # type: ignore[arg-type]
    assert run.workers_for(context, None) == 1
    assert run.workers_for(context, 1) == 1
    assert run.workers_for(context, 2) == 2
