"""Backups with SQLite's backup API: daily, the newest ten kept, restore, damaged catalogues."""

from __future__ import annotations

import datetime
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from heroviewer.catalogue import CorruptCatalogue, open_catalogue
from heroviewer.catalogue.backup import (
    automatic_backups,
    backups_folder,
    daily_backup,
    newest_good_backup,
    remove_partial_files,
    restore_backup,
    write_backup,
)
from heroviewer.catalogue.writer import HERO
from heroviewer.ui.dialogs.damaged import offer_restore
from tests.conftest import REPO, set_staff_notes, staff_notes


def day(number: int) -> datetime.datetime:
    return datetime.datetime(2026, 11, 1, 9, 30) + datetime.timedelta(days=number)


def damage(path) -> None:
    """Overwrite pages in the middle of the file: the header survives, the tables do not."""
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 4] = b"\xa5" * 8192
    path.write_bytes(bytes(data))


def test_one_backup_a_day_and_the_newest_ten_are_kept(catalogue_path):
    assert daily_backup(catalogue_path, day(0)) is not None
    assert daily_backup(catalogue_path, day(0) + datetime.timedelta(hours=3)) is None
    for number in range(1, 14):
        daily_backup(catalogue_path, day(number))
    kept = automatic_backups(catalogue_path)
    assert len(kept) == 10
    assert kept[0].name == "2026-11-14_093000.sqlite"
    assert kept[-1].name == "2026-11-05_093000.sqlite"


def test_a_backup_is_a_whole_catalogue_even_while_it_is_being_edited(catalogue_path, tmp_path):
    set_staff_notes(catalogue_path, "before the backup")
    catalogue = open_catalogue(catalogue_path)
    writer = catalogue.open_writer()  # the window still holds it open
    writer.save(HERO, "karsybay-spataev", {"staff_notes": "saved, still open"})
    out = write_backup(catalogue_path, tmp_path / "copy.sqlite")
    writer.close()
    catalogue.close()
    assert staff_notes(out) == "saved, still open"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == [
        "copy.sqlite"
    ]


def test_restore_keeps_the_current_catalogue_as_a_backup_first(catalogue_path, tmp_path):
    set_staff_notes(catalogue_path, "old")
    backup = write_backup(catalogue_path, tmp_path / "old.sqlite")
    set_staff_notes(catalogue_path, "new")
    kept = restore_backup(backup, catalogue_path)
    assert staff_notes(catalogue_path) == "old"
    assert kept.name.endswith("-before-restore.sqlite")
    assert staff_notes(kept) == "new"


def test_a_damaged_catalogue_is_not_backed_up_and_is_set_aside_on_restore(catalogue_path):
    set_staff_notes(catalogue_path, "good")
    daily_backup(catalogue_path, day(0))
    damaged_bytes = None
    damage(catalogue_path)
    damaged_bytes = catalogue_path.read_bytes()
    with pytest.raises(CorruptCatalogue, match="damaged"):
        daily_backup(catalogue_path, day(1))
    assert len(automatic_backups(catalogue_path)) == 1

    backup = newest_good_backup(catalogue_path)
    kept = restore_backup(backup, catalogue_path)
    assert staff_notes(catalogue_path) == "good"
    assert ".damaged-" in kept.name
    assert kept.read_bytes() == damaged_bytes  # never overwritten


def test_a_backup_that_is_not_a_catalogue_is_refused_and_nothing_changes(catalogue_path, tmp_path):
    bogus = tmp_path / "bogus.sqlite"
    sqlite3.connect(bogus).execute("CREATE TABLE t (x)").connection.close()
    before = catalogue_path.read_bytes()
    with pytest.raises(Exception, match="not a HeroViewer catalogue"):
        restore_backup(bogus, catalogue_path)
    assert catalogue_path.read_bytes() == before


def test_at_start_a_file_that_is_not_sqlite_offers_the_newest_good_backup(catalogue_path):
    set_staff_notes(catalogue_path, "from the backup")
    daily_backup(catalogue_path, day(0))
    catalogue_path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(CorruptCatalogue) as caught:
        open_catalogue(catalogue_path)
    asked = []
    opened = offer_restore(caught.value.path, str(caught.value),
                           lambda text, choices: asked.append(text) or 0)  # fmt: skip
    assert "not an SQLite database" in asked[0]
    assert "The newest good backup is" in asked[0]
    assert opened.hero("karsybay-spataev")["staff_notes"] == "from the backup"
    opened.close()
    aside = [p for p in catalogue_path.parent.glob("*.damaged-*.sqlite")]
    assert aside[0].read_bytes().startswith(b"this is not a database")


