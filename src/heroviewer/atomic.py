"""Write a file whole or not at all: a temporary file beside it replaces it only on success."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def written_atomically(out: Path) -> Iterator[Path]:
    """A temporary path beside ``out`` that replaces it only if the block finishes.

    The file is on disk before it takes ``out``'s name, so a power cut leaves the old file or
    the new one, never an empty one; and it gets the permissions any saved file gets (the user's
    umask), so an export on a shared folder can be read by colleagues.
    """
    out = Path(out)
    temporary = _new_file_beside(out)
    try:
        yield temporary
        _flush_to_disk(temporary)
        os.replace(temporary, out)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _new_file_beside(out: Path) -> Path:
    while True:
        temporary = out.with_name(f".{out.stem}-{os.urandom(4).hex()}{out.suffix}")
        try:
            os.close(os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
        except FileExistsError:
            continue
        return temporary


def _flush_to_disk(path: Path) -> None:
    handle = os.open(path, os.O_RDWR)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
