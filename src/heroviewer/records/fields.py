"""Every field of a hero and of a news item, declared once: its key (the table column and the
record's key), its key in the JSON and CSV files, its kind, whether a search looks through it,
and its section and label in the edit form, in form order.

The form, the CSV and JSON formats, the import preview, the history and the start-up reader all
read these lists. Kept free of SQLAlchemy and Qt so that start-up costs no heavy import;
tests/catalogue/test_migrations.py checks that the keys match the ORM models.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import partial
from itertools import tee
from operator import attrgetter, itemgetter
from typing import Any, NamedTuple

from heroviewer.records.names import NAME_FIELDS, first_name_given, name_fields, name_sort_key
from heroviewer.records.search import NAMES_END, search_key_of

LABELS_CONTEXT = "RecordForm"  # the translation context of the labels and section headings


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Marks ``text`` for translation in ``context``; the UI translates it when shown."""
    return text


# Kinds of value.
LINE = "line"  # one line of text
LONG_TEXT = "text"  # paragraphs
LIST = "lines"  # a list of texts, one a line in the form, joined with " | " in CSV
DATE = "date"  # a partial ISO date: 1921, 1921-05, 1921-05-03
FLAG = "flag"  # yes, no or unknown
CHOICE = "choice"  # one of a few codes


class Field(NamedTuple):
    key: str  # the column and the key of a record
    label: str  # in the form (its first line in CSV headers, history, the import preview)
    section: str | None = None  # the form's section heading; None: not in the form
    kind: str = LINE
    searched: bool = False  # a search looks through it (a date: its year)
    key_fact: bool = False  # a hero lacking it "needs research"
    json_key: str = ""  # its key in the JSON and CSV files, when not ``key``

    @property
    def file_key(self) -> str:
        return self.json_key or self.key

    @property
    def title(self) -> str:
        """The label on one line, untranslated."""
        return self.label.split("\n", 1)[0]


_NAMES = QT_TRANSLATE_NOOP("RecordForm", "Names")
_LIFE = QT_TRANSLATE_NOOP("RecordForm", "Life")
_SERVICE = QT_TRANSLATE_NOOP("RecordForm", "Service")
_DEED = QT_TRANSLATE_NOOP("RecordForm", "The deed and the title")
_NOTES = QT_TRANSLATE_NOOP("RecordForm", "Biography and notes")
_RESEARCH = QT_TRANSLATE_NOOP("RecordForm", "Research")

