"""`heroviewer map|timeline|figures --out FILE`: wall panels as PDF, SVG and PNG, and refusals."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from tests.test_cli import run_cli

A3_POINTS = (1190.55, 841.89)  # landscape
A1_POINTS = (2383.94, 1683.78)


def page_size(path) -> tuple[float, float]:
    box = PdfReader(path).pages[0].mediabox
    return float(box.width), float(box.height)


@pytest.mark.parametrize(
    ("args", "size"),
    [(["timeline"], A3_POINTS), (["map", "--view", "deeds", "--size", "a1"], A1_POINTS)],
)
def test_a_panel_is_a_vector_pdf_of_its_paper_size_naming_the_heroes(
    tmp_path, catalogue_path, args, size
):
    out = tmp_path / "panel.pdf"
    result = run_cli("--db", catalogue_path, *args, "--out", out)
    assert result.returncode == 0, result.stderr
    assert page_size(out) == pytest.approx(size, abs=1)
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Tokhtasin Mirzaev" in text and "Sources" in text
    assert "Heroes of the Soviet Union" in text
    assert catalogue_path.name not in text  # a wall panel names no file of this computer


def test_figures_as_svg_and_the_map_as_png(tmp_path, catalogue_path):
    svg, png = tmp_path / "figures.svg", tmp_path / "home.png"
    assert run_cli("--db", catalogue_path, "figures", "--out", svg).returncode == 0
    root = ET.parse(svg).getroot()
    assert "in figures" in "".join(root.itertext())
    result = run_cli("--db", catalogue_path, "map", "--out", png, "--search", "Mirzaev")
    assert result.returncode == 0, result.stderr
    image = QImage(str(png))
    assert image.width() > image.height() > 1000


def test_a_wrong_ending_or_a_missing_folder_is_refused_and_nothing_written(
    tmp_path, catalogue_path
):
    result = run_cli("--db", catalogue_path, "timeline", "--out", tmp_path / "panel.txt")
    assert result.returncode == 2
    assert "panel.txt: give a file name ending in .pdf, .svg or .png" in result.stderr
    missing = tmp_path / "no-such-folder" / "map.pdf"
    result = run_cli("--db", catalogue_path, "map", "--out", missing)
    assert result.returncode == 2 and "map.pdf" in result.stderr
    result = run_cli("--db", catalogue_path, "figures", "--out", catalogue_path)
    assert result.returncode == 2
    assert all(p.name.startswith(catalogue_path.name) for p in tmp_path.iterdir())


def test_the_home_map_panel_names_tajikistan_s_regions_and_centres(tmp_path, catalogue_path):
    out = tmp_path / "home.pdf"
    result = run_cli("--db", catalogue_path, "map", "--view", "home", "--out", out)
    assert result.returncode == 0, result.stderr
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Sughd" in text and "Gorno-Badakhshan" in text and "Khorugh" in text
    deeds = tmp_path / "deeds.pdf"
    assert run_cli("--db", catalogue_path, "map", "--out", deeds, "--view", "deeds").returncode == 0
    assert "Sughd" not in PdfReader(deeds).pages[0].extract_text()


def test_a_damaged_region_map_refuses_the_map_panel_naming_it(
    tmp_path, catalogue, monkeypatch, capsys
):
    import shutil

    from heroviewer.commandline import panel_commands
    from heroviewer.formats import geography

    folder = tmp_path / "geography"
    shutil.copytree(geography.geography_dir(), folder)
    (folder / "region_map.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(geography, "geography_dir", lambda: folder)
    assert panel_commands._map_panel(catalogue, [], "home", "en") == 2  # the exit code
    assert str(folder / "region_map.json") in capsys.readouterr().err


def painted_home_panel(catalogue):
    """The A3 home panel of every hero, painted as `heroviewer map` paints it, with what each
    text drawn says and where."""
    from PySide6.QtCore import QRectF

    from heroviewer.commandline import panel_commands
    from heroviewer.ui.wall_panel import paint_panel
    from tests.ui.recording_painter import RecordingPainter

    ids = [hero["id"] for hero in catalogue.heroes()]
    panel = panel_commands._map_panel(catalogue, ids, "home", "en")
    painter = RecordingPainter(1600, 1131)  # A3 as the panel lays it out
    paint_panel(painter, QRectF(0, 0, 1600, 1131), panel)
    painter.end()
    return painter


def heroes_names(painter, catalogue) -> list:
    """The boxes of the heroes' names beside the markers."""
    names = {hero["name_en"] for hero in catalogue.heroes()}
    return [box for text, box in painter.texts if box and text.split(", ")[0] in names]


