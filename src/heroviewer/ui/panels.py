"""What the exports show: the map, the timeline and the figures as wall panels (ui/wall_panel.py),
for the command line and the tabs' Export… buttons alike. Heroes are named on the panel."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsScene

from heroviewer.records.figures import figure_counts
from heroviewer.records.timeline import WARS
from heroviewer.support.translated import translated
from heroviewer.ui.figures.chart import BAR_COLOUR, coverage_text, paint_figures
from heroviewer.ui.timeline.page import hero_events, heroes_left_off
from heroviewer.ui.timeline.view import COLOURS, WAR_COLOURS, build_scene
from heroviewer.ui.wall_panel import Panel, some_names

MAX_NAMES_AT_A_PLACE = 4
MAX_NAMES_IN_NOTE = 40  # heroes named in a panel's line of those not on it
MAX_PLACE_IN_NOTE = 80  # characters of a place as recorded, in that line


def _sources(catalogue) -> str:
    """The panel's sources line: where the facts come from, never a file on this computer."""
    return QCoreApplication.translate(
        "WallPanel", "Sources: the pages listed in each hero's record (HeroViewer catalogue)"
    )


def timeline_panel(records: dict[str, dict], ids: Sequence[str], language: str, catalogue):
    events, _left_out = hero_events(records, ids, language)
    undated, outside = heroes_left_off(records, ids, events, language)
    scene = QGraphicsScene()
    build_scene(scene, events)

    def draw(painter: QPainter, area: QRectF) -> None:
        source = scene.sceneRect()
        scale = min(area.width() / source.width(), area.height() / source.height())
        target = QRectF(area.left(), area.top(), source.width() * scale, source.height() * scale)
        scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)

    legend = [
        (COLOURS["deed"], QCoreApplication.translate("WallPanel", "the deed")),
        (COLOURS["decree"], QCoreApplication.translate("WallPanel", "the decree")),
        *((QColor(WAR_COLOURS[i % len(WAR_COLOURS)]), translated(war.name))
          for i, war in enumerate(WARS)),  # the colours of the bands
    ]  # fmt: skip
    note = []
    if undated:
        note.append(
            QCoreApplication.translate("WallPanel", "No date yet: {names}").format(
                names=some_names(undated, MAX_NAMES_IN_NOTE)
            )
        )
    if outside:
        note.append(
            QCoreApplication.translate("WallPanel", "Dated outside 1939–1945: {names}").format(
                names=some_names(outside, MAX_NAMES_IN_NOTE)
            )
        )
    title = QCoreApplication.translate(
        "WallPanel", "Heroes of the Soviet Union linked to Tajikistan: deeds and decrees, 1939–1945"
    )
    # draw keeps the scene alive
    return Panel(title, legend, _sources(catalogue), draw, note="\n".join(note))


def figures_panel(records: list[dict], catalogue) -> Panel:
    counts = figure_counts(records)
    title = QCoreApplication.translate(
        "WallPanel", "Heroes of the Soviet Union linked to Tajikistan in figures"
    )
    legend = [(BAR_COLOUR, QCoreApplication.translate("WallPanel", "number of heroes"))]
    return Panel(
        title,
        legend,
        _sources(catalogue),
        lambda painter, area: paint_figures(painter, area, counts),
        subtitle=coverage_text(len(records)),
    )


def _names_at_a_place(group) -> str:
    return some_names(sorted({e.name for e in group}), MAX_NAMES_AT_A_PLACE)


