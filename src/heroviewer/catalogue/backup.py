"""Backups of catalogue files with SQLite's online backup API, and restoring from them.

Automatic backups go to the user data folder, one folder per catalogue file, at most one a day,
keeping the newest ten. A backup is written under a temporary name and checked before it takes
its place, so a backup file is always a whole, good catalogue.
"""

from __future__ import annotations

import datetime
import errno
import hashlib
import logging
import os
import sqlite3
from pathlib import Path

from heroviewer.catalogue.errors import CatalogueError, CorruptCatalogue
from heroviewer.catalogue.file_checks import (
    FileRefused,
    catalogue_file_role,
    refuse_catalogue_target,
    refuse_unless_regular,
)
from heroviewer.catalogue.probe import open_for_checking, open_readonly, probe_sqlite_file
from heroviewer.catalogue.soundness import value_problem
from heroviewer.support.atomic import reason, remove_leftovers, written_atomically
from heroviewer.support.messages import QT_TRANSLATE_NOOP

KEEP_AUTOMATIC = 10
_STAMP = "%Y-%m-%d_%H%M%S"
log = logging.getLogger(__name__)


def backups_folder(catalogue: Path) -> Path:
    """Where the automatic backups of ``catalogue`` go (named after it, apart from others)."""
    from heroviewer.support.paths import user_data_dir

    catalogue = Path(catalogue).absolute()
    tag = hashlib.sha256(str(catalogue).encode()).hexdigest()[:8]
    return user_data_dir() / "backups" / f"{catalogue.stem}-{tag}"


def integrity_problem(path: Path) -> str | None:
    """What SQLite's integrity check finds wrong with ``path``, or None when it is sound."""
    try:
        connection = open_for_checking(path)
        try:
            found = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return str(error)
    return None if found == ["ok"] else "; ".join(found[:3])


def check_catalogue(path: Path) -> None:
    """Raise CorruptCatalogue (or CatalogueError) unless ``path`` is a sound HeroViewer catalogue:
    SQLite finds it whole, its schema is the one HeroViewer makes, its values are of the forms
    HeroViewer reads (a backup with someone else's trigger or a broken list is refused)."""
    probe_sqlite_file(path)
    problem = integrity_problem(path)
    if problem:
        damaged = QT_TRANSLATE_NOOP("Catalogue", "{path}: the catalogue is damaged ({problem})")
        raise CorruptCatalogue(damaged.format(path=path, problem=problem), path)
    try:
        connection = open_for_checking(path)
        try:
            problem = value_problem(connection, str(path))
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        unreadable = QT_TRANSLATE_NOOP(
            "Catalogue", "{path}: the catalogue cannot be read ({error})"
        )
        problem = unreadable.format(path=path, error=str(error))
    if problem:
        raise CorruptCatalogue(problem, path)


def write_backup(catalogue: Path, out: Path) -> Path:
    """Copy ``catalogue`` to ``out`` while it may be in use; whole or not at all.

    ``out`` must not be ``catalogue`` (by any name) or one of its side files: FileRefused.
    A failure to write is an OSError saying why ("the disk is full") and what was kept.
    """
    out = Path(out)
    refuse_catalogue_target(out, catalogue)
    with written_atomically(out) as temporary:
        source = open_readonly(catalogue)
        target = sqlite3.connect(temporary)
        try:
            _check_room(temporary, source)
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
        except sqlite3.Error as error:
            raise _as_os_error(error) from error
        finally:
            target.close()
            source.close()
        problem = integrity_problem(temporary)
        if problem:
            failed = QT_TRANSLATE_NOOP("Backup", "{path}: the copy failed its check ({problem})")
            raise CorruptCatalogue(failed.format(path=catalogue, problem=problem), catalogue)
    return out


def _check_room(path: Path, source: sqlite3.Connection) -> None:
    """Raise OSError (ENOSPC, or EFBIG over a size limit) unless the copy fits on the disk.

    SQLite reports a write over a size limit as a mere "disk I/O error": asking the system for
    the room first gives the real reason. Systems without posix_fallocate skip the check.
    """
    if not hasattr(os, "posix_fallocate"):
        return
    (pages,) = source.execute("PRAGMA page_count").fetchone()
    (page_size,) = source.execute("PRAGMA page_size").fetchone()
    handle = os.open(path, os.O_RDWR)
    try:
        os.posix_fallocate(handle, 0, max(pages * page_size, 1))
    except OSError as error:
        if reason(error) == "the disk is full":
            raise
        # a file system that cannot reserve room: SQLite says what goes wrong, if anything
    finally:
        os.ftruncate(handle, 0)  # SQLite takes an empty file as a new database
        os.close(handle)


def _as_os_error(error: sqlite3.Error) -> OSError:
    full = getattr(error, "sqlite_errorcode", None) == 13  # SQLITE_FULL
    return OSError(errno.ENOSPC if full else errno.EIO, str(error))


def automatic_backups(catalogue: Path, now: datetime.datetime | None = None) -> list[Path]:
    """The automatic backups of ``catalogue``, newest first, by the date and time in their names.

    Those dated after ``now`` were made before the clock was set back: they count as older than
    the others. Partial files (hidden, ``.heroviewer-partial-…``) are never backups.
    """
    folder = backups_folder(catalogue)
    if not folder.is_dir():
        return []
    stamp = (now or datetime.datetime.now()).strftime(_STAMP)
    found = [path for path in folder.glob("????-??-??_??????*.sqlite") if path.name[0] != "."]
    return sorted(found, key=lambda path: (path.name[:17] <= stamp, path.name), reverse=True)