def test_declining_the_offer_changes_nothing(catalogue_path):
    daily_backup(catalogue_path, day(0))
    catalogue_path.write_bytes(b"garbage" * 100)
    assert offer_restore(catalogue_path, "damaged", lambda text, choices: 1) is None
    assert catalogue_path.read_bytes() == b"garbage" * 100


def test_restoring_at_start_while_another_heroviewer_holds_the_file_says_so(
    catalogue_path, monkeypatch
):
    from heroviewer.catalogue.lock import EditLock
    from heroviewer.ui import plain

    daily_backup(catalogue_path, day(0))
    catalogue_path.write_bytes(b"garbage" * 100)
    said = []
    monkeypatch.setattr(plain, "critical", lambda *args: said.append(args[2]))
    other = EditLock(catalogue_path)
    assert other.acquire()
    try:
        assert offer_restore(catalogue_path, "damaged", lambda text, choices: 0) is None
    finally:
        other.release()
    assert "HeroViewer has it open; close it first" in said[0]
    assert catalogue_path.read_bytes() == b"garbage" * 100


def test_damage_is_found_at_the_next_start_even_after_todays_backup(catalogue_path):
    assert daily_backup(catalogue_path, day(0)) is not None
    damage(catalogue_path)
    with pytest.raises(CorruptCatalogue, match="damaged"):
        daily_backup(catalogue_path, day(0) + datetime.timedelta(hours=2))


def tampered_backup(catalogue_path, tmp_path, *statements: str):
    """A backup of the catalogue that another program then changed with ``statements``."""
    backup = write_backup(catalogue_path, tmp_path / "backup.sqlite")
    connection = sqlite3.connect(backup)
    connection.executescript(";\n".join(statements))
    connection.close()
    return backup


@pytest.mark.parametrize(
    ("statements", "reason"),
    [
        (
            ["CREATE TRIGGER wipe AFTER UPDATE ON heroes BEGIN DELETE FROM heroes; "
             "DELETE FROM history; END"],
            "the table heroes has a trigger 'wipe' that HeroViewer did not make",
        ),
        (["CREATE VIEW everyone AS SELECT * FROM heroes"], "there is a view 'everyone' that"),
        (["ALTER TABLE heroes DROP COLUMN staff_notes"], "the table heroes has no column 'staff"),
        (["CREATE INDEX ix_mine ON heroes (unit)"], "there is an index 'ix_mine' that Hero"),
        (
            ["UPDATE heroes SET aliases = '[\"Spataev\", ' WHERE id = 'karsybay-spataev'"],
            "the hero 'karsybay-spataev' has aliases that are not a list of texts",
        ),
        (
            ["UPDATE heroes SET sources = '[1, 2]' WHERE id = 'karsybay-spataev'"],
            "the hero 'karsybay-spataev' has sources that are not a list of texts",
        ),
        (
            ["UPDATE heroes SET birth_date = '1921-13-40' WHERE id = 'karsybay-spataev'"],
            "the hero 'karsybay-spataev' has birth_date '1921-13-40', not a date like 1921",
        ),
        (
            ["UPDATE heroes SET posthumous = 'maybe' WHERE id = 'karsybay-spataev'"],
            "the hero 'karsybay-spataev' has posthumous 'maybe', not yes or no",
        ),
    ],
)  # fmt: skip
def test_restore_refuses_a_backup_that_another_program_changed(
    catalogue_path, tmp_path, statements, reason
):
    backup = tampered_backup(catalogue_path, tmp_path, *statements)
    set_staff_notes(catalogue_path, "current")
    before = catalogue_path.read_bytes()
    with pytest.raises(CorruptCatalogue) as refused:
        restore_backup(backup, catalogue_path)
    assert str(refused.value).startswith(f"{backup}: {reason}")
    assert catalogue_path.read_bytes() == before
    assert staff_notes(catalogue_path) == "current"


