"""Help → About HeroViewer: what the catalogue holds of the 64 heroes, and where it is."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from heroviewer import __version__
from heroviewer.catalogue import Catalogue
from heroviewer.ui.heroes.detail_pane import SOURCES_COUNT_HEROES


def about_html(catalogue: Catalogue, heroes_held: int) -> str:
    text = QCoreApplication.translate(
        "About",
        "<h3>HeroViewer {version}</h3>"
        "<p>A reference of the Heroes of the Soviet Union linked to the Republic of "
        "Tajikistan, with CSTO Secretariat news. Works offline.</p>"
        "<p>The sources count {total} such heroes; this catalogue holds {held} of them and "
        "{news} news items.</p>"
        "<p>Data: facts researched from public sources; every hero record and news item "
        "lists the pages it rests on, and research notes say what is uncertain. No "
        "photographs are bundled: portraits are drawn placeholders.</p>"
        "<p>Catalogue: {catalogue}</p>"
        "<p>Licences: the program: MIT; the hero records and news summaries: CC BY 4.0 "
        "(each lists its sources); the Noto Sans font: SIL Open Font License 1.1; Qt and "
        "Qt for Python, bundled with the installed program: LGPL 3.</p>"
        "<p>Maps: places from GeoNames (geonames.org), CC BY 4.0; country and region "
        "outlines from Natural Earth (naturalearthdata.com), public domain.</p>",
    )
    return text.format(
        version=__version__,
        total=SOURCES_COUNT_HEROES,
        held=heroes_held,
        news=len(catalogue.news_items()),
        catalogue=escape(catalogue.label) + _link(catalogue.encrypted()),
    )


def _link(encrypted: bool | None) -> str:
    """How the server is reached, said after its address; nothing for a file."""
    if encrypted is None:
        return ""
    if encrypted:
        return escape(QCoreApplication.translate("About", " (the connection is encrypted)"))
    return escape(QCoreApplication.translate("About", " (the connection is not encrypted)"))


def about_box(parent: QWidget, title: str, html: str) -> QMessageBox:
    """The About box (as QMessageBox.about makes it, but one whose controls a test can read)."""
    box = QMessageBox(QMessageBox.Icon.NoIcon, title, html, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.RichText)  # our own text; the catalogue's name is escaped
    icon = parent.windowIcon()
    if not icon.isNull():
        box.setIconPixmap(icon.pixmap(64, 64))
    return box
