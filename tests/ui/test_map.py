"""The Map tab: a marker per place with the heroes there counted, a click selecting the hero,
the heroes' search filtering the map, and a damaged outline file still showing the markers."""

from __future__ import annotations

import json
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from heroviewer.formats import geography
from heroviewer.records.places import match_place
from heroviewer.ui.map.view import project
from tests.conftest import type_text


def open_map(window):
    window.tabs.setCurrentIndex(window.map_tab.index)
    QApplication.processEvents()  # the places are matched once the tab is painted
    page = window.map_tab.page
    assert page is not None and window.tabs.currentWidget() is page
    return page


def marker_of(page, town: str):
    found = [m for m in page.view.markers if m.entries[0].matched == town]
    assert len(found) == 1, [m.entries[0].matched for m in page.view.markers]
    return found[0]


def test_the_map_is_built_only_when_first_shown(window):
    assert window.map_tab.page is None
    open_map(window)
    assert window.tabs.tabText(window.map_tab.index) == "Map"


@pytest.fixture
def jobs_held(monkeypatch):
    """Background jobs wait in this list until the test runs them (as a slow match would)."""
    from heroviewer.ui import background

    held = []
    monkeypatch.setattr(background, "start_job", held.append)
    return held


def run_held(jobs_held) -> None:
    QApplication.processEvents()
    while jobs_held:
        jobs_held.pop(0).run()
        QApplication.processEvents()


def test_the_map_shows_its_outlines_at_once_and_its_markers_after_the_match(
    window, jobs_held, bundled_heroes
):
    from PySide6.QtWidgets import QGraphicsPathItem

    from heroviewer.ui.panel_export import ExportButton

    page = open_map(window)
    assert jobs_held and page.view.markers == []
    assert any(isinstance(i, QGraphicsPathItem) for i in page.view.scene().items())
    assert page.summary.text() == f"Placing {len(bundled_heroes)} heroes on the map…"
    export = page.findChild(ExportButton)
    assert not export.isEnabled()  # a wall panel without its markers would mislead
    run_held(jobs_held)
    assert marker_of(page, "Baljuvon").count > 1
    assert export.isEnabled()
    assert " places" in page.summary.text() and "Placing" not in page.summary.text()


def test_a_hero_edited_while_the_places_are_matched_shows_its_new_place(
    window, jobs_held, bundled_heroes
):
    from heroviewer.records.entities import HERO

    page = open_map(window)
    hero = next(h for h in bundled_heroes if "Baljuvon District" in (h["birth_place"] or ""))
    window.open_catalogue.editing.save(
        HERO, hero["id"], {"birth_place": "Khujand, Tajikistan"}, "Edit"
    )
    type_text(window.heroes.search, hero["name_en"].split()[-1])  # a search meanwhile
    run_held(jobs_held)
    assert hero["id"] in marker_of(page, "Khujand").hero_ids
    assert [m.entries[0].matched for m in page.view.markers] == ["Khujand"]
    window.heroes.search.clear()
    assert hero["id"] not in marker_of(page, "Baljuvon").hero_ids


def test_heroes_born_in_one_district_are_one_marker_with_their_count(window, bundled_heroes):
    page = open_map(window)
    born = {h["id"] for h in bundled_heroes if "Baljuvon District" in (h["birth_place"] or "")}
    marker = marker_of(page, "Baljuvon")
    assert set(marker.hero_ids) == born and marker.count == len(born) > 1
    baljuvon = match_place("Baljuvon District, Tajikistan", geography.bundled_gazetteer())
    assert marker.pos() == project(baljuvon.lat, baljuvon.lon)
    assert all(name in marker.toolTip() for name in (e.name for e in marker.entries))
    assert "approximate" in marker.toolTip()


def test_clicking_a_marker_selects_its_hero_in_the_heroes_tab(window, qtbot):
    page = open_map(window)
    page.deeds_button.click()
    marker = marker_of(page, "Myshuryn Rih")  # the Dnieper bridgehead, 1943
    point = page.view.mapFromScene(marker.pos())
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.heroes.detail.hero_id == "tokhtasin-mirzaev"
    assert window.heroes.current_record()["id"] == "tokhtasin-mirzaev"
    assert "Mirzaev" in window.statusBar().currentMessage()


def test_the_heroes_search_filters_the_map(window):
    page = open_map(window)
    everyone = sum(m.count for m in page.view.markers)
    type_text(window.heroes.search, "Sharipov")
    shown = [hero for m in page.view.markers for hero in m.hero_ids]
    assert shown == ["ismat-sharipov"] and everyone > 1
    window.heroes.search.clear()
    assert sum(m.count for m in page.view.markers) == everyone


