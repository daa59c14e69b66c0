"""Desktop integration: the entry, metainfo and MIME type are valid, desktop-install puts them
into the user's XDG folder (and takes them out again), and the icon is drawn for every size."""

from __future__ import annotations

import runpy
import shutil
import subprocess
from pathlib import Path

import pytest

from reader import desktop
from reader.cli import main

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"


@pytest.fixture
def xdg(tmp_path, monkeypatch):
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def test_install_and_uninstall_into_the_users_data_folder(xdg, capsys):
    assert main(["desktop-install"]) == 0
    assert "Installed 18 files" in capsys.readouterr().out
    entry = xdg / "applications" / f"{desktop.APP_ID}.desktop"
    lines = entry.read_text(encoding="utf-8").splitlines()
    exec_line = next(line for line in lines if line.startswith("Exec="))
    program = exec_line.removeprefix("Exec=").removesuffix(" %F").strip('"').split(" -m ")[0]
    assert Path(program).is_absolute() and Path(program).exists()
    assert "application/x-crosscheck-session;" in next(x for x in lines if x.startswith("Mime"))
    assert (xdg / "mime" / "packages" / f"{desktop.APP_ID}.xml").exists()
    assert (xdg / "icons/hicolor/16x16/apps" / f"{desktop.APP_ID}.png").exists()
    assert (xdg / "icons/hicolor/scalable/apps" / f"{desktop.APP_ID}.svg").exists()
    assert (xdg / "metainfo" / f"{desktop.APP_ID}.metainfo.xml").exists()
    if shutil.which("update-mime-database"):
        globs = (xdg / "mime" / "globs2").read_text(encoding="utf-8")
        assert "80:application/x-crosscheck-session:*.crosscheck" in globs
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(entry)], check=True)
    assert main(["desktop-uninstall"]) == 0
    assert "Removed 18 files" in capsys.readouterr().out
    left = [p for p in xdg.rglob("*") if p.is_file() and "rosscheck" in p.name]
    assert left == []


def test_an_unwritable_data_folder_is_one_line(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert main(["desktop-install"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot write" in err


def test_launcher_is_quoted_for_the_desktop_entry():
    assert desktop._quote("/opt/crosscheck/crosscheck") == "/opt/crosscheck/crosscheck"
    assert desktop._quote("/home/a b/$x") == '"/home/a b/\\$x"'


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_entry_is_valid():
    subprocess.run(["desktop-file-validate", str(LINUX / f"{desktop.APP_ID}.desktop")], check=True)


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream not installed")
def test_metainfo_is_valid():
    path = LINUX / f"{desktop.APP_ID}.metainfo.xml"
    subprocess.run(["appstreamcli", "validate", "--no-net", str(path)], check=True)


def test_metainfo_release_notes_come_from_the_changelog():
    script = runpy.run_path(str(LINUX / "metainfo.py"))
    assert (LINUX / f"{desktop.APP_ID}.metainfo.xml").read_text(encoding="utf-8") == script[
        "render"
    ](), "run packaging/linux/metainfo.py"
    releases = script["releases"]((ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))
    from reader import __version__

    assert releases[0][0] == __version__ and len(releases[0][2]) >= 3


def test_the_app_id_and_icon_sizes(qapp):
    from PySide6.QtGui import QImage

    from reader.ui.app import APP_ID, app_icon

    assert APP_ID == desktop.APP_ID
    sizes = {s.width() for s in app_icon().availableSizes()}
    assert sizes == set(desktop.ICON_SIZES)
    for size in desktop.ICON_SIZES:
        image = QImage(str(ROOT / "resources" / "icons" / f"crosscheck-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
    small = QImage(str(ROOT / "resources" / "icons" / "crosscheck-16.png"))
    colours = {small.pixelColor(x, 7).name() for x in range(16)}
    assert {"#f5b301", "#e5484d"} <= colours  # the marked passage shows, crisp, at 16 px