def remove_partial_files(catalogue: Path) -> list[Path]:
    """Remove the partial files killed writes left beside ``catalogue`` and in its backups."""
    catalogue = Path(catalogue).absolute()
    removed = remove_leftovers(catalogue.parent) + remove_leftovers(backups_folder(catalogue))
    if removed:
        log.info("removed %d partial files left by an interrupted write", len(removed))
    return removed


def daily_backup(catalogue: Path, now: datetime.datetime | None = None) -> Path | None:
    """Check ``catalogue``, then back it up unless that was done today; keep the newest ten.

    The check runs at every start (in the background): a damaged catalogue raises
    CorruptCatalogue, and is never backed up, so the backups stay good. The partial files of
    interrupted writes are removed first. The backup just made is always kept, even when the
    clock was set back and its name is older than the others'.
    """
    now = now or datetime.datetime.now()
    remove_partial_files(catalogue)
    check_catalogue(catalogue)
    existing = automatic_backups(catalogue, now)
    if any(path.name.startswith(now.strftime("%Y-%m-%d")) for path in existing):
        return None
    folder = backups_folder(catalogue)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        made = write_backup(catalogue, folder / f"{now.strftime(_STAMP)}.sqlite")
    except OSError as error:
        log.error("the daily backup of %s failed: %s", catalogue, reason(error))
        raise _unchanged(error, catalogue) from error
    others = [path for path in automatic_backups(catalogue, now) if path != made]
    for old in others[KEEP_AUTOMATIC - 1 :]:
        old.unlink(missing_ok=True)
    return made


def newest_good_backup(catalogue: Path) -> Path | None:
    for candidate in automatic_backups(catalogue):
        try:
            check_catalogue(candidate)
        except CatalogueError:
            continue
        return candidate
    return None


def restore_backup(backup: Path, catalogue: Path) -> Path | None:
    """Replace the catalogue's contents with ``backup``'s; returns where the old one went.

    The backup is checked first. A sound current catalogue is backed up beside the automatic
    backups ("before-restore") and then overwritten in one transaction by the backup API; a
    damaged or unreadable one is moved aside, never overwritten.
    """
    backup, catalogue = Path(backup), Path(catalogue)
    check_restore_source(backup, catalogue)
    try:
        if not os.path.lexists(catalogue):
            catalogue.parent.mkdir(parents=True, exist_ok=True)
            write_backup(backup, catalogue)
            return None
        refuse_unless_regular(catalogue)  # a dangling link or a named pipe is not restored through
        try:
            check_catalogue(catalogue)
        except CatalogueError:
            kept = set_aside(catalogue)
            try:
                write_backup(backup, catalogue)
            except OSError:
                _put_back(kept, catalogue)
                raise
            return kept
        folder = backups_folder(catalogue)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.datetime.now().strftime(_STAMP)
        kept = write_backup(catalogue, folder / f"{stamp}-before-restore.sqlite")
        _copy_into(backup, catalogue)
    except OSError as error:
        raise _unchanged(error, catalogue) from error
    return kept


def check_restore_source(backup: Path, catalogue: Path) -> None:
    """Raise CatalogueError unless ``backup`` is a sound catalogue other than ``catalogue``."""
    if catalogue_file_role(backup, catalogue) is not None:
        itself = QT_TRANSLATE_NOOP(
            "Backup",
            "{backup}: is the catalogue {catalogue} itself, not a backup of it; nothing restored",
        )
        raise FileRefused(itself.format(backup=backup, catalogue=catalogue))
    check_catalogue(backup)


def _unchanged(error: OSError, catalogue: Path) -> OSError:
    """``error`` saying why in words (``reason``) and that the catalogue was left as it was."""
    unchanged = QT_TRANSLATE_NOOP("Backup", "{reason}; the catalogue is unchanged")
    return OSError(error.errno, unchanged.format(reason=reason(error)), str(catalogue))


def set_aside(catalogue: Path) -> Path:
    """Move a damaged catalogue (and its journal files) to a dated name beside it."""
    stamp = datetime.datetime.now().strftime(_STAMP)
    aside = catalogue.with_name(f"{catalogue.stem}.damaged-{stamp}{catalogue.suffix}")
    os.replace(catalogue, aside)
    for suffix in ("-wal", "-shm"):
        journal = catalogue.with_name(catalogue.name + suffix)
        if journal.exists():
            os.replace(journal, aside.with_name(aside.name + suffix))
    return aside


def _put_back(aside: Path, catalogue: Path) -> None:
    """Undo ``set_aside`` (a restore that could not be written)."""
    for suffix in ("-wal", "-shm", ""):
        journal = aside.with_name(aside.name + suffix)
        if journal.exists():
            os.replace(journal, catalogue.with_name(catalogue.name + suffix))


def _copy_into(backup: Path, catalogue: Path) -> None:
    source = open_readonly(backup)
    target = sqlite3.connect(catalogue, timeout=5)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode = WAL")
    except sqlite3.Error as error:
        raise _as_os_error(error) from None  # rolled back: the catalogue is as it was
    finally:
        target.close()
        source.close()