def _place_as_recorded(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_PLACE_IN_NOTE else text[: MAX_PLACE_IN_NOTE - 1] + "…"


def _not_on_the_map(left_off, ids: Collection[str], kind: str, catalogue, language: str) -> str:
    """The panel's last line: the heroes shown whose place is outside the frame or unmatched
    (with the place as recorded), then those with no such place recorded at all."""
    from heroviewer.operations.places import KINDS, catalogue_places

    parts = []
    if left_off:
        texts = sorted(f"{e.name} ({_place_as_recorded(e.text)})" for e in left_off)
        parts.append(
            QCoreApplication.translate("WallPanel", "Not on this map ({count}): {names}").format(
                count=len(texts), names=some_names(texts, MAX_NAMES_IN_NOTE)
            )
        )
    column = 2 + [k for k, _ in KINDS].index(kind)  # the place of ``kind`` in each row
    nowhere = sorted(row[1] for row in catalogue_places(catalogue, language)
                     if row[0] in ids and not (row[column] or "").strip())  # fmt: skip
    if nowhere:
        parts.append(
            QCoreApplication.translate("WallPanel", "No place recorded ({count}): {names}").format(
                count=len(nowhere), names=some_names(nowhere, MAX_NAMES_IN_NOTE)
            )
        )
    return "\n".join(parts)


def map_panel(
    entries, ids: Collection[str], kind: str, outlines, catalogue, region_map=None, language="en"
) -> Panel:
    """``entries``: the place entries (operations/places.py); ``kind``: "birth" or "deed";
    ``region_map``: Tajikistan's regions and centres, drawn on the "birth" view."""
    from heroviewer.ui.map import labels
    from heroviewer.ui.map.countries import paint_country_names
    from heroviewer.ui.map.regions_layer import paint_district_names, paint_regions
    from heroviewer.ui.map.view import DEEDS_BOUNDS, DEGREES, HOME_BOUNDS, bounds_rect, project

    shown = set(ids)
    bounds = bounds_rect(HOME_BOUNDS if kind == "birth" else DEEDS_BOUNDS)
    groups: dict[tuple[float, float], list] = defaultdict(list)
    left_off = []  # unmatched, or outside the frame: listed under the map
    for entry in entries:
        if entry.kind != kind or entry.hero_id not in shown:
            continue
        if entry.lat is not None and bounds.contains(project(entry.lat, entry.lon)):
            groups[(entry.lat, entry.lon)].append(entry)
        else:
            left_off.append(entry)

    def draw(painter: QPainter, area: QRectF) -> None:
        scale = min(area.width() / bounds.width(), area.height() / bounds.height())
        to_page = QTransform().translate(area.left(), area.top()).scale(scale, scale)
        to_page.translate(-bounds.left(), -bounds.top())
        painter.fillRect(area, QColor("#dbe9f4"))
        painter.setPen(QPen(QColor("#8a8a8a"), 0.8))
        painter.setBrush(QColor("#f6f3ea"))
        for outline in outlines:
            path = QPainterPath()
            for ring in outline.rings:
                path.addPolygon(QPolygonF([project(lat, lon) for lon, lat in ring]))
                path.closeSubpath()
            painter.drawPath(to_page.map(path))
        font = QFont()
        font.setPixelSize(11)
        painter.setFont(font)
        ordered = sorted(groups.items(), key=lambda item: -len(item[1]))  # big groups first
        points = [to_page.map(project(lat, lon)) for (lat, lon), _ in ordered]
        taken = labels.Boxes(QRectF(p.x() - 6, p.y() - 6, 12, 12) for p in points)  # markers
        if region_map is not None and kind == "birth":
            paint_regions(painter, DEGREES * to_page, region_map, language, taken)
        marks, named = [], []  # each marker: where, approximate, its heroes' names and where
        for point, (_, group) in zip(points, ordered, strict=True):
            text = _names_at_a_place(group)
            size = painter.fontMetrics().boundingRect(text).toRectF().size()
            box = labels.place(labels.around(point, size, 8), taken, True, keep_off=named)
            taken.append(box)
            named.append(box)
            marks.append((point, all(e.precision != "exact" for e in group), text, box))
        if region_map is not None and kind == "birth":
            paint_district_names(painter, DEGREES * to_page, region_map, language, taken)
        paint_country_names(painter, to_page, outlines, taken, area)
        painter.setFont(font)
        for point, approximate, text, box in marks:
            painter.setPen(QPen(QColor("white"), 1))
            painter.setBrush(QColor("#e08e0b" if approximate else "#c0392b"))
            painter.drawEllipse(point, 5, 5)
            painter.setPen(QColor("#222222"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    if kind == "birth":
        title = QCoreApplication.translate(
            "WallPanel", "Heroes of the Soviet Union linked to Tajikistan: where they were born"
        )
    else:
        title = QCoreApplication.translate(
            "WallPanel", "Heroes of the Soviet Union linked to Tajikistan: where they fought"
        )
    legend = [
        (QColor("#c0392b"), QCoreApplication.translate("WallPanel", "the place as recorded")),
        (
            QColor("#e08e0b"),
            QCoreApplication.translate("WallPanel", "approximate: the district or region centre"),
        ),
    ]
    sources = (
        _sources(catalogue)
        + " · "
        + QCoreApplication.translate(
            "WallPanel", "places: GeoNames (CC BY 4.0); outlines: Natural Earth (public domain)"
        )
    )
    note = _not_on_the_map(left_off, shown, kind, catalogue, language)
    return Panel(title, legend, sources, draw, note=note)
