"""The detail pane: one hero's record as a readable label, with portrait and sources.

Every value is HTML-escaped before it is shown, so text from the catalogue is never markup;
links open in the browser only when clicked, and nothing is fetched from the network.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from html import escape
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from heroviewer.records.fields import HeroRow, research_reasons
from heroviewer.records.names import display_name, first_name_given
from heroviewer.records.texts import text_in
from heroviewer.ui import labels
from heroviewer.ui.file_drops import FileDropTarget, first_dropped_file
from heroviewer.ui.language import current_language
from heroviewer.ui.theme import is_dark

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage

SOURCES_COUNT_HEROES = 64  # the figure the published sources give
PORTRAIT_WIDTH = 180
LABEL_WIDTH = 110  # the least width of the label column, in pixels
BODY_POINT_SIZE = 10.5  # the body's font-size in STYLE

STYLE = """
body { font-size: 10.5pt; }
h1 { font-size: 19pt; font-weight: 600; margin: 0 0 4px 0; }
h3 { font-size: 11pt; font-weight: 600; color: #5a4a2a; margin: 14px 0 4px 0; }
td.label { color: #6b6b6b; padding: 1px 14px 1px 0; white-space: nowrap; }
td.value { padding: 1px 0; }
.unknown { color: #737373; font-style: italic; }
.names { font-size: 12pt; }
.note { background: #fbf3d9; }
.muted { color: #6b6b6b; }
.unchecked { color: #8a5a00; font-style: italic; }
"""
# Each colour of STYLE as it reads on a dark background (View → Theme → Dark).
DARK_COLOURS = {"#5a4a2a": "#d9c08a", "#6b6b6b": "#a8a8a8", "#737373": "#a0a0a0",
                "#fbf3d9": "#4a3f1f"}  # fmt: skip


STYLE_POINT_SIZE = 9.0  # the interface font's size STYLE's sizes are meant beside


def style_sheet(palette: QPalette, font: QFont | None = None) -> str:
    """STYLE in colours that read on the palette's background, light or dark, and its text
    sizes grown with a larger interface font (a large system font)."""
    sheet = STYLE
    if is_dark(palette):
        for light, dark in DARK_COLOURS.items():
            sheet = sheet.replace(light, dark)
    scale = max(1.0, (font.pointSizeF() if font else 0) / STYLE_POINT_SIZE)
    if scale > 1:
        sheet = re.sub(r"(\d+(?:\.\d+)?)pt", lambda m: f"{float(m[1]) * scale:.1f}pt", sheet)
    return sheet


class StyledBrowser(QTextBrowser):
    """A text browser in STYLE that shows its page again when the theme or the font changes."""

    def __init__(self, parent=None, **properties) -> None:
        super().__init__(parent, **properties)
        self.document().setDefaultStyleSheet(style_sheet(self.palette(), self.font()))
        self._html = ""

    def setHtml(self, html: str) -> None:
        self._html = html
        super().setHtml(html)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.document().setDefaultStyleSheet(style_sheet(self.palette(), self.font()))
            scrolled = self.verticalScrollBar().value()
            super().setHtml(self._html)
            self.verticalScrollBar().setValue(scrolled)


class HeroDetail(FileDropTarget, StyledBrowser):
    """Shows a hero (``show_hero``) or, with nothing selected, the catalogue's overview.

    ``portrait_source(sha256)`` gives a stored portrait's JPEG bytes. An image file dropped on
    the pane is announced by ``portraitDropped(hero id, file path)`` while drops are allowed.
    """

    portraitDropped = Signal(str, str)

    def __init__(self, portrait_source: Callable[[str], bytes | None] | None = None, parent=None):
        super().__init__(parent)
        self._portrait_source = portrait_source
        self.accept_portrait_drops = False
        self.setObjectName("heroDetail")
        self.setAccessibleName(self.tr("Hero's record"))
        self.setOpenLinks(False)
        self.anchorClicked.connect(lambda url: open_web_link(url, self))
        self.document().setDocumentMargin(14)
        self._portraits: dict[str, QImage] = {}
        self.hero_id: str | None = None
        self.nothing_found = False  # the overview says the search matches no hero

    def show_overview(self, rows: Sequence[HeroRow], nothing_found: bool = False) -> None:
        """The catalogue overview: what the pane shows with no hero selected; with
        ``nothing_found`` it says that the search matches no hero."""
        self.hero_id = None
        self.nothing_found = nothing_found
        self.setHtml(overview_html(rows, nothing_found))

    def show_hero(self, record: dict[str, Any]) -> None:
        from PySide6.QtCore import QUrl  # here: importing a Qt class builds its enums

        self.hero_id = record["id"]
        url = QUrl(f"portrait:{record['id']}")
        self.document().addResource(
            QTextDocument.ResourceType.ImageResource, url, self._portrait(record)
        )
        self.setHtml(hero_html(record, url.toString(), current_language()))

    def _portrait(self, record: dict[str, Any]) -> QImage:
        from PySide6.QtGui import QImage  # here: importing a Qt class builds its enums

        stored = record.get("portrait")
        if stored and self._portrait_source is not None:
            if stored not in self._portraits:
                image = QImage.fromData(self._portrait_source(stored) or b"")
                if not image.isNull():
                    image = image.scaledToWidth(
                        PORTRAIT_WIDTH * 2, Qt.TransformationMode.SmoothTransformation
                    )
                    image.setDevicePixelRatio(2.0)
                    self._portraits[stored] = image
            if stored in self._portraits:
                return self._portraits[stored]
        name = display_name(record, current_language()) or "?"
        if name not in self._portraits:
            from heroviewer.support.imaging import placeholder_png

            png = placeholder_png(name, self.tr("no portrait"), PORTRAIT_WIDTH * 2)
            image = QImage.fromData(png)
            image.setDevicePixelRatio(2.0)
            self._portraits[name] = image
        return self._portraits[name]

    # --- dropping an image file on the pane sets the portrait ----------------------------
    def allow_portrait_drops(self, allowed: bool) -> None:
        """Accept image files dropped on the pane (set once the catalogue can be written)."""
        self.accept_portrait_drops = allowed
        self.setAcceptDrops(allowed)  # a read-only text view refuses drops unless told
        self.viewport().setAcceptDrops(allowed)  # drops arrive at the viewport

    def dropped_file(self, event) -> Path | None:
        if not (self.accept_portrait_drops and self.hero_id):
            return None
        from heroviewer.support.portrait_files import IMAGE_SUFFIXES

        return first_dropped_file(event, IMAGE_SUFFIXES)

    def take_dropped_file(self, path: Path) -> None:
        self.portraitDropped.emit(self.hero_id, str(path))


def open_web_link(url: QUrl, parent: QWidget) -> None:
    """Open a clicked http(s) link in the browser (other schemes are ignored), or say why not."""
    from PySide6.QtWidgets import QMessageBox  # here: importing a Qt class builds its enums

    if url.scheme() in ("http", "https") and not QDesktopServices.openUrl(url):
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("HeroDetail", "Link not opened"),
            QCoreApplication.translate(
                "HeroDetail",
                "No web browser could be started to open {link}. The address is copied: paste "
                "it into a browser on a computer with internet access.",
            ).format(link=url.toString()),
            parent=parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        QGuiApplication.clipboard().setText(url.toString())
        box.exec()


def _value(text: str | None) -> str:
    if text is None or text == "":
        unknown = QCoreApplication.translate("HeroDetail", "unknown")
        return f'<span class="unknown">{escape(unknown)}</span>'
    return escape(text)


def _no_deed() -> str:
    """Said where a deed's account would be: a lone "unknown" under its date and place rows
    would not say what is unknown."""
    text = QCoreApplication.translate("HeroDetail", "No account of the deed yet")
    return f'<span class="unknown">{escape(text)}</span>'


def _heading(text: str) -> str:
    return f"<h3>{escape(text)}</h3>"


def _muted(text: str) -> str:
    return f'<span class="muted">{escape(text)}</span>'


class _AlignedTables:
    """The label and value tables of the sections, their label columns as wide as the widest
    label of all of them, so that every value starts at one line (a Russian or Tajik label
    longer than LABEL_WIDTH used to widen its own section's column only)."""

    WIDTH_MARK = "<label-width>"  # never in escaped text; replaced by finish()

    def __init__(self) -> None:
        self.labels: list[str] = []

    def table(self, rows: list[tuple[str, str]]) -> str:
        self.labels += [label for label, _value in rows]
        cells = "".join(
            f'<tr><td class="label" width="{self.WIDTH_MARK}">{escape(label)}</td>'
            f'<td class="value">{value}</td></tr>'
            for label, value in rows
        )
        return f'<table cellspacing="0" cellpadding="0">{cells}</table>'

    def finish(self, html: str) -> str:
        return html.replace(self.WIDTH_MARK, str(label_width(self.labels)))


def label_width(texts: list[str]) -> int:
    """Pixels for the widest of ``texts`` at the pane's text size (see style_sheet), and at
    least LABEL_WIDTH."""
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(BODY_POINT_SIZE * max(1.0, font.pointSizeF() / STYLE_POINT_SIZE))
    metrics = QFontMetrics(font)
    return max([LABEL_WIDTH, *(metrics.horizontalAdvance(text) + 2 for text in texts)])


def _date_and_place(date: str | None, place: str | None) -> str:
    if not date and not place:
        return _value(None)
    return ", ".join([_value(labels.date_text(date)), _value(place)])


def _confidence_or_research_reasons(record: dict[str, Any]) -> str:
    """Why the record needs research (missing key facts, low confidence), which says how well
    it is confirmed too; how well it is confirmed when it needs none."""
    reasons = research_reasons(record.get)
    text = labels.research_reasons_text(record.get("confidence"), reasons)
    if text:
        return f'<p class="note">{escape(text)}</p>'
    return f'<p class="muted">{escape(labels.confidence_label(record.get("confidence")))}</p>'


def language_note(language: str) -> str:
    """What the pane says above a text shown in another language than the interface's."""
    if language == "ru":
        return QCoreApplication.translate("HeroDetail", "Text in Russian")
    if language == "tg":
        return QCoreApplication.translate("HeroDetail", "Text in Tajik")
    return QCoreApplication.translate("HeroDetail", "Text in English")


def _text_notes(record: dict[str, Any], text: str, language: str) -> tuple[str, str]:
    """A text in the reader's language (or the next one that has it), escaped as paragraphs,
    and what to say about it: the language it falls back to, and an unchecked translation."""
    shown = text_in(record, text, language)
    if shown is None:
        return "", ""
    notes = []
    if shown.language != language:
        notes.append(language_note(shown.language))
    if shown.unchecked:
        notes.append(
            QCoreApplication.translate("HeroDetail", "Translation not yet checked by staff")
        )
    note = f'<p class="unchecked">{escape(". ".join(notes))}</p>' if notes else ""
    return escape(shown.text).replace("\n", "<br>"), note


def hero_html(record: dict[str, Any], portrait_url: str, language: str = "en") -> str:
    """The hero's record as HTML, every value escaped; unknown facts read "unknown". The names,
    dates and texts are shown for a reader of ``language``."""
    v = _value
    tables = _AlignedTables()
    names = (record.get("name_en"), record.get("name_ru"), record.get("name_tg"))
    title = first_name_given(*names, language)
    deed, deed_note = _text_notes(record, "feat_summary", language)
    biography, biography_note = _text_notes(record, "biography", language)
    posthumous = {
        True: labels.yes_no(True),  # "Posthumous: yes", not "yes, posthumously" again
        False: QCoreApplication.translate("HeroDetail", "no, in his lifetime"),
        None: None,
    }
    parts = [
        '<table cellspacing="0" cellpadding="0"><tr>',
        f'<td><img src="{escape(portrait_url)}" width="{PORTRAIT_WIDTH}"></td>',
        '<td style="padding-left: 18px; vertical-align: top">',
        f"<h1>{escape(title or '')}</h1>",
        '<p class="names">',
        _muted(QCoreApplication.translate("HeroDetail", "Latin:")),
        f" {v(record.get('name_en'))}<br>",
        _muted(QCoreApplication.translate("HeroDetail", "Russian:")),
        f" {v(record.get('name_ru'))}<br>",
        _muted(QCoreApplication.translate("HeroDetail", "Tajik:")),
        f" {v(record.get('name_tg'))}</p>",
        "<p>" + escape(QCoreApplication.translate("HeroDetail", "Hero of the Soviet Union")),
        "</p>",
        _confidence_or_research_reasons(record),
        "</td></tr></table>",
        _heading(QCoreApplication.translate("HeroDetail", "Life")),
        tables.table(
            [
                (
                    QCoreApplication.translate("HeroDetail", "Born"),
                    _date_and_place(record.get("birth_date"), record.get("birth_place")),
                ),
                (
                    QCoreApplication.translate("HeroDetail", "Died"),
                    _date_and_place(record.get("death_date"), record.get("death_place")),
                ),
                (
                    QCoreApplication.translate("HeroDetail", "Nationality"),
                    v(labels.term_text(record.get("nationality"))),
                ),
            ]
        ),
        _heading(QCoreApplication.translate("HeroDetail", "Service")),
        tables.table(
            [
                (
                    QCoreApplication.translate("HeroDetail", "Rank"),
                    v(labels.term_text(record.get("military_rank"))),
                ),
                (
                    QCoreApplication.translate("HeroDetail", "Branch"),
                    v(labels.term_text(record.get("branch"))),
                ),
                (QCoreApplication.translate("HeroDetail", "Unit"), v(record.get("unit"))),
            ]
        ),
        _heading(QCoreApplication.translate("HeroDetail", "The deed")),
        tables.table(
            [
                (
                    QCoreApplication.translate("HeroDetail", "Date"),
                    v(labels.date_text(record.get("feat_date"))),
                ),
                (QCoreApplication.translate("HeroDetail", "Place"), v(record.get("feat_place"))),
            ]
        ),
        deed_note,
        f"<p>{deed or _no_deed()}</p>",
        _heading(QCoreApplication.translate("HeroDetail", "The title")),
        tables.table(
            [
                (
                    QCoreApplication.translate("HeroDetail", "Decree of"),
                    v(labels.date_text(record.get("award_date"))),
                ),
                (
                    QCoreApplication.translate("HeroDetail", "Posthumous"),
                    v(posthumous[record.get("posthumous")]),
                ),
                (
                    QCoreApplication.translate("HeroDetail", "Group"),
                    v(labels.group_label(record.get("group_code"))),
                ),
            ]
        ),
    ]
    if biography:
        heading = _heading(QCoreApplication.translate("HeroDetail", "Biography"))
        parts.append(f"{heading}{biography_note}<p>{biography}</p>")
    if record.get("staff_notes"):
        text = escape(record["staff_notes"]).replace("\n", "<br>")
        heading = _heading(QCoreApplication.translate("HeroDetail", "Staff notes"))
        parts.append(f"{heading}<p>{text}</p>")
    parts += [
        _heading(QCoreApplication.translate("HeroDetail", "Research")),
        tables.table(
            [
                (
                    QCoreApplication.translate("HeroDetail", "Confirmed"),
                    escape(labels.confidence_label(record.get("confidence"))),
                ),
                (
                    QCoreApplication.translate("HeroDetail", "Other spellings"),
                    v(", ".join(record.get("aliases") or [])),
                ),
            ]
        ),
    ]
    if record.get("research_note"):
        parts.append(
            '<p class="note">'
            + escape(QCoreApplication.translate("HeroDetail", "Research note:"))
            + f" {escape(record['research_note'])}</p>"
        )
    parts.append(_heading(QCoreApplication.translate("HeroDetail", "Sources")))
    sources = record.get("sources") or []
    if sources:
        links = "".join(f'<li><a href="{escape(url)}">{escape(url)}</a></li>' for url in sources)
        parts.append(f"<ol>{links}</ol>")
    else:
        parts.append(f"<p>{v(None)}</p>")
    return tables.finish("".join(parts))


def overview_html(rows: Sequence[HeroRow], nothing_found: bool = False) -> str:
    """What the pane says with no hero selected: how much of the 64 the catalogue holds, and
    to select a hero, or (``nothing_found``) that the search matches none."""
    groups = Counter(map(attrgetter("group_code"), rows))
    needing = sum(map(attrgetter("needs_research"), rows))
    items = "".join(
        f"<li>{escape(labels.group_label(code))}: {groups[code]}</li>"
        for code in ("tajik_ssr", "tajik_other_republic", "postwar_tajikistan")
    )
    return (
        "<h1>"
        + escape(
            QCoreApplication.translate(
                "HeroDetail", "Heroes of the Soviet Union linked to Tajikistan"
            )
        )
        + "</h1>"
        + "<p>"
        + escape(
            QCoreApplication.translate(
                "HeroDetail",
                "The published sources count {total} Heroes of the Soviet Union linked to the "
                "Republic of Tajikistan (some give 63 or 65). This catalogue holds {held} of the "
                "{total}: those whose names and facts could be confirmed so far.",
            ).format(total=SOURCES_COUNT_HEROES, held=len(rows))
        )
        + f"</p><ul>{items}</ul><p>"
        + escape(
            QCoreApplication.translate(
                "HeroDetail",
                "{count} records need research (low confidence or missing key facts): tick "
                "\u201cNeeds research\u201d above the table to list them.",
            ).format(count=needing)
        )
        + "</p><p class='muted'>"
        + escape(
            QCoreApplication.translate("HeroDetail", "No hero matches the search.")
            if nothing_found
            else QCoreApplication.translate(
                "HeroDetail", "Select a hero in the table to read the record."
            )
        )
        + "</p>"
    )
