"""Opening catalogues: first run creates and seeds, anything else is refused untouched."""

import hashlib
import os
import sqlite3

import pytest

from heroviewer.catalogue import CatalogueError, open_catalogue
from heroviewer.catalogue.version import APPLICATION_ID
from heroviewer.records.entities import HERO
from tests.helpers import BOTH_ENGINES, UNDO_SINCE_0004, write_bundle


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_missing_catalogue_is_created_from_the_bundled_data(tmp_path, bundled_heroes):
    path = tmp_path / "new" / "catalogue.sqlite"
    catalogue = open_catalogue(path)
    rows = catalogue.hero_rows()
    assert len(rows) == len(bundled_heroes)
    assert {row.id for row in rows} == {hero["id"] for hero in bundled_heroes}
    assert catalogue.news_items()
    catalogue.close()
    assert not (tmp_path / "new" / "catalogue.sqlite.creating").exists()


@BOTH_ENGINES
def test_every_field_and_source_survives_the_catalogue(catalogue_db, bundled_heroes):
    catalogue = open_catalogue(catalogue_db)
    for hero in bundled_heroes:
        record = catalogue.hero(hero["id"])
        record["group"] = record.pop("group_code")
        for field, value in hero.items():
            assert record[field] == value, (hero["id"], field)
    catalogue.close()


@BOTH_ENGINES
def test_unknown_facts_stay_empty(catalogue_db):
    catalogue = open_catalogue(catalogue_db)
    khabiev = catalogue.hero("vildan-khabiev")
    assert khabiev["name_ru"] is None and khabiev["birth_date"] is None
    assert khabiev["posthumous"] is None
    assert khabiev["aliases"] == ["Khabiev V.", "Vildan Habiev"]
    assert catalogue.hero("no-such-hero") is None


@BOTH_ENGINES
def test_news_come_newest_first_with_undated_items_last(catalogue_db):
    items = open_catalogue(catalogue_db).news_items()
    dates = [item["date"] for item in items]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True)
    assert dates[-1] is None


def test_a_catalogue_given_as_an_sqlalchemy_url_is_created_and_read(tmp_path):
    url = f"sqlite+pysqlite:///{tmp_path / 'by-url.sqlite'}"
    catalogue = open_catalogue(url)
    assert catalogue.hero("domullo-azizov")["name_ru"] == "Домулло Азизов"
    assert len(catalogue.hero_rows()) > 20
    catalogue.close()
    again = open_catalogue(url)
    assert again.hero("karsybay-spataev")["birth_date"] == "1918-04-15"
    again.close()


def test_a_file_that_is_not_sqlite_is_refused_and_untouched(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("These are my notes, not a database.\n")
    before = _digest(path)
    with pytest.raises(CatalogueError) as error:
        open_catalogue(path)
    assert str(path) in str(error.value)
    assert "not a HeroViewer catalogue" in str(error.value)
    assert _digest(path) == before


def test_another_programs_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    before = _digest(path)
    with pytest.raises(CatalogueError, match="another program"):
        open_catalogue(path)
    assert _digest(path) == before


def test_a_catalogue_from_a_newer_heroviewer_is_refused_and_untouched(catalogue_path):
    with sqlite3.connect(catalogue_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
    connection.close()
    before = _digest(catalogue_path)
    with pytest.raises(CatalogueError, match="newer HeroViewer") as error:
        open_catalogue(catalogue_path)
    assert "0099_future" in str(error.value)
    assert _digest(catalogue_path) == before


def test_an_empty_file_is_refused_not_overwritten(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.touch()
    with pytest.raises(CatalogueError, match="not a HeroViewer catalogue"):
        open_catalogue(path)
    assert path.read_bytes() == b""


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(CatalogueError, match="folder"):
        open_catalogue(tmp_path)


def test_corrupt_bundled_data_creates_nothing(tmp_path):
    bundle = write_bundle(tmp_path / "bundle", [{"id": "x", "name_en": "X", "death_date": "19x"}])
    path = tmp_path / "catalogue.sqlite"
    with pytest.raises(CatalogueError, match=r"heroes\.json, line 2: record 1, field 'death_date'"):
        open_catalogue(path, bundle_dir=bundle)
    assert not path.exists()
    assert not list(tmp_path.glob("catalogue.sqlite*"))


def test_created_catalogue_is_marked_as_heroviewer(catalogue_path):
    with sqlite3.connect(catalogue_path) as connection:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    connection.close()


def test_stale_search_keys_are_rebuilt_in_memory(catalogue_path):
    with sqlite3.connect(catalogue_path) as connection:
        connection.execute("UPDATE heroes SET search_key = ''")
        connection.execute("UPDATE catalog_info SET value = '0' WHERE key = 'search_fold'")
    connection.close()
    rows = open_catalogue(catalogue_path).hero_rows()
    assert all(row.search_key for row in rows)


@pytest.mark.parametrize(
    "name",
    ["notes?draft.sqlite", "100%.sqlite", "a%20b.sqlite", "notes#draft.sqlite",
     "my notes.sqlite", "Герои музея.sqlite"],
)  # fmt: skip
def test_a_path_is_that_file_whatever_characters_its_name_holds(tmp_path, name):
    other = tmp_path / "notes"  # another program's database, named like the part before ?/#
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    connection.close()
    before = _digest(other)
    path = tmp_path / name
    catalogue = open_catalogue(str(path))
    assert catalogue.label == str(path)
    writer = catalogue.open_writer()
    writer.save(HERO, "karsybay-spataev", {"staff_notes": "saved"})
    writer.close()
    catalogue.close()
    assert open_catalogue(path).hero("karsybay-spataev")["staff_notes"] == "saved"
    assert _digest(other) == before
    made = {p.name for p in tmp_path.iterdir()} - {"notes"}
    assert all(p.startswith((name, ".")) for p in made), made


def test_an_old_catalogue_with_a_question_mark_in_its_name_is_upgraded_in_place(
    tmp_path, catalogue_path
):
    path = tmp_path / "old?.sqlite"
    catalogue_path.rename(path)
    with sqlite3.connect(path) as connection:
        connection.executescript(
            "ALTER TABLE news ADD COLUMN from_seed BOOLEAN NOT NULL DEFAULT 1;"
            + UNDO_SINCE_0004
            + "UPDATE alembic_version SET version_num = '0003_news_guid';"
        )
    connection.close()
    open_catalogue(path).close()
    with sqlite3.connect(path) as connection:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(news)")}
    connection.close()
    assert "from_seed" not in columns
    assert not (tmp_path / "old").exists()


def test_a_dangling_link_is_refused_not_created_through(tmp_path):
    link = tmp_path / "catalogue.sqlite"
    link.symlink_to(tmp_path / "missing.sqlite")
    with pytest.raises(CatalogueError, match=r"missing\.sqlite, which does not exist") as error:
        open_catalogue(link)
    assert str(link) in str(error.value)
    assert link.is_symlink() and not (tmp_path / "missing.sqlite").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_before_it_is_opened(tmp_path):
    fifo = tmp_path / "catalogue.sqlite"
    os.mkfifo(fifo)
    with pytest.raises(CatalogueError, match="is a named pipe"):
        open_catalogue(fifo)
