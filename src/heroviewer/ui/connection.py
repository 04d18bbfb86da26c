"""A catalogue's server out of reach (restarted, a cable pulled): the band that says so, and
the look every 10 seconds that takes it away when the server answers again.

A save or the refresh check that fails asks ``ConnectionWatch.look`` whether the server still
answers; while it does not, saves are refused at once with the band's text, and an open form
keeps what was typed (``until_saved`` shows it again).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from heroviewer.catalogue import CatalogueError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from heroviewer.ui.open_catalogue import OpenCatalogue

RETRY_MS = 10_000


class ConnectionWatch(QObject):
    """``changed()``: the server was found out of reach, or answers again (``lost``)."""

    changed = Signal()

    def __init__(self, opened: OpenCatalogue) -> None:
        super().__init__(opened)
        self._opened = opened
        self.lost = False
        self.timer = QTimer(self, objectName="reconnectTimer", interval=RETRY_MS)
        self.timer.timeout.connect(self.look)

    @property
    def host(self) -> str:
        from sqlalchemy.engine import make_url

        url = self._opened.catalogue.location.url
        return (make_url(url).host or "localhost") if url else ""

    def message(self) -> str:
        return self.tr(
            "The server {host} cannot be reached; HeroViewer tries again every 10 seconds"
        ).format(host=self.host)

    def refuse_while_lost(self) -> None:
        """Raises CatalogueError (the band's text) while the server is out of reach."""
        if self.lost:
            raise CatalogueError(self.message())

    def until_saved(self, form: QDialog, save) -> None:
        """Show ``form`` and ``save()`` what it holds, until it is cancelled, saved, or refused
        for good: while the server cannot be reached it comes back with what was typed."""
        from PySide6.QtWidgets import QDialog  # here: importing a Qt class builds its enums

        while form.exec() == QDialog.DialogCode.Accepted:
            save()
            if not self.lost:
                return

    def look(self) -> None:
        """Ask the server (a catalogue on a server only); show or take away the band."""
        if self._opened.is_file:
            return
        answers = self._answers() or self._answers()  # the first may meet a dead connection
        if answers == self.lost:
            self.lost = not answers
            if self.lost:
                self.timer.start()
            else:
                self.timer.stop()
            self.changed.emit()
            self._opened.editingChanged.emit()  # the actions follow what can be read again

    def _answers(self) -> bool:
        from heroviewer.catalogue.connections import ServerError  # loaded with the writer

        try:
            self._opened.catalogue.change_mark()
            return True
        except (CatalogueError, ServerError):
            return False
