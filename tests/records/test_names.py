"""Where a hero's name sorts: by surname, whatever order the source wrote the name in."""

import pytest

from heroviewer.records.names import display_name, name_sort_key, surname_first
from tests.helpers import bundled_records

HEROES = {hero["id"]: hero for hero in bundled_records("heroes.json")}


@pytest.mark.parametrize(
    ("hero_id", "field", "listed"),
    [
        ("anton-efimovich-buyukly", "name_ru", "Буюклы Антон Ефимович"),
        ("anton-efimovich-buyukly", "name_en", "Buyukly Anton Efimovich"),
        ("veniamin-mikhaylovich-nedoshivin", "name_ru", "Недошивин Вениамин Михайлович"),
        ("veniamin-mikhaylovich-nedoshivin", "name_en", "Nedoshivin Veniamin Mikhaylovich"),
        ("domullo-azizov", "name_en", "Azizov Domullo"),
        ("domullo-azizov", "name_ru", "Азизов Домулло"),
        ("negmat-karabaev", "name_tg", "Қарабоев Неъмат"),
        ("g-filippov", "name_en", "Filippov G."),
        ("g-filippov", "name_ru", "Филиппов Г."),
        ("tokhtasin-mirzaev", "name_en", "Mirzaev Tokhtasin"),
    ],
)
def test_bundled_names_are_listed_surname_first(hero_id, field, listed):
    assert surname_first(HEROES[hero_id][field]) == listed


def test_either_written_order_sorts_by_surname():
    buyukly, nedoshivin = "Антон Ефимович Буюклы", "Недошивин Вениамин Михайлович"
    assert sorted([nedoshivin, buyukly], key=name_sort_key) == [buyukly, nedoshivin]
    assert name_sort_key("Домулло Азизов") == name_sort_key("Азизов Домулло")
    assert name_sort_key("V. M. Nedoshivin") < name_sort_key("Nedoshivina Anna")


def test_every_bundled_name_gets_a_key_and_keeps_its_words():
    for hero in HEROES.values():
        for name in filter(None, [hero["name_en"], hero["name_ru"], hero["name_tg"]]):
            assert name_sort_key(name), (hero["id"], name)
            assert sorted(surname_first(name).split()) == sorted(name.split())
        for alias in hero["aliases"]:
            assert name_sort_key(alias), (hero["id"], alias)


@pytest.mark.parametrize(
    "name", ["Anton Buyukli", "Eryigitov", "Лев Яков", "Яков Петров Иванов Сидоров", "aaa first"]
)
def test_names_whose_order_cannot_be_told_are_kept_as_written(name):
    assert surname_first(name) == name
    assert name_sort_key(name) == name.casefold()


@pytest.mark.parametrize(
    ("language", "names", "shown"),
    [
        ("en", ("Anton Buyukly", "Антон Буюклы", "Антон Буюклӣ"), "Anton Buyukly"),
        ("ru", ("Anton Buyukly", "Антон Буюклы", "Антон Буюклӣ"), "Антон Буюклы"),
        ("tg", ("Anton Buyukly", "Антон Буюклы", "Антон Буюклӣ"), "Антон Буюклӣ"),
        ("en", (None, "Антон Буюклы", "Антон Буюклӣ"), "Антон Буюклы"),
        ("ru", ("Anton Buyukly", None, "Антон Буюклӣ"), "Антон Буюклӣ"),  # Cyrillic before Latin
        ("ru", ("Anton Buyukly", None, None), "Anton Buyukly"),
        ("tg", ("Anton Buyukly", "Антон Буюклы", None), "Антон Буюклы"),
        ("tg", ("Anton Buyukly", None, None), "Anton Buyukly"),
    ],
)
def test_a_name_is_shown_in_the_readers_script_first(language, names, shown):
    record = dict(zip(("name_en", "name_ru", "name_tg"), names, strict=True), id="x")
    assert display_name(record, language) == shown
