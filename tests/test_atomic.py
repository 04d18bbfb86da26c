"""Files HeroViewer writes (exports, cards, backups) appear whole, as any saved file would."""

from __future__ import annotations

import os
import stat

import pytest

from heroviewer.atomic import written_atomically


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
