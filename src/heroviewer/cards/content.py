"""What a hero card says, built from a hero record. Pure: no Qt, no painting.

The card's words are printed in the interface's language: the caller gives ``translate``
(QCoreApplication.translate); without it they are English."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from heroviewer.records.dates import format_partial_date
from heroviewer.records.names import first_name
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


def _joined(*parts: str | None, separator: str = ", ") -> str:
    return separator.join(part for part in parts if part)


def _life(record: dict[str, Any], tr) -> str:
    born = _joined(format_partial_date(record.get("birth_date")), record.get("birth_place"))
    died = _joined(format_partial_date(record.get("death_date")), record.get("death_place"))
    parts = []
    if born:
        parts.append(tr(QT_TRANSLATE_NOOP("Card", "Born: {place}.").format(place=born)))
    if died:
        parts.append(tr(QT_TRANSLATE_NOOP("Card", "Died: {place}.").format(place=died)))
    return " ".join(parts) or tr(
        QT_TRANSLATE_NOOP("Card", "Dates and places of birth and death unknown.")
    )


def card_content(record: dict[str, Any], translate: Translate | None = None) -> CardContent:
    """The card's texts; unknown facts are left out or said to be unknown, never guessed.

    The footer names the sources, not the catalogue file: the card is for visitors."""

    def tr(message) -> str:
        return text_of(message, translate)

    title = first_name(record)
    other_names = [n for n in (record.get("name_ru"), record.get("name_tg")) if n and n != title]
    service = _joined(record.get("military_rank"), record.get("branch"), record.get("unit"))
    deed_when = _joined(format_partial_date(record.get("feat_date")), record.get("feat_place"))
    decree_date = format_partial_date(record.get("award_date"))
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
    hosts = [re.sub(r"^https?://(www\.)?([^/]+).*$", r"\2", url) for url in sources[:3]]
    if hosts:
        sources_line = tr(
            QT_TRANSLATE_NOOP("Card", "Sources: {hosts}").format(hosts=", ".join(hosts))
        )
    else:
        sources_line = tr(QT_TRANSLATE_NOOP("Card", "Sources: none recorded"))
    return CardContent(
        title=title,
        other_names=other_names,
        life=_life(record, tr),
        service=service or tr(QT_TRANSLATE_NOOP("Card", "Rank and unit unknown.")),
        deed_heading=deed_when,
        deed=record.get("feat_summary_en")
        or tr(QT_TRANSLATE_NOOP("Card", "The deed is not yet described in the catalogue.")),
        decree=decree,
        sources_line=sources_line,
        source_link=sources[0] if sources else None,
        name_for_portrait=title,
    )


def shorten_at_sentence(text: str, sentences: int) -> str:
    """The first ``sentences`` sentences of ``text``, ending with a visible "…"."""
    parts = _SENTENCE_END.split(text.strip())
    if sentences >= len(parts):
        return text
    kept = " ".join(parts[: max(1, sentences)]).rstrip()
    return kept.rstrip(".!?") + "…" if sentences >= 1 else parts[0][:80] + "…"
