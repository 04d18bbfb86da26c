"""What a hero card says, built from a hero record. Pure: no Qt, no painting.

The card is written for a reader of one language: the record's name, dates and deed in that
language (saying so when the deed is only in another), and the card's own words translated by the
caller's ``translate`` (QCoreApplication.translate); without it they are English."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from heroviewer.records.dates import format_partial_date
from heroviewer.records.names import first_name
from heroviewer.records.texts import text_in
from heroviewer.records.vocabulary import as_term
from heroviewer.support.messages import QT_TRANSLATE_NOOP, Translate, text_of

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


_IN_LANGUAGE = {
    "en": QT_TRANSLATE_NOOP("Card", "Text in English"),
    "ru": QT_TRANSLATE_NOOP("Card", "Text in Russian"),
    "tg": QT_TRANSLATE_NOOP("Card", "Text in Tajik"),
}
_UNCHECKED = QT_TRANSLATE_NOOP("Card", "Translation not yet checked by staff")


def _deed(record: dict[str, Any], language: str, tr) -> tuple[str | None, str]:
    """The deed in ``language`` (or the next one that has it) and what to say about it."""
    shown = text_in(record, "feat_summary", language)
    if shown is None:
        return None, ""
    notes = [_IN_LANGUAGE[shown.language]] if shown.language != language else []
    notes += [_UNCHECKED] if shown.unchecked else []
    return shown.text, ". ".join(tr(note) for note in notes)


def _joined(*parts: str | None, separator: str = ", ") -> str:
    return separator.join(part for part in parts if part)


def _life(record: dict[str, Any], language: str, tr) -> str:
    born = _joined(
        format_partial_date(record.get("birth_date"), language), record.get("birth_place")
    )
    died = _joined(
        format_partial_date(record.get("death_date"), language), record.get("death_place")
    )
    parts = []
    if born:
        parts.append(tr(QT_TRANSLATE_NOOP("Card", "Born: {place}.").format(place=born)))
    if died:
        parts.append(tr(QT_TRANSLATE_NOOP("Card", "Died: {place}.").format(place=died)))
    return " ".join(parts) or tr(
        QT_TRANSLATE_NOOP("Card", "Dates and places of birth and death unknown.")
    )


def _host(url: str) -> str:
    return re.sub(r"^https?://(www\.)?([^/]+).*$", r"\2", url)


def card_content(
    record: dict[str, Any], language: str = "en", translate: Translate | None = None
) -> CardContent:
    """The card's texts for a reader of ``language``; unknown facts are left out or said to be
    unknown, never guessed.

    The footer names the sources, not the catalogue file: the card is for visitors."""

    def tr(message) -> str:
        return text_of(message, translate)

    title = first_name(record, language)
    names = (record.get("name_en"), record.get("name_ru"), record.get("name_tg"))
    other_names = [n for n in names[1:] if n and n != title]
    if names[0] and names[0] != title:
        other_names.append(names[0])
    rank, branch = (
        tr(as_term(record[key])) if record.get(key) else None for key in ("military_rank", "branch")
    )
    service = _joined(rank, branch, record.get("unit"))
    service = service[:1].upper() + service[1:]  # a rank in Russian or Tajik starts lower case
    deed_when = _joined(
        format_partial_date(record.get("feat_date"), language), record.get("feat_place")
    )
    decree_date = format_partial_date(record.get("award_date"), language)
    deed, deed_note = _deed(record, language, tr)
    if decree_date and record.get("posthumous"):
        decree = QT_TRANSLATE_NOOP(
            "Card", "Hero of the Soviet Union by decree of {date}, posthumously"
        )
    elif decree_date:
        decree = QT_TRANSLATE_NOOP("Card", "Hero of the Soviet Union by decree of {date}")
    elif record.get("posthumous"):
        decree = QT_TRANSLATE_NOOP(
            "Card", "Hero of the Soviet Union (date of the decree unknown), posthumously"
        )
    else:
        decree = QT_TRANSLATE_NOOP("Card", "Hero of the Soviet Union (date of the decree unknown)")
    decree = tr(decree.format(date=decree_date))
    sources = record.get("sources") or []
    hosts = list(dict.fromkeys(map(_host, sources)))[:3]  # each site once, in order
    if hosts:
        sources_line = tr(
            QT_TRANSLATE_NOOP("Card", "Sources: {hosts}").format(hosts=", ".join(hosts))
        )
    else:
        sources_line = tr(QT_TRANSLATE_NOOP("Card", "Sources: none recorded"))
    return CardContent(
        title=title,
        other_names=other_names,
        life=_life(record, language, tr),
        service=service or tr(QT_TRANSLATE_NOOP("Card", "Rank and unit unknown.")),
        deed_heading=deed_when,
        deed=deed
        or tr(QT_TRANSLATE_NOOP("Card", "The deed is not yet described in the catalogue.")),
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
