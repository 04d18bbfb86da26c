"""The interface's language: the system's or the remembered one, View → Language, and a
translation that cannot be loaded.

Translations are compiled here from small .ts files, so the tests do not wait for the real ones
to be translated."""

from __future__ import annotations

import gc
import logging
import os
import shutil
import subprocess
import sys
import weakref
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from heroviewer.catalogue import open_catalogue
from heroviewer.records.dates import format_partial_date
from heroviewer.ui import language
from heroviewer.ui.settings import LANGUAGE, Settings
from tests.conftest import REPO
from tests.test_translation_files import qt_tool

RUSSIAN = {
    ("Actions", "&File"): "&Файл",
    ("RecordForm", "Rank"): "Звание",
    ("argparse", "usage: "): "использование: ",
    ("argparse", "show this help message and exit"): "показать эту справку и выйти",
    ("argparse", "%(prog)s: error: %(message)s\n"): "%(prog)s: ошибка: %(message)s\n",
    ("argparse", "the following arguments are required: %s"): "нужны аргументы: %s",
    ("CommandLine", "write hero cards to a PDF, with no window"): "карточки героев в PDF",
    (
        "Backup",
        "{backup}: is the catalogue {catalogue} itself, not a backup of it; nothing restored",
    ): "{backup}: это сам каталог {catalogue}, а не его копия; ничего не восстановлено",
    ("Catalogue", "{path}: another HeroViewer has it open for editing"): (
        "{path}: его редактирует другой HeroViewer"
    ),
}
RUSSIAN.update(
    {
        ("RecordForm", "Died on"): "Дата смерти",
        ("RecordForm", "Unit"): "Воинская часть",
        ("RecordForm", "Latin-script name"): "Имя латиницей",
        ("RecordForm", "Russian name"): "Имя по-русски",
        ("RecordForm", "Tajik name"): "Имя по-таджикски",
        ("labels", "(empty)"): "(пусто)",
    }
)
TAJIK = {("Actions", "&File"): "&Файл", ("RecordForm", "Rank"): "Рутба"}


def write_ts(path: Path, lang: str, entries: dict[tuple[str, str], str]) -> None:
    contexts = {}
    for (context, source), translation in entries.items():
        contexts.setdefault(context, []).append(
            f"<message><source>{source.replace('&', '&amp;')}</source>"
            f"<translation>{translation.replace('&', '&amp;')}</translation></message>"
        )
    body = "".join(
        f"<context><name>{name}</name>{''.join(messages)}</context>"
        for name, messages in contexts.items()
    )
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" '
        f'language="{lang}">{body}</TS>',
        encoding="utf-8",
    )


@pytest.fixture
def translations(tmp_path, monkeypatch) -> Path:
    """A translations folder with a small Russian and Tajik translation (and our Qt Tajik)."""
    folder = tmp_path / "translations"
    folder.mkdir()
    write_ts(folder / "heroviewer_ru.ts", "ru_RU", RUSSIAN)
    write_ts(folder / "heroviewer_tg.ts", "tg_TJ", TAJIK)
    shutil.copy(REPO / "resources" / "translations" / "qtbase_tg.ts", folder)
    subprocess.run(
        [qt_tool("pyside6-lrelease"), "-silent", *map(str, sorted(folder.glob("*.ts")))],
        check=True,
    )
    monkeypatch.setattr(language, "translations_dir", lambda: folder)
    return folder


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    """Every other test reads the interface in English."""
    yield
    language.use_language("en")


def the_system_speaks(monkeypatch, code: str) -> None:
    monkeypatch.setattr(language, "system_language", lambda: code)


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def shown_window():
    """The main window shown (one made again is not the one a test made)."""
    from heroviewer.ui.main_window import MainWindow

    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    shown = [w for w in shown if w.isVisible()]
    assert len(shown) == 1
    return shown[0]


