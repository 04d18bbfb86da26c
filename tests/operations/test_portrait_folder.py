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


def test_the_matched_images_become_portraits_in_one_saved_change(catalogue_path, tmp_path):
    from heroviewer.catalogue import open_catalogue
    from heroviewer.operations.portrait_folder import plan_import, set_portraits
    from tests.support.test_portrait_files import write_jpeg

    folder = tmp_path / "scans"
    folder.mkdir()
    write_jpeg(folder / "Спатаев.jpg")
    write_jpeg(folder / "Nobody Known.jpg")
    catalogue = open_catalogue(catalogue_path)
    report, prepared = plan_import(folder, catalogue.hero_names())
    assert [path.name for path in report.unmatched] == ["Nobody Known.jpg"]
    writer = catalogue.open_writer()
    try:
        done = set_portraits(prepared, writer.store_image, lambda *c: len(writer.save_many(*c)))
        assert done == 1
        assert set_portraits({}, writer.store_image, lambda *c: 1 / 0) == 0  # nothing saved
    finally:
        writer.close()
        catalogue.close()
    after = open_catalogue(catalogue_path)
    assert after.hero("karsybay-spataev")["portrait"] == prepared["karsybay-spataev"].sha256
    after.close()
