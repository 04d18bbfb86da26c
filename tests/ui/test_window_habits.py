"""Desktop habits: keyboard, remembered layout, About, object names."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListView, QTableView, QTextBrowser

from heroviewer import __version__
from heroviewer.app import build_window


def test_key_widgets_carry_their_object_names(window):
    window.ensure_news_page()
    expected = {
        "heroTable": QTableView,
        "heroSearch": QLineEdit,
        "heroDetail": QTextBrowser,
        "newsList": QListView,
        "newsSearch": QLineEdit,
        "newsView": QTextBrowser,
    }
    for name, kind in expected.items():
        assert window.findChild(kind, name) is not None, name


def test_ctrl_f_focuses_search_and_esc_clears_it(window, qtbot):
    window.heroes.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.heroes.search.hasFocus)
    qtbot.keyClicks(window.heroes.search, "Azizov")
    assert window.heroes.model.rowCount() == 1
    qtbot.keyClick(window.heroes.search, Qt.Key.Key_Escape)
    assert window.heroes.search.text() == ""
    assert window.heroes.model.rowCount() == window.heroes.model.total_count


def test_arrow_keys_move_through_heroes(window, qtbot):
    window.heroes.select_row(0)
    first = window.heroes.detail.hero_id
    window.heroes.table.setFocus()
    qtbot.keyClick(window.heroes.table, Qt.Key.Key_Down)
    second = window.heroes.detail.hero_id
    assert second != first and second == window.heroes.model.hero_id(1)
    qtbot.keyClick(window.heroes.search, Qt.Key.Key_Down)  # from the search field too
    assert window.heroes.detail.hero_id == window.heroes.model.hero_id(2)
    qtbot.keyClick(window.heroes.search, Qt.Key.Key_Up)
    assert window.heroes.detail.hero_id == second


def test_ctrl_and_a_digit_shows_each_tab_in_turn(window, qtbot):
    view = window.menuBar().actions()[2].menu()
    by_shortcut = {a.shortcut().toString(): a.text() for a in view.actions() if a.shortcut()}
    digits = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5)
    for index, digit in reversed(list(enumerate(digits))):
        qtbot.keyClick(window, digit, Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == index
        shown_in_menu = by_shortcut[f"Ctrl+{index + 1}"].replace("&", "")
        assert shown_in_menu == window.tabs.tabText(index)  # the View menu names the tab


def test_layout_is_remembered_between_sessions(qtbot, catalogue_path):
    first = build_window(catalogue_path)
    qtbot.addWidget(first)
    first.show()
    first.resize(720, 520)  # fits the offscreen screen (800 × 600)
    header = first.heroes.table.horizontalHeader()
    header.resizeSection(0, 333)
    header.moveSection(3, 1)
    first.heroes.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    first.heroes.splitter.setSizes([400, 300])
    sizes = first.heroes.splitter.sizes()
    first.close()

    second = build_window(catalogue_path)
    qtbot.addWidget(second)
    second.show()
    header = second.heroes.table.horizontalHeader()
    assert (second.width(), second.height()) == (720, 520)
    assert header.sectionSize(0) == 333
    assert header.visualIndex(3) == 1
    assert header.sortIndicatorSection() == 2
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert second.heroes.splitter.sizes() == sizes
    second.close()


def test_a_catalogue_created_at_start_is_said_in_the_status_bar(qtbot, catalogue_path, tmp_path):
    path = tmp_path / "typo" / "museum.sqlite"
    window = build_window(path, remember=False)
    qtbot.addWidget(window)
    assert window.statusBar().currentMessage() == (
        f"A new catalogue was created at {path} from the bundled data"
    )
    own = build_window(catalogue_path, remember=False)
    qtbot.addWidget(own)
    assert "new catalogue" not in own.statusBar().currentMessage()


def test_about_says_how_many_of_the_64_the_catalogue_holds(window, bundled_heroes):
    text = window.about_html()
    assert f"holds {len(bundled_heroes)} of them" in text
    assert "64" in text
    assert f"HeroViewer {__version__}" in text


def test_the_window_carries_heroviewers_icon(window):
    sizes = {size.width() for size in window.windowIcon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes


def test_about_lists_the_licences_of_the_program_the_data_and_the_fonts(window):
    text = window.about_html()
    assert "MIT" in text
    assert "hero records and news summaries: CC BY 4.0" in text
    assert "Noto Sans font: SIL Open Font License 1.1" in text
    assert "LGPL" in text  # Qt, bundled in the installed program


def _open_every_setting(window) -> None:
    """Read every remembered setting, as using the window does."""
    window.ensure_news_page()
    window.card_print_dialog()
    from heroviewer.ui.start_folder import start_in

    start_in("heroes.csv")
    from heroviewer.ui.dialogs.shared_catalogue import remembered_server

    remembered_server(window.settings)


def test_a_damaged_settings_file_is_reset_not_fatal(qtbot, catalogue_path, caplog):
    from heroviewer.support.paths import settings_path
    from heroviewer.ui import settings as stored_settings

    every = [
        value
        for value in vars(stored_settings).values()
        if isinstance(value, stored_settings.Setting)
    ]
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = []
    for setting in every:  # a list where one value is wanted, text where bytes or a number are
        group, key = setting.key.split("/")
        lines += [f"[{group}]", f"{key}=garbage, {'x' * 5}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    window = build_window(catalogue_path)
    qtbot.addWidget(window)
    window.show()
    _open_every_setting(window)

    assert window.heroes.model.rowCount() > 0 and window.width() == 1280
    assert window.heroes.table.horizontalHeader().sortIndicatorSection() == 0
    window.settings.sync()
    assert "garbage" not in path.read_text(encoding="utf-8")
    warned = caplog.text
    for setting in every:
        assert setting.key in warned
    window.close()


def test_settings_qt_cannot_use_are_reset(qtbot, catalogue_path, caplog):
    """Bytes that are not a window state, and a sort column the table does not have."""
    from PySide6.QtCore import QByteArray, QSettings

    from heroviewer.support.paths import settings_path
    from heroviewer.ui import settings as stored_settings

    first = build_window(catalogue_path, remember=False)
    qtbot.addWidget(first)
    header = bytes(first.heroes.table.horizontalHeader().saveState())
    first.close()
    sort_column_at = 16  # after the marker, version, orientation and sort order
    header = header[:sort_column_at] + (50).to_bytes(4, "big") + header[sort_column_at + 4 :]
    store = QSettings(str(settings_path()), QSettings.Format.IniFormat)
    store.setValue(stored_settings.HERO_HEADER.key, QByteArray(header))
    states = (
        stored_settings.WINDOW_GEOMETRY,
        stored_settings.WINDOW_STATE,
        stored_settings.HERO_SPLITTER,
        stored_settings.NEWS_SPLITTER,
    )
    for setting in states:
        store.setValue(setting.key, QByteArray(b"garbage"))
    store.sync()
    del store

    window = build_window(catalogue_path)
    qtbot.addWidget(window)
    window.show()
    _open_every_setting(window)

    assert window.heroes.table.horizontalHeader().sortIndicatorSection() == 0
    assert window.heroes.splitter.sizes()[0] > 0
    window.settings.sync()
    assert "garbage" not in settings_path().read_text(encoding="utf-8")
    for setting in (*states, stored_settings.HERO_HEADER):
        assert setting.key in caplog.text
    window.close()
