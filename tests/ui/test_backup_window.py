"""File → Back up… and File → Restore… in the running window."""

from __future__ import annotations

from pathlib import Path

from heroviewer.catalogue.backup import automatic_backups
from heroviewer.catalogue.writer import HERO
from heroviewer.ui import plain
from tests.helpers import BUNDLED_HEROES


def test_back_up_then_restore_brings_the_old_record_back(window, qtbot, tmp_path):
    editing = window.open_catalogue.editing
    editing.save(HERO, "karsybay-spataev", {"staff_notes": "as backed up"}, "Edit")
    out = tmp_path / "museum-backup.sqlite"
    assert window.catalogue_commands.write_backup(out)
    editing.save(HERO, "karsybay-spataev", {"staff_notes": "after the backup"}, "Edit")
    window.heroes.select_hero("karsybay-spataev")

    assert window.catalogue_commands.restore_from(out)
    assert window.open_catalogue.editing is not None  # editable again, on the restored catalogue
    assert window.open_catalogue.catalogue.hero("karsybay-spataev")["staff_notes"] == "as backed up"
    assert window.open_catalogue.undo_stack.count() == 0  # undo does not reach across a restore
    assert window.heroes.model.total_count == BUNDLED_HEROES
    before = [p for p in automatic_backups(window.open_catalogue.catalogue.location.path)]
    assert [p.name.endswith("-before-restore.sqlite") for p in before] == [True]


def test_restoring_a_file_that_is_not_a_backup_changes_nothing(window, tmp_path, monkeypatch):
    from heroviewer.ui import plain

    messages = []
    monkeypatch.setattr(plain, "warning", lambda *args: messages.append(args[2]))
    bogus = tmp_path / "holiday.jpg"
    bogus.write_bytes(b"\xff\xd8 not a catalogue")
    editing = window.open_catalogue.editing
    assert not window.catalogue_commands.restore_from(bogus)
    assert str(bogus) in messages[0]
    assert window.open_catalogue.editing is editing  # the window kept its catalogue
    assert window.open_catalogue.catalogue.hero("karsybay-spataev") is not None


def test_the_daily_backup_runs_in_the_background(window, qtbot):
    window.catalogue_commands.start_daily_backup()
    qtbot.waitUntil(lambda: window.catalogue_commands.last_backup is not None)
    assert window.catalogue_commands.last_backup in automatic_backups(
        window.open_catalogue.catalogue.location.path
    )


def test_damage_found_while_running_offers_the_newest_good_backup(window, qtbot, monkeypatch):
    import datetime

    from heroviewer.catalogue.backup import daily_backup
    from heroviewer.ui import plain
    from tests.catalogue.test_backup import damage

    path = window.open_catalogue.catalogue.location.path
    window.open_catalogue.editing.save(
        HERO, "karsybay-spataev", {"staff_notes": "in the backup"}, "Edit"
    )
    daily_backup(path, datetime.datetime.now() - datetime.timedelta(days=1))
    damage(path)
    offers = []
    monkeypatch.setattr(
        plain, "warning",
        lambda *args: offers.append(args[2]) or plain.Button.Yes,
    )  # fmt: skip
    window.catalogue_commands.start_daily_backup()
    qtbot.waitUntil(lambda: bool(offers))
    assert "the catalogue is damaged" in offers[0]
    assert "Restore the newest good backup" in offers[0]
    assert (
        window.open_catalogue.catalogue.hero("karsybay-spataev")["staff_notes"] == "in the backup"
    )
    assert window.open_catalogue.editing is not None
    assert list(path.parent.glob("*.damaged-*.sqlite"))  # kept aside, not overwritten


def test_a_backup_over_the_open_catalogue_is_refused_and_later_saves_are_kept(
    window, catalogue_path, tmp_path, monkeypatch
):

    from tests.conftest import staff_notes

    messages = []
    monkeypatch.setattr(plain, "warning", lambda *args: messages.append(args[2]))
    link = tmp_path / "link.sqlite"
    link.symlink_to(catalogue_path)
    for out in (catalogue_path, link):
        assert not window.catalogue_commands.write_backup(out)
    assert len(messages) == 2
    assert messages[0].startswith(
        f"{catalogue_path}: this is the catalogue {catalogue_path} itself"
    )
    assert messages[1].startswith(f"{link}: this is the catalogue {catalogue_path} itself")
    window.open_catalogue.editing.save(
        HERO, "karsybay-spataev", {"staff_notes": "saved later"}, "Edit"
    )
    window.close()
    assert staff_notes(catalogue_path) == "saved later"


def test_restoring_the_catalogue_from_itself_is_refused(window, catalogue_path, monkeypatch):

    messages = []
    monkeypatch.setattr(plain, "warning", lambda *args: messages.append(args[2]))
    editing = window.open_catalogue.editing
    assert not window.catalogue_commands.restore_from(catalogue_path)
    assert (
        f"{catalogue_path}: is the catalogue {catalogue_path} itself, not a backup" in messages[0]
    )
    assert (
        window.open_catalogue.editing is editing
    )  # the window kept its catalogue, open for editing
    assert automatic_backups(catalogue_path) == []


