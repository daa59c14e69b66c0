"""Floors on real news nobody here wrote: the ECB+ corpus in ../shared/corpora/ecbplus.

The figures are measured by tests/benchmarks/ecb_quality.py and ecb_alignment.py; these tests
hold the engine above floors a little under them, so a change that costs quality on real text
fails here. The final held-out half of the disagreement gold has no floor: it is scored by the
benchmark and reported, never used to steer the engine (see tests/data/ecb_gold/README.md).
Skipped where the corpus is not present.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from tests import ecb_gold, ecbplus

pytestmark = pytest.mark.skipif(not ecbplus.available(), reason="ECB+ corpus not present")

# half: (recall floor, precision floor, most control hits allowed)
FLOORS = {"tune": (0.65, 0.85, 0), "heldout": (0.55, 0.8, 2)}
ALIGNMENT_FLOOR = (0.85, 0.70)  # pair precision, sentence recall on even topics


def test_gold_files_are_sound() -> None:
    for path in ecb_gold.gold_files():
        gold = ecb_gold.load(path)
        assert gold["format"] == "crosscheck.gold/2", path.name
        halves = ("tune", "tune2", "heldout", "final", "final2")
        halves += ("blind3", "blind4", "blind5", "blind6", "blind7", "blind8")
        assert gold["half"] in halves, path.name
        assert gold["frozen"], path.name
        topic = int(gold["event"].split("/")[0])
        if not gold["half"].startswith("blind"):  # odd topics to tune on, even held out
            assert (topic % 2 == 1) == (gold["half"] in ("tune", "tune2")), path.name
        assert not ecb_gold.missing_phrases(gold, ecb_gold.documents(gold)), path.name


@pytest.mark.parametrize("half", sorted(FLOORS))
def test_disagreement_quality_floor(half: str) -> None:
    scores = [
        ecb_gold.score_event(path)
        for path in ecb_gold.gold_files()
        if ecb_gold.load(path)["half"] == half
    ]
    required = sum(s.required for s in scores)
    found = sum(s.found_required for s in scores)
    findings = sum(s.findings for s in scores)
    correct = sum(s.correct for s in scores)
    controls = [line for s in scores for line in s.control_hits]
    recall_floor, precision_floor, most_controls = FLOORS[half]
    assert found / required >= recall_floor, [m for s in scores for m in s.missed]
    assert correct / max(findings, 1) >= precision_floor, [f for s in scores for f in s.false]
    assert len(controls) <= most_controls, controls


def test_alignment_floor_on_held_out_topics() -> None:
    from tests.benchmarks.ecb_alignment import score_event

    totals: dict[str, int] = defaultdict(int)
    for (topic, _), names in ecbplus.events().items():
        if topic % 2 == 0:
            for key, value in score_event(names[:6]).items():
                totals[key] += value
    precision = totals["correct"] / totals["grouped"]
    recall = totals["hits"] / totals["items"]
    assert precision >= ALIGNMENT_FLOOR[0]
    assert recall >= ALIGNMENT_FLOOR[1]
