"""Write hero cards to a PDF with Qt's own PDF writer (the bundled font is embedded)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QImage, QPainter, QPdfWriter

from heroviewer.cards.content import card_content
from heroviewer.cards.layouts import CardLayout, card_rects
from heroviewer.cards.paint import paint_card, paint_cut_marks, star_renderer
from heroviewer.support.atomic import written_atomically
from heroviewer.support.fonts import register_bundled_fonts
from heroviewer.support.imaging import placeholder_png
from heroviewer.support.messages import QT_TRANSLATE_NOOP

POINTS_PER_INCH = 72


PortraitSource = Callable[[str], bytes | None]  # a stored portrait's JPEG by its hash


def portrait_image(name: str, stored: bytes | None = None) -> QImage:
    """The hero's stored portrait, or the drawn placeholder."""
    if stored:
        image = QImage.fromData(stored)
        if not image.isNull():
            return image
    caption = QCoreApplication.translate("Cards", "no portrait")
    return QImage.fromData(placeholder_png(name, caption, 480))


def paint_pages(
    printer,
    records: list[dict[str, Any]],
    layout: CardLayout,
    with_qr: bool = True,
    portraits: PortraitSource | None = None,
    without_qr: list[str] | None = None,
    language: str = "en",
) -> int:
    """Paint every card onto ``printer`` (a QPdfWriter or QPrinter); returns the page count.

    ``without_qr`` receives the title of each card printed without its QR code, because the
    source link is too long for one. The cards are written for a reader of ``language``."""
    register_bundled_fonts()
    painter = QPainter(printer)
    star = star_renderer()
    try:
        area = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        area.moveTo(0, 0)
        scale = printer.resolution() / POINTS_PER_INCH
        painter.scale(scale, scale)
        area = QRectF(0, 0, area.width() / scale, area.height() / scale)
        per_page = layout.cards_per_page
        pages = 0
        for first in range(0, len(records), per_page):
            if pages:
                printer.newPage()
            pages += 1
            rects = card_rects(layout, area)
            for record, rect in zip(records[first : first + per_page], rects, strict=False):
                content = card_content(record, language, QCoreApplication.translate)
                stored = (
                    portraits(record["portrait"]) if portraits and record.get("portrait") else None
                )
                portrait = portrait_image(content.name_for_portrait, stored)
                as_asked = paint_card(painter, rect, content, portrait, star, with_qr)
                if not as_asked and without_qr is not None:
                    without_qr.append(content.title)
            if layout.cut_marks:
                paint_cut_marks(painter, rects)
    finally:
        painter.end()
    return pages


def write_cards_pdf(
    out: Path,
    records: list[dict[str, Any]],
    layout: CardLayout,
    with_qr: bool = True,
    portraits: PortraitSource | None = None,
    without_qr: list[str] | None = None,
    language: str = "en",
) -> int:
    """Write the cards to ``out`` (whole, or not at all); returns the number of pages."""
    out = Path(out)
    with written_atomically(out) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(300)
        writer.setPageLayout(layout.page_layout())
        writer.setTitle(QCoreApplication.translate("Cards", "HeroViewer hero cards"))
        writer.setCreator("HeroViewer")
        pages = paint_pages(writer, records, layout, with_qr, portraits, without_qr, language)
        del writer  # finishes the file
    return pages


def cards_written(cards: int, pages: int) -> str:
    """ "1 card on 1 page", "6 cards on 2 pages": what was written, for the command line."""
    on_pages = QT_TRANSLATE_NOOP("Card", "on %n page(s)", "", -1).format(n=pages)
    written = QT_TRANSLATE_NOOP("Card", "%n card(s) {pages}", "", -1)
    return written.format(n=cards, pages=on_pages)
