"""What a hero card says, built from a hero record. Pure: no Qt, no painting."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from heroviewer.records.dates import format_partial_date
from heroviewer.records.names import first_name
from heroviewer.records.texts import text_in

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@dataclass
class CardContent:
    title: str
    other_names: list[str]
    life: str
    service: str
    deed_heading: str
    deed: str
    decree: str
    sources_line: str
    source_link: str | None
    name_for_portrait: str
    facts: list[str] = field(default_factory=list)
    deed_note: str = ""  # the deed is in another language, or a translation not yet checked


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    return text


_IN_LANGUAGE = {
    "en": QT_TRANSLATE_NOOP("CardContent", "Text in English"),
    "ru": QT_TRANSLATE_NOOP("CardContent", "Text in Russian"),
    "tg": QT_TRANSLATE_NOOP("CardContent", "Text in Tajik"),
}
_UNCHECKED = QT_TRANSLATE_NOOP("CardContent", "Translation not yet checked by staff")


def _untranslated(context: str, text: str) -> str:
    return text


def _deed(record: dict[str, Any], language: str, translate) -> tuple[str | None, str]:
    """The deed in ``language`` (or the next one that has it) and what to say about it."""
    shown = text_in(record, "feat_summary", language)
    if shown is None:
        return None, ""
    notes = [_IN_LANGUAGE[shown.language]] if shown.language != language else []
    notes += [_UNCHECKED] if shown.unchecked else []
    return shown.text, ". ".join(translate("CardContent", note) for note in notes)


def _joined(*parts: str | None, separator: str = ", ") -> str:
    return separator.join(part for part in parts if part)


def _life(record: dict[str, Any], language: str = "en") -> str:
    born = _joined(
        format_partial_date(record.get("birth_date"), language), record.get("birth_place")
    )
    died = _joined(
        format_partial_date(record.get("death_date"), language), record.get("death_place")
    )
    parts = []
    if born:
        parts.append(f"Born: {born}.")
    if died:
        parts.append(f"Died: {died}.")
    return " ".join(parts) or "Dates and places of birth and death unknown."


def card_content(
    record: dict[str, Any], language: str = "en", translate=_untranslated
) -> CardContent:
    """The card's texts for a reader of ``language``; unknown facts are left out or said to be
    unknown, never guessed. ``translate(context, text)``: Qt's, where the card is painted.

    The footer names the sources, not the catalogue file: the card is for visitors."""
    title = first_name(record, language)
    names = (record.get("name_en"), record.get("name_ru"), record.get("name_tg"))
    other_names = [n for n in names[1:] if n and n != title]
    if names[0] and names[0] != title:
        other_names.append(names[0])
    service = _joined(record.get("military_rank"), record.get("branch"), record.get("unit"))
    deed_when = _joined(
        format_partial_date(record.get("feat_date"), language), record.get("feat_place")
    )
    decree_date = format_partial_date(record.get("award_date"), language)
    deed, deed_note = _deed(record, language, translate)
    decree = (
        f"Hero of the Soviet Union by decree of {decree_date}"
        if decree_date
        else "Hero of the Soviet Union (date of the decree unknown)"
    )
    if record.get("posthumous"):
        decree += ", posthumously"
    sources = record.get("sources") or []
    hosts = [re.sub(r"^https?://(www\.)?([^/]+).*$", r"\2", url) for url in sources[:3]]
    sources_line = "Sources: " + ", ".join(hosts) if hosts else "Sources: none recorded"
    return CardContent(
        title=title,
        other_names=other_names,
        life=_life(record, language),
        service=service or "Rank and unit unknown.",
        deed_heading=deed_when,
        deed=deed or "The deed is not yet described in the catalogue.",
        decree=decree,
        sources_line=sources_line,
        source_link=sources[0] if sources else None,
        name_for_portrait=title,
        deed_note=deed_note,
    )


def shorten_at_sentence(text: str, sentences: int) -> str:
    """The first ``sentences`` sentences of ``text``, ending with a visible "…"."""
    parts = _SENTENCE_END.split(text.strip())
    if sentences >= len(parts):
        return text
    kept = " ".join(parts[: max(1, sentences)]).rstrip()
    return kept.rstrip(".!?") + "…" if sentences >= 1 else parts[0][:80] + "…"
