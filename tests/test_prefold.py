"""A big import's search keys, folded by a helper process, are the keys folding gives."""

from __future__ import annotations

import sys

import pytest

from heroviewer import prefold
from heroviewer.catalogue import open_catalogue
from heroviewer.formats.detect import plan_for, read_import
from heroviewer.records.fields import hero_search_key
from heroviewer.records.search import search_key_of
from tests.conftest import write_bundle

TEXTS = ["Карсыбай Спатаев Kanibadam", "Xudoyberdi Yusupov 1100", "Домулло  Азизов", "— ‒"]


@pytest.fixture
def small_batches_get_a_helper(monkeypatch):
    monkeypatch.setattr(prefold, "WORTH_A_HELPER", 3)


def test_an_imported_files_keys_folded_by_the_helper_are_the_usual_ones(
    small_batches_get_a_helper, tmp_path
):
    path = tmp_path / "heroes.csv"
    path.write_text(
        "name_en,name_ru,aliases,birth_place\n"
        "Karsybay Spataev,Карсыбай Спатаев,Spataev K. | Спатаев,Kanibadam\n"
        "Xudoyberdi Yusupov,,,Khujand 1100\n"
        "Domullo Azizov,Домулло Азизов,,\n",
        encoding="utf-8",
    )
    target = open_catalogue(tmp_path / "empty.sqlite", bundle_dir=write_bundle(tmp_path / "b", []))
    kind, records = read_import(path)
    plan = plan_for(kind, records, target)
    writer = target.open_writer()
    writer.apply_batch(plan.entity, plan.adds)
    writer.close()
    stored = {row.name_en: row.search_key for row in target.hero_rows()}
    assert stored == {record["name_en"]: hero_search_key(record) for record in records}
    assert "spataev k" in stored["Karsybay Spataev"]
    assert "xudoyberdi" not in stored["Xudoyberdi Yusupov"]


def test_texts_the_helper_did_not_fold_are_folded_here(small_batches_get_a_helper):
    prefold.start(TEXTS)
    changed = [*TEXTS[:3], "a cell edited after reading"]
    assert prefold.keys_of(changed) == [search_key_of(text) for text in changed]


def test_keys_come_right_when_no_helper_can_start(small_batches_get_a_helper, monkeypatch):
    monkeypatch.setattr(sys, "executable", "/nonexistent/python")
    prefold.start(TEXTS)
    assert prefold.keys_of(TEXTS) == [search_key_of(text) for text in TEXTS]


def test_the_helper_does_fold_them(small_batches_get_a_helper, monkeypatch):
    expected = [search_key_of(text) for text in TEXTS]
    prefold.start(TEXTS)
    monkeypatch.setattr(prefold, "search_key_of", lambda text: pytest.fail(f"folded here: {text}"))
    assert prefold.keys_of(TEXTS) == expected


def test_a_cancelled_preview_ends_the_helper(
    small_batches_get_a_helper, window, qtbot, tmp_path, monkeypatch
):
    """Keys bigger than a pipe holds: a helper nobody reads from would wait for ever."""
    from heroviewer.ui.dialogs.import_preview import ImportPreview
    from tests.ui.test_interchange_window import PreviewAnswers

    answers, helpers, start = PreviewAnswers(), [], prefold.start
    answers.cancel = True
    monkeypatch.setattr(ImportPreview, "exec", lambda dialog: answers.exec_(dialog))
    monkeypatch.setattr(
        prefold, "start", lambda texts: (start(texts), helpers.append(prefold._helper[0]))
    )
    path = tmp_path / "long.csv"
    rows = "".join(f"Test Hero {n},{'Unit ' * 8000}\n" for n in range(3))
    path.write_text("name_en,unit\n" + rows, encoding="utf-8")
    window.interchange_actions.import_from(path)
    qtbot.waitUntil(lambda: window.interchange_actions.pending == 0)
    assert answers.seen and window.hero_model.total_count == 28
    assert helpers[0].poll() is not None  # ended, not waiting to hand over its keys
