"""News items from an RSS 2.0 or Atom file saved from the Secretariat's site.

The XML is first checked with defusedxml (no entity declarations, no external references: the
"billion laughs" and external-entity attacks are refused), then read with feedparser, which knows
every feed dialect and date format. HTML in titles and summaries becomes plain text: scripts and
styles are dropped, images and links are not kept, nothing is fetched.
"""

from __future__ import annotations

import time
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from heroviewer.formats.files import ImportRefused, read_import_bytes

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
        raise ImportRefused(
            path, [f"line {line}, column {column + 1}: not well-formed XML ({error.msg})"]
        ) from None


def _why_unsafe(error: Exception) -> str:
    """Why defusedxml refused the file, in words staff can act on."""
    outside = getattr(error, "sysid", None)
    if outside:
        return (
            f"refused: the XML declares an entity that reads {outside!r}, outside the file "
            "(a feed saved from a website needs none)"
        )
    name = getattr(error, "name", None)
    what = f"the entity {name!r}" if name else "entities"
    return (
        f"refused: the XML declares {what}, which can grow a small file into gigabytes "
        "(a feed saved from a website needs none)"
    )


def read_feed(path: Path) -> list[dict[str, Any]]:
    """News items (newest first, as the feed lists them) from an RSS or Atom file."""
    import feedparser

    data = read_import_bytes(path)
    check_xml_is_safe(data, path)
    parsed = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=True)
    if parsed.get("version", "") == "" and not parsed.entries:
        raise ImportRefused(path, ["not an RSS or Atom feed"])
    feed_title = plain_text(parsed.feed.get("title")) or Path(path).name
    items, problems = [], []
    for number, entry in enumerate(parsed.entries, start=1):
        title = plain_text(entry.get("title"))
        if not title:
            problems.append(f"item {number}: has no title")
            continue
        items.append(_news_item(entry, title, feed_title, Path(path).name))
    if problems and not items:
        raise ImportRefused(path, problems)
    return items


def _news_item(entry, title: str, feed_title: str, file_name: str) -> dict[str, Any]:
    summary = entry.get("summary") or ""
    if not summary and entry.get("content"):
        summary = entry["content"][0].get("value", "")
    link = entry.get("link") or None
    return {
        "date": _date(entry),
        "title": title,
        "summary_en": plain_text(summary) or None,
        "url": link,
        "source_seen": None,
        "source_note": f"Imported from the feed “{feed_title}” ({file_name}).",
        "category": None,
        "guid": entry.get("id") or None,
    }


def _date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        moment = entry.get(key)
        if isinstance(moment, time.struct_time):
            return time.strftime("%Y-%m-%d", moment)
    return None
