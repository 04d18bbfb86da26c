"""Schema facts the start-up path needs without importing SQLAlchemy or Alembic.

tests/catalogue/test_migrations.py checks that these agree with the Alembic scripts.
"""

# "HrVw": written to SQLite's header (PRAGMA application_id) so a HeroViewer catalogue is
# recognisable even before its tables are read.
APPLICATION_ID = 0x48725677

# Every Alembic revision this version of HeroViewer knows, oldest first; the last is the head.
KNOWN_REVISIONS = (
    "0001_baseline", "0002_editing", "0003_news_guid", "0004_drop_from_seed", "0005", "0006",
    "0007", "0008", "0009",
)  # fmt: skip
HEAD_REVISION = KNOWN_REVISIONS[-1]

# Bump when heroviewer.records.search.fold or records.names.name_sort_key changes, so that
# stored search keys and name sort keys are rebuilt.
# 2: one line for all fields; 3: word starts, names apart, years, towns; 4: biographies too;
# 5: "\x01", not NUL, between surname and given names in name sort keys (PostgreSQL stores it)
# 6: the Russian and Tajik name sort keys in the order of the reader's alphabet (collation.py)
SEARCH_FOLD_VERSION = "6"
