"""File → Back up… and File → Restore… in the running window."""

from __future__ import annotations

from heroviewer.catalog.backup import automatic_backups
from heroviewer.catalog.writer import HERO


def test_back_up_then_restore_brings_the_old_record_back(window, qtbot, tmp_path):
    editing = window.editing
    editing.save(HERO, "karsybay-spataev", {"staff_notes": "as backed up"}, "Edit")
    out = tmp_path / "museum-backup.sqlite"
    assert window.catalogue_actions.write_backup(out)
    editing.save(HERO, "karsybay-spataev", {"staff_notes": "after the backup"}, "Edit")
    window.select_hero("karsybay-spataev")

    assert window.catalogue_actions.restore_from(out)
    assert window.editing is not None  # editable again, on the restored catalogue
    assert window.catalog.hero("karsybay-spataev")["staff_notes"] == "as backed up"
    assert window.undo_stack.count() == 0  # undo does not reach across a restore
    assert window.hero_model.total_count == 28
    before = [p for p in automatic_backups(window.catalog.location.path)]
    assert [p.name.endswith("-before-restore.sqlite") for p in before] == [True]


def test_restoring_a_file_that_is_not_a_backup_changes_nothing(window, tmp_path, monkeypatch):
    from heroviewer.ui import plain

    messages = []
    monkeypatch.setattr(plain, "warning", lambda *args: messages.append(args[2]))
    bogus = tmp_path / "holiday.jpg"
    bogus.write_bytes(b"\xff\xd8 not a catalogue")
    editing = window.editing
    assert not window.catalogue_actions.restore_from(bogus)
    assert str(bogus) in messages[0]
    assert window.editing is editing  # the window kept its catalogue
    assert window.catalog.hero("karsybay-spataev") is not None


def test_the_daily_backup_runs_in_the_background(window, qtbot):
    window.catalogue_actions.start_daily_backup()
    qtbot.waitUntil(lambda: window.catalogue_actions.last_backup is not None)
    assert window.catalogue_actions.last_backup in automatic_backups(window.catalog.location.path)


def test_damage_found_while_running_offers_the_newest_good_backup(window, qtbot, monkeypatch):
    import datetime

    from heroviewer.catalog.backup import daily_backup
    from heroviewer.ui import plain
    from tests.catalog.test_backup import damage

    path = window.catalog.location.path
    window.editing.save(HERO, "karsybay-spataev", {"staff_notes": "in the backup"}, "Edit")
    daily_backup(path, datetime.datetime.now() - datetime.timedelta(days=1))
    damage(path)
    offers = []
    monkeypatch.setattr(
        plain, "warning",
        lambda *args: offers.append(args[2]) or plain.Button.Yes,
    )  # fmt: skip
    window.catalogue_actions.start_daily_backup()
    qtbot.waitUntil(lambda: bool(offers))
    assert "the catalogue is damaged" in offers[0]
    assert "Restore the newest good backup" in offers[0]
    assert window.catalog.hero("karsybay-spataev")["staff_notes"] == "in the backup"
    assert window.editing is not None
    assert list(path.parent.glob("*.damaged-*.sqlite"))  # kept aside, not overwritten
