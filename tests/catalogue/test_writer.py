"""Saving, adding and deleting records: one transaction each, every change in history."""

from __future__ import annotations

import json
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from heroviewer.catalogue import CatalogueError, ReadOnlyCatalogue, open_catalogue
from heroviewer.catalogue.errors import StaleRecord
from heroviewer.catalogue.lock import EditLock
from heroviewer.catalogue.writer import HERO, NEWS, WHOLE_RECORD
from heroviewer.records.collation import collation_key
from heroviewer.records.fields import NAME_SORT_KEYS
from heroviewer.records.names import name_sort_key
from heroviewer.records.normal_values import encode_texts
from heroviewer.records.search import matching_flags, query_tokens
from heroviewer.records.validation import hero_problems, validate_hero, validate_news
from tests.helpers import BOTH_ENGINES, UNDO_SINCE_0004, UNDO_SINCE_0006


@pytest.fixture
def writer(catalogue):
    opened = catalogue.open_writer()
    yield opened
    opened.close()


def found_by(catalogue, query: str) -> list[str]:
    rows = catalogue.hero_rows()
    flags = matching_flags(query_tokens(query), [row.search_key for row in rows])
    return [row.id for row, keep in zip(rows, flags, strict=True) if keep]


@BOTH_ENGINES
def test_a_saved_edit_is_read_back_searchable_and_recorded(catalogue, writer):
    before = catalogue.hero("karsybay-spataev")
    changes = writer.save(HERO, "karsybay-spataev", {"military_rank": " Sergeant ", "unit": ""})
    assert [(c.field, c.old, c.new) for c in changes] == [
        ("military_rank", before["military_rank"], "Sergeant"),
        ("unit", before["unit"], None),
    ]
    assert catalogue.hero("karsybay-spataev")["military_rank"] == "Sergeant"
    history = writer.history(HERO, "karsybay-spataev")
    assert [(h.field, h.old, h.new, h.action) for h in history] == [
        ("military_rank", before["military_rank"], "Sergeant", "edit"),
        ("unit", before["unit"], None, "edit"),
    ][::-1]
    assert history[0].user == writer.user
    assert history[0].change_id == history[1].change_id  # saved together

    writer.save(HERO, "karsybay-spataev", {"aliases": ["Карсыбай Спатай"]})
    assert "karsybay-spataev" in found_by(catalogue, "Спатай")


@BOTH_ENGINES
def test_every_save_raises_the_record_version(catalogue, writer):
    opened = catalogue.hero("karsybay-spataev")
    writer.save(HERO, opened["id"], {"unit": "A unit"}, opened=opened)
    writer.save(HERO, opened["id"], {"unit": "Another unit"})
    assert catalogue.hero(opened["id"])["version"] == opened["version"] + 2
    item = catalogue.news_items()[0]
    writer.save(NEWS, item["id"], {"title": "A new title"}, opened=item)
    assert catalogue.news_items()[0]["version"] == item["version"] + 1


@BOTH_ENGINES
def test_a_save_from_a_record_saved_since_it_was_read_is_refused_showing_both(catalogue, writer):
    """The other save may come from another workstation (see test_postgres_sharing) or, on
    SQLite, from this one (an undo, a revert): the rule is the same."""
    opened = catalogue.hero("karsybay-spataev")
    writer.save(HERO, opened["id"], {"military_rank": "Major"})
    with pytest.raises(StaleRecord) as refused:
        writer.save(HERO, opened["id"], {"unit": "My unit"}, opened=opened)
    message = str(refused.value)
    assert message.startswith(f"{catalogue.label}: not saved: hero 'karsybay-spataev'")
    assert f"(version {opened['version']}, now {opened['version'] + 1})" in message
    assert (
        f"'military_rank': theirs: Major; yours: {opened['military_rank'] or '(empty)'}" in message
    )
    assert f"'unit': theirs: {opened['unit']}; yours: My unit" in message
    assert "'name_en'" not in message  # a field neither changed is not shown
    after = catalogue.hero(opened["id"])
    assert (after["military_rank"], after["unit"]) == ("Major", opened["unit"])
    assert after["version"] == opened["version"] + 1
    assert len(writer.history(HERO, opened["id"])) == 1


