"""``summary.md``: what a researcher reads first, with plots made by matplotlib.

The plots (PNG beside the summary, in ``plots/``): disagreements per kind, the outlet-by-outlet
heat map of how often two outlets disagree on a fact when both cover an event, and the time
per cluster by its number of articles. Text from the corpus is escaped for Markdown.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from reader.batch.tables import PairCounts, outlet_pairs
from reader.core.kinds import FACT_KINDS, KIND_ORDER, KIND_STYLES
from reader.core.mdtext import md

HEATMAP_OUTLETS = 20
LISTED = 20


def write_summary(
    out: Path, records: list[dict], rows: list[dict], problems: list[str], info: dict[str, Any]
) -> str:
    """Write the plots and return the Markdown summary."""
    plots = out / "plots"
    plots.mkdir(exist_ok=True)
    per_kind = Counter(r["kind"] for r in rows)
    pairs = outlet_pairs(records, rows)
    made = {
        "kinds": _plot_kinds(plots / "kinds.png", per_kind),
        "outlets": _plot_outlets(plots / "outlets.png", pairs),
        "timing": _plot_timing(plots / "timing.png", records),
    }
    ok = [r for r in records if r["status"] == "ok"]
    failed = [r for r in records if r["status"] != "ok"]
    articles = sum(len(r["documents"]) for r in records)
    lines = [
        "# Crosscheck batch summary",
        "",
        f"Manifest: {md(info.get('manifest', ''))}  ",
        f"Run on: {md(info.get('scheduler', ''))}, "
        f"{info.get('seconds', 0):.1f} s for the clusters done in this run  ",
        f"Clusters: {len(records)} ({len(ok)} compared, {len(failed)} with errors); "
        f"articles: {articles}; disagreements: {len(rows)}",
        "",
        "## Disagreements per kind",
        "",
        "| Kind | Disagreements | Clusters with one |",
        "| --- | ---: | ---: |",
    ]
    clusters_with = defaultdict(set)
    for r in rows:
        clusters_with[r["kind"]].add(r["cluster"])
    for kind in KIND_ORDER:
        label = KIND_STYLES[kind].label
        lines.append(f"| {label} | {per_kind.get(kind, 0)} | {len(clusters_with[kind])} |")
    lines += ["", _image(made["kinds"], "Disagreements per kind"), ""]
    lines += _outlet_section(pairs, made["outlets"])
    lines += _timing_section(records, made["timing"])
    if failed:
        lines += ["## Clusters with errors", ""]
        for r in failed[:LISTED]:
            lines.append(f"- {md(r['cluster'])}: {md('; '.join(r['errors'])[:300])}")
        if len(failed) > LISTED:
            lines.append(f"- … and {len(failed) - LISTED} more (see clusters.jsonl)")
        lines.append("")
    if problems:
        lines += ["## Manifest rows not used", ""]
        lines += [f"- {md(p)}" for p in problems[:LISTED]]
        if len(problems) > LISTED:
            lines.append(f"- … and {len(problems) - LISTED} more (see clusters.jsonl)")
        lines.append("")
    lines += [
        "## Files",
        "",
        "- `disagreements.parquet`, `disagreements.jsonl`: one row per disagreement",
        "- `clusters.jsonl`: per cluster, its articles, notes, timings and errors",
        "- `outlets.csv`: every two outlets that share an event, and how often they disagree",
        "",
    ]
    return "\n".join(lines)


def _image(path: Path | None, alt: str) -> str:
    return f"![{alt}](plots/{path.name})" if path else f"*({alt}: nothing to plot)*"


def _outlet_section(pairs: dict[tuple[str, str], PairCounts], plot: Path | None) -> list[str]:
    shared = [(k, c) for k, c in pairs.items() if c.shared]
    lines = ["## Outlets that disagree", ""]
    if not shared:
        return [
            *lines,
            "No two outlets cover one event (give an `outlet` column in the manifest, or "
            "use files that name their outlet).",
            "",
        ]
    lines += [
        "Two outlets disagree on a fact in an event when one disagreement has both among its "
        "accounts with different values. Pairs that share the most events first.",
        "",
        "| Outlet | Outlet | Shared events | Disagreeing on a fact | Rate |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    shared.sort(key=lambda kc: (-len(kc[1].shared), kc[0]))
    for (a, b), c in shared[:LISTED]:
        n = _fact_events(c)
        lines.append(f"| {md(a)} | {md(b)} | {len(c.shared)} | {n} | {n / len(c.shared):.0%} |")
    lines += ["", _image(plot, "Outlet by outlet: share of shared events with a disagreement"), ""]
    return lines


def _fact_events(c: PairCounts) -> int:
    return len(set().union(*(c.kinds[str(k)] for k in FACT_KINDS)) & c.shared)


def _timing_section(records: list[dict], plot: Path | None) -> list[str]:
    by_size: dict[int, list[float]] = defaultdict(list)
    for r in records:
        seconds = r.get("seconds", {}).get("total")
        if seconds is not None:
            by_size[len(r["documents"])].append(seconds)
    if not by_size:
        return []
    lines = [
        "## Time per cluster by size",
        "",
        "| Articles | Clusters | Median s | Max s |",
        "| ---: | ---: | ---: | ---: |",
    ]
    for size in sorted(by_size):
        times = by_size[size]
        lines.append(
            f"| {size} | {len(times)} | {statistics.median(times):.2f} | {max(times):.2f} |"
        )
    return [*lines, "", _image(plot, "Time per cluster by number of articles"), ""]


def _figure(width: float, height: float):
    from matplotlib.figure import Figure  # no pyplot: no global state, no display needed

    return Figure(figsize=(width, height), dpi=100, layout="constrained")


def _plot_kinds(path: Path, per_kind: Counter) -> Path | None:
    if not per_kind:
        return None
    fig = _figure(7.5, 3.4)
    facts, context = fig.subfigures(1, 2, width_ratios=[3, 2])
    for sub, kinds, title in (
        (facts, [k for k in KIND_ORDER if k.is_fact], "Facts"),
        (context, [k for k in KIND_ORDER if not k.is_fact], "Context"),
    ):
        ax = sub.add_subplot()
        bars = ax.barh(
            [KIND_STYLES[k].label for k in kinds],
            [per_kind.get(k, 0) for k in kinds],
            color=[KIND_STYLES[k].light for k in kinds],
            edgecolor="#444444",
        )
        ax.bar_label(bars, padding=3, fontsize=8)
        ax.invert_yaxis()
        ax.margins(x=0.18)
        ax.set_xlabel("disagreements")
        ax.set_title(title, fontsize=10)
    fig.suptitle("Disagreements per kind")
    fig.savefig(path)
    return path


def _plot_outlets(path: Path, pairs: dict[tuple[str, str], PairCounts]) -> Path | None:
    events: Counter = Counter()
    for (a, b), c in pairs.items():
        if c.shared:
            events[a] += len(c.shared)
            events[b] += len(c.shared)
    top = [o for o, _ in events.most_common(HEATMAP_OUTLETS)]
    if len(top) < 2:
        return None
    import numpy as np
    from matplotlib import colormaps

    grid = np.full((len(top), len(top)), np.nan)
    shared = np.zeros((len(top), len(top)), dtype=int)
    for i, a in enumerate(top):
        for j, b in enumerate(top):
            c = pairs.get(tuple(sorted((a, b))))
            if i != j and c and c.shared:
                grid[i, j] = _fact_events(c) / len(c.shared)
                shared[i, j] = len(c.shared)
    size = 2.5 + 0.38 * len(top)
    fig = _figure(size + 1.2, size)
    ax = fig.add_subplot()
    cmap = colormaps["magma_r"].with_extremes(bad="#d9d9d9")  # no shared event: grey, not 0
    image = ax.imshow(grid, cmap=cmap, vmin=0, vmax=1)
    for i, j in zip(*np.nonzero(shared), strict=True):  # how many events the rate rests on
        dark = grid[i, j] > 0.55
        ax.text(
            j,
            i,
            str(shared[i, j]),
            ha="center",
            va="center",
            fontsize=7,
            color="white" if dark else "black",
        )
    ax.set_xticks(range(len(top)), [o[:28] for o in top], rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(len(top)), [o[:28] for o in top], fontsize=8)
    fig.suptitle(
        "Share of shared events in which two outlets disagree on a fact\n"
        "(number: shared events; grey: none)",
        fontsize=10,
    )
    fig.colorbar(image, ax=ax, shrink=0.8, label="rate")
    fig.savefig(path)
    return path


def _plot_timing(path: Path, records: list[dict]) -> Path | None:
    points = [
        (len(r["documents"]), r["seconds"]["total"])
        for r in records
        if r.get("seconds", {}).get("total") is not None
    ]
    if len(points) < 2:
        return None
    fig = _figure(6, 3.2)
    ax = fig.add_subplot()
    ax.scatter([p[0] for p in points], [p[1] for p in points], s=14, alpha=0.6)
    ax.set_xlabel("articles in the cluster")
    ax.set_ylabel("seconds")
    ax.set_title("Time per cluster")
    fig.savefig(path)
    return path