def window_to_switch(catalogue_path):
    """A window left to the switch to delete (qtbot would close it again once deleted)."""
    from heroviewer.app import build_window

    window = build_window(catalogue_path)
    window.show()
    return window


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("ru_RU.UTF-8", "ru"), ("tg_TJ.UTF-8", "tg"), ("de_DE.UTF-8", "en"), ("xx_YY", "en")],
)
def test_the_system_language_is_read_from_lang(lang, expected):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    result = subprocess.run(
        [sys.executable, "-c", "from heroviewer.ui.language import system_language as s; "
         "print(s())"],
        env={**env, "LANG": lang}, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert result.stdout.strip() == expected


def test_the_system_language_picks_the_interface_language(
    qtbot, catalogue_path, translations, monkeypatch
):
    from heroviewer.app import build_window

    the_system_speaks(monkeypatch, "ru")
    assert language.start_language() == "ru"
    window = build_window(catalogue_path)
    qtbot.addWidget(window)
    assert "&Файл" in menu_titles(window)
    assert window.actions["languageSystem"].isChecked()
    assert language.current_language() == "ru"


def test_qt_buttons_are_tajik_from_our_own_qt_translation(translations, monkeypatch):
    assert language.use_language("tg") == "tg"
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    texts = {button.text() for button in box.buttons()}
    assert texts == {"&Ҳа", "&Не"}


def test_the_language_menu_switches_at_once_and_is_remembered(
    qtbot, catalogue_path, translations, monkeypatch
):
    from heroviewer.app import build_window
    from heroviewer.records.entities import HERO

    the_system_speaks(monkeypatch, "en")
    window = window_to_switch(catalogue_path)
    window.resize(1000, 700)
    window.heroes.select_hero("karsybay-spataev")
    window.open_catalogue.editing.save(HERO, "karsybay-spataev", {"staff_notes": "x"}, "Edit")
    view = window.menuBar().actions()[2].menu()
    choices = next(a.menu() for a in view.actions() if a.text() == "&Language")
    titles = [a.text() for a in choices.actions()]
    assert titles == ["Follow the &system", "&English", "&Русский", "&Тоҷикӣ"]

    window.actions["languageRu"].trigger()
    russian = shown_window()
    qtbot.addWidget(russian)
    assert "&Файл" in menu_titles(russian)
    assert russian.heroes.detail.hero_id == "karsybay-spataev"
    assert russian.size().width() == 1000
    assert russian.actions["languageRu"].isChecked()
    assert Settings().get(LANGUAGE) == "ru"
    assert not window.isVisible()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old one is gone
    gc.collect()
    russian.actions["undo"].trigger()  # the undo history carried over
    assert russian.open_catalogue.catalogue.hero("karsybay-spataev")["staff_notes"] != "x"

    russian.close()  # the next start speaks Russian
    language.use_language("en")
    assert language.start_language() == "ru"
    again = build_window(russian.open_catalogue.catalogue.location.path)
    qtbot.addWidget(again)
    assert "&Файл" in menu_titles(again)
    assert again.actions["languageRu"].isChecked()


def test_the_window_a_language_switch_replaces_is_freed_in_a_launched_program(
    qtbot, catalogue_path, translations, monkeypatch
):
    the_system_speaks(monkeypatch, "en")
    window = window_to_switch(catalogue_path)
    rows = weakref.ref(window.heroes.model)  # the old window's table and, with it, its rows
    gc.collect()
    gc.freeze()  # as a launch leaves what it built (cli._run_gui)
    try:
        window.actions["languageRu"].trigger()
        del window
        qtbot.addWidget(shown_window())
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qtbot.waitUntil(lambda: rows() is None)
    finally:
        gc.unfreeze()


def test_following_the_system_again(qtbot, catalogue_path, translations, monkeypatch):
    the_system_speaks(monkeypatch, "tg")
    window_to_switch(catalogue_path).actions["languageEn"].trigger()
    shown_window().actions["languageSystem"].trigger()
    tajik = shown_window()
    qtbot.addWidget(tajik)
    assert "&Файл" in menu_titles(tajik)
    assert language.current_language() == "tg"
    assert Settings().get(LANGUAGE) == ""


@pytest.mark.parametrize("damage", ["missing", "damaged"])
def test_a_missing_or_damaged_translation_gives_english_and_a_log_line(
    qtbot, catalogue_path, translations, monkeypatch, caplog, damage
):
    from heroviewer.app import build_window

    qm = translations / "heroviewer_ru.qm"
    if damage == "missing":
        qm.unlink()
    else:
        qm.write_bytes(b"\x3c\xb8\x64\x18 not a translation")
    the_system_speaks(monkeypatch, "ru")
    with caplog.at_level(logging.WARNING):
        assert language.start_language() == "en"
    assert [r.getMessage() for r in caplog.records if str(qm) in r.getMessage()] == [
        f"Translation {qm} "
        f"{'is missing' if damage == 'missing' else 'cannot be read (not a Qt translation file)'}"
        ": the interface is shown in English"
    ]
    window = build_window(catalogue_path)
    qtbot.addWidget(window)
    assert "&File" in menu_titles(window)


def test_a_translation_damaged_inside_is_left_out_of_a_csv_import_not_a_crash(
    translations, catalogue_path, tmp_path
):
    """A .qm whose blocks are whole but one of whose lengths is wrong loads in Qt, and reading
    the translation then ended the program (a segmentation fault). It is left out, named in a
    log line; the CSV header in Tajik is still read."""
    qm = translations / "heroviewer_ru.qm"
    data = qm.read_bytes()
    at = data.index(b"\x06\x00\x00\x00\x04Rank") + 1  # the length of the source text "Rank"
    qm.write_bytes(data[:at] + (0x00FFFFFE).to_bytes(4, "big") + data[at + 4 :])
    source = tmp_path / "tajik.csv"
    source.write_text("name_en,Рутба\nFirst New Hero,Captain\n", encoding="utf-8")
    before = catalogue_path.read_bytes()
    result = run_cli_in(translations, "C", "import", source, "--dry-run", "--db", catalogue_path)
    assert result.returncode == 0, result.stderr
    assert "First New Hero" in result.stdout
    assert f"Translation {qm} cannot be read (message" in result.stderr
    assert catalogue_path.read_bytes() == before


def test_an_unknown_remembered_language_is_english(translations, monkeypatch, caplog):
    the_system_speaks(monkeypatch, "ru")
    Settings().set(LANGUAGE, "de")
    with caplog.at_level(logging.WARNING):
        assert language.start_language() == "en"
    assert "'de'" in caplog.text


def test_command_line_messages_use_the_interface_language(tmp_path, catalogue_path, translations):
    """The export's column titles are field labels: translated as the window's are."""
    out = tmp_path / "heroes.csv"
    script = (
        "import sys; from pathlib import Path; from heroviewer.ui import language; "
        "language.translations_dir = lambda: Path(sys.argv[1]); "
        "from heroviewer.cli import main; sys.exit(main(sys.argv[2:]))"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    result = subprocess.run(
        [sys.executable, "-c", script, str(translations),
         "export", "--db", str(catalogue_path), "--out", str(out)],
        env={**env, "LANG": "ru_RU.UTF-8", "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Звание" in out.read_text(encoding="utf-8-sig").splitlines()[0]


def run_cli_in(translations: Path, lang: str, *args) -> subprocess.CompletedProcess:
    """``heroviewer ARGS`` with the system speaking ``lang`` and the small translations."""
    script = (
        "import sys; from pathlib import Path; from heroviewer.ui import language; "
        "language.translations_dir = lambda: Path(sys.argv[1]); "
        "from heroviewer.cli import main; sys.exit(main(sys.argv[2:]))"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    return subprocess.run(
        [sys.executable, "-c", script, str(translations), *map(str, args)],
        env={**env, "LANG": lang, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True, text=True,
    )  # fmt: skip


def test_the_command_line_help_is_in_the_interface_language(translations):
    russian = run_cli_in(translations, "ru_RU.UTF-8", "--help")
    assert russian.returncode == 0, russian.stderr
    assert russian.stdout.startswith("использование: heroviewer")
    assert "показать эту справку и выйти" in russian.stdout  # argparse's own words
    assert "карточки героев в PDF" in russian.stdout  # HeroViewer's
    english = run_cli_in(translations, "C", "--help")  # no translation: as before
    assert english.stdout.startswith("usage: heroviewer")
    assert "show this help message and exit" in english.stdout
    assert "write hero cards to a PDF, with no window" in english.stdout


def test_an_import_dry_run_names_the_fields_as_the_form_does(
    translations, catalogue_path, tmp_path
):
    hero = next(h for h in open_catalogue(catalogue_path).heroes() if h["death_date"])
    source = tmp_path / "edited.csv"
    source.write_text(
        f"id,name_en,death_date,unit\n{hero['id']},{hero['name_en']},,New unit\n", encoding="utf-8"
    )
    before = catalogue_path.read_bytes()
    result = run_cli_in(
        translations, "ru_RU.UTF-8", "import", source, "--dry-run", "--db", catalogue_path
    )
    assert result.returncode == 0, result.stderr
    assert f"      Дата смерти: '{hero['death_date']}' → (пусто)" in result.stdout
    assert "      Воинская часть: " in result.stdout
    assert "death_date" not in result.stdout and "(empty)" not in result.stdout
    assert catalogue_path.read_bytes() == before


def test_a_csv_without_a_name_column_names_them_as_the_export_heads_them(
    translations, catalogue_path, tmp_path
):
    source = tmp_path / "no-names.csv"
    source.write_text("Воинская часть\nNew unit\n", encoding="utf-8")
    before = catalogue_path.read_bytes()
    result = run_cli_in(translations, "ru_RU.UTF-8", "import", source, "--db", catalogue_path)
    assert result.returncode == 2
    assert str(source) in result.stderr
    assert (
        "one of 'Имя латиницей' (name_en), 'Имя по-русски' (name_ru), "
        "'Имя по-таджикски' (name_tg) is needed"
    ) in result.stderr
    assert catalogue_path.read_bytes() == before


def test_a_russian_csv_imports_from_the_command_line_in_english(
    shipped_language, catalogue, tmp_path
):
    from heroviewer.formats.hero_csv import write_heroes_csv
    from tests.helpers import write_bundle

    shipped_language("ru")
    out = tmp_path / "heroes.csv"
    write_heroes_csv(catalogue.heroes(), out)
    assert "Имя латиницей" in out.read_text(encoding="utf-8-sig").splitlines()[0]
    empty = tmp_path / "empty.sqlite"
    open_catalogue(empty, bundle_dir=write_bundle(tmp_path / "bundle", [])).close()
    shipped = tmp_path / "shipped_translations"  # the fixture's, the repository's .ts compiled
    result = run_cli_in(shipped, "C", "import", out, "--db", empty)
    assert result.returncode == 0, result.stderr
    assert f"imported: {len(catalogue.heroes())} added, 0 changed" in result.stdout
    assert open_catalogue(empty).heroes() == catalogue.heroes()  # every field


def test_no_words_head_two_fields_in_the_shipped_languages(shipped_language):
    from heroviewer.formats.hero_csv import header_labels

    labels = header_labels(language.label_translators())
    assert {label: fields for label, fields in labels.items() if len(fields) > 1} == {}
    assert labels["имя латиницей"] == labels["ном бо хатти лотинӣ"] == ("name_en",)


def test_a_usage_error_is_in_the_interface_language(translations, tmp_path):
    result = run_cli_in(translations, "ru_RU.UTF-8", "cards", "--db", tmp_path / "c.sqlite")
    assert result.returncode == 2
    assert "heroviewer cards: ошибка: нужны аргументы: --out" in result.stderr
    assert not (tmp_path / "c.sqlite").exists()


def test_a_refused_restore_is_in_the_interface_language(translations, catalogue_path):
    before = catalogue_path.read_bytes()
    result = run_cli_in(
        translations, "ru_RU.UTF-8", "restore", catalogue_path, "--db", catalogue_path
    )
    assert result.returncode == 2
    assert (
        f"{catalogue_path}: это сам каталог {catalogue_path}, а не его копия; "
        "ничего не восстановлено"
    ) in result.stderr
    assert catalogue_path.read_bytes() == before


def test_a_locked_catalogue_is_refused_in_the_interface_language(
    translations, catalogue_path, tmp_path
):
    from heroviewer.catalogue.lock import EditLock

    source = tmp_path / "new.csv"
    source.write_text("name_en\nFirst New Hero\n", encoding="utf-8")
    lock = EditLock(catalogue_path)
    assert lock.acquire()
    try:
        result = run_cli_in(translations, "ru_RU.UTF-8", "import", source, "--db", catalogue_path)
    finally:
        lock.release()
    assert result.returncode == 2
    assert f"heroviewer: {catalogue_path}: его редактирует другой HeroViewer" in result.stderr
    assert "First New Hero" not in [
        row.name_en for row in open_catalogue(catalogue_path).hero_rows()
    ]


def test_cards_from_the_command_line_show_dates_in_the_interface_language(
    translations, catalogue_path, tmp_path
):
    from pypdf import PdfReader

    hero = open_catalogue(catalogue_path).hero("karsybay-spataev")
    out = tmp_path / "cards.pdf"
    result = run_cli_in(
        translations, "ru_RU.UTF-8", "cards", "--db", catalogue_path, "--out", out,
        "--search", hero["name_en"],
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    russian_date = format_partial_date(hero["birth_date"], "ru")
    assert russian_date != format_partial_date(hero["birth_date"], "en")
    assert russian_date in text