@BOTH_ENGINES
def test_a_news_save_from_an_old_version_is_refused(catalogue, writer):
    item = catalogue.news_items()[0]
    writer.save(NEWS, item["id"], {"title": "Their title"})
    with pytest.raises(StaleRecord, match="'title': theirs: Their title; yours: My title"):
        writer.save(NEWS, item["id"], {"title": "My title"}, opened=item)
    assert catalogue.news_items()[0]["title"] == "Their title"


@BOTH_ENGINES
def test_saving_unchanged_values_records_nothing(catalogue, writer):
    record = catalogue.hero("karsybay-spataev")
    assert writer.save(HERO, record["id"], {"name_en": record["name_en"]}) == []
    assert writer.history(HERO, record["id"]) == []


@BOTH_ENGINES
def test_added_hero_gets_an_id_from_the_name_and_can_be_deleted_and_restored(catalogue, writer):
    new_id = writer.add(HERO, {"name_ru": "Иван Петров", "sources": ["https://example.org/a"]})
    assert new_id == "ivan-petrov"
    assert writer.add(HERO, {"name_en": "Ivan Petrov"}) == "ivan-petrov-2"
    assert "ivan-petrov" in found_by(catalogue, "Petrov")
    removed = writer.delete(HERO, "ivan-petrov")
    assert catalogue.hero("ivan-petrov") is None
    writer.add(HERO, removed, action="undo delete")
    assert catalogue.hero("ivan-petrov")["sources"] == ["https://example.org/a"]
    history = writer.history(HERO, "ivan-petrov")
    assert history[-1].new == {"added": "Иван Петров"}  # the record itself is the copy
    assert history[1].old["sources"] == ["https://example.org/a"]  # a deletion keeps a copy
    actions = [(h.action, h.field) for h in history]
    assert actions == [("undo delete", WHOLE_RECORD), ("delete", WHOLE_RECORD), ("add", "*")]


@BOTH_ENGINES
def test_news_items_are_added_edited_and_deleted(catalogue, writer):
    count = len(catalogue.news_items())
    news_id = writer.add(NEWS, {"title": "Meeting in Dushanbe", "date": "2026-11-20"})
    assert catalogue.news_items()[0]["title"] == "Meeting in Dushanbe"
    writer.save(NEWS, news_id, {"title": "Meeting of the Secretariat in Dushanbe"})
    assert catalogue.news_items()[0]["title"] == "Meeting of the Secretariat in Dushanbe"
    writer.delete(NEWS, news_id)
    assert len(catalogue.news_items()) == count
    assert len(writer.history(NEWS, news_id)) == 3


@BOTH_ENGINES
def test_a_failed_save_changes_nothing(catalogue, writer):
    with pytest.raises(ValueError, match="not fields of a hero"):
        writer.save(HERO, "karsybay-spataev", {"name_en": "X", "no_such_field": 1})
    assert catalogue.hero("karsybay-spataev")["name_en"] == "Karsybay Spataev"
    assert writer.history(HERO, "karsybay-spataev") == []


def test_a_second_writer_is_refused_while_the_first_holds_the_lock(catalogue, writer):
    with pytest.raises(ReadOnlyCatalogue, match="another HeroViewer has it open for editing"):
        catalogue.open_writer()
    writer.close()
    catalogue.open_writer().close()  # free again


def test_the_lock_is_free_when_its_holder_is_gone(catalogue_path):
    held = EditLock(catalogue_path)
    assert held.acquire()
    assert not EditLock(catalogue_path).acquire()
    held.release()
    assert EditLock(catalogue_path).acquire()


