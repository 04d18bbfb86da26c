"""Tajikistan's regions and district centres on the "Home places" map and its wall panel.

Region outlines are thinner and lighter than the country borders, and the regions are named at
every zoom. District centres are small dots; their names are placed, most important first,
only where they overlap no other name nor any marker, so they appear as the map is zoomed in
(region centres first). Names are in Russian for a Russian or Tajik interface, else in Latin.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import starmap

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
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
from heroviewer.ui.map import labels

BORDER = QColor("#b5a78c")
REGION_NAME = QColor("#8c7b5c")
CENTRE = QColor("#4d4d4d")
DOT_RADIUS = 2.0
LABEL_GAP = 3.0  # pixels between a dot and its name
DISTRICT_SCALE = 4.0  # pixels per scene unit: below it, only the regions' centres are named
SETTLE_MS = 150  # the pause in zooming after which the names are placed again


def local_name(language: str, english: str, russian: str, tajik: str = "") -> str:
    """The name a reader of ``language`` is shown: a Tajik reader the Tajik name where the
    file gives one, else the Russian, as a Russian reader; anyone else the English."""
    if language == "tg" and tajik:
        return tajik
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


def region_path(rings) -> QPainterPath:
    path = QPainterPath()
    for ring in rings:
        path.addPolygon(QPolygonF(list(starmap(QPointF, ring))))
        path.closeSubpath()
    return path


class RegionsLayer:
    """The regions' outlines and names and the centres' dots and names in a map's scene."""

    def __init__(
        self, scene: QGraphicsScene, place_more: Callable[[list[QRectF]], list[QRectF]],
        markers: Callable[[], list[QRectF]] = list,
    ) -> None:  # fmt: skip
        """``place_more``: places the markers' names given what the markers, the regions' and
        their centres' names and the dots cover (boxes in pixels), and gives back all that the
        districts' names must not cover; ``markers``: the markers' boxes, which no name
        covers."""
        self.scene = scene
        self.place_more = place_more
        self.markers = markers
        self.items: list[QGraphicsItem] = []
        self.names: list[QGraphicsSimpleTextItem] = []  # the regions' names: always shown
        self.towns: list[QGraphicsSimpleTextItem] = []  # the centres' names, most important first
        self.dots: list[QGraphicsItem] = []
        self._regional: list[bool] = []  # for each of towns: a region's centre
        self.local_names: dict[tuple[float, float], str] = {}  # a centre's local name by place
        self._shown = True
        self._scale = 1.0
        # While the wheel or + and - zoom on, the names keep their places beside their dots;
        # they are placed again once zooming pauses (placing every name at each step of a
        # zoom over thousands of markers took about 0.1 s a step).
        self._pending = QTimer(singleShot=True, interval=SETTLE_MS)
        self._pending.timeout.connect(self._update)

    def add(self, region_map: RegionMap, language: str, degrees: QTransform) -> None:
        """Draw ``region_map``; ``degrees`` maps (lon, lat) to the scene."""
        if language in ("ru", "tg"):
            self.local_names = {
                (round(c.lat, 3), round(c.lon, 3)): local_name(language, c.name, c.russian, c.tajik)
                for c in region_map.centres
            }
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
            shown = local_name(language, region.name, region.russian, region.tajik)
            name = self._label(shown, centred=True)
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
            dot.setToolTip(local_name(language, centre.name, centre.russian, centre.tajik))
            self._add(dot)
            self.dots.append(dot)
            town = self._label(local_name(language, centre.name, centre.russian, centre.tajik))
            town.setFont(town_font(town.font()))
            town.setBrush(CENTRE)
            town.setPos(dot.pos())
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

    def set_scale(self, scale: float, later: bool = False) -> None:
        """The view's scale (pixels per scene unit) changed: place the centres' names again,
        at once or, while the user zooms (``later``), once zooming pauses."""
        self._scale = scale
        if later:
            self._pending.start()
        else:
            self._pending.stop()
            self._update()

    def placing_later(self) -> bool:
        """The names wait to be placed again for the scale the user zoomed to."""
        return self._pending.isActive()

    def update(self) -> None:
        """Place the names again (the markers or their names changed)."""
        self._update()

    def local_name(self, lat: float, lon: float) -> str | None:
        """The name of a centre at (lat, lon) for a Russian or Tajik interface."""
        return self.local_names.get((round(lat, 3), round(lon, 3)))

    def _screen_rect(self, item: QGraphicsItem) -> QRectF:
        """Where an item that keeps its size on screen is, in pixels at the view's scale."""
        box = item.transform().mapRect(item.boundingRect())
        return box.translated(item.pos() * self._scale)

    def _place_town(self, town: QGraphicsSimpleTextItem, taken: list[QRectF], always: bool):
        point = town.pos() * self._scale
        size = town.boundingRect().size()
        box = labels.place(labels.around(point, size, DOT_RADIUS + LABEL_GAP), taken, always)
        town.setVisible(box is not None)
        if box is not None:
            town.setTransform(QTransform.fromTranslate(*(box.topLeft() - point).toTuple()))
            taken.append(box)

    def _update(self) -> None:
        """The regions' centres (the capital among them) named always, then the markers'
        names placed (place_more), then the districts' centres where their names are free.
        A marker's name may cover a district's dot: in a crowded valley it would otherwise
        find no room, and a hero's place matters more there than a district's."""
        for item in self.items:
            item.setVisible(self._shown)
        if not self._shown:
            self.place_more(labels.Boxes(self.markers()))
            return
        dots = list(zip(self.dots, self._regional, strict=True))
        regional = [dot for dot, region in dots if region]
        taken = labels.Boxes(self._screen_rect(item) for item in self.names + regional)
        taken.extend(self.markers())
        pairs = list(zip(self.towns, self._regional, strict=True))
        for town, _ in filter(lambda pair: pair[1], pairs):
            self._place_town(town, taken, always=True)
        taken = self.place_more(taken)
        taken.extend(self._screen_rect(dot) for dot, region in dots if not region)
        for town, _ in filter(lambda pair: not pair[1], pairs):
            town.setVisible(False)
            if self._near:
                self._place_town(town, taken, always=False)

    @property
    def _near(self) -> bool:
        return self._scale >= DISTRICT_SCALE

    def shown_town_names(self) -> list[str]:
        return [town.text() for town in self.towns if town.isVisible()]


