"""Errors that carry a message a member of staff can act on."""

from __future__ import annotations


class CatalogueError(Exception):
    """A catalogue could not be opened or created; the message names the file and the reason."""


class DataFileError(CatalogueError):
    """A bundled or imported JSON file is malformed; the message names the file, line and field
    (``problem``: the message without the file's name)."""

    def __init__(self, message: str, problem: str | None = None) -> None:
        super().__init__(message)
        self.problem = message if problem is None else problem


class StaleRecord(CatalogueError):
    """A save from a form opened on an older version of the record (another workstation saved
    it since): refused, nothing written; the message shows both versions field by field."""


class ReadOnlyCatalogue(CatalogueError):
    """The catalogue can be read but not changed; the message says why."""


class CorruptCatalogue(CatalogueError):
    """The catalogue file is damaged (not SQLite, or fails SQLite's integrity check)."""

    def __init__(self, message: str, path) -> None:
        super().__init__(message)
        self.path = path
