"""What a path is, told by the file it reaches and not by its name.

One file can have many names (a symbolic link, a hard link, ``./`` or ``..`` in the path), and a
name can reach something that is not a file at all: a named pipe (FIFO) makes whoever reads it
wait for ever, a device never ends, a dangling link or a loop of links reaches nothing. So
HeroViewer opens only regular files, and never writes an output over the open catalogue or one
of SQLite's working files beside it, whatever name it is given by.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from heroviewer.catalogue.errors import CatalogueError

SIDE_SUFFIXES = ("-wal", "-shm", "-journal")  # SQLite's working files beside a database


class FileRefused(CatalogueError):
    """A path that must not be opened or written; the message names it and says why."""


def refuse_unless_regular(path: Path) -> None:
    """Raise FileRefused unless ``path`` (links followed) reaches a regular file."""
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise FileRefused(f"{path}: a loop of links that reaches no file") from None
        if isinstance(error, FileNotFoundError) and os.path.islink(path):
            raise FileRefused(
                f"{path}: a link to {os.readlink(path)}, which does not exist"
            ) from None
        if isinstance(error, FileNotFoundError):
            raise FileRefused(f"{path}: no such file") from None
        raise FileRefused(f"{path}: cannot be read ({error.strerror or error})") from None
    if stat.S_ISDIR(mode):
        raise FileRefused(f"{path}: is a folder, not a file")
    if not stat.S_ISREG(mode):
        raise FileRefused(f"{path}: is {_kind(mode)}, not a file; only files can be opened")


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device"


def catalogue_file_role(path: Path, catalogue: Path) -> str | None:
    """Which file of ``catalogue`` ``path`` is ("" for the catalogue itself, or a side file's
    suffix such as "-wal"), through any link; None when it is none of them."""
    real = Path(os.path.realpath(catalogue))
    resolved = os.path.normcase(os.path.realpath(path))
    for suffix in ("", *SIDE_SUFFIXES):
        side = real.with_name(real.name + suffix)
        if resolved == os.path.normcase(side) or _same_file(path, side):
            return suffix
    return None


def _same_file(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)  # device and inode: hard links too
    except OSError:  # one of them does not exist
        return False


def refuse_catalogue_target(target: Path, catalogue: Path | None) -> None:
    """Raise FileRefused if writing ``target`` would replace the catalogue or its side files.

    Writing a file there (a backup, an export, cards) would put another file under the open
    catalogue's name while HeroViewer keeps saving into the old one, lost once it closes.
    """
    if catalogue is None:
        return
    role = catalogue_file_role(target, catalogue)
    if role is None:
        return
    what = " itself" if role == "" else f"'s working file ({role})"
    raise FileRefused(
        f"{target}: this is the catalogue {catalogue}{what}; "
        "writing there would destroy it. Nothing was written: choose another file"
    )
