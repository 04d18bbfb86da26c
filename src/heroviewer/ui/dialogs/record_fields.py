"""The fields of the hero and news forms, in reading order, with their translated labels."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from heroviewer.records.fields import CONFIDENCE_LEVELS, GROUPS
from heroviewer.records.validation import validate_hero, validate_news
from heroviewer.ui import labels
from heroviewer.ui.dialogs.record_form import FormField, RecordForm


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordForm", text)


def hero_sections() -> list[tuple[str, list[FormField]]]:
    unknown = labels.unknown()
    groups = ((None, unknown), *((code, labels.group_label(code)) for code in GROUPS))
    confidence = ((None, unknown), *((c, labels.confidence_label(c)) for c in CONFIDENCE_LEVELS))
    posthumous = ((None, unknown), (True, _tr("yes, posthumously")), (False, _tr("no")))
    return [
        (_tr("Names"), [
            FormField("name_en", _tr("Latin script")),
            FormField("name_ru", _tr("Russian")),
            FormField("name_tg", _tr("Tajik")),
            FormField("aliases", _tr("Other spellings\n(one a line)"), "lines"),
        ]),
        (_tr("Life"), [
            FormField("birth_date", _tr("Born on"), "date"),
            FormField("birth_place", _tr("Born in")),
            FormField("death_date", _tr("Died on"), "date"),
            FormField("death_place", _tr("Died in")),
            FormField("nationality", _tr("Nationality")),
        ]),
        (_tr("Service"), [
            FormField("military_rank", _tr("Rank")),
            FormField("branch", _tr("Branch")),
            FormField("unit", _tr("Unit")),
        ]),
        (_tr("The deed and the title"), [
            FormField("feat_date", _tr("Date of the deed"), "date"),
            FormField("feat_place", _tr("Place of the deed")),
            FormField("feat_summary_en", _tr("The deed"), "text"),
            FormField("award_date", _tr("Decree of"), "date"),
            FormField("posthumous", _tr("Posthumous"), "choice", posthumous),
            FormField("group_code", _tr("Group"), "choice", groups),
        ]),
        (_tr("Biography and notes"), [
            FormField("biography", _tr("Biography"), "text"),
            FormField("staff_notes", _tr("Staff notes"), "text"),
        ]),
        (_tr("Research"), [
            FormField("sources", _tr("Sources\n(one link a line)"), "lines"),
            FormField("confidence", _tr("Confirmed"), "choice", confidence),
            FormField("research_note", _tr("Research note"), "text"),
        ]),
    ]  # fmt: skip


def news_sections(categories: list[str]) -> list[tuple[str, list[FormField]]]:
    choices = ((None, labels.category_label(None)),
               *((code, labels.category_label(code)) for code in categories))  # fmt: skip
    return [
        (_tr("News item"), [
            FormField("title", _tr("Title")),
            FormField("date", _tr("Date"), "date"),
            FormField("category", _tr("Category"), "choice", choices),
            FormField("summary_en", _tr("Summary"), "text"),
        ]),
        (_tr("Source"), [
            FormField("url", _tr("Link to the article")),
            FormField("source_seen", _tr("Page read")),
            FormField("source_note", _tr("Source note"), "text"),
        ]),
    ]  # fmt: skip


def hero_form(record: Mapping[str, Any], title: str, parent: QWidget | None) -> RecordForm:
    name = record.get("name_en") or record.get("name_ru") or record.get("name_tg")
    subject = name or _tr("the new hero")
    return RecordForm(title, hero_sections(), record, _reasons(validate_hero), parent, subject)


def news_form(
    record: Mapping[str, Any], categories: list[str], title: str, parent: QWidget | None
) -> RecordForm:
    sections = news_sections(categories)
    subject = _tr("“{title}”").format(title=record["title"]) if record.get("title") else None
    subject = subject or _tr("the new news item")
    return RecordForm(title, sections, record, _reasons(validate_news), parent, subject)


def _reasons(validate):
    """Validation with its reasons translated (they are written in English in catalogue/)."""
    return lambda values: {field: _tr(reason) for field, reason in validate(values).items()}


def field_labels(entity_name: str) -> dict[str, str]:
    """Field → its label in the form (on one line), for the history table."""
    sections = hero_sections() if entity_name == "hero" else news_sections([])
    labels_ = {f.key: " ".join(f.label.split("\n")[:1]) for _h, fs in sections for f in fs}
    labels_["portrait"] = _tr("Portrait")
    return labels_