def test_the_summary_counts_heroes_and_places_and_the_legend_explains_the_number(window):
    page = open_map(window)
    heroes = {hero for m in page.view.markers for hero in m.hero_ids}
    places = len(page.view.markers)
    assert len(heroes) > places > 1
    assert page.summary.text().startswith(f"{len(heroes)} heroes at {places} places")
    type_text(window.heroes.search, "Sharipov")
    assert page.summary.text().startswith("1 hero at 1 place")
    assert "A number: how many heroes there" in page.legend.text()


@pytest.mark.parametrize("tab", ["map_tab", "timeline_tab", "figures_tab"])
def test_the_wall_panel_size_box_says_what_it_is(window, tab):
    from heroviewer.ui.panel_export import ExportButton

    lazy = getattr(window, tab)
    window.tabs.setCurrentIndex(lazy.index)
    size = lazy.page.findChild(ExportButton).size
    assert size.accessibleName() == "Size of the wall panel"
    assert size.toolTip()


def test_places_that_cannot_be_placed_are_listed_under_the_map(window):
    page = open_map(window)
    page.deeds_button.click()
    assert "not placed" in page.summary.text()
    assert "Khodi Kinzhaev" in page.summary.text()  # "Kursk salient": not guessed


def test_the_map_zooms_with_the_keyboard(window, qtbot):
    page = open_map(window)
    before = page.view.transform().m11()
    qtbot.keyClick(page.view, Qt.Key.Key_Plus)
    assert page.view.transform().m11() == pytest.approx(before * 1.25)
    qtbot.keyClick(page.view, Qt.Key.Key_Minus)
    assert page.view.transform().m11() == pytest.approx(before)


def test_a_damaged_outline_file_is_named_and_the_markers_still_shown(window, tmp_path, monkeypatch):
    for name in ("gazetteer.json", "regions.json"):
        shutil.copy(geography.geography_dir() / name, tmp_path)
    (tmp_path / "outlines.json").write_text('{"countries": [{"name": "X"', encoding="utf-8")
    monkeypatch.setattr(geography, "geography_dir", lambda: tmp_path)
    page = open_map(window)
    assert page.problem.isVisible()
    assert str(tmp_path / "outlines.json") in page.problem.text()
    assert page.view.markers


