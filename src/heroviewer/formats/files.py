"""Reading an import file within bounds; the refusal that lists every problem."""

from __future__ import annotations

from pathlib import Path

from heroviewer.catalogue.errors import CatalogueError

MAX_IMPORT_BYTES = 50 * 2**20  # far above any real list; keeps memory bounded


class ImportRefused(CatalogueError):
    """A file cannot be imported; ``problems`` lists each reason with its place in the file."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        lines = [f"{path}: cannot be imported:", *(f"  {problem}" for problem in problems)]
        super().__init__("\n".join(lines))
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
            raise ImportRefused(
                path, [f"the file is {size / 2**20:.0f} MB; at most {MAX_IMPORT_BYTES // 2**20} MB"]
            )
        if not path.is_file():
            raise ImportRefused(path, ["not a file"])
        return path.read_bytes()
    except OSError as error:
        raise ImportRefused(path, [f"cannot be read ({error.strerror or error})"]) from None
