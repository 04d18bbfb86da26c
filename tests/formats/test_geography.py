"""The bundled geography files, and damaged ones refused naming the file."""

from __future__ import annotations

import json
import shutil

import pytest

from heroviewer.formats.geography import (
    GeographyError,
    geography_dir,
    load_gazetteer,
    load_outlines,
)
from heroviewer.support.paths import resources_dir


def test_the_bundled_outlines_hold_the_countries_of_central_asia():
    names = {outline.name for outline in load_outlines()}
    assert {"Tajikistan", "Uzbekistan", "Ukraine", "Belarus", "Poland", "Germany"} <= names


@pytest.mark.parametrize(
    ("content", "where"),
    [
        ("{not json", "cannot be read"),
        ('{"countries": [{"name": "X", "rings": [[1, 2, 3]]}]}', "damaged: country 1"),
        ('{"countries": [{"name": "X", "rings": [[500, 2, 3, 4]]}]}', "damaged: country 1"),
        ("[]", "damaged"),
    ],
)
def test_a_damaged_outline_file_is_refused_naming_it(tmp_path, content, where):
    path = tmp_path / "outlines.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GeographyError) as refused:
        load_outlines(path)
    assert str(path) in str(refused.value) and where in str(refused.value)


@pytest.mark.parametrize(
    "columns",
    [
        {"name": ["A"], "lat": [95], "lon": [2], "country": ["TJ"], "region": [""]},
        {"name": ["A"], "lat": [95], "lon": [2], "country": ["TJ"], "region": [""],
         "population": [0]},  # a latitude beyond the pole
        {"name": ["A", "B"], "lat": [1], "lon": [2], "country": ["TJ"], "region": [""],
         "population": [0]},  # columns of different lengths
    ],
)  # fmt: skip
def test_a_damaged_gazetteer_is_refused_naming_it(tmp_path, columns):
    shutil.copy(geography_dir() / "regions.json", tmp_path)
    content = json.dumps({"columns": columns, "index": {"a": 0}})
    (tmp_path / "gazetteer.json").write_text(content, "utf-8")
    with pytest.raises(GeographyError) as refused:
        load_gazetteer(tmp_path, resources_dir() / "place_names.json")
    assert str(tmp_path / "gazetteer.json") in str(refused.value)
    assert '"columns" or "index"' in str(refused.value)


def test_the_bundled_region_map_holds_tajikistan_s_regions_and_centres():
    from heroviewer.formats.region_map import load_region_map

    region_map = load_region_map()
    names = {region.name for region in region_map.regions}
    assert {"Sughd", "Khatlon", "Gorno-Badakhshan"} <= names
    assert "Districts of Republican Subordination" in names
    centres = {centre.name: centre for centre in region_map.centres}
    assert centres["Khujand"].region and centres["Khujand"].russian == "Худжанд"
    assert not centres["Varzob"].region


@pytest.mark.parametrize(
    ("content", "where"),
    [
        ("{not json", "cannot be read"),
        ('{"regions": {}, "centres": []}', '"regions" or "centres" is not a list'),
        ('{"regions": [{"name": "X", "ru": "", "label": [1, 2], "rings": [[1, 2, 3]]}],'
         ' "centres": []}', "damaged: region 1"),
        ('{"regions": [], "centres": [{"name": "X", "ru": "", "lat": 95, "lon": 1,'
         ' "rank": "district"}]}', "damaged: centre 1"),
    ],
)  # fmt: skip
def test_a_damaged_region_map_is_refused_naming_it(tmp_path, content, where):
    from heroviewer.formats.region_map import load_region_map

    path = tmp_path / "region_map.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GeographyError) as refused:
        load_region_map(path)
    assert str(path) in str(refused.value) and where in str(refused.value)


def _centre(**changes) -> dict:
    return {"name": "X", "ru": "Х", "lat": 38, "lon": 68, "rank": "district", **changes}


@pytest.mark.parametrize(
    ("content", "where"),
    [
        ({"regions": [], "centres": [_centre(lat=10**400)]}, "damaged: centre 1"),
        ({"regions": [], "centres": [_centre(ru=None)]}, "damaged: centre 1"),
        ({"regions": [], "centres": [_centre(lat="38")]}, "damaged: centre 1"),
        (
            {"regions": [], "centres": [_centre(), _centre(name="N" * 10_000)]},
            "centre 2: a name longer than 200 characters",
        ),
        (
            {"regions": [{"name": "X", "ru": "", "label": [1, 2], "rings": [[1, 2] * 100_001]}],
             "centres": []},
            "the outlines have more than 100000 points",
        ),
        ({"regions": [], "centres": [_centre()] * 10_001}, "more than 10000 regions and centres"),
    ],
)  # fmt: skip
def test_a_region_map_with_hostile_values_is_refused_saying_what(tmp_path, content, where):
    """A huge number, a name that is not text or too long to draw, or more points than the map
    can draw at once: each is refused naming the file, not a traceback or a long wait."""
    from heroviewer.formats.region_map import load_region_map

    path = tmp_path / "region_map.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(GeographyError) as refused:
        load_region_map(path)
    assert str(path) in str(refused.value) and where in str(refused.value)
