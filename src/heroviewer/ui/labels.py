"""Translated words for the catalogue's codes (groups, confidence, categories, yes/no)."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from heroviewer.records.dates import format_partial_date
from heroviewer.records.entities import WHOLE_RECORD
from heroviewer.records.fields import DATE, HERO_FIELD_LIST, LOW_CONFIDENCE, NEWS_FIELD_LIST
from heroviewer.records.vocabulary import TERM_FIELDS, TERMS_BY_FIELD, as_term
from heroviewer.support.messages import text_of
from heroviewer.support.translated import translated
from heroviewer.ui.language import current_language


def _tr(text: str) -> str:
    """``text`` translated: a string marked with QT_TRANSLATE_NOOP("labels", ...) below."""
    return QCoreApplication.translate("labels", text)


_GROUPS = {
    "tajik_ssr": QT_TRANSLATE_NOOP("labels", "Sent to the front from the Tajik SSR"),
    "tajik_other_republic": QT_TRANSLATE_NOOP(
        "labels", "Tajik, went to the front from another republic"
    ),
    "postwar_tajikistan": QT_TRANSLATE_NOOP("labels", "Lived in Tajikistan after the war"),
}
_GROUPS_SHORT = {
    "tajik_ssr": QT_TRANSLATE_NOOP("labels", "Tajik SSR"),
    "tajik_other_republic": QT_TRANSLATE_NOOP("labels", "Other republic"),
    "postwar_tajikistan": QT_TRANSLATE_NOOP("labels", "Post-war Tajikistan"),
}
_CONFIDENCE = {
    "high": QT_TRANSLATE_NOOP("labels", "Well confirmed: two or more sources or a full biography"),
    "medium": QT_TRANSLATE_NOOP("labels", "Partly confirmed: one source"),
    "low": QT_TRANSLATE_NOOP("labels", "Needs research: name only, or the sources conflict"),
}
_CATEGORIES = {
    "secretariat": QT_TRANSLATE_NOOP("labels", "Secretariat"),
    "secretary_general": QT_TRANSLATE_NOOP("labels", "Secretary General"),
    "un_cooperation": QT_TRANSLATE_NOOP("labels", "Cooperation with the UN"),
    "exercises": QT_TRANSLATE_NOOP("labels", "Exercises"),
    "councils": QT_TRANSLATE_NOOP("labels", "Councils"),
    "interviews": QT_TRANSLATE_NOOP("labels", "Interviews"),
    "memory": QT_TRANSLATE_NOOP("labels", "Memory"),
    "media": QT_TRANSLATE_NOOP("labels", "Media"),
    "history": QT_TRANSLATE_NOOP("labels", "History"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
}
_MISSING_FACTS = {
    "birth_date": QT_TRANSLATE_NOOP("labels", "no birth date"),
    "birth_place": QT_TRANSLATE_NOOP("labels", "no birthplace"),
    "military_rank": QT_TRANSLATE_NOOP("labels", "no rank"),
    "award_date": QT_TRANSLATE_NOOP("labels", "no decree date"),
}
_DATE_FIELDS = {f.key for f in (*HERO_FIELD_LIST, *NEWS_FIELD_LIST) if f.kind == DATE}


def group_label(code: str | None) -> str:
    return _tr(_GROUPS[code]) if code in _GROUPS else code or ""


def group_short_label(code: str | None) -> str:
    return _tr(_GROUPS_SHORT[code]) if code in _GROUPS_SHORT else code or ""


def confidence_label(level: str | None) -> str:
    return _tr(_CONFIDENCE[level]) if level in _CONFIDENCE else unknown()


def category_label(code: str | None) -> str:
    if not code:
        return QCoreApplication.translate("labels", "Uncategorised")
    if code in _CATEGORIES:
        return _tr(_CATEGORIES[code])
    if code.isascii() and code.replace("_", "").isalnum() and code.islower():  # a code: humanise
        return code.replace("_", " ").capitalize()
    return code  # a feed's own category, shown as written


def term_text(value: str | None) -> str:
    """A rank, branch or nationality in the interface's language when it is a known term
    (records/vocabulary.py), else as recorded; "" for none."""
    # text_of, not translated(): a term holds no count to group, and the table's sort asks
    # for 100,000 of them
    return text_of(as_term(value), QCoreApplication.translate) if value else ""


def term_choices(field: str) -> list[str]:
    """The known terms of ``field`` (a rank, a branch, a nationality) in the interface's
    language, for staff to pick from."""
    return [translated(term) for term in TERMS_BY_FIELD.get(field, ())]


def stored_term(field: str, typed: str | None) -> str | None:
    """The stored (English) term that ``typed`` names in the interface's language or in
    English, in any case and spacing ("пехота", " Младший  сержант"); None when it names none.

    Staff type in their language; storing the one English term keeps a record, the figures'
    counts and the search together ("пехота" and "infantry" are not two branches)."""
    folded = " ".join((typed or "").split()).casefold()
    if not folded:
        return None
    for term in TERMS_BY_FIELD.get(field, ()):
        if folded in (str(term).casefold(), translated(term).casefold()):
            return str(term)
    return None


def yes_no(value: bool | int | None) -> str:
    if value is None:
        return ""
    return _yes() if value else _no()


def _yes() -> str:
    return QCoreApplication.translate("labels", "yes")


def _no() -> str:
    return QCoreApplication.translate("labels", "no")


def date_text(value: str | None) -> str:
    """A partial date as staff read it in the interface's language: "3 May 1921", "May 1921",
    "1921"; "3 мая 1921 г."; "3 майи соли 1921"."""
    return format_partial_date(value, current_language())


def time_text(at: str) -> str:
    """A stored time of a change (ISO text, with its offset from UTC) as the interface's locale
    writes a short local time: "03.12.2026 15:04", "12/3/26 3:04 PM"; as stored if unreadable
    (not a time, or one the workstation's time zone takes out of the years 1 to 9999)."""
    try:
        moment = datetime.datetime.fromisoformat(at)
        if moment.tzinfo is not None:
            moment = moment.astimezone()  # the workstation's time
    except (ValueError, TypeError, OverflowError):
        return str(at).replace("T", " ")[:19]
    from PySide6.QtCore import (  # here: importing a Qt class builds its enums
        QDate,
        QDateTime,
        QTime,
    )

    shown = QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)


