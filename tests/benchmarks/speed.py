"""Comparison speed and memory (issue: compare accounts).

    uv run python tests/benchmarks/speed.py [--corpora ../shared/corpora] [--char-baseline]

Prints, each as the median of a few runs (after loading, so only the comparison is timed):
- four news-length accounts (~1,000 words each): target < 150 ms;
- the six Darwin editions (~12,000 words each, versions mode): target < 3 s and < 500 MB, with
  the ratio against plain diff-match-patch word-level diffs of the same 15 pairs, same run;
- ten accounts of ~2,000 words: target < 1 s;
- the diff-match-patch speed-test pair, word-level diff: target < 0.3 s (with
  --char-baseline, also plain character diff-match-patch, about 10 s).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import time
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from reader.core.compare import compare  # noqa: E402
from reader.core.diffing import _fast, diff_words, word_tokens  # noqa: E402
from reader.core.document import Document  # noqa: E402
from reader.core.loaders import open_document  # noqa: E402
from reader.core.text import join_paragraphs, sentences  # noqa: E402
from reader.resources import sample_files  # noqa: E402
from tests.benchmarks.budget import record  # noqa: E402


def timed(fn, runs: int = 3) -> float:
    """The median of ``runs`` timings, each from cold: the tokens kept from the run before are
    dropped first, so a repeated comparison is not timed as a warm one."""
    from reader.core.facts.numbers import forget_tokens

    times = []
    for _ in range(runs):
        forget_tokens()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def darwin_editions(corpora: Path) -> list[Document]:
    data = json.loads((corpora / "darwin" / "darwin_origin_ch1_6editions.json").read_text())
    editions: dict[str, list[str]] = {}
    for unit in data["units"]:
        for witness in unit["witnesses"]:
            editions.setdefault(witness["id"], []).append(witness["content"])
    return [Document(text=join_paragraphs(p), title=f"Origin, {k}") for k, p in editions.items()]


def sentence_pool(corpora: Path) -> list[str]:
    texts = [open_document(p).text for p in sample_files()]
    texts.append(open_document(corpora / "seed" / "opinion-us-troops-peru.txt").text)
    texts.append(darwin_editions(corpora)[0].text)
    texts.append((corpora / "dmp-speedtest" / "speedtest1.txt").read_text(encoding="utf-8"))
    return [t[s.start : s.end] for t in texts for s in sentences(t) if len(t[s.start : s.end]) > 40]


def accounts(pool: list[str], count: int, words: int, seed: int) -> list[Document]:
    """Accounts drawn from one pool of sentences: they share some facts, not all, in any order."""
    rng = random.Random(seed)
    docs = []
    for i in range(count):
        chosen: list[str] = []
        while sum(len(s.split()) for s in chosen) < words:
            chosen.append(rng.choice(pool))
        paras = [" ".join(chosen[k : k + 4]) for k in range(0, len(chosen), 4)]
        docs.append(Document(text=join_paragraphs(paras), title=f"account {i + 1}"))
    return docs


def plain_dmp_word_diffs(docs: list[Document]) -> None:
    """The baseline: pure-Python diff-match-patch, words mapped to characters, every pair."""
    from diff_match_patch import diff_match_patch

    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    for a, b in combinations(docs, 2):
        ta = [t[0] for t in word_tokens(a.text, 0, len(a.text))]
        tb = [t[0] for t in word_tokens(b.text, 0, len(b.text))]
        codes: dict[str, str] = {}
        sa = "".join(codes.setdefault(t, chr(0x100 + len(codes))) for t in ta)
        sb = "".join(codes.setdefault(t, chr(0x100 + len(codes))) for t in tb)
        dmp.diff_cleanupSemantic(dmp.diff_main(sa, sb, False))


def child_darwin(corpora: str) -> None:
    docs = darwin_editions(Path(corpora))
    start = time.perf_counter()
    result = compare(docs)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    modes = sorted({p["mode"] for p in result.pairs})
    counts = {"groups": len(result.groups), "disagreements": len(result.disagreements)}
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "modes": modes, **counts}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpora", default=str(ROOT.parent / "shared" / "corpora"))
    parser.add_argument("--char-baseline", action="store_true")
    args = parser.parse_args()
    corpora = Path(args.corpora)
    engine = "fast-diff-match-patch (C++)" if _fast else "diff-match-patch (pure Python)"
    print(f"diff engine: {engine}")

    pool = sentence_pool(corpora)
    four = accounts(pool, 4, 1000, seed=1)
    t4 = timed(lambda: compare(four), runs=5)
    words4 = [len(d.text.split()) for d in four]
    print(
        f"four accounts ({min(words4)}-{max(words4)} words): {t4 * 1000:.0f} ms  (target < 150 ms)"
    )
    record("speed", "four accounts of ~1,000 words", f"{t4 * 1000:.0f} ms", "150 ms", t4 <= 0.15)

    ten = accounts(pool, 10, 2000, seed=2)
    t10 = timed(lambda: compare(ten), runs=3)
    print(f"ten accounts of ~2,000 words: {t10:.2f} s  (target < 1 s)")
    record("speed", "ten accounts of ~2,000 words", f"{t10:.2f} s", "1 s", t10 <= 1)

    out = subprocess.run([sys.executable, __file__, "--child-darwin", str(corpora)],
                         capture_output=True, text=True, check=True)  # fmt: skip
    darwin = json.loads(out.stdout.strip().splitlines()[-1])
    docs = darwin_editions(corpora)
    baseline = timed(lambda: plain_dmp_word_diffs(docs), runs=1)
    print(
        f"six Darwin editions ({', '.join(darwin['modes'])} mode): {darwin['seconds']:.2f} s, "
        f"peak {darwin['peak_mb']:.0f} MB  (targets < 3 s, < 500 MB); "
        f"{darwin['groups']} aligned passages, {darwin['disagreements']} disagreements"
    )
    seconds, peak = darwin["seconds"], darwin["peak_mb"]
    record("speed", "six Darwin editions", f"{seconds:.2f} s", "3 s", seconds <= 3)
    record("speed", "six Darwin editions, peak memory", f"{peak:.0f} MB", "500 MB", peak <= 500)
    print(
        f"  plain diff-match-patch word diffs of the same 15 pairs: {baseline:.2f} s; "
        f"ratio compare / plain = {darwin['seconds'] / baseline:.2f}"
    )

    a = (corpora / "dmp-speedtest" / "speedtest1.txt").read_text(encoding="utf-8")
    b = (corpora / "dmp-speedtest" / "speedtest2.txt").read_text(encoding="utf-8")
    tw = timed(lambda: diff_words(a, 0, len(a), b, 0, len(b)), runs=5)
    print(f"speed-test pair, word-level diff: {tw:.3f} s  (target < 0.3 s)")
    record("speed", "speed-test pair, word-level diff", f"{tw:.3f} s", "0.3 s", tw <= 0.3)
    if args.char_baseline:
        from diff_match_patch import diff_match_patch

        dmp = diff_match_patch()
        dmp.Diff_Timeout = 0
        tc = timed(lambda: dmp.diff_main(a, b, False), runs=1)
        print(f"  plain diff-match-patch on characters: {tc:.2f} s; ratio {tw / tc:.3f}")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child-darwin":
        child_darwin(sys.argv[2])
    else:
        main()
