"""Wrap the one-folder bundle into a Debian package with ``dpkg-deb`` (no other tools).

    uv run python packaging/build.py --deb      # dist/crosscheck_<version>_<arch>.deb

Layout: the bundle in ``/opt/crosscheck``, ``/usr/bin/crosscheck`` linking to it, and the
desktop entry, AppStream metainfo, MIME type and icons under ``/usr/share``; the desktop,
MIME and icon caches are refreshed by the triggers of the packages that own those caches.
Depends lists the system libraries Qt needs on a bare desktop (see the README).
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINUX = Path(__file__).resolve().parent
APP_ID = "org.crosscheck.Crosscheck"
ICONS = ROOT / "resources" / "icons"
DEPENDS = (
    "libc6, libegl1, libgl1, libfontconfig1, libfreetype6, libxkbcommon0, libxkbcommon-x11-0, "
    "libdbus-1-3, libglib2.0-0, libx11-xcb1, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, "
    "libxcb-shape0, libxcb-render-util0, libxcb-image0"
)
ARCH = {"x86_64": "amd64", "aarch64": "arm64"}


def version() -> str:
    for line in (ROOT / "reader" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split('"')[1]
    raise RuntimeError("no __version__ in reader/__init__.py")


def build_deb(bundle: Path, out_dir: Path) -> Path:
    if shutil.which("dpkg-deb") is None:
        raise SystemExit("build: dpkg-deb is missing (apt-get install dpkg)")
    arch = ARCH.get(platform.machine(), platform.machine())
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "pkg"
        shutil.copytree(bundle, root / "opt" / "crosscheck", symlinks=True)
        (root / "usr" / "bin").mkdir(parents=True)
        os.symlink("/opt/crosscheck/crosscheck", root / "usr" / "bin" / "crosscheck")
        share = root / "usr" / "share"
        _copy(LINUX / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
        _copy(LINUX / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
        _copy(LINUX / f"{APP_ID}.mime.xml", share / "mime" / "packages" / f"{APP_ID}.xml")
        hicolor = share / "icons" / "hicolor"
        _copy(ICONS / "crosscheck.svg", hicolor / "scalable" / "apps" / f"{APP_ID}.svg")
        for size in (16, 32, 48, 64, 128, 256, 512):
            png = ICONS / f"crosscheck-{size}.png"
            _copy(png, hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
            mime_icon = "application-x-crosscheck-session.png"
            _copy(png, hicolor / f"{size}x{size}" / "mimetypes" / mime_icon)
        installed_kb = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir()) // 1024
        control = root / "DEBIAN" / "control"
        control.parent.mkdir()
        control.write_text(
            f"Package: crosscheck\nVersion: {version()}\nArchitecture: {arch}\n"
            "Maintainer: The Crosscheck developers <crosscheck@users.noreply.github.com>\n"
            f"Installed-Size: {installed_kb}\nDepends: {DEPENDS}\nSection: text\n"
            "Priority: optional\nHomepage: https://github.com/crosscheck-app/crosscheck\n"
            "Description: compare several accounts of one event and see where they disagree\n"
            " Crosscheck shows news articles, reports or witness accounts side by side,\n"
            " aligned passage by passage, and marks where they disagree: numbers, dates,\n"
            " names, quotations, denials and facts only some accounts carry.\n",
            encoding="utf-8",
        )
        out = out_dir / f"crosscheck_{version()}_{arch}.deb"
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(out)],
            check=True,
            capture_output=True,
        )
    return out


def _copy(src: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dest)