def test_a_damaged_gazetteer_is_named_and_the_outlines_still_shown(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QGraphicsPathItem

    for name in ("outlines.json", "regions.json"):
        shutil.copy(geography.geography_dir() / name, tmp_path)
    (tmp_path / "gazetteer.json").write_text('{"columns": [', encoding="utf-8")
    monkeypatch.setattr(geography, "geography_dir", lambda: tmp_path)
    geography.bundled_gazetteer.cache_clear()  # loaded again, on the matching thread
    try:
        page = open_map(window)
    finally:
        geography.bundled_gazetteer.cache_clear()
    assert page.problem.isVisible() and "cannot be found" in page.problem.text()
    assert str(tmp_path / "gazetteer.json") in page.problem.text()
    assert any(isinstance(i, QGraphicsPathItem) for i in page.view.scene().items())
    assert page.view.markers == [] and "Placing" not in page.summary.text()


def test_the_export_button_writes_the_view_shown_with_the_heroes_named(window, tmp_path):
    from pypdf import PdfReader

    from heroviewer.ui.panel_export import ExportButton

    page = open_map(window)
    page.deeds_button.click()
    out = tmp_path / "deeds.pdf"
    assert page.findChild(ExportButton).export_to(out)
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "where they fought" in text and "Tokhtasin Mirzaev" in text


def test_the_countries_are_named_in_the_interface_language(window, shipped_language):
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    shipped_language("tg")
    page = open_map(window)
    items = page.view.scene().items()
    names = {item.text() for item in items if isinstance(item, QGraphicsSimpleTextItem)}
    assert "Тоҷикистон" in names and "Ӯзбекистон" in names
    assert "Tajikistan" not in names


def test_staff_set_a_place_s_position_by_clicking_undo_and_redo(window, qtbot, catalogue_path):
    from heroviewer.records.entities import PLACE
    from heroviewer.records.places import position_id
    from heroviewer.ui.map.view import unproject
    from tests.test_cli import run_cli

    page = open_map(window)
    texts = page.positions.unsure_texts()
    assert texts
    text = texts[0]
    page.positions.start(text)
    assert text in page.hint.text()
    point = page.view.viewport().rect().center()
    lat, lon = unproject(page.view.mapToScene(point))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    placed = [e for e in page.shown_entries() if e.text == text]
    assert placed and all(e.precision == "exact" and e.matched == "set by staff" for e in placed)
    assert abs(placed[0].lat - lat) < 0.01 and abs(placed[0].lon - lon) < 0.01
    assert text not in page.positions.unsure_texts()
    cli = json.loads(run_cli("places", "--format", "json", "--db", catalogue_path).stdout)
    assert {(e["precision"], e["matched"]) for e in cli if e["text"] == text} == {
        ("exact", "set by staff")
    }
    history = window.open_catalogue.editing.writer.history(PLACE, position_id(text))
    assert [item.action for item in history] == ["position"]

    window.open_catalogue.undo_stack.undo()
    assert text in page.positions.unsure_texts()
    window.open_catalogue.undo_stack.redo()
    assert text not in page.positions.unsure_texts()
    history = window.open_catalogue.editing.writer.history(PLACE, position_id(text))
    assert [item.action for item in history] == ["redo", "undo", "position"]


def test_a_position_outside_the_map_is_refused_and_nothing_saved(window, monkeypatch):
    from heroviewer.ui import plain

    page = open_map(window)
    said = []
    monkeypatch.setattr(plain, "warning", lambda _parent, title, text, *a: said.append(text))
    text = page.positions.unsure_texts()[0]
    page.positions.start(text)
    page.view.positionPicked.emit(10.0, -80.0)
    assert said and "outside the map" in said[0] and text in said[0]
    assert window.open_catalogue.catalogue.place_positions() == {}
    assert text in page.positions.unsure_texts()


@pytest.mark.parametrize("text", ["   ", ""])
def test_a_blank_place_text_is_refused_a_position_and_nothing_saved(window, monkeypatch, text):
    from heroviewer.ui import plain

    page = open_map(window)
    said = []
    monkeypatch.setattr(plain, "warning", lambda _parent, title, text, *a: said.append(text))
    page.positions.start(text)
    page.view.positionPicked.emit(38.5, 68.7)
    assert said == ["A place text of only spaces cannot be given a position."]
    assert window.open_catalogue.catalogue.place_positions() == {}


def test_a_position_staff_set_can_be_moved_and_its_history_reverted(window, qtbot, monkeypatch):
    from heroviewer.ui.dialogs.history import HistoryDialog

    page = open_map(window)
    text = page.positions.unsure_texts()[0]
    page.positions.start(text)
    point = page.view.viewport().rect().center()
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    marker = next(m for m in page.view.markers if any(e.text == text for e in m.entries))
    menu = page.positions.marker_menu(marker)
    labels = [action.text() for action in menu.actions()]
    assert f"Move {text}…" in labels and f"History of the position of {text}…" in labels

    shown = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda dialog: shown.append(dialog))
    page.positions.show_history(text)
    table = shown[0].table
    cells = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(1)]
    assert cells[0][2] == "position set" and text in cells[0][5]
    table.selectRow(0)
    shown[0].revert_button.click()
    assert text in page.positions.unsure_texts()
    assert window.open_catalogue.catalogue.place_positions() == {}


def shown_names(page) -> set[str]:
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    items = page.view.scene().items()
    return {i.text() for i in items if isinstance(i, QGraphicsSimpleTextItem) and i.isVisible()}


def test_the_home_view_draws_and_names_tajikistan_s_regions_not_where_they_fought(window):
    page = open_map(window)
    assert {"Sughd", "Khatlon", "Gorno-Badakhshan"} <= shown_names(page)
    assert "Districts of Republican Subordination" in shown_names(page)
    assert all(dot.isVisible() for dot in page.view.regions.dots)
    page.deeds_button.click()
    assert not {"Sughd", "Khatlon", "Varzob"} & shown_names(page)
    assert not any(item.isVisible() for item in page.view.regions.items)


def zoom_and_pause(page, qtbot, factor: float) -> None:
    """Zoom as the wheel does; the names are placed again once zooming pauses."""
    page.view.zoom(factor)
    assert page.view.regions.placing_later()
    qtbot.waitUntil(lambda: not page.view.regions.placing_later())


def test_district_centres_are_named_when_zoomed_in_not_at_the_lowest_zoom(window, qtbot):
    page = open_map(window)
    zoom_and_pause(page, qtbot, 0.2)  # the lowest zoom: the whole of Central Asia
    assert "Varzob" not in shown_names(page) and "Sughd" in shown_names(page)
    zoom_and_pause(page, qtbot, 5 * 1.25**4)
    assert {"Varzob", "Rudaki"} <= shown_names(page)


def test_the_district_centres_are_named_in_russian_for_a_russian_interface(
    window, shipped_language, qtbot
):
    shipped_language("ru")
    page = open_map(window)
    zoom_and_pause(page, qtbot, 1.25**4)
    assert {"Согдийская область", "Варзоб"} <= shown_names(page)
    assert "Varzob" not in shown_names(page)


