"""Staff put an unmatched or approximate place on the map: "Set position…" (the button under
the map, or a marker's context menu), then a click on the map. The position is stored for the
place text (catalogue table place_positions) through the open catalogue's editing: one
recorded, undoable change, and every record giving that text is placed there. A marker's
context menu also moves a position staff set, and shows its history (each change revertible)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QMenu, QToolButton

from heroviewer.catalogue import CatalogueError
from heroviewer.records.entities import PLACE
from heroviewer.records.places import EXACT, SET_BY_STAFF, position_id
from heroviewer.support.translated import translated
from heroviewer.ui import plain
from heroviewer.ui.map.view import MAP_EXTENT

MAX_TEXTS_IN_MENU = 40
MAX_TEXT_IN_HINT = 60


class PositionSetter(QObject):
    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        self.text: str | None = None  # the place text being put on the map
        self.button = QToolButton(objectName="mapSetPosition")
        self.button.setText(self.tr("Set position…"))
        self.button.setToolTip(
            self.tr("Put a place that is not placed, or only approximately, on the map")
        )
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(QMenu(self.button))
        self.button.menu().aboutToShow.connect(self._fill_menu)
        page.view.positionPicked.connect(self._picked)
        page.view.pickingEnded.connect(self._ended)
        page.view.markerMenuWanted.connect(self._marker_menu)

    def unsure_texts(self) -> list[str]:
        """The place texts of the view shown that are not placed, or only approximately."""
        return sorted({e.text for e in self.page.shown_entries() if e.precision != EXACT})

    def _fill_menu(self) -> None:
        self._fill(self.button.menu(), self.unsure_texts())

    def _fill(self, menu: QMenu, texts: list[str]) -> None:
        menu.clear()
        for text in texts[:MAX_TEXTS_IN_MENU]:
            action = menu.addAction(text.replace("&", "&&"))
            action.triggered.connect(lambda _=False, t=text: self.start(t))
        if not texts:
            menu.addAction(self.tr("Every place shown is on the map")).setEnabled(False)

    def _marker_menu(self, marker, where: QPoint) -> None:
        menu = self.marker_menu(marker)
        if menu is not None:
            menu.popup(where)

    def marker_menu(self, marker) -> QMenu | None:
        """What staff may do with a marker's places: set the position of those not placed
        exactly, move those they placed and read their history; None if nothing."""
        if self.page.opened.editing is None:
            return None
        unsure = sorted({e.text for e in marker.entries if e.precision != EXACT})
        staff_set = sorted({e.text for e in marker.entries if e.matched == SET_BY_STAFF})
        if not unsure and not staff_set:
            return None
        menu = QMenu(self.page, objectName="mapMarkerMenu")
        for text in unsure[:MAX_TEXTS_IN_MENU]:
            label = self.tr("Set position of {place}…").format(place=text)
            self._add(menu, label, lambda _=False, t=text: self.start(t))
        for text in staff_set[:MAX_TEXTS_IN_MENU]:
            label = self.tr("Move {place}…").format(place=text)
            self._add(menu, label, lambda _=False, t=text: self.start(t))
            label = self.tr("History of the position of {place}…").format(place=text)
            self._add(menu, label, lambda _=False, t=text: self.show_history(t))
        return menu

    @staticmethod
    def _add(menu: QMenu, label: str, slot) -> None:
        menu.addAction(label.replace("&", "&&")).triggered.connect(slot)

    def show_history(self, text: str) -> None:
        """Every saved change of where ``text`` is put, each revertible."""
        from heroviewer.ui.dialogs.history import show_history

        editing = self.page.opened.editing
        if editing is not None:
            show_history(editing, PLACE, position_id(text), text, self.page)

    def start(self, text: str) -> None:
        """The next click on the map sets where ``text`` is."""
        self.text = text
        short = text if len(text) <= MAX_TEXT_IN_HINT else text[: MAX_TEXT_IN_HINT - 1] + "…"
        self.page.say_hint(  # shortened: a long text would widen the window
            self.tr("Click on the map where “{place}” is (Esc cancels)").format(place=short)
        )
        self.page.view.pick_position()

    def _ended(self) -> None:
        self.page.say_hint("")

    def _picked(self, lat: float, lon: float) -> None:
        text, self.text = self.text, None
        editing = self.page.opened.editing
        if text is None or editing is None:
            return
        if not text.strip():  # the catalogue keeps no blank id (a hand-edited place text)
            plain.warning(
                self.page,
                self.tr("Position not set"),
                self.tr("A place text of only spaces cannot be given a position."),
            )
            return
        west, south, east, north = MAP_EXTENT
        if not (south <= lat <= north and west <= lon <= east):
            plain.warning(
                self.page,
                self.tr("Position not set"),
                self.tr("{lat:.2f}, {lon:.2f} is outside the map; {place} was not placed.").format(
                    lat=lat, lon=lon, place=text
                ),
            )
            return
        values = {"lat": round(lat, 5), "lon": round(lon, 5)}
        label = self.tr("Set the position of {place}").format(place=text)
        try:
            if text in self.page.opened.catalogue.place_positions():
                editing.save(PLACE, position_id(text), values, label, "position")
            else:
                record = {"id": position_id(text), "text": text, **values}
                editing.add(PLACE, record, label, "position")
        except CatalogueError as error:
            plain.warning(self.page, self.tr("Position not set"), translated(error))
