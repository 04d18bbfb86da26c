"""The cycle collector is paused only while an import works, however the import ends."""

from __future__ import annotations

import gc
import threading

import pytest

from heroviewer.formats.detect import read_import
from heroviewer.formats.files import ImportRefused
from heroviewer.support.bulk import collector_paused


def test_the_collector_runs_again_after_a_refused_import(tmp_path):
    bad = tmp_path / "heroes.csv"
    bad.write_text("name_en,birth_date\nHero,19xx\n", encoding="utf-8")
    assert gc.isenabled()
    with pytest.raises(ImportRefused):
        read_import(bad)
    assert gc.isenabled()


def test_nested_and_concurrent_pauses_resume_when_the_last_one_ends():
    inner_started, outer_may_end = threading.Event(), threading.Event()

    def other_import():
        with collector_paused():
            inner_started.set()
            outer_may_end.wait(timeout=10)

    with collector_paused():
        worker = threading.Thread(target=other_import)
        worker.start()
        inner_started.wait(timeout=10)
        with collector_paused():
            assert not gc.isenabled()
    assert not gc.isenabled()  # the other thread's import still works
    outer_may_end.set()
    worker.join(timeout=10)
    assert gc.isenabled()
