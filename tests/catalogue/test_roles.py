"""heroviewer grant-roles: a reader role that may only read a shared catalogue, an editor role
that may change it; a member of staff connects as a login in one of them."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from heroviewer.catalogue import ReadOnlyCatalogue, open_catalogue
from heroviewer.catalogue.writer import HERO, NEWS
from tests.test_cli import run_cli


def staff_login(url: str, group: str) -> str:
    """A new login role in ``group`` on the test server (trusted, no password); its URL."""
    import psycopg

    parsed = make_url(url)
    name = f"{group.removeprefix('heroviewer_')}_{parsed.database}"
    with psycopg.connect(
        host=parsed.host, port=parsed.port, user=parsed.username, dbname=parsed.database,
        autocommit=True,
    ) as connection:  # fmt: skip
        connection.execute(f"CREATE ROLE {name} LOGIN IN ROLE {group}")
    return parsed.set(username=name).render_as_string(hide_password=False)


@pytest.fixture
def granted(postgres_url) -> str:
    result = run_cli("grant-roles", "--db", postgres_url)
    assert result.returncode == 0, result.stderr
    assert "heroviewer_reader (may read) and heroviewer_editor" in result.stdout
    return postgres_url


def test_grant_roles_twice_changes_nothing_the_second_time(granted):
    result = run_cli("grant-roles", "--db", granted)
    assert result.returncode == 0, result.stderr


def test_a_reader_reads_but_cannot_change_the_catalogue(granted):
    catalogue = open_catalogue(staff_login(granted, "heroviewer_reader"))
    try:
        assert catalogue.hero("karsybay-spataev")["name_en"] == "Karsybay Spataev"
        assert catalogue.news_items()
        with pytest.raises(ReadOnlyCatalogue) as refused:
            catalogue.open_writer()
        assert "may read this catalogue but not change it" in str(refused.value)
        assert "reader_test_" in str(refused.value)  # the role is named
    finally:
        catalogue.close()


def test_an_editor_edits_adds_and_deletes(granted):
    catalogue = open_catalogue(staff_login(granted, "heroviewer_editor"))
    writer = catalogue.open_writer()
    try:
        writer.save(HERO, "karsybay-spataev", {"unit": "Edited by the editor"})
        news_id = writer.add(NEWS, {"title": "Added by the editor"})
        writer.delete(NEWS, news_id)
        assert catalogue.hero("karsybay-spataev")["unit"] == "Edited by the editor"
    finally:
        writer.close()
        catalogue.close()


def test_grant_roles_refuses_a_catalogue_file(catalogue_path):
    before = catalogue_path.read_bytes()
    result = run_cli("grant-roles", "--db", catalogue_path)
    assert result.returncode == 2
    assert str(catalogue_path) in result.stderr
    assert "roles are granted on a PostgreSQL server" in result.stderr
    assert catalogue_path.read_bytes() == before
