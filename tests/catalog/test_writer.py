"""Saving, adding and deleting records: one transaction each, every change in history."""

from __future__ import annotations

import json
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from heroviewer.catalog import ReadOnlyCatalog, open_catalog
from heroviewer.catalog.columns import encode_texts
from heroviewer.catalog.lock import EditLock
from heroviewer.catalog.validation import hero_problems, validate_hero, validate_news
from heroviewer.catalog.writer import HERO, NEWS, WHOLE_RECORD
from heroviewer.search import matching_flags, query_tokens


@pytest.fixture
def writer(catalog):
    opened = catalog.open_writer()
    yield opened
    opened.close()


def found_by(catalog, query: str) -> list[str]:
    rows = catalog.hero_rows()
    flags = matching_flags(query_tokens(query), [row.search_key for row in rows])
    return [row.id for row, keep in zip(rows, flags, strict=True) if keep]


def test_a_saved_edit_is_read_back_searchable_and_recorded(catalog, writer):
    before = catalog.hero("karsybay-spataev")
    changes = writer.save(HERO, "karsybay-spataev", {"military_rank": " Sergeant ", "unit": ""})
    assert [(c.field, c.old, c.new) for c in changes] == [
        ("military_rank", before["military_rank"], "Sergeant"),
        ("unit", before["unit"], None),
    ]
    assert catalog.hero("karsybay-spataev")["military_rank"] == "Sergeant"
    history = writer.history(HERO, "karsybay-spataev")
    assert [(h.field, h.old, h.new, h.action) for h in history] == [
        ("military_rank", before["military_rank"], "Sergeant", "edit"),
        ("unit", before["unit"], None, "edit"),
    ][::-1]
    assert history[0].user == writer.user
    assert history[0].change_id == history[1].change_id  # saved together

    writer.save(HERO, "karsybay-spataev", {"aliases": ["Карсыбай Спатай"]})
    assert "karsybay-spataev" in found_by(catalog, "Спатай")


def test_saving_unchanged_values_records_nothing(catalog, writer):
    record = catalog.hero("karsybay-spataev")
    assert writer.save(HERO, record["id"], {"name_en": record["name_en"]}) == []
    assert writer.history(HERO, record["id"]) == []


def test_added_hero_gets_an_id_from_the_name_and_can_be_deleted_and_restored(catalog, writer):
    new_id = writer.add(HERO, {"name_ru": "Иван Петров", "sources": ["https://example.org/a"]})
    assert new_id == "ivan-petrov"
    assert writer.add(HERO, {"name_en": "Ivan Petrov"}) == "ivan-petrov-2"
    assert "ivan-petrov" in found_by(catalog, "Petrov")
    removed = writer.delete(HERO, "ivan-petrov")
    assert catalog.hero("ivan-petrov") is None
    writer.add(HERO, removed, action="undo delete")
    assert catalog.hero("ivan-petrov")["sources"] == ["https://example.org/a"]
    history = writer.history(HERO, "ivan-petrov")
    assert history[-1].new == {"added": "Иван Петров"}  # the record itself is the copy
    assert history[1].old["sources"] == ["https://example.org/a"]  # a deletion keeps a copy
    actions = [(h.action, h.field) for h in history]
    assert actions == [("undo delete", WHOLE_RECORD), ("delete", WHOLE_RECORD), ("add", "*")]


def test_news_items_are_added_edited_and_deleted(catalog, writer):
    count = len(catalog.news_items())
    news_id = writer.add(NEWS, {"title": "Meeting in Dushanbe", "date": "2026-11-20"})
    assert catalog.news_items()[0]["title"] == "Meeting in Dushanbe"
    writer.save(NEWS, news_id, {"title": "Meeting of the Secretariat in Dushanbe"})
    assert catalog.news_items()[0]["title"] == "Meeting of the Secretariat in Dushanbe"
    writer.delete(NEWS, news_id)
    assert len(catalog.news_items()) == count
    assert len(writer.history(NEWS, news_id)) == 3


def test_a_failed_save_changes_nothing(catalog, writer):
    with pytest.raises(ValueError, match="not fields of a hero"):
        writer.save(HERO, "karsybay-spataev", {"name_en": "X", "no_such_field": 1})
    assert catalog.hero("karsybay-spataev")["name_en"] == "Karsybay Spataev"
    assert writer.history(HERO, "karsybay-spataev") == []


def test_a_second_writer_is_refused_while_the_first_holds_the_lock(catalog, writer):
    with pytest.raises(ReadOnlyCatalog, match="another HeroViewer has it open for editing"):
        catalog.open_writer()
    writer.close()
    catalog.open_writer().close()  # free again


def test_the_lock_is_free_when_its_holder_is_gone(catalog_path):
    held = EditLock(catalog_path)
    assert held.acquire()
    assert not EditLock(catalog_path).acquire()
    held.release()
    assert EditLock(catalog_path).acquire()


def test_an_old_catalogue_is_upgraded_keeping_its_records(tmp_path, catalog_path):
    connection = sqlite3.connect(catalog_path)
    connection.executescript(
        "DROP TABLE history; DROP TABLE images; ALTER TABLE heroes DROP COLUMN portrait;"
        "DROP INDEX ix_news_url; DROP INDEX ix_news_guid; ALTER TABLE news DROP COLUMN guid;"
        "ALTER TABLE news ADD COLUMN from_seed BOOLEAN NOT NULL DEFAULT 1;"
        "UPDATE alembic_version SET version_num = '0001_baseline';"
        "UPDATE heroes SET staff_notes = 'kept' WHERE id = 'karsybay-spataev';"
    )
    connection.close()
    catalog = open_catalog(catalog_path)
    assert catalog.hero("karsybay-spataev")["staff_notes"] == "kept"
    writer = catalog.open_writer()
    writer.save(HERO, "karsybay-spataev", {"staff_notes": "edited"})
    assert [h.old for h in writer.history(HERO, "karsybay-spataev")] == ["kept"]
    writer.close()
    news_columns = {
        row[1] for row in sqlite3.connect(catalog_path).execute("PRAGMA table_info(news)")
    }
    assert "from_seed" not in news_columns