def paint_regions(
    painter: QPainter, to_page: QTransform, region_map: RegionMap, language: str,
    taken: list[QRectF],
) -> None:  # fmt: skip
    """The regions, their names, the centres' dots and the regions' centres' names (the capital
    among them) on a wall panel: ``to_page`` maps (lon, lat) to the page; ``taken``: what is
    placed (the markers), which what is drawn here joins. These names are always shown."""
    painter.save()
    painter.setPen(QPen(BORDER, 0.6))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for region in region_map.regions:
        painter.drawPath(to_page.map(region_path(region.rings)))
    base = painter.font()
    painter.setFont(region_font(base))
    painter.setPen(REGION_NAME)
    metrics = QFontMetricsF(painter.font())
    for region in filter(lambda r: named(r, region_map), region_map.regions):
        text = local_name(language, region.name, region.russian, region.tajik)
        point = to_page.map(QPointF(*region.label))
        box = metrics.boundingRect(text)
        box.moveCenter(point)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        taken.append(box)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(CENTRE)
    for centre in region_map.centres:
        point = to_page.map(QPointF(centre.lon, centre.lat))
        painter.drawEllipse(point, DOT_RADIUS, DOT_RADIUS)
        taken.append(QRectF(point.x() - DOT_RADIUS, point.y() - DOT_RADIUS, 4, 4))
    painter.setFont(town_font(base))
    painter.setPen(CENTRE)
    for centre in filter(lambda c: c.region, region_map.centres):
        taken.append(_paint_town(painter, to_page, centre, language, taken, always=True))
    painter.restore()


def paint_district_names(
    painter: QPainter, to_page: QTransform, region_map: RegionMap, language: str,
    taken: list[QRectF],
) -> None:  # fmt: skip
    """The districts' centres' names on a wall panel where they cover nothing in ``taken``
    (which they join)."""
    painter.save()
    painter.setFont(town_font(painter.font()))
    painter.setPen(CENTRE)
    for centre in filter(lambda c: not c.region, region_map.centres):
        box = _paint_town(painter, to_page, centre, language, taken, always=False)
        if box is not None:
            taken.append(box)
    painter.restore()


def _paint_town(painter, to_page, centre, language, taken, always: bool) -> QRectF | None:
    text = local_name(language, centre.name, centre.russian, centre.tajik)
    point = to_page.map(QPointF(centre.lon, centre.lat))
    size = QFontMetricsF(painter.font()).boundingRect(text).size()
    box = labels.place(labels.around(point, size, DOT_RADIUS + LABEL_GAP), taken, always)
    if box is not None:
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    return box
