"""Write a file whole or not at all: a temporary file beside it replaces it only on success.

Temporary files carry one recognisable name, ``.heroviewer-partial-…``, and are locked while
written, so that those left behind by a killed HeroViewer can be found and removed at the next
start without touching one that another running HeroViewer is still writing.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from heroviewer.support.messages import QT_TRANSLATE_NOOP

try:
    import fcntl
except ImportError:  # Windows: a file held open cannot be deleted, which is lock enough
    fcntl = None

PARTIAL_PREFIX = ".heroviewer-partial-"
_SIDE_FILES = ("-journal", "-wal", "-shm")  # SQLite's, beside a partial backup
_DISK_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


def reason(error: BaseException) -> str:
    """Why a write failed, in words: "the disk is full" when it is, else the system's reason."""
    if isinstance(error, OSError) and error.errno in _DISK_FULL:
        return QT_TRANSLATE_NOOP("Files", "the disk is full")
    return (error.strerror if isinstance(error, OSError) else None) or str(error)


@contextmanager
def written_atomically(out: Path) -> Iterator[Path]:
    """A temporary path beside ``out`` that replaces it only if the block finishes.

    The file is on disk before it takes ``out``'s name, so a power cut leaves the old file or
    the new one, never an empty one; and it gets the permissions any saved file gets (the user's
    umask), so an export on a shared folder can be read by colleagues. An OSError comes out
    saying why (``reason``) and what was kept: "the previous file is kept" or "nothing was
    written".
    """
    out = Path(out)
    existed = out.exists()
    temporary, held = _new_file_beside(out)
    try:
        yield temporary
        _flush_to_disk(temporary)
        if fcntl is None:  # Windows cannot rename a file that is open
            os.close(held)
            held = None
        os.replace(temporary, out)
    except BaseException as error:
        temporary.unlink(missing_ok=True)
        if isinstance(error, OSError):
            if existed:
                why = QT_TRANSLATE_NOOP("Files", "{reason}; the previous file is kept")
            else:
                why = QT_TRANSLATE_NOOP("Files", "{reason}; nothing was written")
            raise OSError(error.errno, why.format(reason=reason(error)), str(out)) from error
        raise
    finally:
        if held is not None:
            os.close(held)


def _new_file_beside(out: Path) -> tuple[Path, int]:
    """A new, empty temporary file and a descriptor holding its lock."""
    while True:
        temporary = out.with_name(f"{PARTIAL_PREFIX}{os.urandom(4).hex()}-{out.name}")
        try:
            held = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o666)
        except FileExistsError:
            continue
        if fcntl is not None:
            fcntl.flock(held, fcntl.LOCK_EX)
            if not _same_file(held, temporary):  # removed as a leftover before it was locked
                os.close(held)
                continue
        return temporary, held


def _same_file(held: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(held), os.stat(path))
    except OSError:
        return False


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove the partial files a killed HeroViewer left in ``folder``; returns those removed.

    A partial file still locked by its writer (another HeroViewer at work) is left alone, and so
    are SQLite's side files while their partial file is there.
    """
    try:
        found = sorted(
            path for path in Path(folder).iterdir() if path.name.startswith(PARTIAL_PREFIX)
        )
    except OSError:
        return []
    removed = [
        path
        for path in found
        if not path.name.endswith(_SIDE_FILES) and _remove_unless_locked(path)
    ]
    for path in found:
        owner = path.with_name(path.name.rsplit("-", 1)[0])
        if path.name.endswith(_SIDE_FILES) and not owner.exists() and _remove_unless_locked(path):
            removed.append(path)
    return removed


def _remove_unless_locked(path: Path) -> bool:
    try:
        handle = os.open(path, os.O_RDWR)
    except OSError:
        return False
    try:
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)  # fails while its writer holds it
        else:
            os.close(handle)  # Windows: deleting fails while its writer holds it open
            handle = None
        path.unlink()
    except OSError:
        return False
    finally:
        if handle is not None:
            os.close(handle)
    return True


def _flush_to_disk(path: Path) -> None:
    handle = os.open(path, os.O_RDWR)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
