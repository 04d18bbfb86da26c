"""The bundled catalogue keeps every researched fact, and bad JSON is refused with its place."""

import json
from pathlib import Path

import pytest

from heroviewer.catalogue import DataFileError
from heroviewer.formats.bundle import load_heroes, load_news
from heroviewer.support.paths import bundled_data_dir

RESEARCH = Path(__file__).resolve().parents[3] / "shared" / "data"


@pytest.mark.skipif(not RESEARCH.is_dir(), reason="the research folder is not beside the project")
def test_bundled_heroes_keep_every_researched_field_and_source():
    research = json.loads((RESEARCH / "heroes.json").read_text("utf-8"))
    bundled = json.loads((bundled_data_dir() / "heroes.json").read_text("utf-8"))
    assert len(bundled) == len(research)
    added = {"id", "feat_summary_ru", "feat_summary_tg", "unchecked_translations"}  # translated
    for found, fact in zip(bundled, research, strict=True):
        assert {k: v for k, v in found.items() if k not in added} == fact


@pytest.mark.skipif(not RESEARCH.is_dir(), reason="the research folder is not beside the project")
def test_bundled_news_is_the_researched_news():
    research = json.loads((RESEARCH / "news.json").read_text("utf-8"))
    assert json.loads((bundled_data_dir() / "news.json").read_text("utf-8")) == research


def test_bundled_files_load_with_stable_unique_ids():
    heroes = load_heroes(bundled_data_dir() / "heroes.json")
    ids = [hero["id"] for hero in heroes]
    assert len(set(ids)) == len(ids) == len(heroes) > 0
    assert "veniamin-mikhaylovich-nedoshivin" in ids
    assert len(load_news(bundled_data_dir() / "news.json")) > 0


def _build_script():
    import importlib.util

    script = Path(__file__).resolve().parents[2] / "data" / "build_from_research.py"
    spec = importlib.util.spec_from_file_location("build_from_research", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _research(folder: Path) -> Path:
    heroes = [{"name_en": "Ivan Petrov", "feat_summary_en": "Held the bridge."},
              {"name_en": "Anna Ivanova", "feat_summary_en": "Flew forty sorties."}]  # fmt: skip
    folder.mkdir()
    (folder / "heroes.json").write_text(json.dumps(heroes), encoding="utf-8")
    (folder / "news.json").write_text("[]", encoding="utf-8")
    return folder


def test_the_build_merges_translated_deeds_marked_unchecked(tmp_path):
    research, out = _research(tmp_path / "research"), tmp_path / "out"
    (out / "translations").mkdir(parents=True)
    russian = {"ivan-petrov": "Удержал мост."}  # no Tajik file, and no Russian for Ivanova
    (out / "translations" / "feat_summary_ru.json").write_text(json.dumps(russian), "utf-8")
    _build_script().build(research, out)
    petrov, ivanova = json.loads((out / "heroes.json").read_text("utf-8"))
    assert petrov["feat_summary_ru"] == "Удержал мост." and "feat_summary_tg" not in petrov
    assert petrov["unchecked_translations"] == ["feat_summary_ru"]
    assert list(petrov)[-1] == "unchecked_translations"  # in the order of the fields
    assert "feat_summary_ru" not in ivanova and "unchecked_translations" not in ivanova
    assert load_heroes(out / "heroes.json")[0]["unchecked_translations"] == ["feat_summary_ru"]


def test_a_translation_of_an_unknown_hero_is_an_error_naming_the_file(tmp_path):
    research, out = _research(tmp_path / "research"), tmp_path / "out"
    (out / "translations").mkdir(parents=True)
    tajik = out / "translations" / "feat_summary_tg.json"
    tajik.write_text(json.dumps({"ivan-petroff": "Пулро нигоҳ дошт."}), "utf-8")
    build = _build_script()
    with pytest.raises(build.TranslationFileError) as error:
        build.build(research, out)
    assert str(error.value) == f"{tajik}: 'ivan-petroff' is the id of no hero"
    assert not (out / "heroes.json").exists()


def _write(tmp_path, text: str) -> Path:
    path = tmp_path / "heroes.json"
    path.write_text(text, encoding="utf-8")
    return path


def test_invalid_json_names_file_line_and_column(tmp_path):
    path = _write(tmp_path, '[\n  {"id": "a",\n   "name_en": "A" oops}\n]')
    with pytest.raises(DataFileError) as error:
        load_heroes(path)
    assert str(path) in str(error.value)
    assert "line 3" in str(error.value)


def test_a_bad_date_names_the_record_line_and_field(tmp_path):
    records = [
        {"id": "a", "name_en": "First"},
        {"id": "b", "name_en": "Second", "birth_date": "1921-13-01"},
    ]
    path = _write(tmp_path, json.dumps(records, indent=2))
    with pytest.raises(DataFileError) as error:
        load_heroes(path)
    message = str(error.value)
    assert f"{path}, line 6: record 2, field 'birth_date'" in message
    assert "1921-13-01" in message


@pytest.mark.parametrize(
    ("record", "field"),
    [
        ({"id": "a"}, "name_en"),
        ({"name_en": "No id"}, "id"),
        ({"id": "a", "name_en": "A", "posthumous": "yes"}, "posthumous"),
        ({"id": "a", "name_en": "A", "group": "elsewhere"}, "group"),
        ({"id": "a", "name_en": "A", "confidence": "sure"}, "confidence"),
        ({"id": "a", "name_en": "A", "sources": "http://x"}, "sources"),
        ({"id": "a", "name_en": "A", "birthdate": "1920"}, "birthdate"),
        ({"id": "a", "name_en": 7}, "name_en"),
    ],
)
def test_each_bad_field_is_named(tmp_path, record, field):
    with pytest.raises(DataFileError, match=f"field '{field}'"):
        load_heroes(_write(tmp_path, json.dumps([record])))


def test_duplicate_ids_are_refused(tmp_path):
    records = [{"id": "a", "name_en": "One"}, {"id": "a", "name_en": "Two"}]
    with pytest.raises(DataFileError, match="record 2, field 'id'"):
        load_heroes(_write(tmp_path, json.dumps(records)))


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(DataFileError, match="missing"):
        load_news(tmp_path / "news.json")


def test_news_without_title_is_refused(tmp_path):
    path = tmp_path / "news.json"
    path.write_text(json.dumps([{"date": "2025-01-01", "title": ""}]), "utf-8")
    with pytest.raises(DataFileError, match="record 1, field 'title'"):
        load_news(path)


def test_every_bundled_hero_passes_the_edit_forms_rules(bundled_heroes):
    """Otherwise staff could not save any change to that hero until they fixed it."""
    from heroviewer.records.validation import validate_hero

    for record in bundled_heroes:
        fields = {("group_code" if key == "group" else key): value for key, value in record.items()}
        assert validate_hero(fields) == {}, record["id"]
