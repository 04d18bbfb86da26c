"""The catalogue: heroes and news in a database. Knows nothing of Qt."""

from heroviewer.catalog.errors import CatalogError, CorruptCatalog, DataFileError, ReadOnlyCatalog
from heroviewer.catalog.store import Catalog, open_catalog

__all__ = [
    "Catalog",
    "CatalogError",
    "CorruptCatalog",
    "DataFileError",
    "ReadOnlyCatalog",
    "open_catalog",
]