# A hero's fields: the id, then in the order of the form (and of CSV and JSON exports).
HERO_FIELD_LIST = (
    Field("id", QT_TRANSLATE_NOOP("RecordForm", "Id")),
    Field("name_en", QT_TRANSLATE_NOOP("RecordForm", "Latin-script name"), _NAMES,
          searched=True),
    Field("name_ru", QT_TRANSLATE_NOOP("RecordForm", "Russian name"), _NAMES, searched=True),
    Field("name_tg", QT_TRANSLATE_NOOP("RecordForm", "Tajik name"), _NAMES, searched=True),
    Field("aliases", QT_TRANSLATE_NOOP("RecordForm", "Other spellings\n(one a line)"), _NAMES,
          LIST, searched=True),
    Field("birth_date", QT_TRANSLATE_NOOP("RecordForm", "Born on"), _LIFE, DATE, searched=True,
          key_fact=True),
    Field("birth_place", QT_TRANSLATE_NOOP("RecordForm", "Born in"), _LIFE, searched=True,
          key_fact=True),
    Field("death_date", QT_TRANSLATE_NOOP("RecordForm", "Died on"), _LIFE, DATE),
    Field("death_place", QT_TRANSLATE_NOOP("RecordForm", "Died in"), _LIFE, searched=True),
    Field("nationality", QT_TRANSLATE_NOOP("RecordForm", "Nationality"), _LIFE, searched=True),
    Field("military_rank", QT_TRANSLATE_NOOP("RecordForm", "Rank"), _SERVICE, searched=True,
          key_fact=True),
    Field("branch", QT_TRANSLATE_NOOP("RecordForm", "Branch"), _SERVICE, searched=True),
    Field("unit", QT_TRANSLATE_NOOP("RecordForm", "Unit"), _SERVICE, searched=True),
    Field("feat_date", QT_TRANSLATE_NOOP("RecordForm", "Date of the deed"), _DEED, DATE,
          searched=True),
    Field("feat_place", QT_TRANSLATE_NOOP("RecordForm", "Place of the deed"), _DEED,
          searched=True),
    Field("feat_summary_en", QT_TRANSLATE_NOOP("RecordForm", "The deed in English"), _DEED,
          LONG_TEXT, searched=True),
    Field("feat_summary_ru", QT_TRANSLATE_NOOP("RecordForm", "The deed in Russian"), _DEED,
          LONG_TEXT, searched=True),
    Field("feat_summary_tg", QT_TRANSLATE_NOOP("RecordForm", "The deed in Tajik"), _DEED,
          LONG_TEXT, searched=True),
    Field("award_date", QT_TRANSLATE_NOOP("RecordForm", "Decree of"), _DEED, DATE, searched=True,
          key_fact=True),
    Field("posthumous", QT_TRANSLATE_NOOP("RecordForm", "Posthumous"), _DEED, FLAG),
    Field("group_code", QT_TRANSLATE_NOOP("RecordForm", "Group"), _DEED, CHOICE,
          json_key="group"),
    Field("biography", QT_TRANSLATE_NOOP("RecordForm", "Biography in English"), _NOTES,
          LONG_TEXT, searched=True),
    Field("biography_ru", QT_TRANSLATE_NOOP("RecordForm", "Biography in Russian"), _NOTES,
          LONG_TEXT, searched=True),
    Field("biography_tg", QT_TRANSLATE_NOOP("RecordForm", "Biography in Tajik"), _NOTES,
          LONG_TEXT, searched=True),
    Field("staff_notes", QT_TRANSLATE_NOOP("RecordForm", "Staff notes"), _NOTES, LONG_TEXT),
    Field("sources", QT_TRANSLATE_NOOP("RecordForm", "Sources\n(one link a line)"), _RESEARCH,
          LIST),
    Field("confidence", QT_TRANSLATE_NOOP("RecordForm", "Confirmed"), _RESEARCH, CHOICE),
    Field("research_note", QT_TRANSLATE_NOOP("RecordForm", "Research note"), _RESEARCH,
          LONG_TEXT),
    # The texts above written as translations, not yet checked by staff: shown beside each
    # text in the form (which clears a mark), not as a field of its own.
    Field("unchecked_translations",
          QT_TRANSLATE_NOOP("RecordForm", "Translations not yet checked"), None, LIST),
)  # fmt: skip

_ITEM = QT_TRANSLATE_NOOP("RecordForm", "News item")
_SOURCE = QT_TRANSLATE_NOOP("RecordForm", "Source")

# A news item's fields: the id (the catalogue's own, in no file), then in the order of the form.
NEWS_FIELD_LIST = (
    Field("id", QT_TRANSLATE_NOOP("RecordForm", "Id")),
    Field("title", QT_TRANSLATE_NOOP("RecordForm", "Title"), _ITEM),
    Field("date", QT_TRANSLATE_NOOP("RecordForm", "Date"), _ITEM, DATE),
    Field("category", QT_TRANSLATE_NOOP("RecordForm", "Category"), _ITEM, CHOICE),
    Field("summary_en", QT_TRANSLATE_NOOP("RecordForm", "Summary"), _ITEM, LONG_TEXT),
    Field("url", QT_TRANSLATE_NOOP("RecordForm", "Link to the article"), _SOURCE),
    Field("source_seen", QT_TRANSLATE_NOOP("RecordForm", "Page read"), _SOURCE),
    Field("source_note", QT_TRANSLATE_NOOP("RecordForm", "Source note"), _SOURCE, LONG_TEXT),
    Field("guid", QT_TRANSLATE_NOOP("RecordForm", "Feed item id")),
)  # fmt: skip


def _keys(fields: Sequence[Field], *kinds: str) -> tuple[str, ...]:
    return tuple(field.key for field in fields if not kinds or field.kind in kinds)


HERO_FIELDS = _keys(HERO_FIELD_LIST)
HERO_JSON_KEYS = tuple(field.file_key for field in HERO_FIELD_LIST)
HERO_LIST_FIELDS = _keys(HERO_FIELD_LIST, LIST)
HERO_DATE_FIELDS = _keys(HERO_FIELD_LIST, DATE)
NEWS_FIELDS = _keys(NEWS_FIELD_LIST)
NEWS_JSON_KEYS = tuple(field.file_key for field in NEWS_FIELD_LIST if field.key != "id")

# Text that a search looks through: the names (up to the aliases), then the rest; of the dates,
# the year.
_SEARCHED_DATES = tuple(f.key for f in HERO_FIELD_LIST if f.searched and f.kind == DATE)
HERO_SEARCHED_FIELDS = (
    *(f.key for f in HERO_FIELD_LIST if f.searched and f.kind != DATE),
    *_SEARCHED_DATES,
)

