"""Tajik letters turned into "?" by a spreadsheet saved in Windows-1251: found, and left out."""

from __future__ import annotations

import pytest

from heroviewer.catalogue import open_catalogue
from heroviewer.formats.damage import looks_damaged
from heroviewer.operations.import_plan import damage_lines, plan_heroes
from tests.test_cli import run_cli


def windows_1251(text: str) -> str:
    """What a spreadsheet saved as Windows-1251 keeps of ``text``: "?" for a missing letter."""
    return text.encode("cp1251", errors="replace").decode("cp1251")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Қарсыбой", "?арсыбой"),  # a letter of the stored name
        (None, "?арсыбой"),  # a new record: "?" starting a Cyrillic word
        ("Амиралӣ Саидбеков", "Амирал? Саидбеков"),  # at the end of a word, a letter before
        (None, "Ғ?ибов"),  # inside a Cyrillic word
        (None, "Ма?мад Ра?имов"),
        ("Неъмат Қарабоев", windows_1251("Неъмат Қарабоев")),
        (["Орден Ленина", "Ҷоизаи давлатӣ"], [windows_1251("Орден Ленина"), "?оизаи давлат?"]),
        (None, "Вопрос? Нет, ?арсыбой"),
    ],
)
def test_a_question_mark_in_place_of_a_tajik_letter_is_damage(old, new):
    assert looks_damaged(old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (None, "Кто он? Никто не знал."),  # the end of a Russian sentence
        ("Кто он", "Кто он?"),
        (None, "Was he decorated? Yes."),  # Latin text
        (None, "Who?Nobody"),
        ("Қарсыбой", "Қарсыбой"),  # no "?" at all
        ("?арсыбой", "?арсыбой Спатаев"),  # the "?" was stored already
        ("Қарсыбой", None),
        (None, True),
        ("Where is he", "Where is he?"),
    ],
)
def test_a_question_mark_that_is_meant_is_not_damage(old, new):
    assert not looks_damaged(old, new)


def test_the_plan_flags_damaged_changes_and_additions_and_leaves_them_out(catalogue):
    stored = catalogue.hero("negmat-karabaev")["name_tg"]
    assert "Қ" in stored
    incoming = [
        {"id": "negmat-karabaev", "name_tg": windows_1251(stored), "unit": "Rifle Regiment"},
        {"id": "karsybay-spataev", "military_rank": "Private"},
        {"name_tg": windows_1251("Қарсыбой Ҷӯраев"), "name_en": "Karsyboy Dzhuraev"},
        {"name_en": "Is he? Nobody knows", "name_ru": "Кто он? Неизвестно"},
    ]
    plan = plan_heroes(incoming, catalogue.heroes())
    assert plan.damaged == {"negmat-karabaev": ["name_tg"]}
    assert plan.damaged_adds == {0: ["name_tg"]}
    assert plan.damaged_count() == 2
    lines = damage_lines(plan, {"negmat-karabaev": "Negmat Karabaev"})
    assert lines == ["  ? Karsyboy Dzhuraev: Tajik name", "  ? Negmat Karabaev: Tajik name"]

    kept = plan.without_damaged()
    assert kept.changes == {
        "negmat-karabaev": {"unit": plan.changes["negmat-karabaev"]["unit"]},
        "karsybay-spataev": {"military_rank": (None, "Private")},
    }
    assert [record["name_en"] for record in kept.adds] == ["Is he? Nobody knows"]
    chosen = plan.without(adds=[1], changes=[("karsybay-spataev", "military_rank")])
    assert list(chosen.changes) == ["negmat-karabaev"]
    assert chosen.changes["negmat-karabaev"]["name_tg"] == (stored, windows_1251(stored))
    assert [record["name_en"] for record in chosen.adds] == ["Karsyboy Dzhuraev"]


def test_the_command_line_leaves_damaged_changes_out_unless_accepted(catalogue_path, tmp_path):
    stored = "Неъмат Қарабоев"
    path = tmp_path / "saved-as-cyrillic.csv"
    path.write_bytes(
        f"id;name_en;name_tg;unit\r\nnegmat-karabaev;Negmat Karabaev;{stored};Rifle Regiment\r\n"
        "karsybay-spataev;Karsybay Spataev;;Cavalry\r\n".encode("cp1251", errors="replace")
    )
    result = run_cli("import", path, "--db", catalogue_path)
    assert result.returncode == 0, result.stderr
    assert (
        "Looks damaged, left out (a new record whole, a change in the fields named): 1 hero"
        in result.stdout
    )
    assert "'Неъмат ?арабоев'   (? looks damaged)" in result.stdout
    assert "  ? Negmat Karabaev: Tajik name" in result.stdout
    assert "Windows-1251" in result.stdout and "CSV UTF-8 (Comma delimited)" in result.stdout
    assert "--accept-damaged" in result.stdout
    assert "imported: 0 added, 2 changed" in result.stdout
    catalogue = open_catalogue(catalogue_path)
    assert catalogue.hero("negmat-karabaev")["name_tg"] == stored
    assert catalogue.hero("negmat-karabaev")["unit"] == "Rifle Regiment"
    assert catalogue.hero("karsybay-spataev")["unit"] == "Cavalry"
    catalogue.close()

    result = run_cli("import", path, "--accept-damaged", "--db", catalogue_path)
    assert "imported: 0 added, 1 changed" in result.stdout
    catalogue = open_catalogue(catalogue_path)
    assert catalogue.hero("negmat-karabaev")["name_tg"] == "Неъмат ?арабоев"
    catalogue.close()
