"""What --db names: a SQLite file (the usual case) or any SQLAlchemy URL."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

_SQLITE_URL_PREFIX = "sqlite:///"


@dataclass(frozen=True)
class CatalogLocation:
    """A catalogue's address. ``path`` is set for SQLite files, which start without SQLAlchemy."""

    url: str
    path: Path | None

    @property
    def label(self) -> str:
        """What messages call the catalogue: the file path, or the URL without its password."""
        if self.path is not None:
            return str(self.path)
        from sqlalchemy.engine import make_url

        return make_url(self.url).render_as_string(hide_password=True)


def parse_location(db: str | Path) -> CatalogLocation:
    """A plain path or ``sqlite:///path`` is a SQLite file; any other URL goes to SQLAlchemy."""
    text = str(db)
    if text.startswith(_SQLITE_URL_PREFIX) and "?" not in text:
        text = text[len(_SQLITE_URL_PREFIX) :]
    elif "://" in text:
        return CatalogLocation(url=text, path=None)
    path = Path(text).expanduser().absolute()
    return CatalogLocation(url=f"{_SQLITE_URL_PREFIX}{path}", path=path)