def test_an_old_catalogue_is_upgraded_keeping_its_records(tmp_path, catalogue_path):
    connection = sqlite3.connect(catalogue_path)
    connection.executescript(
        "DROP TABLE history; DROP TABLE images; ALTER TABLE heroes DROP COLUMN portrait;"
        "DROP INDEX ix_news_url; DROP INDEX ix_news_guid; ALTER TABLE news DROP COLUMN guid;"
        "ALTER TABLE news ADD COLUMN from_seed BOOLEAN NOT NULL DEFAULT 1;"
        + UNDO_SINCE_0004
        + "UPDATE alembic_version SET version_num = '0001_baseline';"
        "UPDATE heroes SET staff_notes = 'kept' WHERE id = 'karsybay-spataev';"
    )
    connection.close()
    catalogue = open_catalogue(catalogue_path)
    assert catalogue.hero("karsybay-spataev")["staff_notes"] == "kept"
    writer = catalogue.open_writer()
    writer.save(HERO, "karsybay-spataev", {"staff_notes": "edited"})
    assert [h.old for h in writer.history(HERO, "karsybay-spataev")] == ["kept"]
    writer.close()
    news_columns = {
        row[1] for row in sqlite3.connect(catalogue_path).execute("PRAGMA table_info(news)")
    }
    assert "from_seed" not in news_columns


def test_an_old_catalogue_gets_where_each_hero_sorts_by_name(catalogue_path):
    from heroviewer.records.names import name_sort_key

    connection = sqlite3.connect(catalogue_path)
    connection.executescript(
        UNDO_SINCE_0004 + "UPDATE alembic_version SET version_num = '0004_drop_from_seed';"
    )
    connection.close()
    rows = open_catalogue(catalogue_path).hero_rows()
    assert [row.name_sort_key for row in rows] == [name_sort_key(r.display_name) for r in rows]
    assert all(row.name_sort_key for row in rows)


def _keys_as_shown(catalogue) -> bool:
    """Does every hero keep where the name shown in each language sorts (none empty)?"""
    return all(
        row.name_sort_key == collation_key(name_sort_key(row.name_in(language)), language)
        and row.name_sort_key
        for language in NAME_SORT_KEYS
        for row in catalogue.hero_rows(language)
    )


def test_a_0006_catalogue_gets_where_each_hero_sorts_for_russian_and_tajik_readers(
    catalogue_path,
):
    connection = sqlite3.connect(catalogue_path)
    connection.executescript(
        "UPDATE heroes SET name_tg = 'Ҳасан Ҷӯраевич Шарифзода' WHERE id = 'karsybay-spataev';"
        + UNDO_SINCE_0006
        + "UPDATE alembic_version SET version_num = '0006';"
    )
    connection.close()
    catalogue = open_catalogue(catalogue_path)
    assert _keys_as_shown(catalogue)
    tajik = catalogue.hero_row("karsybay-spataev", "tg").name_sort_key
    assert tajik.startswith(collation_key("шарифзода", "tg"))
    russian = catalogue.hero_row("karsybay-spataev", "ru").name_sort_key
    assert russian.startswith(collation_key("спатаев", "ru"))
    catalogue.close()


def test_name_sort_keys_from_older_rules_are_rebuilt_for_every_language(catalogue_path):
    connection = sqlite3.connect(catalogue_path)
    connection.executescript(
        "UPDATE heroes SET name_sort_key = '', name_sort_key_ru = '', name_sort_key_tg = '';"
        "UPDATE catalog_info SET value = '1' WHERE key = 'search_fold';"
    )
    connection.close()
    catalogue = open_catalogue(catalogue_path)
    assert _keys_as_shown(catalogue)  # worked out while reading
    catalogue.open_writer().close()
    columns = ", ".join(NAME_SORT_KEYS.values())
    empty = f"SELECT count(*) FROM heroes WHERE '' IN ({columns})"
    assert sqlite3.connect(catalogue_path).execute(empty).fetchone()[0] == 0
    assert _keys_as_shown(catalogue)
    catalogue.close()


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


def test_a_text_longer_than_the_catalogue_keeps_is_refused_by_the_form_rules():
    problems = validate_hero({"name_en": "Test Hero", "biography": "x" * 100_001})
    assert problems == {"biography": "100,001 characters; at most 100,000 in one field"}
    assert validate_hero({"name_en": "Test Hero", "biography": "x" * 100_000}) == {}
    assert "summary_en" in validate_news({"title": "News", "summary_en": "x" * 1_000_000})


