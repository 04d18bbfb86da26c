"""The news tab: newest first, category filter, search, and a reading pane with the source."""

from heroviewer.ui.news.model import NEWS_ITEM_ROLE
from tests.conftest import type_text


def titles(page):
    return [
        page.filter.index(row, 0).data(NEWS_ITEM_ROLE)["title"]
        for row in range(page.filter.rowCount())
    ]


def test_news_listed_newest_first(window):
    page = window.ensure_news_page()
    items = [page.filter.index(r, 0).data(NEWS_ITEM_ROLE) for r in range(page.filter.rowCount())]
    assert len(items) == len(window.catalogue.news_items())
    dates = [item["date"] for item in items if item["date"]]
    assert dates == sorted(dates, reverse=True)
    first_line = page.filter.index(0, 0).data().splitlines()[0]
    assert first_line == "16 December 2025 · Exercises"


def test_category_filter(window):
    page = window.ensure_news_page()
    page.category.setCurrentIndex(page.category.findText("Cooperation with the UN"))
    items = [page.filter.index(r, 0).data(NEWS_ITEM_ROLE) for r in range(page.filter.rowCount())]
    assert items and {item["category"] for item in items} == {"un_cooperation"}
    assert page.count.text() == f"{len(items)} of {page.model.rowCount()} news items"
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