def unknown() -> str:
    return QCoreApplication.translate("labels", "unknown")


def value_text(field: str, value: Any) -> str:
    """A stored value as a short line of text (the history table, the import preview)."""
    if value is None or value == [] or value == "":
        return QCoreApplication.translate("labels", "(empty)")
    if field == WHOLE_RECORD:
        if isinstance(value, dict) and set(value) == {"added"}:
            return QCoreApplication.translate("labels", "{name} (added)").format(
                name=value["added"]
            )
        return QCoreApplication.translate("labels", "the whole record")
    if field == "portrait":
        return QCoreApplication.translate("labels", "an image ({short})").format(
            short=str(value)[:8]
        )
    if field == "group_code" and isinstance(value, str):
        return group_label(value)
    if field in TERM_FIELDS and isinstance(value, str):
        return term_text(value)
    if field in _DATE_FIELDS and isinstance(value, str):
        return date_text(value)
    if isinstance(value, bool):
        return _yes() if value else _no()
    if isinstance(value, list):
        return "; ".join(map(str, value))
    return str(value)


def research_reasons_text(confidence: str | None, reasons: Sequence[str]) -> str:
    """Why a record needs research (records.fields.research_reasons), in words; "" when it
    needs none. A confirmed record lacking a fact says both, so the two do not seem to clash."""
    if not reasons:
        return ""
    missing = ", ".join(_missing_fact(code) for code in reasons if code != LOW_CONFIDENCE)
    if LOW_CONFIDENCE in reasons:
        low = QCoreApplication.translate(
            "labels", "Needs research: low confidence (name only, or the sources conflict)"
        )
        if not missing:
            return low
        return QCoreApplication.translate("labels", "{low}; also {missing}").format(
            low=low, missing=missing
        )
    if confidence == "high":
        return QCoreApplication.translate(
            "labels", "Needs research: well confirmed, but {missing}"
        ).format(missing=missing)
    if confidence == "medium":
        return QCoreApplication.translate(
            "labels", "Needs research: partly confirmed, but {missing}"
        ).format(missing=missing)
    return QCoreApplication.translate("labels", "Needs research: {missing}").format(missing=missing)


def _missing_fact(field: str) -> str:
    return _tr(_MISSING_FACTS[field]) if field in _MISSING_FACTS else field
