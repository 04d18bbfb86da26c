"""A wall panel: a title, a legend, the picture (map, timeline or figures) and a sources line,
written as vector PDF (QPdfWriter), SVG (QSvgGenerator) or PNG (QImage), landscape A3 or A1.

Everything is laid out on a page LOGICAL_WIDTH units wide, scaled to the paper, so that A3 and
A1 look alike. The file is written whole or not at all (support/atomic.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from heroviewer.support.atomic import written_atomically

SIZES = {"a3": QPageSize.PageSizeId.A3, "a1": QPageSize.PageSizeId.A1}
SUFFIXES = (".pdf", ".svg", ".png")
LOGICAL_WIDTH = 1600.0
PNG_DPI = {"a3": 150, "a1": 100}
SVG_DPI = 96


class Panel(NamedTuple):
    title: str
    legend: list[tuple[QColor, str]]
    sources: str
    draw: Callable[[QPainter, QRectF], None]  # the picture, into the rectangle given
    subtitle: str = ""  # under the title: what the picture covers
    note: str = ""  # under the picture: who is not on it


def some_names(names: list[str], limit: int) -> str:
    """The first ``limit`` of ``names``, and how many more: thousands of heroes left off a panel
    would otherwise fill it with their names and squeeze the picture."""
    text = ", ".join(names[:limit])
    if len(names) > limit:
        text += " " + QCoreApplication.translate("WallPanel", "and {count} more").format(
            count=len(names) - limit
        )
    return text


def suffix_problem(out: Path) -> str | None:
    """Why ``out`` cannot be a panel file (its ending), or None."""
    if out.suffix.lower() in SUFFIXES:
        return None
    return QCoreApplication.translate(
        "WallPanel", "{file}: give a file name ending in .pdf, .svg or .png"
    ).format(file=out)


def page_size_mm(size: str) -> tuple[float, float]:
    """Landscape width and height of ``size`` in millimetres."""
    points = QPageSize(SIZES[size]).size(QPageSize.Unit.Millimeter)
    return max(points.width(), points.height()), min(points.width(), points.height())


def write_panel(out: Path, panel: Panel, size: str = "a3") -> None:
    """Write ``panel`` to ``out`` (its ending says the format); OSError says what was kept."""
    width_mm, height_mm = page_size_mm(size)
    suffix = out.suffix.lower()
    with written_atomically(out) as temporary:
        if suffix == ".pdf":
            writer = QPdfWriter(str(temporary))
            writer.setPageLayout(
                QPageLayout(QPageSize(SIZES[size]), QPageLayout.Orientation.Landscape,
                            QMarginsF(0, 0, 0, 0))
            )  # fmt: skip
            writer.setResolution(300)
            writer.setTitle(panel.title)
            writer.setCreator("HeroViewer")
            _paint(writer, panel)
        elif suffix == ".svg":
            generator = QSvgGenerator()
            generator.setFileName(str(temporary))
            pixels = QSize(round(width_mm / 25.4 * SVG_DPI), round(height_mm / 25.4 * SVG_DPI))
            generator.setSize(pixels)
            generator.setViewBox(QRectF(0, 0, pixels.width(), pixels.height()))
            generator.setResolution(SVG_DPI)
            generator.setTitle(panel.title)
            _paint(generator, panel)
        else:
            dpi = PNG_DPI[size]
            image = QImage(
                round(width_mm / 25.4 * dpi), round(height_mm / 25.4 * dpi),
                QImage.Format.Format_RGB32,
            )  # fmt: skip
            image.setDotsPerMeterX(round(dpi / 0.0254))
            image.setDotsPerMeterY(round(dpi / 0.0254))
            image.fill(QColor("white"))
            _paint(image, panel)
            if not image.save(str(temporary), "PNG"):
                raise OSError(
                    0, QCoreApplication.translate("WallPanel", "the image cannot be written")
                )


def _paint(device, panel: Panel) -> None:
    painter = QPainter(device)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        scale = device.width() / LOGICAL_WIDTH
        painter.scale(scale, scale)
        paint_panel(painter, QRectF(0, 0, LOGICAL_WIDTH, device.height() / scale), panel)
    finally:
        painter.end()


def paint_panel(painter: QPainter, page: QRectF, panel: Panel) -> None:
    area = page.adjusted(40, 30, -40, -30)
    title = QFont()
    title.setPixelSize(34)
    title.setBold(True)
    painter.setFont(title)
    painter.setPen(QColor("#111111"))
    painter.drawText(QRectF(area.left(), area.top(), area.width(), 44), panel.title)
    text = QFont()
    text.setPixelSize(15)
    painter.setFont(text)
    x, y = area.left(), area.top() + 52
    if panel.subtitle:
        painter.drawText(QRectF(x, y, area.width(), 20), Qt.AlignmentFlag.AlignLeft, panel.subtitle)
        y += 28
    for colour, words in panel.legend:
        painter.fillRect(QRectF(x, y + 3, 16, 14), colour)
        box = painter.boundingRect(QRectF(x + 22, y, 2000, 20), Qt.AlignmentFlag.AlignLeft, words)
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft, words)
        x = box.right() + 28
    small = QFont()
    small.setPixelSize(12)
    painter.setFont(small)
    painter.setPen(QColor("#555555"))
    sources = QRectF(area.left(), area.bottom() - 34, area.width(), 34)
    painter.drawText(
        sources, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignBottom, panel.sources
    )
    bottom = sources.top() - 8
    if panel.note:
        wrap = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
        note_font = QFont()
        note_font.setPixelSize(13)
        painter.setFont(note_font)
        painter.setPen(QColor("#222222"))
        note = painter.boundingRect(QRectF(area.left(), 0, area.width(), 0), wrap, panel.note)
        note.moveBottom(bottom)
        painter.drawText(note, wrap, panel.note)
        bottom = note.top() - 10
    picture = QRectF(area.left(), y + 32, area.width(), bottom - (y + 32))
    painter.save()
    painter.setClipRect(picture)
    panel.draw(painter, picture)
    painter.restore()
