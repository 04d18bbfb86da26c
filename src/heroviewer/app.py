"""Start the Qt application: fonts, translations, the main window, and offscreen screenshots."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

from heroviewer.catalogue import Catalogue, open_catalogue
from heroviewer.support.fonts import BUNDLED_FAMILY, register_bundled_fonts
from heroviewer.support.messages import QT_TRANSLATE_NOOP, Message
from heroviewer.support.paths import resources_dir
from heroviewer.ui.language import (
    chosen_language,
    forget_translators,
    start_language,
    use_language,
)
from heroviewer.ui.main_window import NEWS_TAB, MainWindow
from heroviewer.ui.plurals import install_english_plurals


def ensure_application() -> QApplication:
    """The running QApplication, created and prepared (fonts, translations) if there is none."""
    app = QApplication.instance()
    if app is not None and not isinstance(app, QApplication):
        app.shutdown()  # the command line's, made for its translations: a window needs more
        forget_translators()
        app = None
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("HeroViewer")
        app.setOrganizationName("HeroViewer")
        app.setApplicationDisplayName("HeroViewer")
        register_fonts()
        install_english_plurals(app)  # first: the translations installed after it come first
        start_language()
    if app.windowIcon().isNull():  # also when the QApplication was made elsewhere (tests)
        app.setDesktopFileName(DESKTOP_FILE_NAME)
        app.setWindowIcon(application_icon())
    return app


# The name of the .desktop file (packaging/linux/): desktops match the window to it.
DESKTOP_FILE_NAME = "io.github.heroviewer.HeroViewer"


def application_icon() -> QIcon:
    """HeroViewer's icon (resources/icons, drawn from heroviewer.svg) at the sizes menus use.

    Each file's size is given, so that Qt reads it only when that size is drawn (reading
    seven files to learn their sizes cost start-up about 1 ms)."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resources_dir() / "icons" / f"heroviewer-{size}.png"), QSize(size, size))
    return icon


def register_fonts() -> None:
    """Use the bundled Noto Sans for the whole interface."""
    if BUNDLED_FAMILY in register_bundled_fonts():
        font = QFont(BUNDLED_FAMILY)
        font.setPointSizeF(QApplication.font().pointSizeF())
        QApplication.setFont(font)


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
    if catalogue.created:  # no catalogue was at the path given: not one's own catalogue
        created = QCoreApplication.translate(
            "MainWindow", "A new catalogue was created at {path} from the bundled data"
        )
        window.statusBar().showMessage(created.format(path=catalogue.label))
    if not editable_at_once:
        after_first_paint(window.heroes.table, window.open_catalogue.open_for_editing)
    window.language_choice.chosen.connect(lambda choice: show_in_language(window, choice))
    return window


def show_in_language(window: MainWindow, choice: str) -> MainWindow:
    """The window made again in the language ``choice`` ("" follows the system) over the same
    open catalogue, so its writer and undo history carry on; the size and place, the tab and
    the hero shown are kept. The old window is hidden and deleted, never closed (closing
    would close the catalogue)."""
    use_language(chosen_language(choice))
    window.save_settings()
    hero_id, tab = window.heroes.detail.hero_id, window.tabs.currentIndex()
    opened = window.open_catalogue
    opened.release_window()
    again = MainWindow(opened, remember=window.settings is not None)
    again.setGeometry(window.geometry())
    again.setWindowState(window.windowState())  # maximised stays maximised
    if tab == NEWS_TAB:
        again.ensure_news_page()
        again.tabs.setCurrentIndex(tab)
    if hero_id:
        again.heroes.select_hero(hero_id)
    again.language_choice.chosen.connect(lambda choice: show_in_language(again, choice))
    if window.isVisible():
        again.show()
    window.hide()
    window.deleteLater()
    if gc.get_freeze_count():  # a launch froze the first window with its rows (cli._run_gui)
        window.destroyed.connect(lambda: QTimer.singleShot(0, _collect_then_freeze))
    return again


def _collect_then_freeze() -> None:
    """Free a replaced window that the launch froze (its Python objects hold cycles, and the
    old rows with them), then freeze what lives on, as the launch did."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def save_screenshot(window: MainWindow, out: Path, select: str | None, tab: str) -> Message | None:
    """Render the window to a PNG; returns a message if --select matched no hero."""
    problem = None
    if select:  # find the hero as a search would, then show it in the whole table
        window.heroes.search.setText(select)
        found = window.heroes.model.hero_id(0) if window.heroes.model.rowCount() else None
        window.heroes.search.clear()
        if found:
            window.heroes.select_hero(found)
        else:
            problem = QT_TRANSLATE_NOOP("CommandLine", "no hero matches {name}").format(
                name=repr(select)
            )
    if tab == "news":
        page = window.ensure_news_page()
        window.tabs.setCurrentIndex(1)
        if page.filter.rowCount():
            page.list.setCurrentIndex(page.filter.index(0, 0))
    window.show()
    QApplication.processEvents()
    if tab in ("map", "map-deeds", "timeline", "figures"):
        _show_overview_tab(window, tab)
    if not window.grab().save(str(out)):
        raise OSError(f"{out}: the screenshot could not be written")
    return problem


def _show_overview_tab(window: MainWindow, tab: str) -> None:
    """Show the map (home places or deeds), timeline or figures tab, the map once its markers
    are placed (that is done in the background)."""
    lazy = {"map": window.map_tab, "map-deeds": window.map_tab}.get(tab)
    lazy = lazy or {"timeline": window.timeline_tab, "figures": window.figures_tab}[tab]
    window.tabs.setCurrentIndex(lazy.index)
    page = lazy.ensure_page()
    if tab == "map-deeds":
        page.deeds_button.click()
    if getattr(page, "placing", lambda: False)():
        from PySide6.QtCore import QEventLoop  # here: importing a Qt class builds its enums

        loop = QEventLoop()
        page.placingChanged.connect(lambda placing: placing or loop.quit())
        loop.exec()
    QApplication.processEvents()


class _FirstPaint(QObject):
    """Calls back once the watched widget has painted for the first time (its children are
    painted in the same pass, before the callback runs).

    Watch a widget made in Python, such as the hero table, rather than its viewport: the first
    call that hands Python a QWidget made by Qt (``viewport()``) has PySide6 work out which
    class it is by building the Python class of every QWidget subclass, about 70 enums in
    all, which took 20 ms before the first paint."""

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
