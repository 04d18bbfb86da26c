"""One HeroViewer at a time edits a catalogue file; others open it read-only.

The lock is an operating-system lock on a small file beside the catalogue, so it goes away
with the process that held it, even when that process is killed: no stale locks to clear.

The lock belongs to the file, not to the name it was opened by: the lock file sits in the
folder the catalogue really is in (links followed) and is named after the file's identity
(device and inode), so a symbolic link, a hard link in the same folder, or the real name all
find the same lock. (Not the catalogue file itself: closing any other handle on a database
drops SQLite's own locks on it in this process.)
"""

from __future__ import annotations

import os
from pathlib import Path


def lock_file(catalogue: Path) -> Path:
    """The lock file of the file ``catalogue`` names, by whichever name; OSError if none."""
    real = Path(os.path.realpath(catalogue))
    identity = os.stat(real)
    return real.with_name(f".heroviewer-{identity.st_dev:x}-{identity.st_ino:x}.lock")


class EditLock:
    def __init__(self, catalogue: Path) -> None:
        self.catalogue = Path(catalogue)
        self._file = None

    def acquire(self) -> bool:
        """Take the lock; False when another process (or another EditLock) holds it, or when
        it cannot be taken (a read-only folder, no such file)."""
        if self._file is not None:
            return True
        try:
            file = lock_file(self.catalogue).open("a+b")
        except OSError:
            return False
        try:
            _lock(file)
        except OSError:
            file.close()
            return False
        self._file = file
        return True

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing the file releases the lock
            self._file = None


if os.name == "nt":
    import msvcrt

    def _lock(file) -> None:
        file.seek(0)
        msvcrt.locking(file.fileno(), msvcrt.LK_NBLCK, 1)

else:
    import fcntl

    def _lock(file) -> None:
        fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
