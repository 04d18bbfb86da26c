"""The Timeline tab: deeds and decrees at their precision, the wars shown, a click selecting the
hero, and the heroes' search filtering it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from heroviewer.records.timeline import date_span
from heroviewer.ui.timeline.view import DAY, x_of
from tests.conftest import type_text


def open_timeline(window):
    window.tabs.setCurrentIndex(window.timeline_tab.index)
    page = window.timeline_tab.page
    assert page is not None and window.tabs.currentWidget() is page
    return page


def bars_of(page, hero_id: str) -> dict:
    return {bar.event.kind: bar for bar in page.view.bars if bar.hero_id == hero_id}


def test_each_dated_deed_and_decree_is_a_bar_over_the_days_it_can_mean(window, bundled_heroes):
    page = open_timeline(window)
    assert window.tabs.tabText(window.timeline_tab.index) == "Timeline"
    dated = {h["id"] for h in bundled_heroes if h.get("feat_date") or h.get("award_date")}
    assert {bar.hero_id for bar in page.view.bars} == dated
    year_only = next(h for h in bundled_heroes if h.get("feat_date") == "1943")
    bar = bars_of(page, year_only["id"])["deed"].rect()
    start, end = date_span("1943")
    assert (bar.left(), bar.right()) == (x_of(start), x_of(end) + DAY)  # the whole year
    texts = [item.text() for item in page.view.scene().items() if hasattr(item, "text")]
    assert "Soviet-Finnish War" in texts and "War against Japan" in texts
    assert year_only["name_en"] in texts  # the rows are named


def test_clicking_a_bar_selects_its_hero_in_the_heroes_tab(window, qtbot):
    page = open_timeline(window)
    bar = bars_of(page, "tokhtasin-mirzaev")["deed"]
    page.view.centerOn(bar)
    point = page.view.mapFromScene(bar.sceneBoundingRect().center())
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.heroes.detail.hero_id == "tokhtasin-mirzaev"
    assert "Mirzaev" in window.statusBar().currentMessage()


def test_the_heroes_search_filters_the_timeline(window):
    page = open_timeline(window)
    everyone = {bar.hero_id for bar in page.view.bars}
    type_text(window.heroes.search, "Mirzaev")
    assert {bar.hero_id for bar in page.view.bars} == {"tokhtasin-mirzaev"}
    window.heroes.search.clear()
    assert {bar.hero_id for bar in page.view.bars} == everyone


def test_the_export_button_writes_the_panel_and_refuses_a_wrong_ending(
    window, tmp_path, monkeypatch
):
    from pypdf import PdfReader

    from heroviewer.ui import plain
    from heroviewer.ui.panel_export import ExportButton

    page = open_timeline(window)
    button = page.findChild(ExportButton)
    out = tmp_path / "timeline.pdf"
    assert button.export_to(out)
    assert "Tokhtasin" in PdfReader(out).pages[0].extract_text()
    warnings = []
    monkeypatch.setattr(plain, "warning", lambda _parent, _title, text: warnings.append(text))
    assert not button.export_to(tmp_path / "timeline.doc")
    assert "timeline.doc: give a file name ending in .pdf, .svg or .png" in warnings[0]
    assert not (tmp_path / "timeline.doc").exists()


def test_the_note_under_the_timeline_names_the_heroes_with_no_date_yet(window, bundled_heroes):
    page = open_timeline(window)
    undated = sorted(h["name_en"] for h in bundled_heroes
                     if not h.get("feat_date") and not h.get("award_date"))  # fmt: skip
    assert f"No date yet: {undated[0]}" in page.summary.text()
    type_text(window.heroes.search, "Mirzaev")  # dated: nobody left off
    assert "No date yet" not in page.summary.text()