GROUPS = ("tajik_ssr", "tajik_other_republic", "postwar_tajikistan")
CONFIDENCE_LEVELS = ("high", "medium", "low")

# Facts without which a record "needs research" (besides low confidence).
KEY_FACTS = tuple(field.key for field in HERO_FIELD_LIST if field.key_fact)
_KEY_FACTS_OF = attrgetter(*KEY_FACTS)  # one call for a row's key facts, not one getattr each

_FIELD_OF_FILE_KEY = {f.file_key: f.key for f in (*HERO_FIELD_LIST, *NEWS_FIELD_LIST)}
_FILE_KEY_OF_FIELD = {key: file_key for file_key, key in _FIELD_OF_FILE_KEY.items()}


def file_key(field: str) -> str:
    """The key a JSON or CSV file gives ``field`` under ("group" for group_code)."""
    return _FILE_KEY_OF_FIELD.get(field, field)


def field_of(key: str) -> str:
    """The field a JSON or CSV file's ``key`` is (group_code for "group")."""
    return _FIELD_OF_FILE_KEY.get(key, key)


def _untranslated(context: str, text: str) -> str:
    return text


_translate: Callable[[str, str], str] = _untranslated


def translate_labels_with(translate: Callable[[str, str], str]) -> None:
    """Show labels in the user's language from now on (the application passes Qt's translate;
    without it, as on the command line, labels are in English)."""
    global _translate
    _translate = translate


def translated(text: str) -> str:
    """A label or section heading in the user's language."""
    return _translate(LABELS_CONTEXT, text)


def field_title(field: Field) -> str:
    """The field's label on one line, in the user's language."""
    return translated(field.label).split("\n", 1)[0]


LOW_CONFIDENCE = "low_confidence"  # a reason a record needs research, besides a missing fact


def research_reasons(value: Callable[[str], Any]) -> list[str]:
    """Why a record needs research, as codes: LOW_CONFIDENCE when its confidence is low, then
    each field of KEY_FACTS it lacks; [] when it needs none. ``value(field)`` reads the record
    (``record.get`` for a dict, ``partial(getattr, row)`` for a HeroRow)."""
    low = [LOW_CONFIDENCE] if value("confidence") == "low" else []
    return low + [field for field in KEY_FACTS if not value(field)]


class HeroRow(NamedTuple):
    """What the hero table shows and searches: one per hero, read at start-up."""

    id: str
    name_en: str | None
    name_ru: str | None
    name_tg: str | None
    birth_date: str | None
    death_date: str | None
    birth_place: str | None
    military_rank: str | None
    branch: str | None
    unit: str | None
    award_date: str | None
    posthumous: int | None
    group_code: str | None
    confidence: str | None
    search_key: str
    # where name_in(language) sorts, for the language the row was read for (stored: see
    # hero_name_sort_keys; Catalogue.hero_rows reads only that language's key)
    name_sort_key: str

    @property
    def needs_research(self) -> bool:
        """bool(research_reasons), without listing them: the overview counts 100,000 rows."""
        return self.confidence == "low" or not all(_KEY_FACTS_OF(self))

    @property
    def research_reasons(self) -> list[str]:
        return research_reasons(partial(getattr, self))

    @property
    def display_name(self) -> str:
        return first_name_given(self.name_en, self.name_ru, self.name_tg) or self.id

    def name_in(self, language: str) -> str:
        """The name a reader of ``language`` is shown first (records/names.py); else the id."""
        return first_name_given(self.name_en, self.name_ru, self.name_tg, language) or self.id


HERO_ROW_FIELDS = HeroRow._fields


# The stored sort key of the name a reader of each language is shown (HeroRow.name_in).
NAME_SORT_KEYS = {"en": "name_sort_key", "ru": "name_sort_key_ru", "tg": "name_sort_key_tg"}


def hero_name_sort_key(record: Mapping[str, Any]) -> dict[str, str]:
    """Where a hero sorts in a list by name, for a reader of each language: each column of
    NAME_SORT_KEYS with names.name_sort_key of the name shown in that language."""
    keys = hero_name_sort_keys({field: [record.get(field)] for field in _SORT_NAME_FIELDS})
    return {column: values[0] for column, values in keys.items()}


