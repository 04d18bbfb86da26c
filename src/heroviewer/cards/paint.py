"""Paint a hero card with QPainter: the one routine behind the preview, the printer and the PDF.

Coordinates are points. Long text shrinks down to a minimum size and only then ends at a
sentence boundary with a visible "…", so nothing falls off the card.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from heroviewer.cards.content import CardContent, shorten_at_sentence
from heroviewer.support.fonts import BUNDLED_FAMILY
from heroviewer.support.paths import resources_dir

INK = QColor("#1f1f1f")
MUTED = QColor("#5f5f5f")
ACCENT = QColor("#7a1f1f")
FRAME = QColor("#b9a36a")
_WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


def _font(painter: QPainter, size: float, bold: bool = False) -> QFont:
    """A font ``size`` points tall on the card, whatever the device's resolution.

    The painter is scaled to points, and Qt also scales point sizes by the device's dots per
    inch, so the size is divided back once.
    """
    font = QFont(BUNDLED_FAMILY)
    font.setPointSizeF(size * 72 / painter.device().logicalDpiY())
    font.setBold(bold)
    return font


def _text_height(painter: QPainter, width: float, text: str, font: QFont) -> float:
    painter.setFont(font)
    return painter.boundingRect(QRectF(0, 0, width, 1e6), _WRAP, text).height()


def fit_text(
    painter: QPainter, rect: QRectF, text: str, size: float, minimum: float, bold: bool = False
) -> tuple[str, QFont]:
    """The text and font that fit ``rect``: smaller type first, then fewer sentences with "…".

    Bounded whatever the text: only as many characters as could fit in the smallest type are
    measured, and the cut point is found by binary search (a deed of 20,000 words is as quick
    as one of 200).
    """
    width, height = rect.width(), rect.height()
    limit = max(0, int(_MOST_CHARACTERS_PER_SQUARE * width * height / minimum**2))
    if len(text) > limit:  # cannot fit even in the smallest type
        text = text[:limit].rsplit(" ", 1)[0].rstrip(",;:.") + "…"
        size = minimum
    while (
        size > minimum and _text_height(painter, width, text, _font(painter, size, bold)) > height
    ):
        size = max(minimum, size - 0.5)
    font = _font(painter, size, bold)

    def fits(candidate: str) -> bool:
        return _text_height(painter, width, candidate, font) <= height

    if not fits(text):
        whole = text
        sentences = _most_that_fit(
            whole.count(". ") + 1, lambda count: fits(shorten_at_sentence(whole, count))
        )
        text = shorten_at_sentence(whole, sentences)
    if not fits(text):
        words = text.split()
        count = _most_that_fit(len(words), lambda count: fits(_first_words(words, count)))
        text = _first_words(words, count)
    return text, font


# Characters of a size-1 font in a square of side 1, at the most: glyphs are at least 0.2 em
# wide and lines 1 em apart in the bundled font; twice that, for safety.
_MOST_CHARACTERS_PER_SQUARE = 10


def _first_words(words: list[str], count: int) -> str:
    return " ".join(words[:count]).rstrip(",;:.") + "…"


def _most_that_fit(most: int, fits) -> int:
    """The largest count from 1 to ``most`` that ``fits`` (1 when none does), by binary search."""
    low, high = 1, max(1, most)
    while low < high:
        middle = (low + high + 1) // 2
        if fits(middle):
            low = middle
        else:
            high = middle - 1
    return low


def _draw(painter: QPainter, rect: QRectF, text: str, font: QFont, colour: QColor) -> float:
    """Draw wrapped text at the top of ``rect``; returns the height used."""
    painter.setFont(font)
    painter.setPen(colour)
    used = painter.boundingRect(rect, _WRAP, text)
    painter.drawText(rect, _WRAP, text)
    return min(used.height(), rect.height())


def paint_card(
    painter: QPainter,
    rect: QRectF,
    content: CardContent,
    portrait: QImage,
    star_renderer=None,
    with_qr: bool = True,
) -> bool:
    """Paint one card filling ``rect`` (the painter's units are points); False when the QR code
    was wanted but its link is too long for one (the card is painted without it)."""
    unit = min(rect.width(), rect.height() * 0.75) / 100  # 1 % of a portrait-shaped card
    painter.save()
    painter.setPen(QPen(FRAME, max(0.6, unit * 0.25)))
    painter.setBrush(QColor("#fffdf7"))
    painter.drawRoundedRect(rect, unit * 1.5, unit * 1.5)
    inner = rect.adjusted(unit * 5, unit * 5, -unit * 5, -unit * 5)

    photo_width = min(inner.width() * 0.30, inner.height() * 0.40 * 3 / 4)  # landscape too
    photo = QRectF(inner.left(), inner.top(), photo_width, photo_width * 4 / 3)
    painter.drawImage(photo, portrait, _centred_part(portrait, photo.width() / photo.height()))
    painter.setPen(QPen(FRAME, max(0.5, unit * 0.2)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(photo)

    star_size = unit * 11
    side = QRectF(photo.right() + unit * 4, inner.top(), 0, photo.height())
    side.setRight(inner.right())
    if star_renderer is not None:
        star = QRectF(side.right() - star_size, side.top(), star_size, star_size)
        star_renderer.render(painter, star)
        side.setRight(star.left() - unit * 2)
    y = side.top()
    title, font = fit_text(
        painter,
        QRectF(side.left(), y, side.width(), unit * 16),
        content.title,
        unit * 5.2,
        unit * 3.2,
        bold=True,
    )
    y += _draw(painter, QRectF(side.left(), y, side.width(), unit * 16), title, font, INK) + unit
    for name in content.other_names:
        y += _draw(
            painter,
            QRectF(side.left(), y, inner.right() - side.left(), unit * 8),
            name,
            _font(painter, unit * 3.4),
            INK,
        )
    y += unit * 2
    decree_box = QRectF(side.left(), y, inner.right() - side.left(), photo.bottom() - y)
    if decree_box.height() > unit * 2:
        fitted, font = fit_text(painter, decree_box, content.decree, unit * 3.0, unit * 2.2)
        _draw(painter, decree_box, fitted, font, ACCENT)

    code = qr_code(content.source_link) if with_qr and content.source_link else None
    qr_size = unit * 16 if code else 0
    footer_height = max(qr_size, unit * 6)
    footer = QRectF(inner.left(), inner.bottom() - footer_height, inner.width(), footer_height)
    body = QRectF(
        inner.left(),
        photo.bottom() + unit * 4,
        inner.width(),
        footer.top() - photo.bottom() - unit * 6,
    )
    for text, colour in ((content.life, INK), (content.service, MUTED)):
        fitted, font = fit_text(painter, body, text, unit * 2.8, unit * 2.2)
        body.setTop(body.top() + _draw(painter, body, fitted, font, colour) + unit)
    body.setTop(body.top() + unit * 2)
    if content.deed_heading:
        heading_font = _font(painter, unit * 2.8, bold=True)
        used = _draw(painter, body, content.deed_heading, heading_font, ACCENT)
        body.setTop(body.top() + used + unit)
    if content.deed_note:
        used = _draw(painter, body, content.deed_note, _font(painter, unit * 2.2), MUTED)
        body.setTop(body.top() + used + unit * 0.5)
    deed, font = fit_text(painter, body, content.deed, unit * 3.1, unit * 2.3)
    _draw(painter, body, deed, font, INK)

    painter.setPen(QPen(FRAME, max(0.4, unit * 0.15)))
    painter.drawLine(
        QLineF(footer.left(), footer.top() - unit, footer.right(), footer.top() - unit)
    )
    text_box = footer.adjusted(0, unit, -(qr_size + unit * 2 if qr_size else 0), 0)
    line, font = fit_text(painter, text_box, content.sources_line, unit * 2.1, unit * 1.6)
    _draw(painter, text_box, line, font, MUTED)
    if qr_size:
        paint_qr(
            painter,
            QRectF(footer.right() - qr_size, footer.bottom() - qr_size, qr_size, qr_size),
            code,
        )
    painter.restore()
    return code is not None or not (with_qr and content.source_link)


def qr_code(link: str):
    """The QR code of ``link``, or None when the link is too long for any QR code (about
    2,300 characters)."""
    import segno

    try:
        return segno.make(link, error="m", micro=False)
    except segno.DataOverflowError:
        return None


def paint_qr(painter: QPainter, rect: QRectF, code) -> None:
    """A QR code (from ``qr_code``) drawn as filled squares (vectors), sharp at any print size."""
    matrix = code.matrix
    quiet = 2
    modules = len(matrix) + 2 * quiet
    cell = rect.width() / modules
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("white"))
    painter.drawRect(rect)
    painter.setBrush(QColor("black"))
    for row, bits in enumerate(matrix):
        for column, bit in enumerate(bits):
            if bit:
                painter.drawRect(
                    QRectF(
                        rect.left() + (column + quiet) * cell,
                        rect.top() + (row + quiet) * cell,
                        cell,
                        cell,
                    )
                )
    painter.restore()


def star_renderer():
    """The Gold Star (resources/images/gold-star.svg), or None if QtSvg is missing."""
    try:
        from PySide6.QtSvg import QSvgRenderer
    except ImportError:  # pragma: no cover - QtSvg ships with PySide6-Essentials
        return None
    renderer = QSvgRenderer(str(resources_dir() / "images" / "gold-star.svg"))
    return renderer if renderer.isValid() else None


def paint_cut_marks(painter: QPainter, cards: list[QRectF], length: float = 8.0) -> None:
    """Short lines just outside each card's corners, for cutting a 4-up sheet."""
    painter.save()
    painter.setPen(QPen(QColor("#888888"), 0.4))
    for card in cards:
        for corner, dx, dy in (
            (card.topLeft(), -1, -1),
            (card.topRight(), 1, -1),
            (card.bottomLeft(), -1, 1),
            (card.bottomRight(), 1, 1),
        ):
            gap = 2.0
            start = QPointF(corner.x() + dx * gap, corner.y())
            painter.drawLine(QLineF(start, QPointF(corner.x() + dx * (gap + length), corner.y())))
            start = QPointF(corner.x(), corner.y() + dy * gap)
            painter.drawLine(QLineF(start, QPointF(corner.x(), corner.y() + dy * (gap + length))))
    painter.restore()


def _centred_part(image: QImage, aspect: float) -> QRectF:
    """The largest centred part of ``image`` with the given width:height (no stretching)."""
    width, height = image.width(), image.height()
    if width > height * aspect:
        part = height * aspect
        return QRectF((width - part) / 2, 0, part, height)
    part = width / aspect
    return QRectF(0, (height - part) / 2, width, part)
