"""Files dropped on a widget: the detail pane takes an image, the window a heroes or news file."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path


def first_dropped_file(event, suffixes: Collection[str]) -> Path | None:
    """The first local file dragged in ``event`` whose ending is one of ``suffixes``."""
    if not event.mimeData().hasUrls():
        return None
    for url in event.mimeData().urls():
        path = Path(url.toLocalFile()) if url.isLocalFile() else None
        if path and path.suffix.lower() in suffixes:
            return path
    return None


class FileDropTarget:
    """Mixin for a widget that takes dropped files: it says which file of a drag it would take
    (``dropped_file``, None for none) and what to do with it (``take_dropped_file``); a drag it
    would not take goes on to the widget below, as Qt passes on ignored drags."""

    def dropped_file(self, event) -> Path | None:
        raise NotImplementedError

    def take_dropped_file(self, path: Path) -> None:
        raise NotImplementedError

    def dragEnterEvent(self, event) -> None:
        if self.dropped_file(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        path = self.dropped_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.take_dropped_file(path)
