"""Files HeroViewer writes (exports, cards, backups) appear whole, as any saved file would."""

from __future__ import annotations

import os
import stat

import pytest

from heroviewer.support.atomic import written_atomically


@pytest.fixture
def usual_umask():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.mark.skipif(os.name != "posix", reason="permission bits are POSIX")
def test_a_written_file_can_be_read_by_others_as_any_saved_file(usual_umask, tmp_path):
    out = tmp_path / "heroes.csv"
    with written_atomically(out) as temporary:
        temporary.write_text("id\n", encoding="utf-8")
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    assert list(tmp_path.iterdir()) == [out]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    out = tmp_path / "heroes.csv"
    out.write_text("the old export\n", encoding="utf-8")
    with pytest.raises(RuntimeError), written_atomically(out) as temporary:
        temporary.write_text("half of it", encoding="utf-8")
        raise RuntimeError("disk full")
    assert out.read_text(encoding="utf-8") == "the old export\n"
    assert list(tmp_path.iterdir()) == [out]


def test_a_full_disk_keeps_the_old_file_and_says_so(tmp_path, monkeypatch):
    import errno

    out = tmp_path / "heroes.csv"
    out.write_text("the old export\n", encoding="utf-8")

    def full(handle):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError) as caught, written_atomically(out) as temporary:
        temporary.write_text("the new export", encoding="utf-8")
    assert caught.value.strerror == "the disk is full; the previous file is kept"
    assert out.read_text(encoding="utf-8") == "the old export\n"
    assert list(tmp_path.iterdir()) == [out]


def test_leftovers_of_killed_writes_are_removed_but_not_a_file_being_written(tmp_path):
    from heroviewer.support.atomic import PARTIAL_PREFIX, remove_leftovers

    leftovers = [
        tmp_path / f"{PARTIAL_PREFIX}0badf00d-heroes.csv",
        tmp_path / f"{PARTIAL_PREFIX}0badf00d-backup.sqlite",
        tmp_path / f"{PARTIAL_PREFIX}0badf00d-backup.sqlite-journal",
    ]
    for path in leftovers:
        path.write_bytes(b"half a file")
    ours = tmp_path / ".hidden-notes.txt"  # not HeroViewer's: never touched
    ours.write_text("keep me", encoding="utf-8")
    out = tmp_path / "news.json"
    with written_atomically(out) as temporary:  # another HeroViewer, still writing
        temporary.write_text("[]", encoding="utf-8")
        assert temporary.name.startswith(PARTIAL_PREFIX)
        assert sorted(remove_leftovers(tmp_path)) == sorted(leftovers)
        assert temporary.read_text(encoding="utf-8") == "[]"
    assert sorted(tmp_path.iterdir()) == sorted([ours, out])
    assert out.read_text(encoding="utf-8") == "[]"
