"""Translated words for the catalogue's codes (groups, confidence, categories, yes/no)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from heroviewer.records.dates import format_partial_date
from heroviewer.records.entities import WHOLE_RECORD
from heroviewer.records.fields import LOW_CONFIDENCE
from heroviewer.ui.language import current_language


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def group_label(code: str | None) -> str:
    return {
        "tajik_ssr": _tr("Sent to the front from the Tajik SSR"),
        "tajik_other_republic": _tr("Tajik, went to the front from another republic"),
        "postwar_tajikistan": _tr("Lived in Tajikistan after the war"),
    }.get(code or "", code or "")


def group_short_label(code: str | None) -> str:
    return {
        "tajik_ssr": _tr("Tajik SSR"),
        "tajik_other_republic": _tr("Other republic"),
        "postwar_tajikistan": _tr("Post-war Tajikistan"),
    }.get(code or "", code or "")


def confidence_label(level: str | None) -> str:
    return {
        "high": _tr("Well confirmed: two or more sources or a full biography"),
        "medium": _tr("Partly confirmed: one source"),
        "low": _tr("Needs research: name only, or the sources conflict"),
    }.get(level or "", _tr("unknown"))


def category_label(code: str | None) -> str:
    known = {
        "secretariat": _tr("Secretariat"),
        "secretary_general": _tr("Secretary General"),
        "un_cooperation": _tr("Cooperation with the UN"),
        "exercises": _tr("Exercises"),
        "councils": _tr("Councils"),
        "interviews": _tr("Interviews"),
        "memory": _tr("Memory"),
        "media": _tr("Media"),
        "history": _tr("History"),
        "other": _tr("Other"),
    }
    if not code:
        return _tr("Uncategorised")
    if code in known:
        return known[code]
    if code.isascii() and code.replace("_", "").isalnum() and code.islower():  # a code: humanise
        return code.replace("_", " ").capitalize()
    return code  # a feed's own category, shown as written


def yes_no(value: bool | int | None) -> str:
    if value is None:
        return ""
    return _tr("yes") if value else _tr("no")


def date_text(value: str | None) -> str:
    """A partial date as staff read it in the interface's language: "3 May 1921", "May 1921",
    "1921"; "3 мая 1921 г."; "3 майи соли 1921"."""
    return format_partial_date(value, current_language())


def unknown() -> str:
    return _tr("unknown")


def value_text(field: str, value: Any) -> str:
    """A stored value as a short line of text (the history table, the import preview)."""
    if value is None or value == [] or value == "":
        return _tr("(empty)")
    if field == WHOLE_RECORD:
        if isinstance(value, dict) and set(value) == {"added"}:
            return _tr("{name} (added)").format(name=value["added"])
        return _tr("the whole record")
    if field == "portrait":
        return _tr("an image ({short})").format(short=str(value)[:8])
    if field == "group_code":
        return group_label(value)
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
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
        low = _tr("Needs research: low confidence (name only, or the sources conflict)")
        return _tr("{low}; also {missing}").format(low=low, missing=missing) if missing else low
    confirmed = {"high": _tr("well confirmed"), "medium": _tr("partly confirmed")}.get(
        confidence or ""
    )
    if confirmed is None:
        return _tr("Needs research: {missing}").format(missing=missing)
    return _tr("Needs research: {confirmed}, but {missing}").format(
        confirmed=confirmed, missing=missing
    )


def _missing_fact(field: str) -> str:
    return {
        "birth_date": _tr("no birth date"),
        "birth_place": _tr("no birthplace"),
        "military_rank": _tr("no rank"),
        "award_date": _tr("no decree date"),
    }.get(field, field)
