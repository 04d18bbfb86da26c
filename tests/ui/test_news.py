"""The news tab: newest first, category filter, search, and a reading pane with the source."""

from heroviewer.ui.labels import date_text
from heroviewer.ui.news.model import NEWS_ITEM_ROLE
from tests.conftest import type_text
from tests.helpers import bundled_records


def titles(page):
    return [
        page.filter.index(row, 0).data(NEWS_ITEM_ROLE)["title"]
        for row in range(page.filter.rowCount())
    ]


def test_the_news_tab_and_its_menu_item_name_the_csto_secretariat(window):
    from heroviewer.ui.main_window import NEWS_TAB

    assert window.tabs.tabText(NEWS_TAB) == "CSTO Secretariat news"
    window.ensure_news_page()  # the page takes the placeholder's place, and its title
    assert window.tabs.tabText(NEWS_TAB) == "CSTO Secretariat news"
    assert window.actions["showNews"].text().replace("&", "") == "CSTO Secretariat news"


def test_news_listed_newest_first(window):
    page = window.ensure_news_page()
    items = [page.filter.index(r, 0).data(NEWS_ITEM_ROLE) for r in range(page.filter.rowCount())]
    assert len(items) == len(window.open_catalogue.catalogue.news_items())
    dates = [item["date"] for item in items if item["date"]]
    assert dates == sorted(dates, reverse=True)
    newest = max(bundled_records("news.json"), key=lambda item: item["date"] or "")
    first_line = page.filter.index(0, 0).data().splitlines()[0]
    assert first_line.startswith(f"{date_text(newest['date'])} · ")


def test_category_filter(window):
    page = window.ensure_news_page()
    page.category.setCurrentIndex(page.category.findText("Cooperation with the UN"))
    items = [page.filter.index(r, 0).data(NEWS_ITEM_ROLE) for r in range(page.filter.rowCount())]
    assert items and {item["category"] for item in items} == {"un_cooperation"}
    assert page.count.text() == f"Showing {len(items)} of {page.model.rowCount()} news items"
    page.category.setCurrentIndex(0)
    assert page.filter.rowCount() == page.model.rowCount()


def test_search_the_news(window):
    page = window.ensure_news_page()
    type_text(page.search, "Volgograd")
    assert titles(page) == [
        "CSTO Joint Staff delegation attended memorial events for the 80th anniversary of "
        "Victory in Volgograd"
    ]
    page.search.setText("Тасмагамбетов")  # a Russian query finds the English text
    assert len(titles(page)) >= 3


def test_reading_pane_shows_date_title_summary_and_source(window):
    page = window.ensure_news_page()
    type_text(page.search, "three years of joint training")
    page.list.setCurrentIndex(page.filter.index(0, 0))
    text = page.view.toPlainText()
    assert "16 December 2025" in text
    assert "CSTO summed up three years of joint training and operations" in text
    assert "20 joint command-staff and special exercises" in text
    assert 'href="https://24.kg/' in page.view.toHtml()


def test_source_notes_are_shown_to_staff(window):
    page = window.ensure_news_page()
    page.search.setText("ICRC Geneva")
    page.list.setCurrentIndex(page.filter.index(0, 0))
    text = page.view.toPlainText()
    assert "The article itself was not seen." in text
    assert "Source note: Read in the dated news list" in text


def test_undated_item_says_so(window):
    page = window.ensure_news_page()
    page.search.setText("There were 64 of them")
    page.list.setCurrentIndex(page.filter.index(0, 0))
    assert "date unknown" in page.view.toPlainText()


def test_the_status_line_counts_news_on_the_news_tab(window):
    assert "heroes" in window.status.text()
    window.tabs.setCurrentIndex(1)
    page = window.news_page
    total = page.model.rowCount()
    assert window.status.text() == f"Showing {total} of {total} news items"
    page.search.setText("Volgograd")
    assert window.status.text() == f"Showing 1 of {total} news items"
    window.tabs.setCurrentIndex(0)
    assert "heroes" in window.status.text()


def test_a_category_leaves_either_the_item_read_or_nothing_chosen(window):
    page = window.ensure_news_page()
    page.list.setCurrentIndex(page.filter.index(0, 0))
    item = page.current_item()
    page.category.setCurrentIndex(page.category.findData(item["category"]))
    assert page.list.selectionModel().selectedIndexes()
    assert item["title"] in page.view.toPlainText()
    other = next(
        i for i in range(1, page.category.count()) if page.category.itemData(i) != item["category"]
    )
    page.category.setCurrentIndex(other)
    assert not page.list.selectionModel().selectedIndexes()
    assert "Select a news item" in page.view.toPlainText()


def test_categories_are_listed_by_name_with_other_last(window):
    page = window.ensure_news_page()
    names = [page.category.itemText(i) for i in range(1, page.category.count())]
    assert names[-1] == "Other"
    assert names[:-1] == sorted(names[:-1], key=str.casefold)


def test_a_category_of_our_own_is_named_and_a_feeds_own_category_shown_as_written():
    from heroviewer.ui.labels import category_label

    assert category_label("un_cooperation") == "Cooperation with the UN"
    assert category_label("Военное сотрудничество ОДКБ") == "Военное сотрудничество ОДКБ"
    assert category_label("CSTO news") == "CSTO news"


def test_a_link_that_cannot_be_opened_says_so(window, monkeypatch):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices, QGuiApplication
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    page = window.ensure_news_page()
    page.view.anchorClicked.emit(QUrl("https://example.org/article"))
    assert shown and "No web browser could be started" in shown[0]
    assert QGuiApplication.clipboard().text() == "https://example.org/article"
