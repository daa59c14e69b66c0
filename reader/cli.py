"""Command line: the app by default, plus ``inspect``.

``crosscheck [FILE ...]`` opens the app; ``crosscheck inspect FILE [--json]`` prints what
a loader makes of a file. Bad input gives one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader import __version__

if TYPE_CHECKING:
    from reader.core.document import Document

EXIT_BAD_INPUT = 2


def _formats_line() -> str:
    from reader.core.formats import EXTENSIONS  # the table alone, not the loaders

    return "Formats: " + " ".join(sorted(EXTENSIONS))


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crosscheck",
        description="Compare several accounts of one event side by side and see where "
        "they disagree.",
        epilog="commands:\n  inspect FILE [--json]   show what Crosscheck reads from a file\n"
        "  compare FILE FILE ...   where the accounts disagree (--json, --md, --html)\n"
        "  export SESSION          a session's annotations (--format md|html|jsonld)\n"
        "  import SESSION FILE     add annotations from Web Annotation JSON-LD (or a\n"
        "                          crosscheck-recovery.jsonl) to a session\n"
        "  batch MANIFEST -o OUT   compare every event of a corpus (crosscheck[batch])\n"
        "  desktop-install         add Crosscheck to the desktop menu and file types (Linux)\n"
        "  desktop-uninstall       take it out again\n\n"
        "With no FILE, the app opens on the bundled sample accounts.\n" + _formats_line(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="article files to open")
    parser.add_argument("--version", action="version", version=f"crosscheck {__version__}")
    parser.add_argument(
        "--screenshot",
        metavar="OUT.png",
        help="open the files, render the window to this PNG without showing it, and exit",
    )
    parser.add_argument(
        "--size", metavar="WIDTHxHEIGHT", type=_size, help="window size, e.g. 1280x800"
    )
    return parser


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size like 1280x800: {text!r}") from None
    if not (200 <= width <= 10_000 and 150 <= height <= 10_000):
        raise argparse.ArgumentTypeError(f"size out of range: {text!r}")
    return width, height


def inspect_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crosscheck inspect",
        description="Show the metadata and text Crosscheck reads from an article file.",
        epilog=_formats_line(),
    )
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    return parser


def compare_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crosscheck compare",
        description="Align two or more accounts and report where they disagree.",
        epilog=_formats_line(),
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    form = parser.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="the crosscheck.comparison/1 report")
    form.add_argument("--md", action="store_true", help="the report as Markdown (the default)")
    form.add_argument("--html", action="store_true", help="one self-contained HTML page")
    parser.add_argument("-o", "--output", metavar="OUT", help="write to this file, not stdout")
    parser.add_argument("--rules", metavar="FILE", help="normalisation rules (JSON) to use")
    return parser


def run_compare(argv: Sequence[str]) -> int:
    from reader.core.compare import CompareError, compare
    from reader.core.document import LoadError
    from reader.core.loaders import open_document
    from reader.core.report import render_html, render_markdown
    from reader.core.rules import Rules

    args = compare_parser().parse_args(argv)
    try:
        rules = Rules.load(args.rules) if args.rules else None
    except (OSError, ValueError) as exc:
        print(f"crosscheck: {args.rules}: not a usable rules file ({exc})", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        docs = [open_document(f) for f in args.files]
        comparison = compare(docs, rules=rules)
    except (LoadError, CompareError) as exc:
        print(f"crosscheck: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.json:
        out = comparison.to_json() + "\n"
    elif args.html:
        out = render_html(comparison)
    else:
        out = render_markdown(comparison)
    return _write(out, args.output)


def export_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crosscheck export",
        description="Export a session's annotations and verdicts.",
    )
    parser.add_argument("session", metavar="SESSION")
    parser.add_argument("--format", choices=("md", "html", "jsonld"), default="md")
    parser.add_argument("-o", "--output", metavar="OUT", help="write to this file, not stdout")
    return parser


def run_export(argv: Sequence[str]) -> int:
    from reader.core.export import render_export, write_export
    from reader.core.session import Session, SessionError

    args = export_parser().parse_args(argv)
    try:
        with Session.open(args.session) as session:
            if not args.output:
                return _write(render_export(session, args.format), None)
            try:  # straight to the file, one note at a time for JSON-LD
                write_export(session, args.format, args.output)
            except OSError as exc:
                reason = exc.strerror or exc
                print(f"crosscheck: {args.output}: cannot write ({reason})", file=sys.stderr)
                return EXIT_BAD_INPUT
    except SessionError as exc:
        print(f"crosscheck: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return 0


def _write(out: str, output: str | None) -> int:
    if not output:
        sys.stdout.write(out)
        return 0
    try:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(out)
    except OSError as exc:
        print(f"crosscheck: {output}: cannot write ({exc.strerror or exc})", file=sys.stderr)
        return EXIT_BAD_INPUT
    return 0


def summary(doc: Document, width: int = 600) -> str:
    """A readable summary: metadata, word count, warnings and the start of the text."""
    meta = doc.metadata()
    lines = [
        f"File:      {doc.path or '-'}",
        f"Format:    {meta['format']} ({doc.loader})",
        f"Title:     {meta['title'] or '-'}",
        f"Outlet:    {meta['outlet'] or '-'}",
        f"Author:    {meta['author'] or '-'}",
        f"Published: {meta['published'] or '-'}",
        f"Length:    {doc.word_count:,} words, {doc.text.count(chr(10) * 2) + 1:,} paragraphs",
    ]
    lines += [f"Note:      {w}" for w in doc.warnings]
    start = doc.text[:width]
    if len(doc.text) > width:
        start = start.rsplit(" ", 1)[0] + " …"
    return "\n".join(lines) + "\n\n" + start


def run_inspect(argv: Sequence[str]) -> int:
    from reader.core.document import LoadError
    from reader.core.loaders import open_document

    args = inspect_parser().parse_args(argv)
    try:
        doc = open_document(args.file)
    except LoadError as exc:
        print(f"crosscheck: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.json:
        payload = {**doc.metadata(), "text": doc.text}
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(summary(doc))
    return 0


def import_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crosscheck import",
        description="Add the annotations of a W3C Web Annotation JSON-LD file (or of the app's "
        "crosscheck-recovery.jsonl) to a session, placed on the session's accounts.",
    )
    parser.add_argument("session", metavar="SESSION")
    parser.add_argument("file", metavar="FILE")
    return parser


def run_import(argv: Sequence[str]) -> int:
    from reader.core.importing import AnnotationFileError, read_annotation_file
    from reader.core.session import Session, SessionError

    args = import_parser().parse_args(argv)
    try:
        with Session.open(args.session) as session:
            if session.read_only:
                print(
                    f"crosscheck: {args.session}: read-only: {session.read_only_reason}",
                    file=sys.stderr,
                )
                return EXIT_BAD_INPUT
            plan = read_annotation_file(args.file, session.documents)
            session.save_annotations(plan.annotations)
    except (SessionError, AnnotationFileError) as exc:
        print(f"crosscheck: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"Imported {plan.summary()}.")
    return 0


def batch_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crosscheck batch",
        description="Compare every cluster (event) of a corpus and tabulate the disagreements: "
        "disagreements.parquet/.jsonl, clusters.jsonl, outlets.csv and summary.md in OUT.",
        epilog="MANIFEST is a CSV or JSON Lines file with cluster, path and optionally outlet "
        "and published per article, or a folder whose subfolders are clusters. A second run "
        "with the same OUT resumes: finished clusters are not redone.",
    )
    parser.add_argument("manifest", metavar="MANIFEST")
    parser.add_argument("-o", "--output", metavar="OUT", required=True, help="results folder")
    parser.add_argument(
        "--cluster-by",
        metavar="REGEX",
        help="split each subfolder by this pattern in the file names (its first group names "
        r"the part), e.g. '(ecb(?:plus)?)\.txt$'",
    )
    parser.add_argument(
        "--workers", type=int, metavar="N", help="local worker processes (default: one per core)"
    )
    parser.add_argument(
        "--scheduler", metavar="tcp://HOST:PORT", help="run on this Dask distributed scheduler"
    )
    parser.add_argument("--rules", metavar="FILE", help="normalisation rules (JSON) to use")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    return parser


def run_batch_command(argv: Sequence[str]) -> int:
    from reader.batch import BatchError
    from reader.batch.manifest import read_manifest
    from reader.batch.runner import Interrupted, require_packages, run_batch

    args = batch_parser().parse_args(argv)
    try:
        require_packages()
    except BatchError as exc:
        print(f"crosscheck: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.workers is not None and not 1 <= args.workers <= 1024:
        print(f"crosscheck: --workers {args.workers}: give 1 to 1024", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        manifest = read_manifest(args.manifest, args.cluster_by, args.rules)
        result = run_batch(
            manifest,
            args.output,
            workers=args.workers,
            scheduler=args.scheduler,
            progress=not args.no_progress,
        )
    except BatchError as exc:
        print(f"crosscheck: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Interrupted as exc:
        print(f"crosscheck: {exc}; run the same command again to resume", file=sys.stderr)
        return 130
    resumed = f", {result.resumed} from an earlier run" if result.resumed else ""
    print(
        f"Compared {result.clusters:,} clusters ({result.failed:,} with errors{resumed}) "
        f"in {result.seconds:.1f} s on {result.scheduler}: {result.disagreements:,} "
        f"disagreements; results in {result.out}",
        file=sys.stderr,
    )
    return 0


def run_desktop(argv: Sequence[str], *, remove: bool) -> int:
    from reader.desktop import DesktopError, data_home, install, uninstall

    name = "desktop-uninstall" if remove else "desktop-install"
    parser = argparse.ArgumentParser(
        prog=f"crosscheck {name}",
        description=(
            "Remove Crosscheck's desktop entry, MIME type and icons from"
            if remove
            else "Add Crosscheck to the desktop's menu, with its icon and the session file "
            "type (double-click a .crosscheck file to open it), in"
        )
        + " the user's XDG data folder ($XDG_DATA_HOME or ~/.local/share).",
    )
    parser.parse_args(argv)
    home = data_home()
    try:
        report = uninstall(home) if remove else install(home)
    except DesktopError as exc:
        print(f"crosscheck: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if remove:
        print(f"Removed {len(report.removed)} files from {home}.")
    else:
        print(f"Installed {len(report.written)} files into {home}.")
    if report.refreshed:
        print("Refreshed: " + ", ".join(report.refreshed) + ".")
    for note in report.notes:
        print(f"Note: {note}", file=sys.stderr)
    return 0


COMMANDS = {
    "desktop-install": lambda argv: run_desktop(argv, remove=False),
    "desktop-uninstall": lambda argv: run_desktop(argv, remove=True),
    "batch": run_batch_command,
    "inspect": run_inspect,
    "compare": run_compare,
    "export": run_export,
    "import": run_import,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``crosscheck`` command."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in COMMANDS:
        try:
            return COMMANDS[argv[0]](argv[1:])
        except BrokenPipeError:  # "crosscheck inspect FILE | head": a closed pipe is an end
            _quiet_stdout()
            return 0
    args = gui_parser().parse_args(argv)
    from reader.ui.app import run_app  # Qt is imported only when the app is wanted

    return run_app(args.files, screenshot=args.screenshot, size=args.size)


def _quiet_stdout() -> None:
    """After the reader of stdout has gone, send what is left nowhere (no second error when
    Python flushes stdout at exit)."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def gui_main() -> int:
    return main()


if __name__ == "__main__":
    sys.exit(main())
