"""Growth on long hostile inputs: time at 10x the input must stay within 12x the time.

    uv run python tests/benchmarks/hostile.py

Prints, for each case, the seconds at n and 10n and their ratio: sentence splitting of
abbreviation runs and of one long paragraph, PDF reflow of evenly spaced pages, an EPUB with a
long spine of missing chapters, annotation import, four accounts written from fifteen words.
"""

from __future__ import annotations

import io
import json
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reader.core.document import Document
from reader.core.importing import plan_for
from reader.core.loaders import open_document
from reader.core.loaders.pdf import Line, reflow
from reader.core.text import sentences
from tests.benchmarks.budget import record
from tests.builders import make_epub


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def splitting(n: int) -> float:
    return timed(lambda: sentences("U.S. " * n + "A. " * n + "The council met. It voted. " * n))


def one_long_line(n: int) -> float:
    from reader.core.compare import compare

    words = "council budget officials approved vote school road said the a of in on".split()
    texts = [" ".join(words[(i * 7 + k) % len(words)] for i in range(n)) + "." for k in (1, 2)]
    return timed(lambda: compare([Document(text=t, title=f"T{k}") for k, t in enumerate(texts)]))


def pdf_reflow(n: int) -> float:
    pages = [[Line(f"line {p} {i} of a paragraph that runs on", 700.0 - i * 14, 72.0, 11.0)
              for i in range(40)] for p in range(n)]  # fmt: skip
    return timed(lambda: reflow(pages))


def epub_spine(n: int) -> float:
    data = make_epub([("One", ["The council met on Tuesday."])])
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in source.infolist():
            body = source.read(info)
            if info.filename.endswith("content.opf"):
                items = "".join(
                    f'<item id="m{i}" href="m{i}.xhtml" media-type="application/xhtml+xml"/>'
                    for i in range(n)
                )
                refs = "".join(f'<itemref idref="m{i}"/>' for i in range(n))
                body = body.replace(b"</manifest>", items.encode() + b"</manifest>")
                body = body.replace(b"</spine>", refs.encode() + b"</spine>")
            z.writestr(info, body)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "spine.epub"
        path.write_bytes(out.getvalue())
        return timed(lambda: open_document(path))


def importing(n: int) -> float:
    doc = Document(text="The council approved the budget on Tuesday. " * 20, title="C")
    object.__setattr__(doc, "id", "d1")
    source = f"urn:crosscheck:document:{doc.text_digest.split(':')[-1]}"
    items = [
        {"type": "Annotation", "body": "n", "target": {"source": source, "selector": {
            "type": "TextPositionSelector", "start": i % 100, "end": i % 100 + 5}}}
        for i in range(n)
    ]  # fmt: skip
    data = json.loads(json.dumps(items))
    return timed(lambda: plan_for(data, [doc]))


def word_salad(n: int) -> float:
    """Four accounts of ``n`` words drawn from fifteen: every sentence resembles every other
    and repeats the same figures, the worst case for pairing mentions across the set."""
    import random

    from reader.core.compare import compare

    rng = random.Random(1)
    words = "the council voted on tuesday to approve seven hundred troops for training in june"
    vocabulary = words.split()
    docs = [
        Document(
            text="\n\n".join(
                " ".join(rng.choice(vocabulary) for _ in range(100)) + "."
                for _ in range(max(1, n // 100))
            ),
            title=f"account {d}",
        )
        for d in range(4)
    ]
    return timed(lambda: compare(docs, workers=1))


def main() -> None:
    cases = [
        ("sentence splitting (abbreviation runs)", splitting, 3_000),
        ("PDF reflow (pages)", pdf_reflow, 25),
        ("compare one line without full stops (words)", one_long_line, 4_000),
        ("EPUB spine (missing chapters)", epub_spine, 5_000),
        ("annotation import (annotations)", importing, 2_000),
        ("compare 4 accounts from 15 words (words each)", word_salad, 800),
    ]
    print(f"{'case':<42}{'n':>8}{'t(n) s':>9}{'t(10n) s':>10}{'ratio':>7}  budget <= 12")
    worst = 0.0
    for label, fn, n in cases:
        small, large = fn(n), fn(10 * n)
        ratio = large / max(small, 1e-6)
        worst = max(worst, ratio)
        verdict = "pass" if ratio <= 12 else "FAIL"
        print(f"{label:<42}{n:>8}{small:>9.3f}{large:>10.3f}{ratio:>7.1f}  {verdict}")
        record("hostile", f"{label}: time(10n) / time(n)", f"{ratio:.1f}", "12", ratio <= 12)
    print(f"worst ratio {worst:.1f}")


if __name__ == "__main__":
    main()
