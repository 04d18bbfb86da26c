"""The map: country outlines and a marker per place, heroes at one place grouped with a count.

Positions are drawn in a plain equirectangular projection (longitude shrunk by the cosine of
45°, the middle of the map's latitudes), enough for a wall map of Central Asia and Eastern
Europe. Markers keep their size on screen when zooming (ItemIgnoresTransformations), so
thousands stay readable. Hovering shows the names; a click emits heroClicked with the next hero
of the group (clicking again goes through the group).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from itertools import starmap

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

from heroviewer.formats.geography import Outline
from heroviewer.operations.places import PlaceEntry
from heroviewer.ui import plain
from heroviewer.ui.map import labels
from heroviewer.ui.map.countries import NAME_COLOUR, country_name, name_point
from heroviewer.ui.map.regions_layer import RegionsLayer

SCALE = 20.0  # scene units per degree of latitude
X_SHRINK = math.cos(math.radians(45))
DEGREES = QTransform.fromScale(X_SHRINK * SCALE, -SCALE)  # (lon, lat) to the scene
# What each view shows first: (west, south, east, north) in degrees.
HOME_BOUNDS = (63.0, 36.5, 75.5, 42.0)
DEEDS_BOUNDS = (17.0, 43.0, 50.0, 62.0)
MAP_EXTENT = (0.0, 25.0, 150.0, 72.0)  # what panning reaches, and where a position may be set
LABEL_SPACING = 0.35  # degrees: a town closer than this to a labelled one is not labelled
ZOOM_STEP = 1.25


def project(lat: float, lon: float) -> QPointF:
    return QPointF(lon * X_SHRINK * SCALE, -lat * SCALE)


def unproject(point: QPointF) -> tuple[float, float]:
    """(lat, lon) of a point of the scene."""
    return -point.y() / SCALE, point.x() / (X_SHRINK * SCALE)


def bounds_rect(bounds: tuple[float, float, float, float]) -> QRectF:
    west, south, east, north = bounds
    return QRectF(project(north, west), project(south, east))


class MarkerItem(QGraphicsItem):
    """Heroes at one place: a dot, with their count when more than one.

    Painted once into a pixmap that panning and zooming reuse (its size on screen never
    changes), with its bounds made once: 2,718 markers painted through Python each frame gave
    9 frames a second.
    """

    def __init__(self, entries: Sequence[PlaceEntry], tooltip: str) -> None:
        super().__init__()
        self.entries = list(entries)
        self.clicks = 0
        self.radius = 5.0 + min(9.0, 2.5 * math.log2(len(self.entries)))
        r = self.radius + 1
        self._rect = QRectF(-r, -r, 2 * r, 2 * r)  # asked several times a frame
        self.approximate = all(e.precision != "exact" for e in self.entries)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(plain.tooltip_text(tooltip))
        self.setZValue(2 + 1 / len(self.entries))  # a small group is not hidden by a big one

    @property
    def count(self) -> int:
        return len(self.entries)

    @property
    def hero_ids(self) -> list[str]:
        return list(dict.fromkeys(e.hero_id for e in self.entries))

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        colour = QColor("#c0392b") if not self.approximate else QColor("#e08e0b")
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(0, 0), self.radius, self.radius)
        if self.count > 1:
            font = QFont(painter.font())
            font.setPixelSize(int(self.radius * 1.1))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("white"))
            painter.drawText(self.boundingRect(), Qt.AlignmentFlag.AlignCenter, str(self.count))


class MapView(QGraphicsView):
    """A map of outlines and place markers; pan by dragging or arrows, zoom by wheel or +/-."""

    heroClicked = Signal(str)
    positionPicked = Signal(float, float)  # lat, lon of the click after pick_position()
    pickingEnded = Signal()
    markerMenuWanted = Signal(object, QPoint)  # a MarkerItem, where its context menu goes

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mapView")
        self.picking = False
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QBrush(QColor("#dbe9f4")))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.markers: list[MarkerItem] = []
        self._labels: list[QGraphicsSimpleTextItem] = []  # the names of some markers' places
        self._labelled: list[MarkerItem] = []  # the markers of those names
        self._countries: list[QGraphicsSimpleTextItem] = []
        self._bounds: tuple[float, float, float, float] | None = None  # kept fitted until moved
        # Tajikistan's regions and district centres, whose names are placed with the markers'
        self.regions = RegionsLayer(self.scene(), self._place_marker_names, self._marker_boxes)

    def set_outlines(self, outlines: Iterable[Outline]) -> None:
        pen = QPen(QColor("#8a8a8a"), 0)  # cosmetic: one pixel wide at any zoom
        brush = QBrush(QColor("#f6f3ea"))
        degrees = QTransform.fromScale(X_SHRINK * SCALE, -SCALE)  # lon, lat to the scene
        for outline in outlines:
            path = QPainterPath()
            for ring in outline.rings:
                path.addPolygon(QPolygonF(list(starmap(QPointF, ring))))
                path.closeSubpath()
            item = QGraphicsPathItem(path)
            item.setTransform(degrees)
            item.setPen(pen)
            item.setBrush(brush)
            item.setToolTip(plain.tooltip_text(country_name(outline.name)))
            item.setZValue(0)
            self.scene().addItem(item)
            self._add_country_name(outline)
        # Panning reaches a little past the map of the heroes' places.
        self.setSceneRect(bounds_rect(MAP_EXTENT))

    def _add_country_name(self, outline: Outline) -> None:
        """The country's name in the middle of its largest ring's box (Natural Earth's name)."""
        label = QGraphicsSimpleTextItem(country_name(outline.name))
        label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        font = label.font()
        font.setItalic(True)
        label.setFont(font)
        label.setBrush(NAME_COLOUR)
        label.setPos(project(*name_point(outline)))
        width = label.boundingRect().width()
        label.setTransform(label.transform().translate(-width / 2, 0))
        label.setZValue(0.5)
        self.scene().addItem(label)
        self._countries.append(label)

    def set_markers(self, groups: Iterable[tuple[Sequence[PlaceEntry], str]]) -> None:
        """One marker per group of entries at one position, each with its tooltip."""
        scene = self.scene()
        for item in self.markers + self._labels:
            scene.removeItem(item)
        self.markers, self._labels, self._labelled = [], [], []
        labelled: list[PlaceEntry] = []
        for entries, tooltip in sorted(groups, key=lambda group: -len(group[0])):
            marker = MarkerItem(entries, tooltip)
            first = entries[0]
            marker.setPos(project(first.lat, first.lon))
            scene.addItem(marker)
            self.markers.append(marker)
            if len(labelled) < 200 and not any(  # town names while they stay readable
                abs(first.lat - e.lat) < LABEL_SPACING and abs(first.lon - e.lon) < LABEL_SPACING
                for e in labelled
            ):
                labelled.append(first)
                name = self.regions.local_name(first.lat, first.lon) or first.matched or ""
                label = QGraphicsSimpleTextItem(name)
                label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
                label.setPos(marker.pos())
                label.setBrush(QColor("#333333"))
                label.setZValue(1)
                scene.addItem(label)
                self._labels.append(label)
                self._labelled.append(marker)
        self.regions.update()

    def marker_names(self) -> list[tuple[MarkerItem, QGraphicsSimpleTextItem]]:
        """The markers whose place is named, with their names."""
        return list(zip(self._labelled, self._labels, strict=True))

    def _screen_rect(self, item: QGraphicsItem) -> QRectF:
        """Where an item that keeps its size on screen is, in pixels at the view's scale."""
        box = item.transform().mapRect(item.boundingRect())
        return box.translated(item.pos() * self.transform().m11())

    def _marker_boxes(self) -> list[QRectF]:
        """Where the markers are, in pixels at the view's scale."""
        return [self._screen_rect(marker) for marker in self.markers]

    def _place_marker_names(self, taken: list[QRectF]) -> list[QRectF]:
        """Place the markers' names beside them where they cover nothing ``taken`` (the
        regions' and their centres' names) nor each other; a name with no room at this zoom is
        hidden (the marker's tooltip names the place; a wall panel, which has no tooltips,
        names every hero). Give back all that a district's name must not cover."""
        scale = self.transform().m11()
        taken = labels.Boxes(taken)
        for label, marker in zip(self._labels, self._labelled, strict=True):
            point = marker.pos() * scale
            around = labels.around(point, label.boundingRect().size(), marker.radius + 2)
            box = labels.place(around, taken, False)
            label.setVisible(box is not None)
            if box is None:  # no room beside its marker at this zoom: its tooltip names it
                continue
            label.setTransform(QTransform.fromTranslate(*(box.topLeft() - point).toTuple()))
            taken.append(box)
        taken.extend(self._screen_rect(item) for item in self._countries)
        return taken

    def show_bounds(self, bounds: tuple[float, float, float, float]) -> None:
        """Fit the view to ``bounds``, and keep it fitted as it resizes until zoomed or moved."""
        self._bounds = bounds
        self.fitInView(bounds_rect(bounds), Qt.AspectRatioMode.KeepAspectRatio)
        self.regions.set_scale(self.transform().m11())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._bounds is not None:
            self.fitInView(bounds_rect(self._bounds), Qt.AspectRatioMode.KeepAspectRatio)
            self.regions.set_scale(self.transform().m11())

    def zoom(self, factor: float) -> None:
        self._bounds = None
        self.scale(factor, factor)
        self.regions.set_scale(self.transform().m11(), later=True)

    # --- picking a position ---------------------------------------------------------------
    def pick_position(self) -> None:
        """The next left click on the map gives positionPicked (Esc cancels)."""
        self.picking = True
        self.viewport().setCursor(Qt.CursorShape.CrossCursor)
        self.setFocus()

    def stop_picking(self) -> None:
        self.picking = False
        self.viewport().unsetCursor()
        self.pickingEnded.emit()

    def contextMenuEvent(self, event) -> None:
        item = self.itemAt(event.pos())
        if isinstance(item, MarkerItem):
            self.markerMenuWanted.emit(item, event.globalPos())
            event.accept()
        else:
            super().contextMenuEvent(event)

    # --- mouse and keyboard -------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        if self.picking and event.button() == Qt.MouseButton.LeftButton:
            lat, lon = unproject(self.mapToScene(event.position().toPoint()))
            self.stop_picking()
            self.positionPicked.emit(lat, lon)
            event.accept()
            return
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, MarkerItem) and event.button() == Qt.MouseButton.LeftButton:
            ids = item.hero_ids
            self.heroClicked.emit(ids[item.clicks % len(ids)])
            item.clicks += 1
            event.accept()
            return
        self._bounds = None
        super().mousePressEvent(event)

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(ZOOM_STEP**steps)
        event.accept()

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.picking:
            self.stop_picking()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / ZOOM_STEP)
        else:
            self._bounds = None
            super().keyPressEvent(event)  # the arrow keys and Page Up/Down scroll the map
