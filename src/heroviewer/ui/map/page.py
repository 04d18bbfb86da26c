"""The Map tab's page: two views of one map ("Home places", "Where they fought"), the markers of
the heroes the heroes page's search shows, and a line saying what could not be placed.

Places are matched (operations/places.py) in the background: the tab shows its outlines and a
"Placing N heroes…" note at once, and its markers when the match is done. A change to the
heroes or places meanwhile matches again from the catalogue as it is then, so none is lost.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QRadioButton, QVBoxLayout, QWidget

from heroviewer.formats.geography import GeographyError, bundled_gazetteer, load_outlines
from heroviewer.formats.region_map import load_region_map
from heroviewer.operations.places import PlaceEntry, catalogue_places, place_entries
from heroviewer.support.translated import translated
from heroviewer.ui import plain
from heroviewer.ui.background import run_in_background
from heroviewer.ui.elided_label import ElidedLabel
from heroviewer.ui.language import current_language
from heroviewer.ui.map.positions import PositionSetter
from heroviewer.ui.map.view import DEEDS_BOUNDS, DEGREES, HOME_BOUNDS, MapView
from heroviewer.ui.open_catalogue import OpenCatalogue

HOME, DEEDS = "birth", "deed"
MAX_NAMES_IN_TOOLTIP = 25
MAX_NAMES_IN_SUMMARY = 10


class MapPage(QWidget):
    heroClicked = Signal(str)
    placingChanged = Signal(bool)  # the places are being matched (the markers are not final)

    def __init__(
        self, opened: OpenCatalogue, shown_ids: Callable[[], Collection[str]], parent=None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mapPage")
        self.opened = opened
        self.shown_ids = shown_ids
        self.kind = HOME
        self.view = MapView(self)
        self.view.setAccessibleName(self.tr("Map of the heroes' places"))
        self.view.heroClicked.connect(self.heroClicked)
        self.summary = QLabel(objectName="mapSummary", textFormat=Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.problem = QLabel(objectName="mapProblem", textFormat=Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self._build()
        self._load_outlines()
        self._entries: dict[str, list[PlaceEntry]] = {}
        self._placing: int | None = None  # how many heroes are being placed (None: none)
        self._again = False  # the catalogue changed while placing: place again when done
        self._match(after_paint=True)
        opened.recordsChanged.connect(self._records_changed)
        opened.refreshed.connect(self._records_changed)
        opened.replaced.connect(self._reload)

    def _build(self) -> None:
        self.home_button = QRadioButton(self.tr("&Home places"), objectName="mapHome")
        self.deeds_button = QRadioButton(self.tr("Where they &fought"), objectName="mapDeeds")
        self.home_button.setToolTip(self.tr("Where the heroes were born"))
        self.deeds_button.setToolTip(self.tr("Where the deeds were done"))
        self.home_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.home_button)
        group.addButton(self.deeds_button)
        self.home_button.toggled.connect(lambda on: self.show_kind(HOME if on else DEEDS))
        top = self.top = QHBoxLayout()  # the tab adds its Export… button
        top.addWidget(self.home_button)
        top.addWidget(self.deeds_button)
        legend = self.legend = QLabel(
            self.tr("Red: the place as recorded · Orange: approximate (district or region centre)")
            + " · "
            + self.tr("A number: how many heroes there")
        )
        legend.setWordWrap(True)  # long in Russian and Tajik: it wraps, the window keeps its size
        top.addSpacing(12)
        top.addWidget(legend, 1)
        self.hint_text = self.tr("Drag or use the arrow keys to move, the wheel or + and − to zoom")
        self.hint = ElidedLabel(self.hint_text)  # cut, not the window widened, when narrow
        self.positions = PositionSetter(self)
        self.positions.button.setVisible(self.opened.editing is not None)
        self.opened.editingChanged.connect(
            lambda: self.positions.button.setVisible(self.opened.editing is not None)
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.positions.button)
        bottom.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

    def _load_outlines(self) -> None:
        try:
            self.view.set_outlines(load_outlines())
        except GeographyError as error:  # the markers are still shown
            self._say_problem(
                self.tr("The country outlines cannot be drawn: {problem}").format(
                    problem=translated(error)
                )
            )
        try:
            self.view.regions.add(load_region_map(), current_language(), DEGREES)
        except GeographyError as error:  # the map is shown without them
            self._say_problem(
                self.tr("The regions and district centres cannot be drawn: {problem}").format(
                    problem=translated(error)
                )
            )

    def _say_problem(self, text: str) -> None:
        """Show ``text`` above the map, under any other problem shown."""
        lines = [] if self.problem.isHidden() else self.problem.text().splitlines()
        self.problem.setText("\n".join(dict.fromkeys([*lines, text])))
        self.problem.setVisible(True)

    def say_hint(self, text: str) -> None:
        """What a click on the map does now (empty: the usual hint)."""
        self.hint.setText(text or self.hint_text)

    def _match(self, after_paint: bool = False) -> None:
        """Match every hero's places in the background, then show the markers.

        The rows are read here (the catalogue's connection belongs to this thread); the
        gazetteer is loaded and the texts matched on a pool thread. The first match starts
        ``after_paint``, once the events waiting (the tab's first paint) are done: loading the
        gazetteer holds Python's lock for a while, which would delay that paint.
        """
        if self._placing is not None:
            self._again = True
            return
        catalogue = self.opened.catalogue
        rows = catalogue_places(catalogue, current_language())
        positions = catalogue.place_positions()
        self._placing, self._again = len(rows), False

        def start() -> None:
            run_in_background(
                lambda: place_entries(rows, bundled_gazetteer(), positions),
                self._matched,
                self._match_failed,
                self,
            )

        self._say_placing()
        self.placingChanged.emit(True)
        if after_paint:
            QTimer.singleShot(0, self, start)
        else:
            start()

    def _matched(self, entries: list[PlaceEntry]) -> None:
        self._placing = None
        if self._again:  # what was matched is out of date
            self._match()
            return
        by_hero: dict[str, list[PlaceEntry]] = defaultdict(list)
        for entry in entries:
            by_hero[entry.hero_id].append(entry)
        self._entries = by_hero
        self.refresh()
        self.placingChanged.emit(False)

    def _match_failed(self, error: Exception) -> None:
        self._placing = None
        self.placingChanged.emit(False)
        if not isinstance(error, GeographyError):
            raise error
        self._say_problem(
            self.tr("The places cannot be found: {problem}").format(problem=translated(error))
        )
        self.refresh()

    def placing(self) -> bool:
        """Whether the places are being matched."""
        return self._placing is not None

    def _say_placing(self) -> None:
        if self._placing is not None:
            self.summary.setText(self.tr("Placing %n hero(es) on the map…", "", self._placing))

    def _records_changed(self, entity: str, _ids: list) -> None:
        if entity in ("hero", "place"):
            self._reload()

    def _reload(self) -> None:
        self._match()

    # --- what is shown ------------------------------------------------------------------
    def show_kind(self, kind: str) -> None:
        self.kind = kind
        self.view.regions.set_shown(kind == HOME)
        self.refresh()
        self.view.show_bounds(HOME_BOUNDS if kind == HOME else DEEDS_BOUNDS)

    def shown_entries(self) -> list[PlaceEntry]:
        """The place entries of the heroes the search shows, for the chosen view."""
        return [
            entry
            for hero_id in set(self.shown_ids())
            for entry in self._entries.get(hero_id, ())
            if entry.kind == self.kind
        ]

    def refresh(self) -> None:
        """The markers of the heroes the search shows, for the chosen view."""
        groups: dict[tuple[float, float], list[PlaceEntry]] = defaultdict(list)
        unplaced = []
        for entry in self.shown_entries():
            if entry.lat is None:
                unplaced.append(entry)
            else:
                groups[(entry.lat, entry.lon)].append(entry)
        self.view.set_markers(
            (sorted(g, key=lambda e: e.name), self._tooltip(g)) for g in groups.values()
        )
        heroes = len({entry.hero_id for group in groups.values() for entry in group})
        places = self.tr("%n place(s)", "the map's summary: heroes at how many places", len(groups))
        text = self.tr("%n hero(es) at {places}", "", heroes).format(places=places)
        unplaced.sort(key=lambda e: e.name)
        if unplaced:
            names = self._some([e.name for e in unplaced], MAX_NAMES_IN_SUMMARY)
            text += " · " + self.tr("not placed ({count}): {names}").format(
                count=len(unplaced), names=", ".join(names)
            )
        self.summary.setText(text)
        lines = self._some([f"{e.name}: {e.text}" for e in unplaced], MAX_NAMES_IN_TOOLTIP)
        self.summary.setToolTip(plain.tooltip_text("\n".join(lines)))
        self._say_placing()  # while matching again, the markers shown are the last match's

    def _some(self, texts: list[str], limit: int) -> list[str]:
        """The first ``limit`` texts, and how many more: thousands of heroes not placed would
        otherwise fill the page with their names and squeeze the map."""
        if len(texts) <= limit:
            return texts
        return [*texts[:limit], self.tr("and %n more", "", len(texts) - limit)]

    def _tooltip(self, entries: list[PlaceEntry]) -> str:
        first = entries[0]
        lines = [first.matched or ""]
        if first.precision != "exact":
            lines[0] = self.tr(
                "{place} (approximate: the centre of the district or region)"
            ).format(place=first.matched)
        names = sorted(e.name for e in entries)
        lines += names[:MAX_NAMES_IN_TOOLTIP]
        if len(names) > MAX_NAMES_IN_TOOLTIP:
            more = len(names) - MAX_NAMES_IN_TOOLTIP
            lines.append(self.tr("and %n more", "", more))
        return "\n".join(lines)
