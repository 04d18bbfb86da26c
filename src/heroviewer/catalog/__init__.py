"""The catalogue: heroes and news in a database. Knows nothing of Qt."""

from heroviewer.catalog.errors import CatalogError, DataFileError, ReadOnlyCatalog
from heroviewer.catalog.store import Catalog, open_catalog

__all__ = ["Catalog", "CatalogError", "DataFileError", "ReadOnlyCatalog", "open_catalog"]
