"""Desktop habits: keyboard, remembered layout, About, object names."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListView, QTableView, QTextBrowser

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
    window.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search.hasFocus)
    qtbot.keyClicks(window.search, "Azizov")
    assert window.hero_model.rowCount() == 1
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""
    assert window.hero_model.rowCount() == window.hero_model.total_count


def test_arrow_keys_move_through_heroes(window, qtbot):
    window.select_row(0)
    first = window.detail.hero_id
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    second = window.detail.hero_id
    assert second != first and second == window.hero_model.hero_id(1)
    qtbot.keyClick(window.search, Qt.Key.Key_Down)  # from the search field too
    assert window.detail.hero_id == window.hero_model.hero_id(2)
    qtbot.keyClick(window.search, Qt.Key.Key_Up)
    assert window.detail.hero_id == second


def test_layout_is_remembered_between_sessions(qtbot, catalog_path):
    first = build_window(catalog_path)
    qtbot.addWidget(first)
    first.show()
    first.resize(720, 520)  # fits the offscreen screen (800 × 600)
    header = first.table.horizontalHeader()
    header.resizeSection(0, 333)
    header.moveSection(3, 1)
    first.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    first.hero_splitter.setSizes([400, 300])
    sizes = first.hero_splitter.sizes()
    first.close()

    second = build_window(catalog_path)
    qtbot.addWidget(second)
    second.show()
    header = second.table.horizontalHeader()
    assert (second.width(), second.height()) == (720, 520)
    assert header.sectionSize(0) == 333
    assert header.visualIndex(3) == 1
    assert header.sortIndicatorSection() == 2
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert second.hero_splitter.sizes() == sizes
    second.close()


def test_about_says_how_many_of_the_64_the_catalogue_holds(window, bundled_heroes):
    text = window.about_html()
    assert f"holds {len(bundled_heroes)} of them" in text
    assert "64" in text
    assert "HeroViewer 0.1.0" in text
