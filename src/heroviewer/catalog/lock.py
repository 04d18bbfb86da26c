"""One HeroViewer at a time edits a catalogue file; others open it read-only.

The lock is an operating-system lock on a small file beside the catalogue, so it goes away
with the process that held it, even when that process is killed: no stale locks to clear.
"""

from __future__ import annotations

import os
from pathlib import Path


class EditLock:
    def __init__(self, catalogue: Path) -> None:
        self.path = catalogue.with_name(catalogue.name + ".lock")
        self._file = None

    def acquire(self) -> bool:
        """Take the lock; False when another process (or another EditLock) holds it."""
        if self._file is not None:
            return True
        try:
            file = self.path.open("a+b")
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