@pytest.mark.parametrize(
    ("store", "reason"),
    [
        (lambda w: w.add(HERO, {"name_en": "   ", "name_ru": "\t"}), "field 'name_en': a name is"),
        (
            lambda w: w.save(
                HERO, "karsybay-spataev", {"name_en": " ", "name_ru": None, "name_tg": "\n"}
            ),
            "field 'name_en': a name is required",
        ),
        (lambda w: w.add(NEWS, {"title": "  "}), "field 'title': a title is required"),
        (
            lambda w: w.save(HERO, "karsybay-spataev", {"biography": "x" * 2**20}),
            "field 'biography': 1,048,576 characters; at most 100,000",
        ),
        (
            lambda w: w.add(HERO, {"name_en": "Test", "sources": ["x" * 60_000] * 2}),
            "field 'sources': 120,003 characters",
        ),
    ],
)
def test_the_writer_refuses_a_nameless_record_or_a_text_too_long_whatever_path_it_came_by(
    catalogue, writer, store, reason
):
    heroes, news = len(catalogue.hero_rows()), len(catalogue.news_items())
    before = catalogue.hero("karsybay-spataev")
    with pytest.raises(CatalogueError, match=reason):
        store(writer)
    assert len(catalogue.hero_rows()) == heroes and len(catalogue.news_items()) == news
    assert catalogue.hero("karsybay-spataev") == before


def test_valid_partial_dates_in_order_pass():
    record = {
        "name_ru": "Тест", "birth_date": "1921", "feat_date": "1944-05", "death_date": "1944-05-02",
        "award_date": "1934-04-16",
    }  # fmt: skip
    assert validate_hero(record) == {}
    assert validate_hero({**record, "award_date": "1991-12-24"}) == {}
    assert validate_news({"title": "", "date": "yesterday"}).keys() == {"title", "date"}


def test_search_keys_from_older_rules_are_rebuilt_when_the_catalogue_is_opened_for_writing(
    catalogue_path,
):
    connection = sqlite3.connect(catalogue_path)
    connection.executescript(
        "UPDATE heroes SET search_key = 'stale'; "
        "UPDATE catalog_info SET value = '1' WHERE key = 'search_fold';"
    )
    connection.close()
    catalogue = open_catalogue(catalogue_path)
    assert "karsybay-spataev" in found_by(catalogue, "Спатаев")  # worked out while reading
    catalogue.open_writer().close()
    assert catalogue.info()["search_fold"] != "1"
    stored = sqlite3.connect(catalogue_path).execute("SELECT DISTINCT search_key FROM heroes")
    assert "stale" not in [row[0] for row in stored]
    assert "karsybay-spataev" in found_by(catalogue, "Спатаев")
    catalogue.close()


def test_heroes_added_at_once_without_ids_get_distinct_ids_beside_the_stored_ones(
    catalogue, writer
):
    records = [
        {"name_en": "Ivan Petrov"},
        {"name_en": "Ivan Petrov"},
        {"name_en": "Karsybay Spataev"},
    ]
    added, _changed, _removed = writer.apply_batch(HERO, records)
    assert added == ["ivan-petrov", "ivan-petrov-2", "karsybay-spataev-2"]  # the stored one kept
    assert catalogue.hero("karsybay-spataev")["name_ru"]
    assert [catalogue.hero(hero_id)["name_en"] for hero_id in added] == [
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


def test_the_lock_is_the_files_whichever_name_opens_it(catalogue_path, tmp_path):
    import os

    symlink, hard_link = tmp_path / "link.sqlite", catalogue_path.with_name("hard.sqlite")
    symlink.symlink_to(catalogue_path)
    os.link(catalogue_path, hard_link)
    held = EditLock(symlink)
    assert held.acquire()
    assert not EditLock(catalogue_path).acquire()
    assert not EditLock(hard_link).acquire()
    held.release()
    assert EditLock(hard_link).acquire()
