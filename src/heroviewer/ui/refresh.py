"""Showing what other workstations saved: at View → Refresh (F5), and every minute on its own
for a catalogue on a server.

A cheap query (the last history entry, and the count and sum of versions of heroes and news)
says whether anything was saved since the last look; only then are the ids and versions read,
and the records whose versions changed are announced (``OpenCatalogue.refreshed``), so the
pages read those again and keep what is selected.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from heroviewer.catalogue import CatalogueError
from heroviewer.catalogue.connections import ServerError
from heroviewer.records.entities import ENTITIES

if TYPE_CHECKING:
    from heroviewer.ui.open_catalogue import OpenCatalogue

INTERVAL_MS = 60_000


class Refresher(QObject):
    def __init__(self, opened: OpenCatalogue) -> None:
        super().__init__(opened)
        self._opened = opened
        self._mark: tuple | None = None
        self._versions: dict[str, dict[Any, int]] = {}
        self.timer = QTimer(self, objectName="refreshTimer", interval=INTERVAL_MS)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        """On a server: note what the pages have read, and look again every minute."""
        if not self._opened.is_file:
            self._look(announce=False)
            self.timer.start()

    def forget(self) -> None:
        """Another catalogue is shown (a restore): the next look announces every record."""
        self._mark = None
        self._versions.clear()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> None:
        """Announce the records saved since the last look (every record, when there was none
        before). Raises CatalogueError when the catalogue cannot be read."""
        self._look(announce=True)

    def _tick(self) -> None:
        """The look every minute: a server out of reach shows the band that says so, and is
        tried again every 10 seconds (ui/connection.py)."""
        try:
            self.check()
        except (CatalogueError, ServerError):
            self._opened.connection.look()

    def _look(self, announce: bool) -> None:
        catalogue = self._opened.catalogue
        mark = catalogue.change_mark()
        if mark == self._mark:
            return
        self._mark = mark
        for name, entity in ENTITIES.items():
            now = catalogue.versions(entity)
            before = self._versions.get(name, {})
            self._versions[name] = now
            changed = [i for i, version in now.items() if before.get(i) != version]
            changed += [i for i in before if i not in now]
            if announce and changed:
                self._opened.refreshed.emit(name, [str(i) for i in changed])
