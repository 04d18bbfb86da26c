"""Why a save is refused: what no record is stored with, a save over another workstation's,
a record that is not there. The messages name the catalogue, the record and the field."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from heroviewer.catalogue.errors import CatalogueError
from heroviewer.records.entities import HERO, NEWS, PLACE, Entity
from heroviewer.records.validation import (
    NAME_REQUIRED,
    TITLE_REQUIRED,
    long_texts,
    nameless_rows,
    untitled_rows,
)
from heroviewer.support.messages import QT_TRANSLATE_NOOP, Message, joined


def refuse_unkeepable(
    label: str, entity: Entity, columns: dict[str, list], whole: dict[str, list]
) -> None:
    """Refuse what no record is stored with, whatever path it came by (the form, an import, the
    command line): a hero without a name or news without a title (stored text is stripped, so
    blanks are none), a text over MAX_TEXT_LENGTH characters.

    ``columns``: the values to store; ``whole``: the records as they would be, as columns.
    """
    found = long_texts(columns)
    if entity is HERO:
        for row in nameless_rows(whole):
            found.setdefault(row, {})["name_en"] = NAME_REQUIRED
    elif entity is NEWS:
        for row in untitled_rows(whole["title"]):
            found.setdefault(row, {})["title"] = TITLE_REQUIRED
    if found:
        row, reasons = min(found.items())
        field, reason = next(iter(reasons.items()))
        if entity is HERO:
            refused = QT_TRANSLATE_NOOP(
                "Catalogue", "{path}: not saved: hero {row}, field '{field}': {reason}"
            )
        else:
            refused = QT_TRANSLATE_NOOP(
                "Catalogue", "{path}: not saved: news {row}, field '{field}': {reason}"
            )
        raise CatalogueError(refused.format(path=label, row=row + 1, field=field, reason=reason))


def stale(
    label: str, entity: Entity, entity_id: Any, opened_version: int, stored_version: int,
    theirs: Mapping[str, Any], yours: Mapping[str, Any],
) -> Message:  # fmt: skip
    """The refusal of a save over another workstation's: each field where the record saved
    there and the one typed here differ, with both values."""
    if entity is HERO:
        refused = QT_TRANSLATE_NOOP(
            "Catalogue",
            "{path}: not saved: hero {id} was changed on another workstation after you opened "
            "it (version {opened}, now {stored}); nothing was overwritten. Refresh (F5) to see "
            "their changes, then make yours again.",
        )
    else:
        refused = QT_TRANSLATE_NOOP(
            "Catalogue",
            "{path}: not saved: news {id} was changed on another workstation after you opened "
            "it (version {opened}, now {stored}); nothing was overwritten. Refresh (F5) to see "
            "their changes, then make yours again.",
        )
    both = QT_TRANSLATE_NOOP("Catalogue", "'{field}': theirs: {theirs}; yours: {yours}")
    lines = [
        both.format(field=field, theirs=_shown(theirs[field]), yours=_shown(yours.get(field)))
        for field in entity.fields[1:]
        if theirs[field] != yours.get(field)
    ]
    header = refused.format(
        path=label, id=repr(entity_id), opened=opened_version, stored=stored_version
    )
    return joined([header, *lines])


def _shown(value: Any) -> Message | str:
    """A stored value as the refusal of a stale save shows it."""
    if value in (None, "", []):
        return QT_TRANSLATE_NOOP("Catalogue", "(empty)")
    if isinstance(value, bool):
        return (
            QT_TRANSLATE_NOOP("Catalogue", "yes") if value else QT_TRANSLATE_NOOP("Catalogue", "no")
        )
    if isinstance(value, list):
        return "; ".join(map(str, value))
    return str(value)


def no_record(label: str, entity: Entity, entity_id: Any) -> Message:
    if entity is HERO:
        missing = QT_TRANSLATE_NOOP("Catalogue", "{path}: there is no hero {id}")
    elif entity is PLACE:
        missing = QT_TRANSLATE_NOOP("Catalogue", "{path}: there is no position set for {id}")
    else:
        missing = QT_TRANSLATE_NOOP("Catalogue", "{path}: there is no news {id}")
    return missing.format(path=label, id=repr(entity_id))
