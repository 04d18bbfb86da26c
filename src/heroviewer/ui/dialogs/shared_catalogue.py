"""File → Open shared catalogue…: host, port, database, user and password of a PostgreSQL server.

The password is kept only in the operating system's keyring (the ``keyring`` package), under
the server's URL without a password; the settings file remembers that URL, never the password.
TLS is used when the server offers it (``sslmode=prefer``).
"""

from __future__ import annotations

import contextlib
from typing import NamedTuple

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)
from sqlalchemy.engine import URL, make_url

KEYRING_SERVICE = "HeroViewer"
DRIVER = "postgresql+psycopg"


class Server(NamedTuple):
    host: str
    port: int
    database: str
    user: str

    def url(self, password: str | None = None) -> str:
        """The connection's URL, built from its parts (with the password only when given)."""
        url = URL.create(
            DRIVER,
            username=self.user,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
            query={"sslmode": "prefer"},
        )
        return url.render_as_string(hide_password=False)

    @classmethod
    def from_url(cls, text: str) -> Server | None:
        """The server a remembered URL names, or None when there is none (or it is unusable)."""
        from sqlalchemy.exc import ArgumentError

        try:
            url = make_url(text)
        except (ArgumentError, ValueError):  # a damaged setting is simply not offered
            return None
        return cls(url.host or "", url.port or 5432, url.database or "", url.username or "")


def remembered_server(settings) -> Server | None:
    """The server opened last (``settings``: ui.settings.Settings); an unusable value is reset."""
    from heroviewer.ui.settings import SHARED_CATALOGUE

    text = settings.get(SHARED_CATALOGUE)
    server = Server.from_url(text) if text else None
    if text and server is None:
        settings.reset(SHARED_CATALOGUE, text)
    return server


def stored_password(server: Server) -> str:
    """The password kept in the keyring for ``server``; "" when none or no keyring."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, server.url()) or ""
    except KeyringError:
        return ""


def keep_password(server: Server, password: str, remember: bool) -> None:
    """Keep the password in the keyring, or forget one kept before. Raises KeyringError."""
    import keyring
    from keyring.errors import PasswordDeleteError

    if remember and password:
        keyring.set_password(KEYRING_SERVICE, server.url(), password)
        return
    with contextlib.suppress(PasswordDeleteError):  # none was kept
        keyring.delete_password(KEYRING_SERVICE, server.url())


class SharedCatalogueDialog(QDialog):
    def __init__(self, remembered: Server | None, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="sharedCatalogue")
        self.setWindowTitle(self.tr("Open shared catalogue"))
        self.host = QLineEdit(objectName="host")
        self.port = QSpinBox(objectName="port", minimum=1, maximum=65535, value=5432)
        self.database = QLineEdit("heroviewer", objectName="database")
        self.user = QLineEdit(objectName="user")
        self.password = QLineEdit(objectName="password", echoMode=QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password"), objectName="remember")
        self.remember.setToolTip(
            self.tr("Kept in the operating system's keyring, never in HeroViewer's settings")
        )
        if remembered is not None:
            self.host.setText(remembered.host)
            self.port.setValue(remembered.port)
            self.database.setText(remembered.database)
            self.user.setText(remembered.user)
            self.password.setText(stored_password(remembered))
            self.remember.setChecked(bool(self.password.text()))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.remember)
        form.addRow(buttons)

    def server(self) -> Server:
        return Server(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
        )