def hero_name_sort_keys(columns: Mapping[str, Sequence[Any]]) -> dict[str, list[str]]:
    """hero_name_sort_key of every hero given as columns (field → values), in their order, as
    columns (each of NAME_SORT_KEYS → keys).

    Stored with each hero, as the search key is, so that opening 100,000 heroes sorted by
    surname, in any language, does not work out 100,000 surnames.
    """
    rows = list(_sort_keys_of_each_hero(columns))
    return {column: [row[n] for row in rows] for n, column in enumerate(NAME_SORT_KEYS.values())}


def hero_name_sort_keys_as_taken(columns: Mapping[str, Sequence[Any]]) -> dict[str, Iterator[str]]:
    """The same, each hero's keys made as its row is taken: the columns are taken together, row
    by row (as an insert does), so an import of 100,000 heroes never holds their keys at once."""
    shared = tee(_sort_keys_of_each_hero(columns), len(NAME_SORT_KEYS))
    return {
        column: map(itemgetter(n), rows)
        for n, (column, rows) in enumerate(zip(NAME_SORT_KEYS.values(), shared, strict=True))
    }


def _sort_keys_of_each_hero(columns: Mapping[str, Sequence[Any]]) -> Iterator[tuple[str, ...]]:
    """Per hero, the key of the name shown in each language (the columns are read now)."""
    from heroviewer.records.collation import collation_key  # for writing: not at start-up

    names = zip(*(columns[field] for field in NAME_FIELDS), columns["id"], strict=True)
    return map(partial(_sort_keys_of_hero, collation_key), names)


def _sort_keys_of_hero(
    collation_key: Callable[[str, str], str], names_and_id: tuple
) -> tuple[str, ...]:
    """Most heroes are shown the same name in two languages: each name's key is worked out
    once. (Called for each of 100,000 heroes an import adds: written as plain loops.)"""
    keys: dict[str, str] = {}
    sort_keys = []
    for language, positions in _READING_POSITIONS:
        name = next(filter(None, map(names_and_id.__getitem__, positions)))
        key = keys.get(name)
        if key is None:
            key = keys[name] = name_sort_key(name)
        sort_keys.append(collation_key(key, language))
    return tuple(sort_keys)


# For each language of NAME_SORT_KEYS, where its reader's names are in (*NAME_FIELDS, id): in
# reading order (names.first_name_given), the id last.
_READING_POSITIONS = tuple(
    (language, (*(NAME_FIELDS.index(field) for field in name_fields(language)), 3))
    for language in NAME_SORT_KEYS
)


_SORT_NAME_FIELDS = ("id", *NAME_FIELDS)


def hero_search_key(record: Mapping[str, Any]) -> str:
    """The folded text a hero is found by: names in every script, aliases, places, deed."""
    return hero_search_keys({field: [record.get(field)] for field in HERO_SEARCHED_FIELDS})[0]


def hero_search_keys(columns: Mapping[str, Sequence[Any]]) -> list[str]:
    """hero_search_key of every hero given as columns (field → values), in their order."""
    return list(hero_search_keys_as_taken(columns))


def hero_search_keys_as_taken(columns: Mapping[str, Sequence[Any]]) -> Iterator[str]:
    """The same, each made as it is taken: an import inserting 100,000 heroes never holds their
    100,000 keys (60 MB) at once. The columns are read when this is called."""
    return map(search_key_of, hero_search_texts(columns))


def hero_search_texts(columns: Mapping[str, Sequence[Any]]) -> Iterator[str]:
    """Per hero given as columns, the text its search key folds: the searched fields joined,
    NAMES_END after the names and aliases, the year of each date; made as they are taken."""
    before = zip(*(columns[field] for field in _SEARCHED_BEFORE_ALIASES), strict=True)
    after = zip(*(columns[field] for field in _SEARCHED_AFTER_ALIASES), strict=True)
    dates = zip(*(columns[field] for field in _SEARCHED_DATES), strict=True)
    every = zip(before, columns["aliases"], after, dates, strict=True)
    return (
        " ".join(filter(None, [*first, *(aliases or ()), NAMES_END, *rest]))
        + "".join(f" {date[:4]}" for date in dated if date)
        for first, aliases, rest, dated in every
    )


_ALIASES_AT = HERO_SEARCHED_FIELDS.index("aliases")
_SEARCHED_BEFORE_ALIASES = HERO_SEARCHED_FIELDS[:_ALIASES_AT]
_SEARCHED_AFTER_ALIASES = HERO_SEARCHED_FIELDS[_ALIASES_AT + 1 : -len(_SEARCHED_DATES)]
