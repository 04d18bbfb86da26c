"""The Alembic scripts, the ORM models and the start-up constants agree."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from heroviewer.catalogue.migrate import script_head
from heroviewer.catalogue.schema import Base, Hero, NewsItem
from heroviewer.catalogue.version import HEAD_REVISION
from heroviewer.records.fields import HERO_FIELDS, HERO_ROW_FIELDS, NAME_SORT_KEYS, NEWS_FIELDS


def test_the_start_up_path_knows_the_newest_revision():
    assert script_head() == HEAD_REVISION


def test_the_migrated_schema_matches_the_models(catalogue_path):
    engine = create_engine(f"sqlite:///{catalogue_path}")
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


def test_the_fast_reader_columns_exist_in_the_models():
    hero_columns = set(Hero.__table__.columns.keys())
    stored_keys = {"search_key", *NAME_SORT_KEYS.values(), "portrait", "version"}
    assert set(HERO_FIELDS) | stored_keys == hero_columns
    assert set(HERO_ROW_FIELDS) <= hero_columns
    assert {*NEWS_FIELDS, "version"} == set(NewsItem.__table__.columns.keys())


def test_the_expected_schema_is_what_the_migrations_make(tmp_path):
    """The schema every open compares a catalogue with is the one the migrations make, whether
    a catalogue is made new or upgraded from the first revision."""
    import sqlite3

    from alembic import command

    from heroviewer.catalogue import open_catalogue
    from heroviewer.catalogue.engine import make_engine
    from heroviewer.catalogue.migrate import alembic_config
    from heroviewer.catalogue.soundness import EXPECTED_INDEXES, EXPECTED_TABLES, schema_of

    new, old = tmp_path / "new.sqlite", tmp_path / "old.sqlite"
    for path, revision in ((new, "head"), (old, "0001_baseline")):
        engine = make_engine(f"sqlite:///{path}")
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)
        engine.dispose()
    open_catalogue(old).close()  # upgraded to the newest revision, then compared as it opens
    for path in (new, old):
        connection = sqlite3.connect(path)
        assert schema_of(connection) == (EXPECTED_TABLES, EXPECTED_INDEXES)
        connection.close()


def test_a_catalogue_of_revision_0004_gains_the_texts_per_language_and_keeps_its_records(
    tmp_path,
):
    """Staff's catalogue from before the texts per language opens with every record kept; the
    new texts are empty, no text is marked unchecked, and a Russian deed can be saved."""
    import sqlite3

    from alembic import command

    from heroviewer.catalogue import open_catalogue
    from heroviewer.catalogue.engine import make_engine
    from heroviewer.catalogue.migrate import alembic_config
    from heroviewer.records.entities import HERO
    from heroviewer.records.search import matching_flags, query_tokens

    path = tmp_path / "old.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0004_drop_from_seed")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO heroes (id, name_en, feat_summary_en, biography, aliases, sources, "
            "search_key) VALUES ('test-hero', 'Test Hero', 'Held the bridge.', 'Born in a "
            "village.', '[]', '[]', '')"
        )
        connection.execute("INSERT INTO catalog_info VALUES ('search_fold', '3')")
    connection.close()

    catalogue = open_catalogue(path)
    hero = catalogue.hero("test-hero")
    assert (
        hero["feat_summary_en"] == "Held the bridge." and hero["biography"] == "Born in a village."
    )
    assert hero["feat_summary_ru"] is None and hero["biography_tg"] is None
    assert hero["unchecked_translations"] == []
    writer = catalogue.open_writer()
    writer.save(HERO, "test-hero", {"feat_summary_ru": "Удержал мост."})
    writer.close()
    assert catalogue.hero("test-hero")["feat_summary_ru"] == "Удержал мост."
    keys = [row.search_key for row in catalogue.hero_rows()]
    assert matching_flags(query_tokens("Удержал"), keys) == b"\x01"  # the Russian deed is searched
    catalogue.close()