def test_the_home_panel_names_the_capital_and_no_hero_s_name_covers_another(qapp, catalogue):
    painter = painted_home_panel(catalogue)
    assert painter.boxes_of("Dushanbe") and painter.boxes_of("Khujand")
    boxes = heroes_names(painter, catalogue)
    assert len(boxes) > 1
    assert not [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :] if a.intersects(b)]


def test_the_home_panel_names_the_countries_off_the_towns_names(qapp, catalogue):
    from heroviewer.formats.region_map import load_region_map

    painter = painted_home_panel(catalogue)
    assert painter.boxes_of("Uzbekistan") and painter.boxes_of("Kyrgyzstan")
    towns = [box for c in load_region_map().centres for box in painter.boxes_of(c.name)]
    towns += heroes_names(painter, catalogue)
    for country in ("Tajikistan", "Uzbekistan", "Kyrgyzstan", "Afghanistan"):
        assert not [b for a in painter.boxes_of(country) for b in towns if a.intersects(b)]


def svg_text(path) -> str:
    """The words a panel written as SVG shows, in order, one space apart."""
    return " ".join(" ".join(ET.parse(path).getroot().itertext()).split())


def test_a_map_panel_lists_the_heroes_it_does_not_show_with_their_place(
    tmp_path, catalogue_path, bundled_heroes
):
    home, deeds = tmp_path / "home.svg", tmp_path / "deeds.svg"
    assert run_cli("--db", catalogue_path, "map", "--out", home).returncode == 0
    text = svg_text(home)
    assert "Not on this map (" in text
    for hero in ("karsybay-spataev", "grigory-alekseevich-taran", "konstantin-elizarovich-khodov"):
        record = next(h for h in bundled_heroes if h["id"] == hero)  # born outside the frame
        assert f"{record['name_en']} ({record['birth_place'][:30]}" in text
    no_birthplace = [h["name_en"] for h in bundled_heroes if not h.get("birth_place")]
    assert "No place recorded (" in text and all(name in text for name in no_birthplace)
    assert run_cli("--db", catalogue_path, "map", "--view", "deeds", "--out", deeds).returncode == 0
    text = svg_text(deeds)
    unmatched = next(h for h in bundled_heroes if h["id"] == "khodi-kinzhaev")  # "Kursk salient"
    assert "Not on this map" in text and unmatched["feat_place"] in text


def test_the_timeline_panel_names_the_heroes_with_no_date_yet(
    tmp_path, catalogue_path, bundled_heroes
):
    out = tmp_path / "timeline.svg"
    assert run_cli("--db", catalogue_path, "timeline", "--out", out).returncode == 0
    text = svg_text(out)
    undated = [h["name_en"] for h in bundled_heroes
               if not h.get("feat_date") and not h.get("award_date")]  # fmt: skip
    assert undated and "No date yet: " in text
    assert all(name in text.split("No date yet: ")[1] for name in undated)


def test_the_timeline_panel_s_legend_has_each_war_in_its_band_s_colour(qapp, catalogue):
    from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene

    from heroviewer.records.timeline import WARS
    from heroviewer.ui import panels
    from heroviewer.ui.timeline.view import build_scene

    records = {hero["id"]: hero for hero in catalogue.heroes()}
    panel = panels.timeline_panel(records, list(records), "en", catalogue)
    legend = {words: colour.name() for colour, words in panel.legend}
    scene = QGraphicsScene()
    build_scene(scene, [])
    rects = [item for item in scene.items() if isinstance(item, QGraphicsRectItem)]
    bands = {war.name: next(r for r in rects if war.name in r.toolTip()) for war in WARS}
    assert "Great Patriotic War" in bands  # the tooltip says which war a band is
    for name, band in bands.items():
        assert legend[name] == band.brush().color().name()


def test_the_figures_panel_says_what_it_covers_in_the_heroes_tab_s_words(
    tmp_path, catalogue_path, bundled_heroes
):
    from heroviewer.ui.heroes.detail_pane import SOURCES_COUNT_HEROES

    out = tmp_path / "figures.svg"
    assert run_cli("--db", catalogue_path, "figures", "--out", out).returncode == 0
    text = svg_text(out)
    held = len(bundled_heroes)
    assert f"This catalogue holds {held} of the {SOURCES_COUNT_HEROES} heroes" in text
    assert "Sent to the front from the Tajik SSR" in text  # as the heroes tab's overview says
    assert "Lived in Tajikistan after the war" in text and "…" not in text
