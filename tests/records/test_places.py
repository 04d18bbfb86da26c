"""Place texts matched to the bundled gazetteer: renamed towns, approximate, unmatched and
ambiguous places."""

from __future__ import annotations

import pytest

from heroviewer.formats.geography import bundled_gazetteer
from heroviewer.records.places import APPROXIMATE, EXACT, UNMATCHED, match_place


@pytest.fixture(scope="module")
def gazetteer():
    return bundled_gazetteer()


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Stalinabad", "Dushanbe"),
        ("Leninabad, Tajik SSR", "Khujand"),
        ("Kurgan-Tyube, Tajikistan", "Bokhtar"),
        ("Kulyab", "Kŭlob"),
        ("Ура-Тюбе", "Istaravshan"),
        ("city of Kanibadam, Tajikistan", "Konibodom"),
    ],
)
def test_a_renamed_town_is_found_under_its_old_name(gazetteer, text, town):
    found = match_place(text, gazetteer)
    assert (found.precision, found.matched) == (EXACT, town)
    assert found.lat is not None and found.lon is not None


def test_a_village_the_gazetteer_lacks_is_placed_at_its_district_centre(gazetteer):
    text = (
        "Kishlak Kistakuz (Leninabad area; now Bobojon Gafurov District, Sughd Region), Tajikistan"
    )
    found = match_place(text, gazetteer)
    assert (found.precision, found.matched) == (APPROXIMATE, "Ghafurov")
    assert found.lat == pytest.approx(40.2, abs=0.1) and found.lon == pytest.approx(69.7, abs=0.1)


def test_with_no_district_centre_a_village_goes_to_its_region_centre(gazetteer):
    found = match_place("Near Smerdynya, Tosnensky District, Leningrad Region", gazetteer)
    assert (found.precision, found.matched) == (APPROXIMATE, "Gatchina")


def test_a_village_is_not_taken_for_its_namesake_in_another_region(gazetteer):
    # The gazetteer's only Pizhma is far from Leningrad Region: Gatchina, named next, is used.
    text = "Village of Pizhma, on the approaches to Gatchina, Leningrad Region"
    found = match_place(text, gazetteer)
    assert (found.precision, found.matched) == (APPROXIMATE, "Gatchina")


@pytest.mark.parametrize(
    "text",
    [
        "Soviet-Finnish War front (exact location not given in sources seen)",
        "Kursk salient (Battle of Kursk)",
        "Village of Nowhereabad, Tajikistan",
        "",
    ],
)
def test_what_cannot_be_placed_is_unmatched_and_not_guessed(gazetteer, text):
    found = match_place(text, gazetteer)
    assert found.precision == UNMATCHED
    assert (found.lat, found.lon, found.matched, found.candidates) == (None, None, None, ())


def test_a_name_of_several_places_is_reported_with_them_and_not_picked(gazetteer):
    found = match_place("Area of Rogow and Dombrowa, Poland", gazetteer)
    assert found.precision == UNMATCHED and found.lat is None
    assert len(found.candidates) >= 2
    assert all(c.startswith("Rogów (PL,") for c in found.candidates)