@pytest.mark.parametrize(
    ("changes", "field", "reason"),
    [
        ({"name_en": "", "name_ru": " ", "name_tg": None}, "name_en", "a name is required"),
        ({"birth_date": "1921-13"}, "birth_date", "has no month 13"),
        ({"birth_date": "21.05.1921"}, "birth_date", "is not a date like"),
        ({"birth_date": "1921", "feat_date": "1920-05"}, "feat_date", "before the birth"),
        ({"feat_date": "1944-05-02", "death_date": "1944-05-01"}, "death_date", "after the death"),
        ({"award_date": "1934-04-15"}, "award_date", "16 April 1934"),
        ({"award_date": "1992"}, "award_date", "24 December 1991"),
    ],
)
def test_validation_names_the_field_and_the_reason(changes, field, reason):
    record = {"name_en": "Test Hero", **changes}
    problems = validate_hero(record)
    assert field in problems
    assert reason in problems[field]


def test_valid_partial_dates_in_order_pass():
    record = {
        "name_ru": "Тест", "birth_date": "1921", "feat_date": "1944-05", "death_date": "1944-05-02",
        "award_date": "1934-04-16",
    }  # fmt: skip
    assert validate_hero(record) == {}
    assert validate_hero({**record, "award_date": "1991-12-24"}) == {}
    assert validate_news({"title": "", "date": "yesterday"}).keys() == {"title", "date"}


def test_search_keys_from_older_rules_are_rebuilt_when_the_catalogue_is_opened_for_writing(
    catalog_path,
):
    connection = sqlite3.connect(catalog_path)
    connection.executescript(
        "UPDATE heroes SET search_key = 'stale'; "
        "UPDATE catalog_info SET value = '1' WHERE key = 'search_fold';"
    )
    connection.close()
    catalog = open_catalog(catalog_path)
    assert "karsybay-spataev" in found_by(catalog, "Спатаев")  # worked out while reading
    catalog.open_writer().close()
    assert catalog.info()["search_fold"] != "1"
    stored = sqlite3.connect(catalog_path).execute("SELECT DISTINCT search_key FROM heroes")
    assert "stale" not in [row[0] for row in stored]
    assert "karsybay-spataev" in found_by(catalog, "Спатаев")
    catalog.close()


def test_heroes_added_at_once_without_ids_get_distinct_ids_beside_the_stored_ones(catalog, writer):
    records = [
        {"name_en": "Ivan Petrov"},
        {"name_en": "Ivan Petrov"},
        {"name_en": "Karsybay Spataev"},
    ]
    added, _changed, _removed = writer.apply_batch(HERO, records)
    assert added == ["ivan-petrov", "ivan-petrov-2", "karsybay-spataev-2"]  # the stored one kept
    assert catalog.hero("karsybay-spataev")["name_ru"]
    assert [catalog.hero(hero_id)["name_en"] for hero_id in added] == [
        r["name_en"] for r in records
    ]
    quoted = 'Ivan "Vanya" Sidorov \\ Ваня\n'
    added, _changed, _removed = writer.apply_batch(HERO, [{"name_en": quoted}])
    assert writer.history(HERO, added[0])[0].new == {"added": quoted.strip()}


record_texts = st.one_of(st.none(), st.sampled_from(["", "  ", " Hero ", "Иван"]))
record_dates = st.one_of(
    st.none(),
    st.sampled_from(["", "1920", "1944-05", "1944-05-02", "1933", "1992", "19xx", "1921-02-30"]),
)
hero_records = st.fixed_dictionaries(
    {"name_en": record_texts, "name_ru": record_texts},
    optional={
        "name_tg": record_texts, "birth_date": record_dates, "death_date": record_dates,
        "feat_date": record_dates, "award_date": record_dates,
        "group_code": st.sampled_from([None, "", "tajik_ssr", "elsewhere"]),
        "confidence": st.sampled_from([None, "high", "certain"]),
    },
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(hero_records, max_size=8))
def test_checking_many_heroes_at_once_finds_what_checking_each_finds(records):
    columns = {field: [record.get(field) for record in records] for field in hero_records_fields}
    expected = {row: validate_hero(record) for row, record in enumerate(records)}
    assert hero_problems(columns) == {row: found for row, found in expected.items() if found}


hero_records_fields = (
    "name_en", "name_ru", "name_tg", "birth_date", "death_date", "feat_date", "award_date",
    "group_code", "confidence",
)  # fmt: skip


@given(st.lists(st.text(), max_size=5))
def test_lists_of_texts_are_stored_as_json_writes_them(items):
    assert encode_texts(items) == json.dumps(items, ensure_ascii=False)
    assert json.loads(encode_texts(items)) == items


def test_the_lock_is_the_files_whichever_name_opens_it(catalog_path, tmp_path):
    import os

    symlink, hard_link = tmp_path / "link.sqlite", catalog_path.with_name("hard.sqlite")
    symlink.symlink_to(catalog_path)
    os.link(catalog_path, hard_link)
    held = EditLock(symlink)
    assert held.acquire()
    assert not EditLock(catalog_path).acquire()
    assert not EditLock(hard_link).acquire()
    held.release()
    assert EditLock(hard_link).acquire()
