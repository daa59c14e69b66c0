"""Measure article extraction quality: our lxml extractor against trafilatura and readability.

    uv run --group extractors python tests/benchmarks/html_extraction.py

For every page in tests/data/html with a gold file (same name, .json), it prints per
extractor: word-level precision and recall of the body text against the gold paragraphs
(bag of words, so paragraph splits do not matter), exact paragraph recall, and how many of
the four metadata fields (title, outlet, author, published) come out right.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.core.loaders import Source, load_source  # noqa: E402

PAGES = ROOT / "tests" / "data" / "html"
WORD = re.compile(r"\w+")


def words(text: str) -> Counter[str]:
    return Counter(w.lower() for w in WORD.findall(text))


def score(got: str, gold: list[str]) -> tuple[float, float, float]:
    got_words, gold_words = words(got), words(" ".join(gold))
    common = sum((got_words & gold_words).values())
    precision = common / max(sum(got_words.values()), 1)
    recall = common / max(sum(gold_words.values()), 1)
    normal = {" ".join(p.split()) for p in got.split("\n")} | {
        " ".join(p.split()) for p in got.split("\n\n")
    }
    exact = sum(1 for p in gold if " ".join(p.split()) in normal) / len(gold)
    return precision, recall, exact


def ours(path: Path) -> tuple[str, dict]:
    doc = load_source(Source(path.read_bytes(), path))
    return doc.text, doc.metadata()


def trafilatura_extract(path: Path) -> tuple[str, dict]:
    import trafilatura

    raw = path.read_bytes()
    result = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False)
    if result is None:
        return "", {}
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    meta = {
        "title": data.get("title"),
        "outlet": data.get("sitename"),
        "author": data.get("author"),
        "published": data.get("date"),
    }
    return data.get("text") or "", meta


def readability_extract(path: Path) -> tuple[str, dict]:
    from lxml import html
    from readability import Document as Readable

    raw = path.read_bytes()
    doc = Readable(raw)
    summary = html.fromstring(doc.summary())
    paras = [
        " ".join(el.text_content().split()) for el in summary.iter("p", "li", "h2", "blockquote")
    ]
    text = "\n".join(p for p in paras if p) or " ".join(summary.text_content().split())
    return text, {"title": doc.short_title(), "outlet": None, "author": None, "published": None}


EXTRACTORS: dict[str, Callable[[Path], tuple[str, dict]]] = {
    "crosscheck (lxml)": ours,
    "trafilatura": trafilatura_extract,
    "readability-lxml": readability_extract,
}


def main() -> None:
    pages = sorted(p for p in PAGES.iterdir() if p.suffix in (".html", ".xhtml"))
    print(f"{len(pages)} pages in {PAGES.relative_to(ROOT)}\n")
    header = (
        f"{'extractor':<20}{'page':<24}{'prec':>6}{'recall':>8}{'paras':>7}{'meta':>6}{'ms':>8}"
    )
    totals: dict[str, list[tuple[float, float, float, int, float]]] = {}
    print(header)
    for name, extract in EXTRACTORS.items():
        for page in pages:
            gold = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
            start = time.perf_counter()
            try:
                text, meta = extract(page)
            except ImportError:
                print(f"{name:<20}(not installed: uv sync --group extractors)")
                break
            ms = (time.perf_counter() - start) * 1000
            p, r, exact = score(text, gold["paragraphs"])
            right = sum(
                1
                for key in ("title", "outlet", "author", "published")
                if meta.get(key) and str(meta[key]).strip() == gold[key]
            )
            totals.setdefault(name, []).append((p, r, exact, right, ms))
            print(f"{name:<20}{page.stem:<24}{p:>6.2f}{r:>8.2f}{exact:>7.2f}{right:>5}/4{ms:>8.1f}")
    for label, chosen in (("all pages", None), ("held-out pages only", "heldout-")):
        summarise(label, totals, pages, chosen)


def summarise(label: str, totals: dict, pages: list[Path], prefix: str | None) -> None:
    """Means per extractor; held-out pages were written after our extractor was tuned."""
    keep = [prefix is None or p.stem.startswith(prefix) for p in pages]
    print(f"\nmean over {label}:")
    print(f"{'extractor':<20}{'prec':>6}{'recall':>8}{'F1':>6}{'paras':>7}{'meta':>9}{'ms':>8}")
    for name, all_rows in totals.items():
        rows = [row for row, k in zip(all_rows, keep, strict=False) if k]
        p = statistics.mean(r[0] for r in rows)
        r = statistics.mean(r[1] for r in rows)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        exact = statistics.mean(row[2] for row in rows)
        meta = sum(row[3] for row in rows)
        ms = statistics.mean(row[4] for row in rows)
        figures = f"{p:>6.3f}{r:>8.3f}{f1:>6.3f}{exact:>7.2f}{meta:>4}/{4 * len(rows):<4}"
        print(f"{name:<20}{figures}{ms:>8.1f}")


if __name__ == "__main__":
    main()
