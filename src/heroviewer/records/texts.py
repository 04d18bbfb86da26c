"""A hero's texts kept in each language (the deed, the biography), and which one to show.

Each text has a field per language (records/fields.py declares them). A reader is shown the
text in the interface's language, or, when it is empty there, in the next language of
``reading_order`` that has it, and told which. A text written as a translation is listed in the
record's ``unchecked_translations`` until staff have checked it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from heroviewer.records.languages import reading_order

UNCHECKED = "unchecked_translations"
# text -> language -> field
TEXT_FIELDS = {
    "feat_summary": {"en": "feat_summary_en", "ru": "feat_summary_ru", "tg": "feat_summary_tg"},
    "biography": {"en": "biography", "ru": "biography_ru", "tg": "biography_tg"},
}
TRANSLATABLE_FIELDS = tuple(field for fields in TEXT_FIELDS.values() for field in fields.values())
LANGUAGE_OF_FIELD = {f: language for fs in TEXT_FIELDS.values() for language, f in fs.items()}


class ShownText(NamedTuple):
    text: str
    language: str  # the language it is written in (not the reader's, when it fell back)
    field: str
    unchecked: bool  # written as a translation, not yet checked by staff


def text_in(record: Mapping[str, Any], text: str, language: str) -> ShownText | None:
    """``record``'s ``text`` ("feat_summary", "biography") for a reader of ``language``; None
    when it is written in no language."""
    for written_in in reading_order(language):
        field = TEXT_FIELDS[text][written_in]
        if record.get(field):
            unchecked = field in (record.get(UNCHECKED) or ())
            return ShownText(record[field], written_in, field, unchecked)
    return None
