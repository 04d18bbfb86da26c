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
from heroviewer.support.messages import QT_TRANSLATE_NOOP, Message

SIDE_SUFFIXES = ("-wal", "-shm", "-journal")  # SQLite's working files beside a database
NO_FOLDER = QT_TRANSLATE_NOOP("Files", "{path}: the folder {folder} does not exist")


class FileRefused(CatalogueError):
    """A path that must not be opened or written; the message names it and says why."""


def refuse_unless_regular(path: Path) -> None:
    """Raise FileRefused unless ``path`` (links followed) reaches a regular file."""
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        if error.errno == errno.ELOOP:
            loop = QT_TRANSLATE_NOOP("Files", "{path}: a loop of links that reaches no file")
            raise FileRefused(loop.format(path=path)) from None
        if isinstance(error, FileNotFoundError) and os.path.islink(path):
            dangling = QT_TRANSLATE_NOOP(
                "Files", "{path}: a link to {target}, which does not exist"
            )
            raise FileRefused(dangling.format(path=path, target=os.readlink(path))) from None
        if isinstance(error, FileNotFoundError):
            missing = QT_TRANSLATE_NOOP("Files", "{path}: no such file")
            raise FileRefused(missing.format(path=path)) from None
        unreadable = QT_TRANSLATE_NOOP("Files", "{path}: cannot be read ({reason})")
        raise FileRefused(unreadable.format(path=path, reason=error.strerror or error)) from None
    if stat.S_ISDIR(mode):
        raise FileRefused(
            QT_TRANSLATE_NOOP("Files", "{path}: is a folder, not a file").format(path=path)
        )
    if not stat.S_ISREG(mode):
        raise FileRefused(_kind(mode).format(path=path))


def _kind(mode: int) -> Message:
    if stat.S_ISFIFO(mode):
        return QT_TRANSLATE_NOOP(
            "Files", "{path}: is a named pipe (FIFO), not a file; only files can be opened"
        )
    if stat.S_ISSOCK(mode):
        return QT_TRANSLATE_NOOP(
            "Files", "{path}: is a socket, not a file; only files can be opened"
        )
    return QT_TRANSLATE_NOOP("Files", "{path}: is a device, not a file; only files can be opened")


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
    if role == "":
        refused = QT_TRANSLATE_NOOP(
            "Files",
            "{target}: this is the catalogue {catalogue} itself; writing there would destroy "
            "it. Nothing was written: choose another file",
        )
    else:
        refused = QT_TRANSLATE_NOOP(
            "Files",
            "{target}: this is the catalogue {catalogue}'s working file ({role}); writing there "
            "would destroy it. Nothing was written: choose another file",
        )
    raise FileRefused(refused.format(target=target, catalogue=catalogue, role=role))
