"""Backups with SQLite's backup API: daily, the newest ten kept, restore, damaged catalogues."""

from __future__ import annotations

import datetime
import sqlite3

import pytest

from heroviewer.catalog import CorruptCatalog, open_catalog
from heroviewer.catalog.backup import (
    automatic_backups,
    daily_backup,
    newest_good_backup,
    restore_backup,
    write_backup,
)
from heroviewer.catalog.writer import HERO
from heroviewer.ui.damaged import offer_restore
from tests.conftest import set_staff_notes, staff_notes


def day(number: int) -> datetime.datetime:
    return datetime.datetime(2026, 11, 1, 9, 30) + datetime.timedelta(days=number)


def damage(path) -> None:
    """Overwrite pages in the middle of the file: the header survives, the tables do not."""
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 4] = b"\xa5" * 8192
    path.write_bytes(bytes(data))


def test_one_backup_a_day_and_the_newest_ten_are_kept(catalog_path):
    assert daily_backup(catalog_path, day(0)) is not None
    assert daily_backup(catalog_path, day(0) + datetime.timedelta(hours=3)) is None
    for number in range(1, 14):
        daily_backup(catalog_path, day(number))
    kept = automatic_backups(catalog_path)
    assert len(kept) == 10
    assert kept[0].name == "2026-11-14_093000.sqlite"
    assert kept[-1].name == "2026-11-05_093000.sqlite"


def test_a_backup_is_a_whole_catalogue_even_while_it_is_being_edited(catalog_path, tmp_path):
    set_staff_notes(catalog_path, "before the backup")
    catalog = open_catalog(catalog_path)
    writer = catalog.open_writer()  # the window still holds it open
    writer.save(HERO, "karsybay-spataev", {"staff_notes": "saved, still open"})
    out = write_backup(catalog_path, tmp_path / "copy.sqlite")
    writer.close()
    catalog.close()
    assert staff_notes(out) == "saved, still open"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == [
        "copy.sqlite"
    ]


def test_restore_keeps_the_current_catalogue_as_a_backup_first(catalog_path, tmp_path):
    set_staff_notes(catalog_path, "old")
    backup = write_backup(catalog_path, tmp_path / "old.sqlite")
    set_staff_notes(catalog_path, "new")
    kept = restore_backup(backup, catalog_path)
    assert staff_notes(catalog_path) == "old"
    assert kept.name.endswith("-before-restore.sqlite")
    assert staff_notes(kept) == "new"


def test_a_damaged_catalogue_is_not_backed_up_and_is_set_aside_on_restore(catalog_path):
    set_staff_notes(catalog_path, "good")
    daily_backup(catalog_path, day(0))
    damaged_bytes = None
    damage(catalog_path)
    damaged_bytes = catalog_path.read_bytes()
    with pytest.raises(CorruptCatalog, match="damaged"):
        daily_backup(catalog_path, day(1))
    assert len(automatic_backups(catalog_path)) == 1

    backup = newest_good_backup(catalog_path)
    kept = restore_backup(backup, catalog_path)
    assert staff_notes(catalog_path) == "good"
    assert ".damaged-" in kept.name
    assert kept.read_bytes() == damaged_bytes  # never overwritten


def test_a_backup_that_is_not_a_catalogue_is_refused_and_nothing_changes(catalog_path, tmp_path):
    bogus = tmp_path / "bogus.sqlite"
    sqlite3.connect(bogus).execute("CREATE TABLE t (x)").connection.close()
    before = catalog_path.read_bytes()
    with pytest.raises(Exception, match="not a HeroViewer catalogue"):
        restore_backup(bogus, catalog_path)
    assert catalog_path.read_bytes() == before


def test_at_start_a_file_that_is_not_sqlite_offers_the_newest_good_backup(catalog_path):
    set_staff_notes(catalog_path, "from the backup")
    daily_backup(catalog_path, day(0))
    catalog_path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(CorruptCatalog) as caught:
        open_catalog(catalog_path)
    asked = []
    opened = offer_restore(caught.value.path, str(caught.value),
                           lambda text, choices: asked.append(text) or 0)  # fmt: skip
    assert "not an SQLite database" in asked[0]
    assert "The newest good backup is" in asked[0]
    assert opened.hero("karsybay-spataev")["staff_notes"] == "from the backup"
    opened.close()
    aside = [p for p in catalog_path.parent.glob("*.damaged-*.sqlite")]
    assert aside[0].read_bytes().startswith(b"this is not a database")


def test_declining_the_offer_changes_nothing(catalog_path):
    daily_backup(catalog_path, day(0))
    catalog_path.write_bytes(b"garbage" * 100)
    assert offer_restore(catalog_path, "damaged", lambda text, choices: 1) is None
    assert catalog_path.read_bytes() == b"garbage" * 100


def test_damage_is_found_at_the_next_start_even_after_todays_backup(catalog_path):
    assert daily_backup(catalog_path, day(0)) is not None
    damage(catalog_path)
    with pytest.raises(CorruptCatalog, match="damaged"):
        daily_backup(catalog_path, day(0) + datetime.timedelta(hours=2))


def tampered_backup(catalog_path, tmp_path, *statements: str):
    """A backup of the catalogue that another program then changed with ``statements``."""
    backup = write_backup(catalog_path, tmp_path / "backup.sqlite")
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
    catalog_path, tmp_path, statements, reason
):
    backup = tampered_backup(catalog_path, tmp_path, *statements)
    set_staff_notes(catalog_path, "current")
    before = catalog_path.read_bytes()
    with pytest.raises(CorruptCatalog) as refused:
        restore_backup(backup, catalog_path)
    assert str(refused.value).startswith(f"{backup}: {reason}")
    assert catalog_path.read_bytes() == before
    assert staff_notes(catalog_path) == "current"


def test_a_catalogue_with_someone_elses_trigger_is_refused_at_open(catalog_path):
    connection = sqlite3.connect(catalog_path)
    connection.execute("CREATE TRIGGER x AFTER UPDATE ON heroes BEGIN DELETE FROM heroes; END")
    connection.close()
    with pytest.raises(CorruptCatalog, match="the table heroes has a trigger 'x' that HeroViewer"):
        open_catalog(catalog_path)
