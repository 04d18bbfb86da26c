"""The Timeline tab's page: the deeds and decrees of the heroes the heroes page's search shows,
with a legend and a line saying what is left off the axis."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from heroviewer.records.names import display_name
from heroviewer.records.timeline import KIND_FIELDS, Event, timeline_events
from heroviewer.ui.language import current_language
from heroviewer.ui.open_catalogue import OpenCatalogue
from heroviewer.ui.timeline.view import TimelineView
from heroviewer.ui.wall_panel import some_names

MAX_NAMES_IN_SUMMARY = 10


def hero_events(records: dict[str, dict], ids: Sequence[str], language: str):
    """The timeline events of the heroes ``ids`` (in that order) among ``records``."""
    shown = [(i, display_name(records[i], language), records[i]) for i in ids if i in records]
    return timeline_events(shown)


def heroes_left_off(records: dict[str, dict], ids: Sequence[str], events, language: str):
    """The names of the heroes ``ids`` with no bar on the timeline: those with no date of deed
    or decree yet, and those whose dates all fall outside the axis."""
    on_it = {event.hero_id for event in events}
    undated, outside = [], []
    for hero_id in ids:
        record = records.get(hero_id)
        if record is not None and hero_id not in on_it:
            dated = any(record.get(field) for _, field in KIND_FIELDS)
            (outside if dated else undated).append(display_name(record, language))
    return sorted(undated), sorted(outside)


class TimelinePage(QWidget):
    heroClicked = Signal(str)

    def __init__(
        self, opened: OpenCatalogue, shown_ids: Callable[[], Sequence[str]], parent=None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePage")
        self.opened = opened
        self.shown_ids = shown_ids
        self.view = TimelineView(self)
        self.view.setAccessibleName(self.tr("Timeline of the deeds and decrees"))
        self.view.heroClicked.connect(self.heroClicked)
        self.summary = QLabel(objectName="timelineSummary", textFormat=Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.top = QHBoxLayout()
        self.top.addWidget(
            QLabel(
                self.tr(
                    "Red: the deed · Blue: the decree · A year or a month alone is drawn over "
                    "the whole year or month · Coloured bands: the wars"
                )
            )
        )
        self.top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        self.events: list[Event] = []
        self._records = self._read_records()
        opened.recordsChanged.connect(self._records_changed)
        opened.replaced.connect(self._reload)

    def _read_records(self) -> dict[str, dict]:
        return {record["id"]: record for record in self.opened.catalogue.heroes()}

    def _records_changed(self, entity: str, _ids: list) -> None:
        if entity == "hero":
            self._reload()

    def _reload(self) -> None:
        self._records = self._read_records()
        self.refresh()

    def refresh(self) -> None:
        ids, language = self.shown_ids(), current_language()
        self.events, left_out = hero_events(self._records, ids, language)
        self.view.show_events(self.events)
        heroes = len({event.hero_id for event in self.events})
        text = self.tr("%n hero(es) with a dated deed or decree", "", heroes)
        if left_out:
            text += " · " + self.tr("%n date(s) outside 1939–1945 not shown", "", left_out)
        undated, _outside = heroes_left_off(self._records, ids, self.events, language)
        if undated:
            text += " · " + self.tr("No date yet: {names}").format(
                names=some_names(undated, MAX_NAMES_IN_SUMMARY)
            )
        self.summary.setText(text)
