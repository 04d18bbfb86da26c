"""The catalogue: heroes and news in a database. Knows nothing of Qt."""

from heroviewer.catalogue.errors import (
    CatalogueError,
    CorruptCatalogue,
    DataFileError,
    ReadOnlyCatalogue,
)
from heroviewer.catalogue.store import Catalogue, open_catalogue

__all__ = [
    "Catalogue",
    "CatalogueError",
    "CorruptCatalogue",
    "DataFileError",
    "ReadOnlyCatalogue",
    "open_catalogue",
]
