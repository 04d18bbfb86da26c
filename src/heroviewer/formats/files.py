"""Reading an import file within bounds; the refusal that lists every problem."""

from __future__ import annotations

from pathlib import Path

from heroviewer.catalogue.errors import CatalogueError
from heroviewer.support.messages import QT_TRANSLATE_NOOP, joined

MAX_IMPORT_BYTES = 50 * 2**20  # far above any real list; keeps memory bounded


class ImportRefused(CatalogueError):
    """A file cannot be imported; ``problems`` lists each reason with its place in the file."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        heading = QT_TRANSLATE_NOOP("ImportFile", "{path}: cannot be imported:").format(path=path)
        super().__init__(joined([heading, *problems], "\n  "))
        self.path = path
        self.problems = problems


class ImportRecords(list):
    """The records read from a file, and ``left_out``: the ones that were not, each with why
    (the import goes on with the others and lists these)."""

    def __init__(self, records=(), left_out: list[str] | None = None) -> None:
        super().__init__(records)
        self.left_out = left_out or []


def read_import_bytes(path: Path) -> bytes:
    """The file's bytes, refused before reading if it is larger than any real import."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            too_big = QT_TRANSLATE_NOOP(
                "ImportFile", "the file is {size:.0f} MB; at most {most} MB"
            )
            raise ImportRefused(
                path, [too_big.format(size=size / 2**20, most=MAX_IMPORT_BYTES // 2**20)]
            )
        if not path.is_file():
            raise ImportRefused(path, [QT_TRANSLATE_NOOP("ImportFile", "not a file")])
        return path.read_bytes()
    except OSError as error:
        unreadable = QT_TRANSLATE_NOOP("ImportFile", "cannot be read ({reason})")
        raise ImportRefused(path, [unreadable.format(reason=error.strerror or error)]) from None
