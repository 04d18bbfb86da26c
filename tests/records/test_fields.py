"""Why a record needs research: low confidence, and each key fact it lacks."""

from heroviewer.records.fields import KEY_FACTS, LOW_CONFIDENCE, research_reasons
from tests.helpers import bundled_records

HEROES = {hero["id"]: hero for hero in bundled_records("heroes.json")}


def test_research_reasons_name_low_confidence_and_each_missing_key_fact():
    assert research_reasons(HEROES["karsybay-spataev"].get) == ["military_rank", "award_date"]
    assert research_reasons(HEROES["vildan-khabiev"].get) == [LOW_CONFIDENCE, *KEY_FACTS]
    assert research_reasons(HEROES["grigory-alekseevich-taran"].get) == []
    low_but_complete = {field: "1920" for field in KEY_FACTS} | {"confidence": "low"}
    assert research_reasons(low_but_complete.get) == [LOW_CONFIDENCE]


def test_needs_research_agrees_with_its_reasons_for_every_bundled_hero(catalogue):
    for row in catalogue.hero_rows():
        assert row.needs_research == bool(row.research_reasons)
