"""A backup written to a file, and the catalogue restored from one: what `heroviewer backup`,
`heroviewer restore` and File → Back up… / Restore… do.

A restore takes the edit lock, so a catalogue HeroViewer has open for editing elsewhere is
never replaced under it; the window checks the backup, then closes its own catalogue first.
"""

from __future__ import annotations

from pathlib import Path

from heroviewer.catalogue.errors import CatalogueError
from heroviewer.catalogue.file_checks import NO_FOLDER, FileRefused
from heroviewer.support.messages import QT_TRANSLATE_NOOP

_URL_RESTORED = QT_TRANSLATE_NOOP(
    "Backup", "restoring works on catalogue files, not on database URLs"
)


def back_up(catalogue: Path | None, out: Path) -> Path:
    """Copy the catalogue file ``catalogue`` to ``out``, whole or not at all.

    CatalogueError (FileRefused) for a database URL, a missing folder or a target that is the
    catalogue; OSError saying why nothing was written ("the disk is full; ...").
    """
    from heroviewer.catalogue.backup import write_backup

    if catalogue is None:
        raise CatalogueError(
            QT_TRANSLATE_NOOP("Backup", "backups are made of catalogue files, not of database URLs")
        )
    if not out.parent.is_dir():
        raise FileRefused(NO_FOLDER.format(path=out, folder=out.parent))
    return write_backup(catalogue, out)


def check_restore(backup: Path, catalogue: Path | None) -> Path:
    """Raise CatalogueError unless ``catalogue`` is a file and ``backup`` a sound catalogue
    other than it; returns the catalogue's path."""
    from heroviewer.catalogue.backup import check_restore_source

    if catalogue is None:
        raise CatalogueError(_URL_RESTORED)
    check_restore_source(backup, catalogue)
    return catalogue


def restore(backup: Path, catalogue: Path | None) -> Path | None:
    """Replace the catalogue file ``catalogue`` with ``backup`` (checked first); returns where
    the catalogue as it was is kept (None when there was none).

    CatalogueError when HeroViewer has the catalogue open (its edit lock is taken) or the
    backup is refused; OSError says why nothing was restored ("the disk is full; the catalogue
    is unchanged"). The window closes its own catalogue first.
    """
    from heroviewer.catalogue.backup import restore_backup
    from heroviewer.catalogue.lock import EditLock

    if catalogue is None:
        raise CatalogueError(_URL_RESTORED)
    lock = EditLock(catalogue)
    if catalogue.is_file() and not lock.acquire():
        in_use = QT_TRANSLATE_NOOP("Backup", "{path}: HeroViewer has it open; close it first")
        raise CatalogueError(in_use.format(path=catalogue))
    try:
        return restore_backup(backup, catalogue)
    finally:
        lock.release()
