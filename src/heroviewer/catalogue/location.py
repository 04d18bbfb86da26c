"""What --db names: a SQLite file (the usual case) or any SQLAlchemy URL.

A path is a path: characters such as ``?``, ``%`` and ``#`` are part of the file's name, never
the start of a URL's query, so no URL is ever built from a path by joining strings. Only a
value that starts with a scheme (``sqlite:///``, ``postgresql://``) is a URL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_SQLITE_URL_PREFIX = "sqlite:///"
_URL_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


@dataclass(frozen=True)
class CatalogueLocation:
    """A catalogue's address: ``path`` for SQLite files, which start without SQLAlchemy, else
    ``url``. ``engine_target`` is what catalogue.engine.make_engine takes for either."""

    url: str | None
    path: Path | None

    @property
    def engine_target(self) -> str | Path:
        return self.path if self.path is not None else self.url

    @property
    def label(self) -> str:
        """What messages call the catalogue: the file path, or the URL without its password."""
        if self.path is not None:
            return str(self.path)
        from sqlalchemy.engine import make_url

        return make_url(self.url).render_as_string(hide_password=True)


def parse_location(db: str | Path) -> CatalogueLocation:
    """A plain path or ``sqlite:///path`` is a SQLite file; any other URL goes to SQLAlchemy."""
    text = str(db)
    if isinstance(db, Path) or not _URL_SCHEME.match(text):
        pass  # a plain path, whatever characters its name holds
    elif text.startswith(_SQLITE_URL_PREFIX) and "?" not in text:
        text = text[len(_SQLITE_URL_PREFIX) :]
    else:
        return CatalogueLocation(url=text, path=None)
    return CatalogueLocation(url=None, path=Path(text).expanduser().absolute())