def test_a_catalogue_with_someone_elses_trigger_is_refused_at_open(catalogue_path):
    connection = sqlite3.connect(catalogue_path)
    connection.execute("CREATE TRIGGER x AFTER UPDATE ON heroes BEGIN DELETE FROM heroes; END")
    connection.close()
    with pytest.raises(
        CorruptCatalogue, match="the table heroes has a trigger 'x' that HeroViewer"
    ):
        open_catalogue(catalogue_path)


def test_with_the_clock_set_back_the_new_backup_is_kept(catalogue_path):
    for number in range(10):
        daily_backup(catalogue_path, day(number))
    set_back = datetime.datetime(2026, 10, 1, 8, 0)
    made = daily_backup(catalogue_path, set_back)
    assert made is not None and made.is_file()
    assert daily_backup(catalogue_path, set_back + datetime.timedelta(hours=2)) is None
    kept = automatic_backups(catalogue_path, set_back)
    assert len(kept) == 10
    assert kept[0] == made
    following = daily_backup(catalogue_path, set_back + datetime.timedelta(days=1))
    kept = automatic_backups(catalogue_path, set_back + datetime.timedelta(days=1))
    assert kept[:2] == [following, made]  # the oldest of the earlier ones went instead
    assert len(kept) == 10
    assert not any(path.name.startswith("2026-11-01") for path in kept)


def leftover(folder, name: str) -> Path:
    from heroviewer.support.atomic import PARTIAL_PREFIX

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{PARTIAL_PREFIX}{name}"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    return path


def test_partial_files_are_never_backups_and_are_removed_at_start(catalogue_path):
    daily_backup(catalogue_path, day(0))
    folder = backups_folder(catalogue_path)
    left = [
        leftover(folder, "0badf00d-2026-11-20_093000.sqlite"),
        leftover(folder, "0badf00d-2026-11-20_093000.sqlite-journal"),
        leftover(catalogue_path.parent, "0badf00d-heroes.csv"),
    ]
    assert [path.name for path in automatic_backups(catalogue_path)] == ["2026-11-01_093000.sqlite"]
    assert newest_good_backup(catalogue_path).name == "2026-11-01_093000.sqlite"
    daily_backup(catalogue_path, day(1))  # what a start does, in the background
    assert not any(path.exists() for path in left)
    assert len(automatic_backups(catalogue_path)) == 2


_WRITER = """
import sys
from pathlib import Path
import heroviewer.catalogue.backup as backup

def stop_halfway(path):
    print(path, flush=True)
    sys.stdin.read()

backup.integrity_problem = stop_halfway
backup.write_backup(Path(sys.argv[1]), Path(sys.argv[2]))
"""


@pytest.mark.skipif(os.name != "posix", reason="kill -9")
def test_a_backup_killed_halfway_leaves_no_partial_file_after_the_next_start(catalogue_path):
    folder = backups_folder(catalogue_path)
    folder.mkdir(parents=True)
    out = folder / "2026-11-02_093000.sqlite"
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    child = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(catalogue_path), str(out)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True,
    )  # fmt: skip
    try:
        partial = Path(child.stdout.readline().strip())
        assert partial.parent == folder and partial.is_file()
        remove_partial_files(catalogue_path)  # another HeroViewer starting meanwhile
        assert partial.is_file()  # still being written: left alone
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
        child.stdin.close()
    assert partial.is_file()
    assert daily_backup(catalogue_path, day(0)) is not None  # the next start
    assert [path.name for path in folder.iterdir()] == ["2026-11-01_093000.sqlite"]


def test_a_full_disk_during_the_daily_backup_says_so_and_is_logged(
    catalogue_path, monkeypatch, caplog
):
    real_connect = sqlite3.connect

    def small_disk(path, *args, **kwargs):  # SQLite's own "database or disk is full"
        connection = real_connect(path, *args, **kwargs)
        if ".heroviewer-partial-" in str(path):
            connection.execute("PRAGMA max_page_count = 2")
        return connection

    monkeypatch.setattr(sqlite3, "connect", small_disk)
    before = catalogue_path.read_bytes()
    with pytest.raises(OSError) as caught:
        daily_backup(catalogue_path, day(0))
    assert caught.value.strerror == "the disk is full; the catalogue is unchanged"
    assert "the daily backup of" in caplog.text and "the disk is full" in caplog.text
    assert catalogue_path.read_bytes() == before
    assert list(backups_folder(catalogue_path).iterdir()) == []
