"""Accessibility: every control has a name a screen reader can say, the keyboard reaches
everything in reading order, and the menus can be worked by their underlined letters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QPalette, QTextFormat
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from heroviewer.catalogue.writer import HERO
from heroviewer.ui.dialogs.about import about_box
from heroviewer.ui.dialogs.history import HistoryDialog
from heroviewer.ui.dialogs.import_preview import ImportPreview
from heroviewer.ui.dialogs.record_fields import hero_form, news_form


def unnamed_controls(root: QWidget) -> list[str]:
    """The focusable controls of ``root``'s window with no accessible name, as class#objectName.

    A widget whose focus goes to another (its focus proxy) is named by that other; the popup
    list of a drop-down is a window of its own, read through the drop-down.
    """
    missing = []
    for widget in (root, *root.findChildren(QWidget)):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.focusProxy() is not None:
            continue
        if widget.window() is not root.window():
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if not interface or not interface.text(QAccessible.Text.Name).strip():
            missing.append(f"{type(widget).__name__}#{widget.objectName()}")
    return missing


def test_every_control_of_both_tabs_has_an_accessible_name(window):
    window.heroes.select_row(0)
    window.ensure_news_page()
    window.tabs.setCurrentIndex(1)
    window.news_page.list.setCurrentIndex(window.news_page.filter.index(0, 0))
    assert unnamed_controls(window) == []


def test_the_record_forms_name_each_field_by_its_label(window):
    hero = window.open_catalogue.catalogue.hero("karsybay-spataev")
    form = hero_form(hero, "Edit hero", window)
    assert unnamed_controls(form) == []
    rank = QAccessible.queryAccessibleInterface(form.widget("military_rank"))
    assert rank.text(QAccessible.Text.Name) == "Rank"
    news = window.open_catalogue.catalogue.news_items()[0]
    assert unnamed_controls(news_form(news, [], "Edit news item", window)) == []


def test_the_dialogs_name_every_control(window, tmp_path, monkeypatch):
    history = HistoryDialog(window.open_catalogue.editing, HERO, "karsybay-spataev", "Sp", window)
    assert unnamed_controls(history) == []
    assert unnamed_controls(window.card_print_dialog()) == []
    assert unnamed_controls(about_box(window, "About", window.about_html())) == []

    previews = []
    monkeypatch.setattr(ImportPreview, "exec", lambda dialog: previews.append(dialog) or 0)
    sheet = tmp_path / "museum.csv"
    sheet.write_text("id,name_en,rank\n,Test Hero,Private\n", encoding="utf-8")
    window.exchange_commands.import_from(sheet)
    assert unnamed_controls(previews[0]) == []


def test_the_damaged_catalogue_message_names_its_controls(tmp_path, monkeypatch, qtbot):
    from heroviewer.ui.dialogs.damaged import offer_restore

    boxes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    damaged = tmp_path / "catalogue.sqlite"
    damaged.write_bytes(b"not a catalogue")
    assert offer_restore(damaged, "file is not a database") is None
    assert damaged.read_bytes() == b"not a catalogue"
    assert unnamed_controls(boxes[0]) == []


def test_a_control_without_a_name_is_named_by_the_check(qtbot):
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    QVBoxLayout(box).addWidget(QLineEdit(objectName="nameless"))
    assert unnamed_controls(box) == ["QLineEdit#nameless"]
    QApplication.processEvents()


def focus_name(widget: QWidget) -> str:
    action = getattr(widget, "defaultAction", lambda: None)()
    return action.objectName() if action is not None else widget.objectName()


def test_tab_follows_the_heroes_page_in_reading_order(window, qtbot):
    window.activateWindow()
    window.heroes.select_row(0)
    window.heroes.search.setFocus()
    qtbot.waitUntil(window.heroes.search.hasFocus)
    chain = [focus_name(QApplication.focusWidget())]
    for _step in range(7):
        window.focusNextChild()
        chain.append(focus_name(QApplication.focusWidget()))
    assert chain == ["heroSearch", "needsResearch", "heroTable", "heroDetail",
                     "editHero", "choosePortrait", "heroHistory", "newHero"]  # fmt: skip


def test_tab_leaves_the_hero_table_rather_than_moving_along_a_row(window, qtbot):
    window.activateWindow()
    window.heroes.select_row(0)
    window.heroes.table.setFocus()
    qtbot.waitUntil(window.heroes.table.hasFocus)
    qtbot.keyClick(window.heroes.table, Qt.Key.Key_Tab)
    assert window.heroes.detail.hasFocus()
    assert window.heroes.table.currentIndex().column() == 0


def test_tab_goes_down_the_record_form_field_by_field(window, qtbot):
    hero = window.open_catalogue.catalogue.hero("karsybay-spataev")
    form = hero_form(hero, "Edit hero", window)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    # in the order they are declared, each unchecked translation followed by its "checked" button
    fields = []
    for key in form.values():
        if key != "unchecked_translations":
            fields.append(f"edit-{key}")
        if key in (hero.get("unchecked_translations") or ()):
            fields.append(f"checked-{key}")
    first = form.widget(next(iter(form.values())))
    first.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    chain = [QApplication.focusWidget().objectName()]
    for _field in fields[1:]:
        form.focusNextChild()
        chain.append(QApplication.focusWidget().objectName())
    assert chain == fields


def mnemonic(text: str) -> str:
    """The letter after the single "&" of a menu text ("" when there is none)."""
    letters = text.replace("&&", "").split("&")
    return letters[1][:1].casefold() if len(letters) > 1 else ""


def menus_of(menu) -> list:
    """``menu`` and every submenu in it."""
    found = [menu]
    for action in menu.actions():
        if action.menu() is not None:
            found += menus_of(action.menu())
    return found


def test_every_menu_item_has_its_own_underlined_letter(window):
    bar = window.menuBar()
    titles = [action.text() for action in bar.actions()]
    assert all(mnemonic(title) for title in titles), titles
    assert len({mnemonic(title) for title in titles}) == len(titles), titles
    for top in bar.actions():
        for menu in menus_of(top.menu()):
            texts = [action.text() for action in menu.actions() if not action.isSeparator()]
            letters = [mnemonic(text) for text in texts]
            assert all(letters), f"{menu.title()}: an item without a mnemonic in {texts}"
            doubled = {letter for letter in letters if letters.count(letter) > 1}
            assert not doubled, f"{menu.title()}: {sorted(doubled)} used twice in {texts}"


def test_the_buttons_beside_the_record_tell_their_shortcut(window):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QToolButton

    buttons = {
        button.defaultAction().objectName(): button
        for button in window.heroes.findChildren(QToolButton)
        if button.defaultAction() is not None
    }
    for name in ("editHero", "newHero", "heroHistory"):
        shortcut = buttons[name].defaultAction().shortcut()
        assert not shortcut.isEmpty(), name
        tip = buttons[name].toolTip()
        assert f"({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})" in tip, tip
    assert buttons["editHero"].toolTip() == "Edit hero (F2)"


@pytest.fixture
def themes():
    """The application's look put back after a test changes the theme."""
    from heroviewer.ui import theme

    yield theme
    theme.apply_theme(theme.SYSTEM)


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours (4.5 and more reads well)."""

    def luminance(colour: QColor) -> float:
        channels = [colour.redF(), colour.greenF(), colour.blueF()]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def hard_to_read(browser) -> list[str]:
    """Each run of text of the browser's page whose colour is too close to its background."""
    palette = browser.palette()
    found = []
    block = browser.document().begin()
    while block.isValid():
        block_background = block.blockFormat().background()
        for piece in block.begin():
            run = piece.fragment()
            if not run.isValid() or not run.text().strip():
                continue
            form = run.charFormat()
            text_colour = (
                form.foreground().color()
                if form.hasProperty(QTextFormat.Property.ForegroundBrush)
                else palette.color(QPalette.ColorRole.Text)
            )
            background = next(
                (brush.color() for brush in (form.background(), block_background)
                 if brush.style() != Qt.BrushStyle.NoBrush),
                palette.color(QPalette.ColorRole.Base),
            )  # fmt: skip
            ratio = contrast(text_colour, background)
            if ratio < 4.5:
                found.append(f"{run.text()[:30]!r}: {text_colour.name()} on "
                             f"{background.name()} ({ratio:.1f})")  # fmt: skip
        block = block.next()
    return found


