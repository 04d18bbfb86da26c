"""A catalogue that cannot be written is still opened, read-only, and says why."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import BUNDLED_HEROES, BUNDLED_NEWS


def run_on_read_only_folder(folder: Path, *args) -> subprocess.CompletedProcess:
    """Run heroviewer with ``folder`` unwritable, as on a CD or a locked network share.

    Root ignores file permissions, so as root the folder is mounted read-only in a private
    mount namespace instead (what Linux offers without touching the real system).
    """
    command = [sys.executable, "-m", "heroviewer", *map(str, args)]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if os.geteuid() != 0:
        for path in folder.iterdir():
            path.chmod(0o444)
        folder.chmod(0o555)
        try:
            return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
        finally:
            folder.chmod(0o755)
    if shutil.which("unshare") is None:
        pytest.skip("as root, this test needs unshare (util-linux) to mount a folder read-only")
    place = shlex.quote(str(folder))
    script = (
        f"mount --bind {place} {place} && mount -o remount,bind,ro {place} && "
        f"exec {shlex.join(command)}"
    )
    result = subprocess.run(
        ["unshare", "--mount", "sh", "-c", script],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    if "mount:" in result.stderr or "unshare:" in result.stderr:
        pytest.skip(f"cannot mount read-only here: {result.stderr.strip()}")
    return result


@pytest.fixture
def read_only_folder(seeded_catalogue_file, tmp_path):
    folder = tmp_path / "cd"
    folder.mkdir()
    shutil.copyfile(seeded_catalogue_file, folder / "catalogue.sqlite")
    return folder


def test_a_read_only_catalogue_is_read_and_reported(read_only_folder):
    path = read_only_folder / "catalogue.sqlite"
    result = run_on_read_only_folder(read_only_folder, "check", "--db", path)
    assert result.returncode == 0, result.stderr
    assert f"{BUNDLED_HEROES} heroes, {BUNDLED_NEWS} news items (read-only:" in result.stdout
    assert sorted(p.name for p in read_only_folder.iterdir()) == ["catalogue.sqlite"]


def test_cards_print_from_a_read_only_catalogue(read_only_folder, tmp_path):
    path = read_only_folder / "catalogue.sqlite"
    out = tmp_path / "cards.pdf"
    result = run_on_read_only_folder(
        read_only_folder, "cards", "--db", path, "--out", out, "--search", "Spataev"
    )
    assert result.returncode == 0, result.stderr
    assert out.is_file()


def test_saved_changes_in_a_wal_without_its_shm_are_shown_read_only(catalogue_path, tmp_path):
    """A catalogue copied while open (its -wal holding saved changes, no -shm) onto a CD."""
    import json

    from heroviewer.catalogue import open_catalogue
    from heroviewer.catalogue.writer import HERO

    folder = tmp_path / "cd"
    folder.mkdir()
    catalogue = open_catalogue(catalogue_path)
    writer = catalogue.open_writer()
    writer.save(HERO, "karsybay-spataev", {"staff_notes": "saved in the side file"})
    for name in ("catalogue.sqlite", "catalogue.sqlite-wal"):
        shutil.copyfile(catalogue_path.with_name(name), folder / name)
    writer.close()
    catalogue.close()
    out = tmp_path / "heroes.json"
    result = run_on_read_only_folder(
        folder, "export", "--db", folder / "catalogue.sqlite", "--format", "json", "--out", out
    )
    assert result.returncode == 0, result.stderr
    notes = {hero["id"]: hero["staff_notes"] for hero in json.loads(out.read_text("utf-8"))}
    assert notes["karsybay-spataev"] == "saved in the side file"
    assert sorted(p.name for p in folder.iterdir()) == ["catalogue.sqlite", "catalogue.sqlite-wal"]