def test_restoring_from_a_named_pipe_is_refused_at_once(window, tmp_path, monkeypatch):
    import os

    import pytest

    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes are POSIX")
    messages = []
    monkeypatch.setattr(plain, "warning", lambda *args: messages.append(args[2]))
    fifo = tmp_path / "backup.sqlite"
    os.mkfifo(fifo)
    editing = window.open_catalogue.editing
    assert not window.catalogue_commands.restore_from(fifo)
    assert f"{fifo}: is a named pipe (FIFO), not a file" in messages[0]
    assert window.open_catalogue.editing is editing


def test_a_full_disk_at_close_says_the_changes_are_kept_in_the_side_file(
    window, catalogue_path, monkeypatch
):
    import resource

    from tests.conftest import staff_notes

    story = "A long life story. " * 2000  # the catalogue file must grow to take it in
    window.open_catalogue.editing.save(HERO, "karsybay-spataev", {"staff_notes": story}, "Edit")
    messages = []
    monkeypatch.setattr(plain, "warning", lambda *args: messages.append(args[2]))
    limits = resource.getrlimit(resource.RLIMIT_FSIZE)
    # No file can grow, as on a full disk (Python ignores SIGXFSZ: writes fail, nothing dies).
    resource.setrlimit(resource.RLIMIT_FSIZE, (catalogue_path.stat().st_size, limits[1]))
    try:
        window.close()
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limits)
    assert len(messages) == 1
    assert (
        "Your changes are saved, but they are kept in the side file catalogue.sqlite-wal"
        in (messages[0])
    )
    assert catalogue_path.with_name("catalogue.sqlite-wal").stat().st_size > 0
    assert staff_notes(catalogue_path) == story.strip()  # the catalogue is whole with its side file


def full_disk(monkeypatch):
    """Every file HeroViewer writes finds the disk full (when it is flushed to the disk)."""
    import errno
    import os

    def no_room(handle):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_room)


def test_a_full_disk_during_the_daily_backup_is_said_in_the_status_line_and_logged(
    window, qtbot, monkeypatch, caplog
):
    path = window.open_catalogue.catalogue.location.path
    full_disk(monkeypatch)
    window.catalogue_commands.start_daily_backup()
    status = window.statusBar()
    qtbot.waitUntil(lambda: "daily backup" in status.currentMessage())
    assert status.currentMessage() == (
        "The daily backup failed: the disk is full; the catalogue is unchanged"
    )
    assert "the disk is full" in caplog.text
    assert automatic_backups(path) == []
    assert window.open_catalogue.catalogue.hero("karsybay-spataev") is not None
    assert window.open_catalogue.editing is not None


def test_a_full_disk_during_back_up_export_and_restore_says_what_was_kept(
    window, tmp_path, monkeypatch
):

    actions = window.catalogue_commands
    editing = window.open_catalogue.editing
    editing.save(HERO, "karsybay-spataev", {"staff_notes": "as backed up"}, "Edit")
    good = tmp_path / "good.sqlite"
    assert actions.write_backup(good)
    editing.save(HERO, "karsybay-spataev", {"staff_notes": "now"}, "Edit")
    old_export = tmp_path / "heroes.csv"
    old_export.write_text("the old export\n", encoding="utf-8")
    messages = []
    monkeypatch.setattr(plain, "warning", lambda *args: messages.append(args[2]))
    full_disk(monkeypatch)

    assert not actions.write_backup(good)
    assert messages[-1] == (
        f"{good}: the disk is full; the previous file is kept; the catalogue is unchanged"
    )
    assert not window.exchange_commands.export_heroes_to(old_export)
    assert messages[-1] == f"{old_export}: the disk is full; the previous file is kept"
    assert old_export.read_text(encoding="utf-8") == "the old export\n"
    actions.restore_from(good)
    path = window.open_catalogue.catalogue.location.path
    assert messages[-1] == f"{path}: the disk is full; the catalogue is unchanged"
    assert window.open_catalogue.catalogue.hero("karsybay-spataev")["staff_notes"] == "now"
    assert window.open_catalogue.editing is not None


def test_restore_refuses_a_file_that_is_not_a_catalogue_before_asking(
    window, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    bogus = tmp_path / "letter.sqlite"
    bogus.write_bytes(b"Dear colleagues,\n" * 100)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(bogus), ""))
    messages = []
    monkeypatch.setattr(plain, "warning", lambda *args: messages.append(args[2]))
    window.catalogue_commands.choose_restore_file()  # a question would fail the test
    assert messages == [f"{bogus}: not a HeroViewer catalogue (the file is not an SQLite database)"]


def test_the_back_up_dialog_suggests_a_name_with_the_date(window, monkeypatch):
    import datetime

    from PySide6.QtWidgets import QFileDialog

    asked = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: asked.append(args) or ("", "")
    )
    window.catalogue_commands.choose_backup_file()
    assert Path(asked[0][2]).name == f"heroviewer-backup-{datetime.date.today().isoformat()}.sqlite"