def test_a_damaged_region_file_is_named_and_the_map_still_drawn(window, tmp_path, monkeypatch):
    for name in ("gazetteer.json", "regions.json", "outlines.json"):
        shutil.copy(geography.geography_dir() / name, tmp_path)
    (tmp_path / "region_map.json").write_text('{"regions": [], "centres": [{"lat": 1}]}')
    monkeypatch.setattr(geography, "geography_dir", lambda: tmp_path)
    page = open_map(window)
    assert page.problem.isVisible()
    assert str(tmp_path / "region_map.json") in page.problem.text()
    assert "centre 1" in page.problem.text()
    assert page.view.markers and "Uzbekistan" in shown_names(page)


def test_many_heroes_not_placed_are_counted_not_all_named_and_the_map_keeps_its_room(
    qtbot, tmp_path
):
    from heroviewer.app import build_window
    from heroviewer.ui.map.page import MAX_NAMES_IN_SUMMARY
    from tests.helpers import small_catalogue

    many = 3 * MAX_NAMES_IN_SUMMARY
    heroes = [
        {"id": f"h{n:03}", "name_en": f"Hero Number{n:03}", "birth_place": f"Nowhere{n:03}"}
        for n in range(many)
    ]
    path, catalogue = small_catalogue(tmp_path, heroes)
    catalogue.close()
    window = build_window(path)
    qtbot.addWidget(window)
    window.show()
    page = open_map(window)
    text = page.summary.text()
    assert f"not placed ({many})" in text and "Hero Number000" in text
    assert f"and {many - MAX_NAMES_IN_SUMMARY} more" in text
    assert f"Hero Number{many - 1:03}" not in text
    assert page.view.height() > page.summary.height()


@pytest.mark.parametrize("tab", ["map", "map-deeds"])
def test_a_screenshot_of_the_map_waits_for_its_markers(window, tmp_path, tab):
    from PySide6.QtGui import QImage

    from heroviewer.app import save_screenshot

    save_screenshot(window, tmp_path / "map.png", None, tab)
    page = window.map_tab.page
    assert window.tabs.currentWidget() is page and not page.placing()
    assert page.view.markers and page.deeds_button.isChecked() == (tab == "map-deeds")
    assert QImage(str(tmp_path / "map.png")).size() == window.size()


@pytest.mark.parametrize("code", ["ru", "tg"])
def test_the_help_line_under_the_map_fits_the_window_whole_or_cut_with_a_tooltip(
    window, shipped_language, code
):
    shipped_language(code)
    page = open_map(window)
    window.resize(640, 600)
    QApplication.processEvents()
    assert window.width() == 640  # half a small screen: the window is not widened
    hint = page.hint
    right = hint.mapTo(window, hint.rect().topRight()).x()
    assert right < window.width()  # the whole label is inside the window
    assert hint.text() != "Drag or use the arrow keys to move, the wheel or + and − to zoom"
    if hint.shown_text() != hint.text():  # cut with "…", the whole line in its tooltip
        assert hint.shown_text().endswith("…") and hint.text() in hint.toolTip()


def test_the_capital_and_the_region_centres_are_named_on_the_home_view(window, qtbot):
    page = open_map(window)
    assert {"Dushanbe", "Khujand", "Bokhtar", "Khorugh"} <= shown_names(page)
    zoom_and_pause(page, qtbot, 0.5)
    assert "Dushanbe" in shown_names(page)


def test_the_places_names_beside_the_markers_do_not_overlap(window):
    page = open_map(window)
    view = page.view
    boxes = [view._screen_rect(label) for _, label in view.marker_names()]
    assert len(boxes) > 1
    assert not [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :] if a.intersects(b)]


def test_a_marker_at_a_centre_is_named_in_russian_for_a_russian_interface(window, shipped_language):
    from heroviewer.formats.region_map import load_region_map

    shipped_language("ru")
    page = open_map(window)
    russian = {(round(c.lat, 3), round(c.lon, 3)): c.russian for c in load_region_map().centres}
    named = [
        (
            label.text(),
            russian.get((round(marker.entries[0].lat, 3), round(marker.entries[0].lon, 3))),
        )
        for marker, label in page.view.marker_names()
    ]
    at_centres = [(text, name) for text, name in named if name]
    assert at_centres and all(text == name for text, name in at_centres), at_centres


def test_a_tajik_interface_names_the_regions_and_their_centres_in_tajik(
    window, shipped_language, qtbot
):
    shipped_language("tg")
    page = open_map(window)
    zoom_and_pause(page, qtbot, 1.25**4)
    names = shown_names(page)
    assert {"Вилояти Суғд", "Вилояти Хатлон", "Хуҷанд", "Душанбе"} <= names
    assert "Согдийская область" not in names and "Худжанд" not in names
    assert "Варзоб" in names  # a district's centre: in Russian, as the file gives no Tajik
