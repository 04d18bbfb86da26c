"""An import read, planned and applied, as `heroviewer import` and File → Import… run it."""

from __future__ import annotations

import pytest

from heroviewer.catalogue import open_catalogue
from heroviewer.formats.detect import ImportKind
from heroviewer.formats.files import ImportRefused
from heroviewer.operations.importing import apply_import, plan_import_file, through_writer
from tests.helpers import BOTH_ENGINES

DAMAGED_NAME = "Неъмат Қарабоев".replace("Қ", "?")  # as a Windows-1251 sheet saves it


def names_of(catalogue) -> dict[str, str]:
    return {row.id: row.display_name for row in catalogue.hero_rows()}


@BOTH_ENGINES
def test_a_sheet_is_planned_then_applied_through_the_writer(catalogue_db, catalogue, tmp_path):
    heroes = len(catalogue.hero_rows())
    path = tmp_path / "heroes.csv"
    path.write_text(
        "id,name_en,military_rank\nkarsybay-spataev,Karsybay Spataev,Private\n,New Hero,\n",
        encoding="utf-8",
    )
    planned = plan_import_file(path, catalogue)
    assert planned.kind is ImportKind.HEROES_CSV and len(planned.records) == 2
    lines = planned.report_lines(names_of(catalogue))
    assert lines[0] == f"{path}: heroes (CSV), 2 records"
    assert "  + New Hero" in lines
    assert len(open_catalogue(catalogue_db).hero_rows()) == heroes  # nothing written yet

    writer = catalogue.open_writer()
    try:
        assert apply_import(planned.plan_to_apply(), through_writer(writer)) == (1, 1)
    finally:
        writer.close()
    after = open_catalogue(catalogue_db)
    assert len(after.hero_rows()) == heroes + 1
    assert after.hero("karsybay-spataev")["military_rank"] == "Private"
    after.close()


def test_damaged_texts_are_left_out_unless_accepted(catalogue, tmp_path):
    path = tmp_path / "saved-as-cyrillic.csv"
    path.write_text(f"id,name_tg\nnegmat-karabaev,{DAMAGED_NAME}\n", encoding="utf-8")
    planned = plan_import_file(path, catalogue)
    lines = planned.report_lines(names_of(catalogue))
    assert "Looks damaged, left out (a new record whole, a change in the fields named): 1 hero" in (
        lines
    )
    assert lines[-1] == "  To import them as they are, add --accept-damaged."
    assert planned.plan_to_apply().is_empty
    assert not planned.plan_to_apply(accept_damaged=True).is_empty
    accepted = planned.report_lines(names_of(catalogue), accept_damaged=True)
    assert "Looks damaged, imported anyway (--accept-damaged): 1 hero" in accepted


def test_an_empty_plan_writes_nothing(catalogue, tmp_path):
    path = tmp_path / "news.json"
    path.write_text('[{"title": "Only news", "date": "2025-01-02"}]', encoding="utf-8")
    planned = plan_import_file(path, catalogue)
    calls = []
    empty = planned.plan.without(adds=range(len(planned.plan.adds)))
    assert apply_import(empty, lambda *batch: calls.append(batch) or (9, 9)) == (0, 0)
    assert calls == []


def test_a_file_that_cannot_be_imported_is_refused_by_name(catalogue, tmp_path):
    path = tmp_path / "book.xlsx"
    path.write_bytes(b"PK\x03\x04 a workbook")
    with pytest.raises(ImportRefused) as refused:
        plan_import_file(path, catalogue)
    assert str(path) in str(refused.value) and "spreadsheet workbook" in str(refused.value)
