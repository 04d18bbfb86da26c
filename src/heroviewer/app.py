"""Start the Qt application: fonts, translations, the main window, and offscreen screenshots."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

from heroviewer.catalogue import Catalogue, open_catalogue
from heroviewer.records.fields import translate_labels_with
from heroviewer.support.fonts import BUNDLED_FAMILY, register_bundled_fonts
from heroviewer.support.paths import resources_dir
from heroviewer.ui.main_window import MainWindow


def ensure_application() -> QApplication:
    """The running QApplication, created and prepared (fonts, translations) if there is none."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("HeroViewer")
        app.setOrganizationName("HeroViewer")
        app.setApplicationDisplayName("HeroViewer")
        register_fonts()
        install_translators(app)
    if app.windowIcon().isNull():  # also when the QApplication was made elsewhere (tests)
        app.setDesktopFileName(DESKTOP_FILE_NAME)
        app.setWindowIcon(application_icon())
    return app


# The name of the .desktop file (packaging/linux/): desktops match the window to it.
DESKTOP_FILE_NAME = "io.github.heroviewer.HeroViewer"


def application_icon() -> QIcon:
    """HeroViewer's icon (resources/icons, drawn from heroviewer.svg) at the sizes menus use."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resources_dir() / "icons" / f"heroviewer-{size}.png"))
    return icon


def register_fonts() -> None:
    """Use the bundled Noto Sans for the whole interface."""
    if BUNDLED_FAMILY in register_bundled_fonts():
        font = QFont(BUNDLED_FAMILY)
        font.setPointSizeF(QApplication.font().pointSizeF())
        QApplication.setFont(font)


def install_translators(app: QApplication) -> None:
    """Load Qt's own and HeroViewer's translations for the user's language, where they exist;
    field labels (CSV headers too) are shown in it from then on."""
    locale = QLocale()
    folders = (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("heroviewer", str(resources_dir() / "translations")),
    )
    for name, folder in folders:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
    translate_labels_with(QCoreApplication.translate)


def build_window(
    db: str | Path | Catalogue, remember: bool = True, editable_at_once: bool = True
) -> MainWindow:
    """The ready main window on a catalogue (a path, an SQLAlchemy URL, or an open Catalogue).

    With ``remember=False`` the window keeps no settings (used for screenshots). With
    ``editable_at_once=False`` it becomes editable right after its first paint.
    """
    ensure_application()
    catalogue = db if isinstance(db, Catalogue) else open_catalogue(db)
    window = MainWindow(catalogue, remember=remember, editable_at_once=editable_at_once)
    if not editable_at_once:
        after_first_paint(window.heroes.table.viewport(), window.open_catalogue.open_for_editing)
    return window


def save_screenshot(window: MainWindow, out: Path, select: str | None, tab: str) -> str | None:
    """Render the window to a PNG; returns a message if --select matched no hero."""
    problem = None
    if select:  # find the hero as a search would, then show it in the whole table
        window.heroes.search.setText(select)
        found = window.heroes.model.hero_id(0) if window.heroes.model.rowCount() else None
        window.heroes.search.clear()
        if found:
            window.heroes.select_hero(found)
        else:
            problem = f"no hero matches {select!r}"
    if tab == "news":
        page = window.ensure_news_page()
        window.tabs.setCurrentIndex(1)
        if page.filter.rowCount():
            page.list.setCurrentIndex(page.filter.index(0, 0))
    window.show()
    QApplication.processEvents()
    if not window.grab().save(str(out)):
        raise OSError(f"{out}: the screenshot could not be written")
    return problem


class _FirstPaint(QObject):
    """Calls back once the watched widget has painted for the first time."""

    def __init__(self, widget, callback) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def after_first_paint(widget, callback) -> None:
    _FirstPaint(widget, callback)


def quit_after_first_paint(widget) -> None:
    """Print "shown" and quit once ``widget`` has painted (the start-up benchmark)."""

    def done() -> None:
        print("shown", flush=True)
        QApplication.quit()

    after_first_paint(widget, done)
