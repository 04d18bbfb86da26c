"""The timeline: 1939–1945 across, one row per hero down, the wars as coloured bands behind.

A deed or decree is a bar over the days its date can mean: a year alone spans the year, a month
the month, a day is a short mark. The scene is built by ``build_scene`` so that the window and
the exports (ui/wall_panel.py) draw the same picture. A click on a bar or a name emits
heroClicked.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

from heroviewer.records.dates import format_partial_date
from heroviewer.records.timeline import AXIS_END, AXIS_START, DEED, WARS, Event
from heroviewer.support.translated import translated
from heroviewer.ui import plain

DAY = 0.4  # scene units per day: the seven years fit a window 1280 pixels wide
NAMES_WIDTH = 230.0
ROW = 20.0
TOP = 44.0  # room for the years and the wars' names
MIN_BAR = 3.0
COLOURS = {DEED: QColor("#c0392b"), "decree": QColor("#2e6da4")}
WAR_COLOURS = ("#d9e6f2", "#f1e9d2", "#e3f0d8")


def x_of(day) -> float:
    return NAMES_WIDTH + (day - AXIS_START).days * DAY


def kind_label(kind: str) -> str:
    if kind == DEED:
        return QCoreApplication.translate("Timeline", "Deed")
    return QCoreApplication.translate("Timeline", "Decree")


class EventItem(QGraphicsRectItem):
    """One deed or decree: a bar over the days its date can mean."""

    def __init__(self, event: Event, y: float) -> None:
        left, right = x_of(event.start), x_of(event.end) + DAY  # to the end of the last day
        width = max(MIN_BAR, right - left)
        super().__init__(QRectF(left - (width - (right - left)) / 2, y + 4, width, ROW - 8))
        self.event = event
        self.hero_id = event.hero_id
        self.setBrush(COLOURS[event.kind])
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setZValue(2 if event.start == event.end else 1)  # a day is not hidden by a year
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(
            plain.tooltip_text(
                f"{event.name}\n{kind_label(event.kind)}: {format_partial_date(event.text)}"
            )
        )


class NameItem(QGraphicsSimpleTextItem):
    def __init__(self, hero_id: str, name: str) -> None:
        super().__init__(name)
        self.hero_id = hero_id
        self.setCursor(Qt.CursorShape.PointingHandCursor)


def build_scene(scene: QGraphicsScene, events: Sequence[Event]) -> list[EventItem]:
    """Draw ``events`` (grouped by hero in their order) into ``scene``; returns the bars."""
    scene.clear()
    rows: dict[str, int] = {}
    for event in events:
        rows.setdefault(event.hero_id, len(rows))
    bottom = TOP + max(1, len(rows)) * ROW
    right = x_of(AXIS_END) + DAY
    for index, war in enumerate(WARS):
        band = scene.addRect(
            QRectF(x_of(war.start), TOP - 16, (war.end - war.start).days * DAY + DAY, bottom - 28),
            QPen(Qt.PenStyle.NoPen),
            QBrush(QColor(WAR_COLOURS[index % len(WAR_COLOURS)])),
        )
        band.setZValue(-2)
        band.setToolTip(plain.tooltip_text(translated(war.name)))
        label = scene.addSimpleText(translated(war.name))
        left = min(x_of(war.start) + 2, right - label.boundingRect().width() - 2)
        label.setPos(left, TOP - 16)
        label.setBrush(QColor("#333333"))
    line = QPen(QColor("#b0b0b0"), 0)
    bold = QFont()
    bold.setBold(True)
    for year in range(AXIS_START.year, AXIS_END.year + 1):
        x = x_of(AXIS_START.replace(year=year))
        scene.addLine(x, TOP - 20, x, bottom, line).setZValue(-1)
        text = scene.addSimpleText(str(year), bold)
        text.setPos(x + 4, 0)
    scene.addLine(right, TOP - 20, right, bottom, line)
    names: dict[str, str] = {}
    for event in events:
        names.setdefault(event.hero_id, event.name)
    for hero_id, row in rows.items():
        name = NameItem(hero_id, names[hero_id])
        name.setPos(4, TOP + row * ROW + 2)
        scene.addItem(name)
        if row % 2:
            stripe = scene.addRect(
                QRectF(0, TOP + row * ROW, right, ROW), QPen(Qt.PenStyle.NoPen), QColor(0, 0, 0, 12)
            )
            stripe.setZValue(-1.5)
    bars = [EventItem(event, TOP + rows[event.hero_id] * ROW) for event in events]
    for bar in bars:
        scene.addItem(bar)
    scene.setSceneRect(QRectF(0, 0, right + 8, bottom + 4))
    return bars


class TimelineView(QGraphicsView):
    heroClicked = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setBackgroundBrush(QColor("white"))
        self.bars: list[EventItem] = []

    def show_events(self, events: Sequence[Event]) -> None:
        self.bars = build_scene(self.scene(), events)

    def mousePressEvent(self, event) -> None:
        item = self.itemAt(event.position().toPoint())
        hero_id = getattr(item, "hero_id", None)
        if hero_id and event.button() == Qt.MouseButton.LeftButton:
            self.heroClicked.emit(hero_id)
            event.accept()
            return
        super().mousePressEvent(event)