def choose_theme(window, action_id: str) -> None:
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    theme_menu = next(a.menu() for a in view.actions() if a.text() == "&Theme")
    next(a for a in theme_menu.actions() if a.objectName() == action_id).trigger()


def test_in_the_dark_theme_every_text_of_the_record_reads_well(window, themes, qtbot):
    detail = window.heroes.detail
    hero = window.open_catalogue.catalogue.hero("karsybay-spataev")
    detail.show_hero({**hero, "research_note": "Check the decree", "unit": None})
    assert hard_to_read(detail) == []  # the light theme
    choose_theme(window, "themeDark")
    qtbot.waitUntil(lambda: themes.is_dark(detail.palette()))  # Qt passes the palette on
    assert hard_to_read(detail) == []
    assert "Check the decree" in detail.toPlainText()
    role = QPalette.ColorRole
    qtbot.waitUntil(lambda: themes.is_dark(window.palette()))
    banner = window.banner.palette()
    assert contrast(banner.color(role.WindowText), banner.color(role.Window)) >= 4.5
    assert banner.color(role.Window).lightness() < 128  # no bright band in a dark window
    detail.show_overview(window.heroes.model.rows)
    assert hard_to_read(window.heroes.detail) == []


def test_the_chosen_theme_is_remembered(qtbot, catalogue_path, themes):
    from heroviewer.app import build_window

    first = build_window(catalogue_path)
    qtbot.addWidget(first)
    assert first.actions["themeSystem"].isChecked()
    choose_theme(first, "themeDark")
    first.close()
    themes.apply_theme(themes.SYSTEM)
    second = build_window(catalogue_path)
    qtbot.addWidget(second)
    assert second.actions["themeDark"].isChecked()
    assert themes.is_dark(QApplication.palette())
    second.actions["themeLight"].trigger()
    assert not themes.is_dark(QApplication.palette())
    assert not second.actions["themeDark"].isChecked()


