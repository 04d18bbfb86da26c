"""Heroes and news written to files, as `heroviewer export` and File → Export do it."""

from __future__ import annotations

import json

import pytest

from heroviewer.catalogue.file_checks import FileRefused
from heroviewer.formats.detect import ImportKind, read_import
from heroviewer.operations.exporting import export_heroes, export_news, with_ending
from heroviewer.operations.searching import searched_rows
from tests.helpers import BOTH_ENGINES


@BOTH_ENGINES
def test_all_heroes_to_csv_and_to_json_by_the_files_ending(catalogue, tmp_path):
    heroes = len(catalogue.hero_rows())
    assert export_heroes(catalogue, tmp_path / "heroes.csv") == heroes
    kind, records = read_import(tmp_path / "heroes.csv")
    assert kind is ImportKind.HEROES_CSV and len(records) == heroes

    assert export_heroes(catalogue, tmp_path / "heroes.json") == heroes
    assert len(json.loads((tmp_path / "heroes.json").read_text(encoding="utf-8"))) == heroes


def test_a_chosen_format_wins_over_the_ending(catalogue, tmp_path):
    out = tmp_path / "heroes.txt"
    export_heroes(catalogue, out, "json")
    assert read_import(out)[0] is ImportKind.HEROES_JSON


def test_only_the_heroes_a_search_finds_or_those_chosen(catalogue, tmp_path):
    found = searched_rows(catalogue, "Spataev")
    assert [row.display_name for row in found] == ["Karsybay Spataev"]
    assert export_heroes(catalogue, tmp_path / "found.csv", search="Spataev") == 1
    assert [r["name_en"] for r in read_import(tmp_path / "found.csv")[1]] == ["Karsybay Spataev"]

    chosen = ["domullo-azizov", "karsybay-spataev"]
    assert export_heroes(catalogue, tmp_path / "chosen.json", hero_ids=chosen) == 2
    assert export_heroes(catalogue, tmp_path / "both.csv", hero_ids=chosen, search="Spataev") == 1


def test_every_hero_in_surname_order_when_there_is_no_search(catalogue):
    from heroviewer.records.names import name_sort_key

    names = [row.display_name for row in searched_rows(catalogue, None)]
    assert len(names) == len(catalogue.hero_rows())
    assert names == sorted(names, key=name_sort_key)


@BOTH_ENGINES
def test_news_to_json(catalogue, tmp_path):
    out = tmp_path / "news.json"
    assert export_news(catalogue, out) == len(catalogue.news_items())
    assert read_import(out)[0] is ImportKind.NEWS_JSON


def test_the_catalogue_itself_is_refused_and_left_as_it_was(catalogue, catalogue_path):
    before = catalogue_path.read_bytes()
    with pytest.raises(FileRefused) as refused:
        export_heroes(catalogue, catalogue_path)
    assert str(refused.value) == (
        f"{catalogue_path}: this is the catalogue {catalogue_path} itself; writing there would "
        "destroy it. Nothing was written: choose another file"
    )
    side_file = catalogue_path.with_name(catalogue_path.name + "-wal")
    with pytest.raises(FileRefused, match="working file"):
        export_news(catalogue, side_file)
    assert catalogue_path.read_bytes() == before


def test_a_folder_that_does_not_exist_is_named(catalogue, tmp_path):
    out = tmp_path / "missing" / "heroes.csv"
    with pytest.raises(FileRefused) as refused:
        export_heroes(catalogue, out)
    assert str(refused.value) == f"{out}: the folder {out.parent} does not exist"


def test_a_name_without_an_ending_gets_the_chosen_one(tmp_path):
    assert with_ending(tmp_path / "heroes", ".json") == tmp_path / "heroes.json"
    assert with_ending(tmp_path / "heroes.CSV", ".json") == tmp_path / "heroes.CSV"


def test_cards_and_exports_list_heroes_by_surname(catalogue):
    names = [row.display_name for row in searched_rows(catalogue, "Sharipov")]
    assert names == ["Irgash Sharipov", "Ismat Sharipov"]
    every = [row.display_name for row in searched_rows(catalogue, None)]
    assert every.index("Domullo Azizov") < every.index("Karsybay Spataev")
    assert every.index("Domullo Azizov") < every.index("Anton Efimovich Buyukly")
