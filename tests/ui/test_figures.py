"""The Figures tab: the catalogue counted as bar charts, counted again after an edit."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt

from tests.ui.test_editing import fill_form


def open_figures(window):
    window.tabs.setCurrentIndex(window.figures_tab.index)
    page = window.figures_tab.page
    assert page is not None and window.tabs.currentWidget() is page
    return page


def test_the_figures_count_what_the_catalogue_holds(window, bundled_heroes):
    page = open_figures(window)
    assert window.tabs.tabText(window.figures_tab.index) == "Figures"
    groups = Counter(h["group"] for h in bundled_heroes)
    assert dict(page.counts["group"]) == dict(groups)
    tajik = sum(h.get("nationality") == "Tajik" for h in bundled_heroes)
    assert dict(page.counts["nationality"])["Tajik"] == tajik
    assert not page.chart.grab().isNull()


def test_the_figures_change_after_an_edit(window, monkeypatch, qtbot):
    page = open_figures(window)
    before = dict(page.counts["branch"])
    window.heroes.select_hero("karsybay-spataev")  # recorded as cavalry
    fill_form(monkeypatch, {"branch": "infantry"})
    window.heroes.table.setFocus()
    qtbot.keyClick(window.heroes.table, Qt.Key.Key_F2)
    after = dict(page.counts["branch"])
    assert (after["cavalry"], after["infantry"]) == (before["cavalry"] - 1, before["infantry"] + 1)


def test_a_branch_typed_in_russian_is_counted_with_the_known_term(
    window, monkeypatch, qtbot, shipped_language
):
    from heroviewer.ui.figures.chart import chart_rows

    shipped_language("ru")
    page = open_figures(window)
    before = dict(page.counts["branch"])
    window.heroes.select_hero("karsybay-spataev")  # recorded as cavalry
    fill_form(monkeypatch, {"branch": "пехота"})
    window.heroes.table.setFocus()
    qtbot.keyClick(window.heroes.table, Qt.Key.Key_F2)
    after = dict(page.counts["branch"])
    assert "пехота" not in after
    assert after["infantry"] == before["infantry"] + 1
    shown = [text for text, _n in chart_rows("branch", page.counts["branch"])]
    assert shown.count("пехота") == 1  # one bar, not "пехота 1" beside "пехота 5"


def test_the_bar_labels_are_whole_where_the_chart_has_room(window, shipped_language):
    from PySide6.QtCore import QRectF

    from heroviewer.ui.figures.chart import paint_figures
    from tests.ui.recording_painter import RecordingPainter

    shipped_language("ru")  # Russian labels are the longest
    window.resize(1280, 760)
    page = open_figures(window)
    chart = page.chart
    painter = RecordingPainter(chart.width(), chart.height())
    paint_figures(painter, QRectF(chart.rect()), page.counts)
    painter.end()
    texts = [text for text, _ in painter.texts]
    assert "Жили в Таджикистане после войны" in texts  # a group, as the heroes tab says it
    assert not [text for text in texts if "…" in text]


def test_the_figures_tab_says_what_the_figures_cover(window, bundled_heroes):
    page = open_figures(window)
    assert f"holds {len(bundled_heroes)} of the" in page.coverage.text()
