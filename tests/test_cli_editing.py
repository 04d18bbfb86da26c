"""heroviewer backup, restore and portraits: what staff type and what they are told."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from heroviewer.catalogue import open_catalogue
from tests.conftest import set_staff_notes, staff_notes
from tests.helpers import BOTH_ENGINES, BUNDLED_HEROES
from tests.support.test_portrait_files import write_jpeg
from tests.test_cli import run_cli


def test_backup_and_restore_from_the_command_line(catalogue_path, tmp_path):
    set_staff_notes(catalogue_path, "kept")
    out = tmp_path / "backup.sqlite"
    result = run_cli("backup", "--db", catalogue_path, "--out", out)
    assert result.returncode == 0, result.stderr
    assert f"backed up to {out}" in result.stdout
    set_staff_notes(catalogue_path, "changed later")

    result = run_cli("restore", out, "--db", catalogue_path)
    assert result.returncode == 0, result.stderr
    assert "restored from" in result.stdout
    assert "the catalogue as it was is kept in" in result.stdout
    assert staff_notes(catalogue_path) == "kept"


def test_restore_refuses_while_heroviewer_has_the_catalogue_open(catalogue_path, tmp_path):
    out = tmp_path / "backup.sqlite"
    run_cli("backup", "--db", catalogue_path, "--out", out)
    holder = open_catalogue(catalogue_path).open_writer()
    result = run_cli("restore", out, "--db", catalogue_path)
    holder.close()
    assert result.returncode != 0
    assert "HeroViewer has it open; close it first" in result.stderr


def test_a_damaged_catalogue_names_the_backup_to_restore(catalogue_path, tmp_path):
    from heroviewer.catalogue.backup import daily_backup

    daily_backup(catalogue_path)
    catalogue_path.write_bytes(b"garbage" * 1000)
    result = run_cli("check", "--db", catalogue_path)
    assert result.returncode != 0
    assert "not an SQLite database" in result.stderr
    assert "heroviewer restore" in result.stderr


@BOTH_ENGINES
def test_portraits_from_a_folder_dry_run_then_for_real(catalogue_db, tmp_path):
    folder = tmp_path / "scans"
    folder.mkdir()
    write_jpeg(folder / "Спатаев.jpg")
    write_jpeg(folder / "Sharipov.jpg")  # Irgash or Ismat
    (folder / "readme.txt").write_text("scanned 2025")

    result = run_cli("portraits", folder, "--dry-run", "--db", catalogue_db)
    assert result.returncode == 0, result.stderr
    assert "Спатаев.jpg -> Karsybay Spataev" in result.stdout
    assert "Matched several heroes, not used (1):" in result.stdout
    assert "Sharipov.jpg -> Irgash Sharipov, Ismat Sharipov" in result.stdout
    assert "readme.txt: not an image file (by its name)" in result.stdout
    assert "nothing changed (dry run)" in result.stdout
    assert open_catalogue(catalogue_db).hero("karsybay-spataev")["portrait"] is None

    result = run_cli("portraits", folder, "--db", catalogue_db)
    assert result.returncode == 0, result.stderr
    assert "1 portrait set" in result.stdout
    assert open_catalogue(catalogue_db).hero("karsybay-spataev")["portrait"]


def test_a_file_named_in_bytes_that_are_not_utf8_is_reported_and_the_rest_imported(
    catalogue_path, tmp_path
):
    folder = tmp_path / "scans"
    folder.mkdir()
    write_jpeg(folder / "Спатаев.jpg")
    try:
        write_jpeg(os.fsdecode(os.fsencode(folder) + b"/Azizov \xff\xfe.jpg"))
    except (OSError, UnicodeError):
        pytest.skip("this file system takes only Unicode file names")
    result = run_cli("portraits", folder, "--db", catalogue_path)
    assert result.returncode == 0, result.stderr
    assert "Azizov \ufffd\ufffd.jpg: the file name is not valid UTF-8 text" in result.stdout
    assert "1 portrait set" in result.stdout
    catalogue = open_catalogue(catalogue_path)
    assert catalogue.hero("karsybay-spataev")["portrait"]
    assert catalogue.hero("domullo-azizov")["portrait"] is None


def test_after_an_import_the_catalogue_file_alone_holds_everything(catalogue_path, tmp_path):
    source = tmp_path / "one.csv"
    source.write_text("name_en,unit\nTest Hero,Unit 1\n", encoding="utf-8")
    result = run_cli("--db", catalogue_path, "import", source)
    assert "imported: 1 added" in result.stdout, result.stderr
    wal = catalogue_path.with_name(catalogue_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    copy = tmp_path / "usb-stick.sqlite"
    shutil.copyfile(catalogue_path, copy)
    assert f"{BUNDLED_HEROES + 1} heroes" in run_cli("--db", copy, "check").stdout


def test_restore_refuses_a_backup_with_someone_elses_trigger(catalogue_path, tmp_path):
    import sqlite3

    out = tmp_path / "backup.sqlite"
    run_cli("backup", "--db", catalogue_path, "--out", out)
    connection = sqlite3.connect(out)
    connection.execute("CREATE TRIGGER x AFTER UPDATE ON heroes BEGIN DELETE FROM heroes; END")
    connection.close()
    before = catalogue_path.read_bytes()
    result = run_cli("restore", out, "--db", catalogue_path)
    assert result.returncode == 2
    assert f"{out}: the table heroes has a trigger 'x' that HeroViewer did" in result.stderr
    assert catalogue_path.read_bytes() == before


def run_cli_with_a_full_disk(limit: int, *args):
    """run_cli, but no file can grow beyond ``limit`` bytes, as on a full disk (no root needed;
    Python ignores SIGXFSZ, so a write past the limit fails instead of killing the process)."""
    import os
    import resource
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "-m", "heroviewer", *map(str, args)],
        capture_output=True, text=True, timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit)),
    )  # fmt: skip


def hero_count(path) -> int:
    catalogue = open_catalogue(path)
    try:
        return len(catalogue.hero_rows())
    finally:
        catalogue.close()


def test_a_full_disk_at_close_keeps_the_import_in_the_side_file_and_says_so(
    catalogue_path, tmp_path
):
    before = hero_count(catalogue_path)
    source = tmp_path / "ten.csv"
    rows = [f"Hero {n},{'A long life story. ' * 150}" for n in range(10)]
    source.write_text("name_en,biography\n" + "\n".join(rows) + "\n", encoding="utf-8")
    # The saves fit in the -wal, but the catalogue file cannot grow to take them in.
    result = run_cli_with_a_full_disk(
        catalogue_path.stat().st_size, "import", source, "--db", catalogue_path
    )
    assert result.returncode == 0, result.stderr
    assert "imported: 10 added" in result.stdout
    assert "the changes are saved, but kept in the side file catalogue.sqlite-wal" in result.stderr
    wal = catalogue_path.with_name("catalogue.sqlite-wal")
    assert wal.stat().st_size > 0
    assert hero_count(catalogue_path) == before + 10  # whole with its side file

    result = run_cli_with_a_full_disk(
        catalogue_path.stat().st_size, "check", "--db", catalogue_path
    )
    assert result.returncode == 0, result.stderr
    assert f"{before + 10} heroes" in result.stdout
    assert "kept in the side file catalogue.sqlite-wal" in result.stderr


def run_cli_on_a_full_disk(*args, limit: int = 64 * 1024):
    """The command line with files limited to ``limit`` bytes: a write past it fails (EFBIG)
    as on a full disk, and no root is needed."""
    import resource
    import signal

    def small_files():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write gets EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "heroviewer", *map(str, args)]
    return subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=120, preexec_fn=small_files
    )


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE")
def test_a_full_disk_during_backup_export_and_restore_says_so(catalogue_path, tmp_path):
    for hero_id in ("karsybay-spataev", "domullo-azizov"):  # an export bigger than the limit
        set_staff_notes(catalogue_path, "as backed up " * 4000, hero_id)
    good = tmp_path / "good.sqlite"
    assert run_cli("backup", "--db", catalogue_path, "--out", good).returncode == 0
    set_staff_notes(catalogue_path, "now")
    before = catalogue_path.read_bytes()
    old = tmp_path / "old.sqlite"
    old.write_bytes(b"yesterday's backup")

    result = run_cli_on_a_full_disk("backup", "--db", catalogue_path, "--out", old)
    assert result.returncode == 2
    assert result.stderr == (
        f"heroviewer: {old}: no backup written: the disk is full; the previous file is kept; "
        "the catalogue is unchanged\n"
    )
    assert old.read_bytes() == b"yesterday's backup"

    export = tmp_path / "heroes.csv"
    export.write_text("the old export\n", encoding="utf-8")
    result = run_cli_on_a_full_disk("export", "--db", good, "--out", export)
    assert result.returncode == 2
    assert result.stderr == (
        f"heroviewer: {export}: not exported: the disk is full; the previous file is kept\n"
    )
    assert export.read_text(encoding="utf-8") == "the old export\n"

    result = run_cli_on_a_full_disk("restore", good, "--db", catalogue_path)
    assert result.returncode == 2
    assert result.stderr == (
        f"heroviewer: {catalogue_path}: not restored: the disk is full; "
        "the catalogue is unchanged\n"
    )
    assert catalogue_path.read_bytes() == before
    assert staff_notes(catalogue_path) == "now"
    assert not [path for path in tmp_path.rglob(".heroviewer-partial-*")]