def test_a_theme_that_is_not_one_is_forgotten(qtbot, catalogue_path, themes, caplog):
    from heroviewer.app import build_window
    from heroviewer.ui.settings import THEME, Settings

    Settings().set(THEME, "purple")
    window = build_window(catalogue_path)
    qtbot.addWidget(window)
    assert window.actions["themeSystem"].isChecked()
    assert "view/theme" in caplog.text
    assert Settings().get(THEME) == "system"


def test_with_a_large_font_a_date_column_shows_a_whole_date(qtbot, catalogue_path):
    from heroviewer.app import build_window
    from heroviewer.ui.heroes.table_model import COLUMNS

    usual = QApplication.font()
    large = QFont(usual)
    large.setPointSize(16)
    QApplication.setFont(large)
    try:
        window = build_window(catalogue_path, remember=False)
        qtbot.addWidget(window)
        table = window.heroes.table
        born = [spec.key for spec in COLUMNS].index("born")
        date = "15 November 1948"
        assert table.columnWidth(born) > table.fontMetrics().horizontalAdvance(date) + 8
    finally:
        QApplication.setFont(usual)


@pytest.mark.parametrize("language", ["ru", "tg"])
def test_the_record_form_fits_its_window_in_russian_and_tajik(
    window, qtbot, shipped_language, language
):
    shipped_language(language)
    hero = window.open_catalogue.catalogue.hero("domullo-azizov")
    form = hero_form(hero, "Edit hero", window)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitUntil(form.isVisible)
    assert not form.scroll.horizontalScrollBar().isVisible()  # no field cut off on the right


def test_the_form_reads_a_stored_rank_in_the_interface_language(window, qtbot, shipped_language):
    shipped_language("ru")
    hero = window.open_catalogue.catalogue.hero("domullo-azizov")
    form = hero_form(hero, "Edit hero", window)
    qtbot.addWidget(form)
    assert form.widget("military_rank").text() == "Junior Sergeant"  # stored as written
    beside = form.findChild(QLabel, "term-military_rank").text()
    assert beside == "младший сержант (Junior Sergeant)"  # the reader's word, and as saved
    form.widget("military_rank").setText("Colonel of the Guard")  # no known term: nothing beside
    form.check()
    assert form.findChild(QLabel, "term-military_rank").text() == ""
