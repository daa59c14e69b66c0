"""Render the app icon from its SVG sources into the PNG, ICO and ICNS files that are committed.

    uv run --group packaging python packaging/icons.py

16 and 32 px come from ``crosscheck-small.svg``, drawn on the 16-pixel grid so that they stay
sharp; 48 px and up from ``crosscheck.svg``. Qt renders the SVG (no other SVG library needed);
Pillow writes the Windows ICO and macOS ICNS containers.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def render(svg: Path, size: int, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        sys.exit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out)):
        sys.exit(f"{out}: cannot write")


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image

    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([])  # noqa: F841 (Qt's painting needs an application object)
    for size in SIZES:
        source = "crosscheck-small.svg" if size <= 32 else "crosscheck.svg"
        render(ICONS / source, size, ICONS / f"crosscheck-{size}.png")
    images = {size: Image.open(ICONS / f"crosscheck-{size}.png") for size in SIZES}
    images[256].save(
        ICONS / "crosscheck.ico",
        sizes=[(s, s) for s in (16, 32, 48, 64, 128, 256)],
        append_images=[images[s] for s in (16, 32, 48, 64, 128)],
    )
    images[512].save(ICONS / "crosscheck.icns", append_images=[images[s] for s in SIZES[:-1]])
    print(f"wrote {len(SIZES)} PNG, crosscheck.ico and crosscheck.icns in {ICONS}")


if __name__ == "__main__":
    main()
