"""The names of the countries on the map (Natural Earth's, in English), marked for translation,
and where they go."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QTransform

from heroviewer.formats.geography import Outline
from heroviewer.ui.map import labels

NAME_COLOUR = QColor("#9a8f7a")
# Where a country's name is tried on a panel, in lines of text from the middle of its box.
PANEL_SHIFTS = (0, 1, -1, 2, -2, 3, -3)

_NAMES = (
    QT_TRANSLATE_NOOP("Countries", "Afghanistan"),
    QT_TRANSLATE_NOOP("Countries", "Albania"),
    QT_TRANSLATE_NOOP("Countries", "Algeria"),
    QT_TRANSLATE_NOOP("Countries", "Armenia"),
    QT_TRANSLATE_NOOP("Countries", "Austria"),
    QT_TRANSLATE_NOOP("Countries", "Azerbaijan"),
    QT_TRANSLATE_NOOP("Countries", "Belarus"),
    QT_TRANSLATE_NOOP("Countries", "Bosnia and Herzegovina"),
    QT_TRANSLATE_NOOP("Countries", "Bulgaria"),
    QT_TRANSLATE_NOOP("Countries", "Croatia"),
    QT_TRANSLATE_NOOP("Countries", "Cyprus"),
    QT_TRANSLATE_NOOP("Countries", "Czech Republic"),
    QT_TRANSLATE_NOOP("Countries", "Denmark"),
    QT_TRANSLATE_NOOP("Countries", "Egypt"),
    QT_TRANSLATE_NOOP("Countries", "Estonia"),
    QT_TRANSLATE_NOOP("Countries", "Finland"),
    QT_TRANSLATE_NOOP("Countries", "Georgia"),
    QT_TRANSLATE_NOOP("Countries", "Germany"),
    QT_TRANSLATE_NOOP("Countries", "Greece"),
    QT_TRANSLATE_NOOP("Countries", "Hungary"),
    QT_TRANSLATE_NOOP("Countries", "India"),
    QT_TRANSLATE_NOOP("Countries", "Iran"),
    QT_TRANSLATE_NOOP("Countries", "Iraq"),
    QT_TRANSLATE_NOOP("Countries", "Israel"),
    QT_TRANSLATE_NOOP("Countries", "Italy"),
    QT_TRANSLATE_NOOP("Countries", "Japan"),
    QT_TRANSLATE_NOOP("Countries", "Jordan"),
    QT_TRANSLATE_NOOP("Countries", "Kazakhstan"),
    QT_TRANSLATE_NOOP("Countries", "Kosovo"),
    QT_TRANSLATE_NOOP("Countries", "Kuwait"),
    QT_TRANSLATE_NOOP("Countries", "Kyrgyzstan"),
    QT_TRANSLATE_NOOP("Countries", "Latvia"),
    QT_TRANSLATE_NOOP("Countries", "Lebanon"),
    QT_TRANSLATE_NOOP("Countries", "Libya"),
    QT_TRANSLATE_NOOP("Countries", "Lithuania"),
    QT_TRANSLATE_NOOP("Countries", "Moldova"),
    QT_TRANSLATE_NOOP("Countries", "Mongolia"),
    QT_TRANSLATE_NOOP("Countries", "Montenegro"),
    QT_TRANSLATE_NOOP("Countries", "Nepal"),
    QT_TRANSLATE_NOOP("Countries", "North Korea"),
    QT_TRANSLATE_NOOP("Countries", "North Macedonia"),
    QT_TRANSLATE_NOOP("Countries", "Norway"),
    QT_TRANSLATE_NOOP("Countries", "Pakistan"),
    QT_TRANSLATE_NOOP("Countries", "Palestine"),
    QT_TRANSLATE_NOOP("Countries", "People's Republic of China"),
    QT_TRANSLATE_NOOP("Countries", "Poland"),
    QT_TRANSLATE_NOOP("Countries", "Romania"),
    QT_TRANSLATE_NOOP("Countries", "Russia"),
    QT_TRANSLATE_NOOP("Countries", "Saudi Arabia"),
    QT_TRANSLATE_NOOP("Countries", "Serbia"),
    QT_TRANSLATE_NOOP("Countries", "Slovakia"),
    QT_TRANSLATE_NOOP("Countries", "Slovenia"),
    QT_TRANSLATE_NOOP("Countries", "South Korea"),
    QT_TRANSLATE_NOOP("Countries", "Sweden"),
    QT_TRANSLATE_NOOP("Countries", "Switzerland"),
    QT_TRANSLATE_NOOP("Countries", "Syria"),
    QT_TRANSLATE_NOOP("Countries", "Tajikistan"),
    QT_TRANSLATE_NOOP("Countries", "Tunisia"),
    QT_TRANSLATE_NOOP("Countries", "Turkey"),
    QT_TRANSLATE_NOOP("Countries", "Turkmenistan"),
    QT_TRANSLATE_NOOP("Countries", "Ukraine"),
    QT_TRANSLATE_NOOP("Countries", "Uzbekistan"),
    QT_TRANSLATE_NOOP("Countries", "Åland"),
)


def country_name(name: str) -> str:
    """The country's name in the interface's language (as Natural Earth names it otherwise)."""
    return QCoreApplication.translate("Countries", name)


def name_point(outline: Outline) -> tuple[float, float]:
    """(lat, lon) of the middle of the box of the country's largest ring, where its name goes."""
    ring = max(outline.rings, key=len)
    lons, lats = [lon for lon, _ in ring], [lat for _, lat in ring]
    return (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2


def paint_country_names(
    painter: QPainter, to_page: QTransform, outlines: Iterable[Outline], taken: list[QRectF],
    area: QRectF,
) -> None:  # fmt: skip
    """The countries' names on a wall panel (``to_page`` maps the map's scene to the page),
    each moved up or down from its middle until it covers nothing ``taken`` (a town's name, a
    marker), else left out; names that would not fit in ``area`` are left out too."""
    from heroviewer.ui.map.view import project

    painter.save()
    font = QFont(painter.font())
    font.setItalic(True)
    painter.setFont(font)
    painter.setPen(NAME_COLOUR)
    metrics = QFontMetricsF(font)
    for outline in outlines:
        text = country_name(outline.name)
        middle = to_page.map(project(*name_point(outline)))
        box = metrics.boundingRect(text)
        boxes = [box.translated(middle - box.center() + QPointF(0, shift * box.height()))
                 for shift in PANEL_SHIFTS]  # fmt: skip
        inside = [b for b in boxes if area.contains(b)]
        chosen = labels.place(inside, taken, always=False)
        if chosen is not None:
            painter.drawText(chosen, Qt.AlignmentFlag.AlignCenter, text)
            taken.append(chosen)
    painter.restore()
