"""Tajikistan's regions and district centres on the "Home places" map and its wall panel.

Region outlines are thinner and lighter than the country borders, and the regions are named at
every zoom. District centres are small dots; their names are placed, most important first,
only where they overlap no other name nor any marker, so they appear as the map is zoomed in
(region centres first). Names are in Russian for a Russian or Tajik interface, else in Latin.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import starmap

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from heroviewer.formats.region_map import RegionMap, RegionOutline

BORDER = QColor("#b5a78c")
REGION_NAME = QColor("#8c7b5c")
CENTRE = QColor("#4d4d4d")
DOT_RADIUS = 2.0
LABEL_GAP = 3.0  # pixels between a dot and its name
DISTRICT_SCALE = 4.0  # pixels per scene unit: below it, only the regions' centres are named


def local_name(language: str, english: str, russian: str) -> str:
    return russian if language in ("ru", "tg") and russian else english


def _smaller(base: QFont, factor: float) -> QFont:
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    else:  # a font sized in pixels (the wall panel's)
        font.setPixelSize(max(1, round(base.pixelSize() * factor)))
    return font


def region_font(base: QFont) -> QFont:
    font = _smaller(base, 0.95)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
    return font


def town_font(base: QFont) -> QFont:
    return _smaller(base, 0.85)


def named(region: RegionOutline, region_map: RegionMap) -> bool:
    """A region is named unless it is a town (Dushanbe) named as a centre."""
    return all(centre.name != region.name for centre in region_map.centres)


def placed(fixed: Iterable[QRectF], candidates: Sequence[QRectF]) -> list[bool]:
    """Which of ``candidates`` (in order of importance) overlap neither ``fixed`` nor a
    candidate placed before them."""
    taken = list(fixed)
    shown = []
    for rect in candidates:
        free = not any(rect.intersects(other) for other in taken)
        if free:
            taken.append(rect)
        shown.append(free)
    return shown


def region_path(rings) -> QPainterPath:
    path = QPainterPath()
    for ring in rings:
        path.addPolygon(QPolygonF(list(starmap(QPointF, ring))))
        path.closeSubpath()
    return path


class RegionsLayer:
    """The regions' outlines and names and the centres' dots and names in a map's scene."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self.items: list[QGraphicsItem] = []
        self.names: list[QGraphicsSimpleTextItem] = []  # the regions' names: always shown
        self.towns: list[QGraphicsSimpleTextItem] = []  # the centres' names, most important first
        self.dots: list[QGraphicsItem] = []
        self._regional: list[bool] = []  # for each of towns: a region's centre
        self._obstacles: list[QGraphicsItem] = []
        self._shown = True
        self._scale = 1.0

    def add(self, region_map: RegionMap, language: str, degrees: QTransform) -> None:
        """Draw ``region_map``; ``degrees`` maps (lon, lat) to the scene."""
        pen = QPen(BORDER, 0.7)
        pen.setCosmetic(True)  # thinner than the countries' borders at any zoom
        for region in region_map.regions:
            outline = QGraphicsPathItem(region_path(region.rings))
            outline.setTransform(degrees)
            outline.setPen(pen)
            outline.setZValue(0.2)
            self._add(outline)
            if not named(region, region_map):
                continue
            name = self._label(local_name(language, region.name, region.russian), centred=True)
            name.setFont(region_font(name.font()))
            name.setBrush(REGION_NAME)
            name.setPos(degrees.map(QPointF(*region.label)))
            self._centre(name)
            self.names.append(name)
        centres = sorted(region_map.centres, key=lambda c: not c.region)  # stable: file order
        for centre in centres:
            dot = QGraphicsEllipseItem(-DOT_RADIUS, -DOT_RADIUS, 2 * DOT_RADIUS, 2 * DOT_RADIUS)
            dot.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            dot.setPen(QPen(Qt.PenStyle.NoPen))
            dot.setBrush(CENTRE)
            dot.setPos(degrees.map(QPointF(centre.lon, centre.lat)))
            dot.setZValue(0.6)
            dot.setToolTip(local_name(language, centre.name, centre.russian))
            self._add(dot)
            self.dots.append(dot)
            town = self._label(local_name(language, centre.name, centre.russian))
            town.setFont(town_font(town.font()))
            town.setBrush(CENTRE)
            town.setPos(dot.pos())
            height = town.boundingRect().height()
            town.setTransform(QTransform.fromTranslate(DOT_RADIUS + LABEL_GAP, -height / 2))
            self.towns.append(town)
            self._regional.append(centre.region)
        self._update()

    def _add(self, item: QGraphicsItem) -> None:
        self.scene.addItem(item)
        self.items.append(item)

    def _label(self, text: str, centred: bool = False) -> QGraphicsSimpleTextItem:
        label = QGraphicsSimpleTextItem(text)
        label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        label.setZValue(0.7)
        self._add(label)
        return label

    @staticmethod
    def _centre(label: QGraphicsSimpleTextItem) -> None:
        box = label.boundingRect()
        label.setTransform(QTransform.fromTranslate(-box.width() / 2, -box.height() / 2))

    # --- what is shown --------------------------------------------------------------------
    def set_shown(self, shown: bool) -> None:
        """Shown on the "Home places" view only."""
        self._shown = shown
        self._update()

    def set_scale(self, scale: float) -> None:
        """The view's scale (pixels per scene unit) changed: place the centres' names again."""
        self._scale = scale
        self._update()

    def set_obstacles(self, items: Iterable[QGraphicsItem]) -> None:
        """The markers and their names: no centre's name is put over them."""
        self._obstacles = list(items)
        self._update()

    def _screen_rect(self, item: QGraphicsItem) -> QRectF:
        """Where an item that keeps its size on screen is, in pixels at the view's scale."""
        box = item.transform().mapRect(item.boundingRect())
        return box.translated(item.pos() * self._scale)

    def _update(self) -> None:
        for item in self.items:
            item.setVisible(self._shown)
        if not self._shown:
            return
        fixed = [
            self._screen_rect(item)
            for item in self._obstacles + self.names + self.dots
            if item.isVisible()
        ]
        towns = [t for t, c in zip(self.towns, self._regional, strict=True) if c or self._near]
        for town in self.towns:
            town.setVisible(False)
        for town, free in zip(
            towns, placed(fixed, list(map(self._screen_rect, towns))), strict=True
        ):
            town.setVisible(free)

    @property
    def _near(self) -> bool:
        return self._scale >= DISTRICT_SCALE

    def shown_town_names(self) -> list[str]:
        return [town.text() for town in self.towns if town.isVisible()]


