"""Linux desktop integration: ``crosscheck desktop-install`` and ``desktop-uninstall``.

Puts the desktop entry, the AppStream metainfo, the ``application/x-crosscheck-session`` MIME
type and the icons into the user's XDG data folder (``$XDG_DATA_HOME``, else
``~/.local/share``), with ``Exec`` pointing at the program running now (the frozen bundle's
executable, or the installed ``crosscheck`` command), then refreshes the desktop, MIME and icon
caches where their tools exist. Only files it wrote are removed by uninstall.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from reader.resources import resources_dir

APP_ID = "org.crosscheck.Crosscheck"
MIME_TYPE = "application/x-crosscheck-session"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
_SOURCE_LINUX = Path(__file__).resolve().parents[1] / "packaging" / "linux"


class DesktopError(OSError):
    """The files cannot be written or read: a one-line reason."""


@dataclass
class DesktopReport:
    written: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    refreshed: list[str] = field(default_factory=list)  # cache tools that ran
    notes: list[str] = field(default_factory=list)


def data_home() -> Path:
    home = os.environ.get("XDG_DATA_HOME", "").strip()
    return Path(home) if home and Path(home).is_absolute() else Path.home() / ".local" / "share"


def linux_files() -> Path:
    """The desktop entry, metainfo and MIME XML: in the wheel or bundle, else the checkout."""
    packaged = resources_dir() / "linux"
    return packaged if packaged.is_dir() else _SOURCE_LINUX


def launcher() -> str:
    """The command line that starts this Crosscheck, for the desktop entry's ``Exec``."""
    if getattr(sys, "frozen", False):
        return _quote(sys.executable)
    found = shutil.which("crosscheck")
    if found:
        return _quote(str(Path(found).resolve()))
    return f"{_quote(sys.executable)} -m reader"


def _quote(path: str) -> str:
    """A desktop-entry argument: quoted when it holds spaces or reserved characters."""
    if all(c.isalnum() or c in "/._-+" for c in path):
        return path
    return '"' + "".join("\\" + c if c in '"`$\\' else c for c in path) + '"'


def _targets(home: Path) -> dict[str, Path]:
    return {
        "desktop": home / "applications" / f"{APP_ID}.desktop",
        "metainfo": home / "metainfo" / f"{APP_ID}.metainfo.xml",
        "mime": home / "mime" / "packages" / f"{APP_ID}.xml",
        "svg": home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        **{
            f"png{s}": home / "icons" / "hicolor" / f"{s}x{s}" / "apps" / f"{APP_ID}.png"
            for s in ICON_SIZES
        },
        **{
            f"mime{s}": home
            / "icons"
            / "hicolor"
            / f"{s}x{s}"
            / "mimetypes"
            / f"{MIME_TYPE.replace('/', '-')}.png"
            for s in ICON_SIZES
        },
    }


def install(home: Path | None = None, exec_line: str | None = None) -> DesktopReport:
    """Write the desktop integration into ``home`` (the XDG data folder) and refresh caches."""
    home = home or data_home()
    source, icons = linux_files(), resources_dir() / "icons"
    targets = _targets(home)
    report = DesktopReport()
    try:
        entry = (source / f"{APP_ID}.desktop").read_text(encoding="utf-8")
        exec_line = exec_line or launcher()
        entry = "\n".join(
            f"Exec={exec_line} %F" if line.startswith("Exec=") else line
            for line in entry.splitlines()
        )
        contents: dict[str, bytes] = {
            "desktop": (entry + "\n").encode("utf-8"),
            "metainfo": (source / f"{APP_ID}.metainfo.xml").read_bytes(),
            "mime": (source / f"{APP_ID}.mime.xml").read_bytes(),
            "svg": (icons / "crosscheck.svg").read_bytes(),
        }
        for s in ICON_SIZES:
            png = (icons / f"crosscheck-{s}.png").read_bytes()
            contents[f"png{s}"] = contents[f"mime{s}"] = png
    except OSError as exc:
        where = exc.filename or "desktop files"
        raise DesktopError(f"{where}: cannot read ({exc.strerror or exc})") from None
    for key, data in contents.items():
        path = targets[key]
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.tmp")
            tmp.write_bytes(data)
            os.replace(tmp, path)
        except OSError as exc:
            raise DesktopError(f"{path}: cannot write ({exc.strerror or exc})") from None
        report.written.append(path)
    _refresh(home, report)
    return report


def uninstall(home: Path | None = None) -> DesktopReport:
    home = home or data_home()
    report = DesktopReport()
    for path in _targets(home).values():
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise DesktopError(f"{path}: cannot remove ({exc.strerror or exc})") from None
        report.removed.append(path)
    if report.removed:
        _refresh(home, report)
    return report


def _refresh(home: Path, report: DesktopReport) -> None:
    commands = [
        ["update-desktop-database", "-q", str(home / "applications")],
        ["update-mime-database", str(home / "mime")],
        ["gtk-update-icon-cache", "-q", "-t", "-f", str(home / "icons" / "hicolor")],
    ]
    for command in commands:
        if shutil.which(command[0]) is None or not Path(command[-1]).is_dir():
            continue
        try:
            done = subprocess.run(command, capture_output=True, timeout=60, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            report.notes.append(f"{command[0]} did not run ({exc})")
            continue
        if done.returncode == 0:
            report.refreshed.append(command[0])
        else:
            err = done.stderr.decode(errors="replace").strip().splitlines()
            report.notes.append(f"{shlex.join(command)}: {err[-1] if err else done.returncode}")
