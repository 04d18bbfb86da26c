"""Backups written to a file and the catalogue restored from one, as the command line and the
window do it."""

from __future__ import annotations

import pytest

from heroviewer.catalogue import CatalogueError, open_catalogue
from heroviewer.catalogue.file_checks import FileRefused
from heroviewer.operations.backups import back_up, check_restore, restore
from tests.conftest import set_staff_notes, staff_notes


def test_a_backup_then_a_restore_brings_the_old_text_back(catalogue_path, tmp_path):
    set_staff_notes(catalogue_path, "kept")
    out = tmp_path / "backup.sqlite"
    assert back_up(catalogue_path, out) == out
    assert staff_notes(out) == "kept"
    set_staff_notes(catalogue_path, "changed later")

    kept = restore(out, catalogue_path)
    assert staff_notes(catalogue_path) == "kept"
    assert staff_notes(kept) == "changed later"  # the catalogue as it was


def test_a_backup_over_the_catalogue_or_into_no_folder_is_refused(catalogue_path, tmp_path):
    before = catalogue_path.read_bytes()
    with pytest.raises(FileRefused, match="Nothing was written"):
        back_up(catalogue_path, catalogue_path)
    missing = tmp_path / "missing" / "backup.sqlite"
    with pytest.raises(FileRefused) as refused:
        back_up(catalogue_path, missing)
    assert str(refused.value) == f"{missing}: the folder {missing.parent} does not exist"
    with pytest.raises(CatalogueError, match="not of database URLs"):
        back_up(None, tmp_path / "backup.sqlite")
    assert catalogue_path.read_bytes() == before


def test_a_restore_while_heroviewer_has_the_catalogue_open_is_refused(catalogue_path, tmp_path):
    back_up(catalogue_path, tmp_path / "backup.sqlite")
    set_staff_notes(catalogue_path, "now")
    holder = open_catalogue(catalogue_path)
    writer = holder.open_writer()  # takes the edit lock
    try:
        with pytest.raises(CatalogueError) as refused:
            restore(tmp_path / "backup.sqlite", catalogue_path)
    finally:
        writer.close()
        holder.close()
    assert str(refused.value) == f"{catalogue_path}: HeroViewer has it open; close it first"
    assert staff_notes(catalogue_path) == "now"


def test_a_file_that_is_not_a_backup_is_refused_before_anything_is_closed(catalogue_path, tmp_path):
    not_a_backup = tmp_path / "notes.sqlite"
    not_a_backup.write_bytes(b"shopping list" * 100)
    before = catalogue_path.read_bytes()
    with pytest.raises(CatalogueError, match=str(not_a_backup)):
        check_restore(not_a_backup, catalogue_path)
    with pytest.raises(CatalogueError, match="itself, not a backup of it"):
        check_restore(catalogue_path, catalogue_path)
    with pytest.raises(CatalogueError, match="not on database URLs"):
        restore(not_a_backup, None)
    assert catalogue_path.read_bytes() == before
