"""News items from an RSS 2.0 or Atom file saved from the Secretariat's site.

The XML is first checked with defusedxml (no entity declarations, no external references: the
"billion laughs" and external-entity attacks are refused), then read with feedparser, which knows
every feed dialect and date format. HTML in titles and summaries becomes plain text: scripts and
styles are dropped, images and links are not kept, nothing is fetched.
"""

from __future__ import annotations

import io
import time
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from heroviewer.formats.files import ImportRecords, ImportRefused, read_import_bytes
from heroviewer.records.categories import category_code, is_ours
from heroviewer.support.messages import QT_TRANSLATE_NOOP

FIRST_YEAR, LAST_YEAR = 1800, 2100  # a news item dated outside these is a damaged date
_SKIPPED = {"script", "style", "head", "title", "noscript", "template", "iframe", "object"}
_BREAKS = {"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"}


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag in _BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def plain_text(html: str | None) -> str:
    """Text without markup: paragraphs kept as line breaks, spaces collapsed."""
    if not html:
        return ""
    parser = _TextOnly()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def check_xml_is_safe(data: bytes, path: Path) -> None:
    """Refuse XML that declares entities or reaches outside the file, before any parsing."""
    import defusedxml
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException as error:
        raise ImportRefused(path, [_why_unsafe(error)]) from None
    except ParseError as error:
        line, column = error.position
        not_xml = QT_TRANSLATE_NOOP(
            "ImportFile", "line {line}, column {column}: not well-formed XML ({reason})"
        )
        raise ImportRefused(
            path, [not_xml.format(line=line, column=column + 1, reason=error.msg)]
        ) from None


def _why_unsafe(error: Exception) -> str:
    """Why defusedxml refused the file, in words staff can act on."""
    outside = getattr(error, "sysid", None)
    if outside:
        return QT_TRANSLATE_NOOP(
            "ImportFile",
            "refused: the XML declares an entity that reads {outside}, outside the file "
            "(a feed saved from a website needs none)",
        ).format(outside=repr(outside))
    name = getattr(error, "name", None)
    if name:
        return QT_TRANSLATE_NOOP(
            "ImportFile",
            "refused: the XML declares the entity {name}, which can grow a small file into "
            "gigabytes (a feed saved from a website needs none)",
        ).format(name=repr(name))
    return QT_TRANSLATE_NOOP(
        "ImportFile",
        "refused: the XML declares entities, which can grow a small file into gigabytes "
        "(a feed saved from a website needs none)",
    )


def read_feed(path: Path) -> list[dict[str, Any]]:
    """News items (newest first, as the feed lists them) from an RSS or Atom file."""
    import feedparser

    data = read_import_bytes(path)
    check_xml_is_safe(data, path)
    # A stream, never the bytes: feedparser would first try bytes as a file name or URL, and
    # read a file named like the content instead of the content checked above.
    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=True)
    if parsed.get("version", "") == "" and not parsed.entries:
        raise ImportRefused(path, [QT_TRANSLATE_NOOP("ImportFile", "not an RSS or Atom feed")])
    feed_title = plain_text(parsed.feed.get("title")) or Path(path).name
    items, problems = [], []
    for number, entry in enumerate(parsed.entries, start=1):
        title = plain_text(entry.get("title"))
        if not title:
            problems.append(
                QT_TRANSLATE_NOOP("ImportFile", "item {number}: has no title").format(number=number)
            )
            continue
        date, wrong = _date(entry)
        if wrong:
            left_out = QT_TRANSLATE_NOOP(
                "ImportFile", "item {number} ({title}): {reason}; left out"
            )
            problems.append(left_out.format(number=number, title=title, reason=wrong))
            continue
        items.append(_news_item(entry, title, date, feed_title, Path(path).name))
    if problems and not items:
        raise ImportRefused(path, problems)
    return ImportRecords(items, problems)


def _news_item(
    entry, title: str, date: str | None, feed_title: str, file_name: str
) -> dict[str, Any]:
    summary = entry.get("summary") or ""
    if not summary and entry.get("content"):
        summary = entry["content"][0].get("value", "")
    link = entry.get("link") or None
    return {
        "date": date,
        "title": title,
        "summary_en": plain_text(summary) or None,
        "url": link,
        "source_seen": None,
        "source_note": f"Imported from the feed “{feed_title}” ({file_name}).",
        "category": _category(entry),
        "guid": entry.get("id") or None,
    }


def _category(entry) -> str | None:
    """The item's first category that is one of ours, else its first category as written."""
    codes = [category_code(tag.get("term") or tag.get("label")) for tag in entry.get("tags") or []]
    codes = [code for code in codes if code]
    return next((code for code in codes if is_ours(code)), codes[0] if codes else None)


def _date(entry) -> tuple[str | None, str | None]:
    """The item's date as YYYY-MM-DD (None when it gives none), or why it cannot be kept: a year
    outside 1800-2100, or a signed year (feedparser reads "-0001" as 2000)."""
    for key in ("published", "updated", "created"):
        moment = entry.get(f"{key}_parsed")
        if isinstance(moment, time.struct_time):
            written = str(entry.get(key) or "").strip()
            if not FIRST_YEAR <= moment.tm_year <= LAST_YEAR or written.startswith(("-", "+")):
                wrong = QT_TRANSLATE_NOOP(
                    "ImportFile", "the date {date} is not between {first} and {last}"
                )
                return None, wrong.format(date=repr(written), first=FIRST_YEAR, last=LAST_YEAR)
            return f"{moment.tm_year:04d}-{moment.tm_mon:02d}-{moment.tm_mday:02d}", None
    return None, None