def paint_region_map(
    painter: QPainter, to_page: QTransform, region_map: RegionMap, language: str,
    taken: Iterable[QRectF],
) -> None:  # fmt: skip
    """The regions and centres on a wall panel: ``to_page`` maps (lon, lat) to the page;
    ``taken``: what the names must not cover (the markers and their names)."""
    painter.save()
    painter.setPen(QPen(BORDER, 0.6))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for region in region_map.regions:
        painter.drawPath(to_page.map(region_path(region.rings)))
    base = painter.font()
    painter.setFont(region_font(base))
    painter.setPen(REGION_NAME)
    metrics = QFontMetricsF(painter.font())
    fixed = list(taken)
    for region in filter(lambda r: named(r, region_map), region_map.regions):
        text = local_name(language, region.name, region.russian)
        point = to_page.map(QPointF(*region.label))
        box = metrics.boundingRect(text)
        box.moveCenter(point)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        fixed.append(box)
    painter.setFont(town_font(base))
    metrics = QFontMetricsF(painter.font())
    centres = sorted(region_map.centres, key=lambda c: not c.region)
    points = [to_page.map(QPointF(c.lon, c.lat)) for c in centres]
    texts = [local_name(language, c.name, c.russian) for c in centres]
    boxes = []
    for point, text in zip(points, texts, strict=True):
        box = metrics.boundingRect(text)
        box.moveTopLeft(QPointF(point.x() + DOT_RADIUS + LABEL_GAP, point.y() - box.height() / 2))
        boxes.append(box)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(CENTRE)
    for point in points:
        painter.drawEllipse(point, DOT_RADIUS, DOT_RADIUS)
        fixed.append(QRectF(point.x() - DOT_RADIUS, point.y() - DOT_RADIUS, 4, 4))
    painter.setPen(CENTRE)
    for box, text, free in zip(boxes, texts, placed(fixed, boxes), strict=True):
        if free:
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
    painter.restore()
