"""File → Open shared catalogue…: connecting to a PostgreSQL server as staff do it."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy.engine import make_url

from heroviewer.support.paths import settings_path
from heroviewer.ui import plain
from heroviewer.ui.dialogs.shared_catalogue import SharedCatalogueDialog
from tests.helpers import BUNDLED_HEROES


class MemoryKeyring(KeyringBackend):
    """The operating system's keyring, as a dictionary."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        from keyring.errors import PasswordDeleteError

        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


def fill_in(monkeypatch, url: str, password: str, remember: bool = True) -> list[dict]:
    """Stand in for the user: type the server of ``url`` and ``password``, press Open."""
    parsed = make_url(url)
    seen = []

    def exec_(dialog: SharedCatalogueDialog) -> int:
        seen.append({"port": dialog.port.value(), "password": dialog.password.text()})
        dialog.host.setText(parsed.host)
        dialog.port.setValue(parsed.port)
        dialog.database.setText(parsed.database)
        dialog.user.setText(parsed.username)
        dialog.password.setText(password)
        dialog.remember.setChecked(remember)
        return SharedCatalogueDialog.DialogCode.Accepted

    monkeypatch.setattr(SharedCatalogueDialog, "exec", exec_)
    return seen


def login_url(postgres_server, postgres_url: str, name: str) -> str:
    postgres_server.password_login(name, "s3cret-word")
    return make_url(postgres_url).set(username=name).render_as_string(hide_password=False)


def test_open_shared_catalogue_keeps_the_password_in_the_keyring_only(
    window, postgres_server, postgres_url, memory_keyring, monkeypatch
):
    url = login_url(postgres_server, postgres_url, "anna")
    seen = fill_in(monkeypatch, url, "s3cret-word")
    assert window.actions["openShared"].isEnabled()

    window.actions["openShared"].trigger()

    opened = window.open_catalogue
    assert opened.catalogue.location.path is None  # the server's catalogue, not the file
    assert opened.editing is not None
    assert window.heroes.model.total_count == BUNDLED_HEROES
    assert seen == [{"port": 5432, "password": ""}]
    assert list(memory_keyring.passwords.values()) == ["s3cret-word"]
    settings = settings_path().read_text(encoding="utf-8")
    assert "s3cret-word" not in settings
    assert make_url(postgres_url).database in settings and "anna" in settings

    # Next time the dialog offers the same server with the password from the keyring
    seen = fill_in(monkeypatch, url, "s3cret-word")
    window.actions["openShared"].trigger()
    assert seen == [{"port": make_url(url).port, "password": "s3cret-word"}]


def test_a_wrong_password_is_refused_naming_server_and_database(
    window, postgres_server, postgres_url, memory_keyring, monkeypatch
):
    url = login_url(postgres_server, postgres_url, "boris")
    fill_in(monkeypatch, url, "not-the-password")
    messages = []
    monkeypatch.setattr(plain, "warning", lambda *args: messages.append(args[2]))
    before = window.open_catalogue.catalogue

    window.actions["openShared"].trigger()

    assert len(messages) == 1
    database = make_url(postgres_url).database
    assert f"The database {database} on the server 127.0.0.1 cannot be opened" in messages[0]
    assert "password authentication failed" in messages[0]
    assert window.open_catalogue.catalogue is before  # the file stays open, editable
    assert window.open_catalogue.editing is not None
    assert memory_keyring.passwords == {}
    assert not settings_path().exists() or database not in settings_path().read_text()


def test_a_server_that_offers_tls_is_reached_encrypted(postgres_tls_server):
    """The URL staff type gives no sslmode (libpq's "prefer"), and the dialog's asks for
    "prefer": both the reading and the writing connection are encrypted."""
    from heroviewer.catalogue import open_catalogue
    from heroviewer.ui.dialogs.shared_catalogue import Server

    typed = postgres_tls_server.create_database()
    assert "sslmode" not in typed
    parts = make_url(typed)
    dialogs = Server(parts.host, parts.port, parts.database, parts.username).url()
    encrypted = "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
    for url in (typed, dialogs):
        catalogue = open_catalogue(url)
        writer = catalogue.open_writer()
        try:
            assert catalogue._reader.rows(encrypted) == [(True,)]
            with writer._connection.transaction() as tx:
                assert tx.rows(encrypted) == [(True,)]
        finally:
            writer.close()
            catalogue.close()


def test_about_says_whether_the_link_to_the_server_is_encrypted(
    postgres_tls_server, postgres_url, catalogue_path
):
    from heroviewer.catalogue import open_catalogue
    from heroviewer.ui.dialogs.about import about_html

    said = {}
    for kind, db in (
        ("tls", postgres_tls_server.create_database()), ("plain", postgres_url),
        ("file", catalogue_path),
    ):  # fmt: skip
        catalogue = open_catalogue(db)
        try:
            said[kind] = about_html(catalogue, 1)
        finally:
            catalogue.close()
    assert "(the connection is encrypted)" in said["tls"]
    assert "(the connection is not encrypted)" in said["plain"]
    assert "connection" not in said["file"] and str(catalogue_path) in said["file"]
    assert "GeoNames" in said["file"]  # the map data's attribution
