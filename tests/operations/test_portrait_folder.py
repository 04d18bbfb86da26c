"""Matching scanned photographs to heroes by file or folder name, in any script."""

from pathlib import Path

from heroviewer.operations.portrait_folder import match_files, name_words

HEROES = [
    ("karsybay-spataev", ["Karsybay Spataev", "Карсыбай Спатаев"]),
    ("domullo-azizov", ["Domullo Azizov", "Домулло Азизов", "Домулло Азизов"]),
    ("azim-rakhimov", ["Azim Rakhimov"]),
    ("rakhimboy-rakhmatov", ["Rakhimboy Rakhmatov", "Рахимбой Рахматов"]),
    ("irgash-sharipov", ["Irgash Sharipov"]),
    ("ismat-sharipov", ["Ismat Sharipov"]),
]
ROOT = Path("/archive")


def test_names_in_any_script_and_folders_per_person():
    files = [
        ROOT / "Спатаев К.jpg",
        ROOT / "azizov_domullo_1943.tif",
        ROOT / "Рахимбой Рахматов" / "scan 01.jpg",
        ROOT / "Rakhimov.jpg",
    ]
    report = match_files(ROOT, files, HEROES)
    assert [hero for _path, hero in report.matched] == [
        "karsybay-spataev", "domullo-azizov", "rakhimboy-rakhmatov", "azim-rakhimov",
    ]  # fmt: skip


def test_several_heroes_nobody_and_second_files_are_reported():
    files = [ROOT / "Sharipov.jpg", ROOT / "Smithson.jpg", ROOT / "Spataev.jpg",
             ROOT / "Spataev 2.jpg"]  # fmt: skip
    report = match_files(ROOT, files, HEROES)
    assert report.ambiguous == [(ROOT / "Sharipov.jpg", ["irgash-sharipov", "ismat-sharipov"])]
    assert report.unmatched == [ROOT / "Smithson.jpg"]
    assert report.matched == [(ROOT / "Spataev.jpg", "karsybay-spataev")]
    assert report.duplicates == [(ROOT / "Spataev 2.jpg", "karsybay-spataev")]


def test_words_that_name_nobody_are_ignored():
    assert name_words("IMG_0042 portrait scan") == []
    assert name_words("Фото Спатаев") == ["spataev"]
