"""Render HeroViewer's icon (resources/icons/heroviewer.svg) to PNGs and a Windows .ico.

Usage: python packaging/make_icons.py

Writes resources/icons/heroviewer-SIZE.png for every size Linux menus use (16 to 512 px) and
resources/icons/heroviewer.ico (16 to 256 px) for the Windows build. Run it after changing the
SVG and commit the results: the build does not need Qt's SVG support at run time.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "heroviewer.svg"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICONS / f"heroviewer-{size}.png"


def render(size: int, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out)):
        raise SystemExit(f"{out}: could not be written")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    for size in SIZES:
        render(size, png_path(size))
    largest = Image.open(png_path(max(ICO_SIZES)))
    largest.save(ICONS / "heroviewer.ico", sizes=[(s, s) for s in ICO_SIZES])
    print(f"{len(SIZES)} PNGs and heroviewer.ico written to {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
