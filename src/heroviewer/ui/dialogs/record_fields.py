"""The fields of the hero and news forms, in reading order, with their translated labels."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from heroviewer.records.fields import (
    CONFIDENCE_LEVELS,
    FLAG,
    GROUPS,
    HERO_FIELD_LIST,
    LABELS_CONTEXT,
    NEWS_FIELD_LIST,
    Field,
)
from heroviewer.records.names import first_name
from heroviewer.records.texts import UNCHECKED
from heroviewer.records.validation import validate_hero, validate_news
from heroviewer.support.translated import translated
from heroviewer.ui import labels
from heroviewer.ui.dialogs.record_form import FormField, RecordForm


def _tr(text: str) -> str:
    """A label or heading of records/fields.py (marked there), or a reason of validation."""
    return QCoreApplication.translate(LABELS_CONTEXT, text)


def hero_sections() -> list[tuple[str, list[FormField]]]:
    unknown = labels.unknown()
    groups = ((None, unknown), *((code, labels.group_label(code)) for code in GROUPS))
    confidence = ((None, unknown), *((c, labels.confidence_label(c)) for c in CONFIDENCE_LEVELS))
    posthumous = (  # the detail pane's words: "Posthumous: yes", not "yes, posthumously"
        (None, unknown),
        (True, labels.yes_no(True)),
        (False, QCoreApplication.translate("HeroDetail", "no, in his lifetime")),
    )
    choices = {"group_code": groups, "confidence": confidence, "posthumous": posthumous}
    return _sections(HERO_FIELD_LIST, choices)


def news_sections(categories: list[str]) -> list[tuple[str, list[FormField]]]:
    choices = ((None, labels.category_label(None)),
               *((code, labels.category_label(code)) for code in categories))  # fmt: skip
    return _sections(NEWS_FIELD_LIST, {"category": choices})


def _sections(
    fields: tuple[Field, ...], choices: dict[str, tuple]
) -> list[tuple[str, list[FormField]]]:
    """The form's sections in the order the fields are declared (records/fields.py)."""
    sections: dict[str, list[FormField]] = {}
    for field in fields:
        if field.section:
            kind = "choice" if field.kind == FLAG else field.kind
            form_field = FormField(field.key, _tr(field.label), kind, choices.get(field.key, ()))
            sections.setdefault(field.section, []).append(form_field)
    return [(_tr(heading), form_fields) for heading, form_fields in sections.items()]


def hero_form(record: Mapping[str, Any], title: str, parent: QWidget | None) -> RecordForm:
    subject = first_name(record) or QCoreApplication.translate("RecordForm", "the new hero")
    validate = _reasons(validate_hero)
    return RecordForm(title, hero_sections(), record, validate, parent, subject, UNCHECKED)


def news_form(
    record: Mapping[str, Any], categories: list[str], title: str, parent: QWidget | None
) -> RecordForm:
    sections = news_sections(categories)
    if record.get("title"):
        subject = QCoreApplication.translate("RecordForm", "“{title}”").format(
            title=record["title"]
        )
    else:
        subject = QCoreApplication.translate("RecordForm", "the new news item")
    return RecordForm(title, sections, record, _reasons(validate_news), parent, subject)


def _reasons(validate):
    """Validation with its reasons translated (they are written in English in catalogue/)."""
    return lambda values: {field: translated(reason) for field, reason in validate(values).items()}


def field_labels(entity_name: str) -> dict[str, str]:
    """Field → its label on one line, for the history table and the import preview."""
    if entity_name == "place":  # a position set on the map
        return {
            "text": QCoreApplication.translate("RecordForm", "Place as recorded"),
            "lat": QCoreApplication.translate("RecordForm", "Latitude"),
            "lon": QCoreApplication.translate("RecordForm", "Longitude"),
        }
    fields = HERO_FIELD_LIST if entity_name == "hero" else NEWS_FIELD_LIST
    labels_ = {field.key: _tr(field.label).split("\n", 1)[0] for field in fields}
    labels_["portrait"] = QCoreApplication.translate("RecordForm", "Portrait")
    return labels_
