"""The window's texts are found by pyside6-lupdate and shown translated when a translation is
loaded: menu titles, column headers, the detail pane, message boxes, counted status texts."""

import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from heroviewer.ui import plain
from tests.helpers import BUNDLED_HEROES

UI_SOURCES = Path(__file__).resolve().parents[2] / "src" / "heroviewer" / "ui"
TOOLS = Path(sys.executable).parent

# (context, English) → Russian; a tuple holds the plural forms (one, few, many)
RUSSIAN = {
    ("Actions", "&File"): "&Файл",
    ("HeroTableModel", "Name"): "Имя",
    ("HeroDetail", "Born"): "Родился",
    ("HeroDetail", "Heroes of the Soviet Union linked to Tajikistan"): (
        "Герои Советского Союза, связанные с Таджикистаном"
    ),
    ("HeroCommands", "Delete hero"): "Удалить героя",
    (
        "HeroCommands",
        "Delete {name} from the catalogue? You can undo this (Ctrl+Z), and the record stays in "
        "the history.",
    ): "Удалить {name} из каталога? Это можно отменить (Ctrl+Z), а запись останется в истории.",
    ("HeroesPage", "Showing {shown} of %n hero(es)"): (
        "Показано {shown} из %n героя",
        "Показано {shown} из %n героев (2–4)",
        "Показано {shown} из %n героев",
    ),
}


def russian_form(n: int) -> int:
    """Which of Russian's three plural forms a count takes (one, few, many)."""
    if n % 10 == 1 and n % 100 != 11:
        return 0
    return 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2


def russian_qm(folder: Path) -> Path:
    """A Russian translation of the entries above, in a .ts made by pyside6-lupdate from the
    window's sources (so an entry it does not find fails here, naming the string)."""
    ts = folder / "heroviewer_ru.ts"
    sources = [str(path) for path in sorted(UI_SOURCES.rglob("*.py"))]
    lupdate = [str(TOOLS / "pyside6-lupdate"), *sources, "-target-language", "ru_RU", "-ts"]
    subprocess.run([*lupdate, str(ts)], check=True, capture_output=True)
    tree = ElementTree.parse(ts)
    messages = {
        (context.findtext("name"), message.findtext("source")): message
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    }
    for key, russian in RUSSIAN.items():
        assert key in messages, f"pyside6-lupdate does not find {key[1]!r} (context {key[0]})"
        translation = messages[key].find("translation")
        translation.attrib.pop("type", None)
        if isinstance(russian, tuple):
            for form, text in zip(translation.findall("numerusform"), russian, strict=True):
                form.text = text
        else:
            translation.text = russian
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "heroviewer_ru.qm"
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )
    return qm


@pytest.fixture
def russian_window(qtbot, qapp, catalogue_path, tmp_path):
    from heroviewer.app import build_window

    translator = QTranslator()
    assert translator.load(str(russian_qm(tmp_path)))
    qapp.installTranslator(translator)
    window = build_window(catalogue_path)
    qtbot.addWidget(window)
    yield window
    qapp.removeTranslator(translator)


def test_the_window_is_shown_in_the_loaded_translation(russian_window, monkeypatch):
    window = russian_window
    assert window.menuBar().actions()[0].text() == "&Файл"
    assert window.heroes.model.headerData(0, Qt.Orientation.Horizontal) == "Имя"
    assert "Герои Советского Союза, связанные с Таджикистаном" in window.heroes.detail.toPlainText()
    forms = RUSSIAN[("HeroesPage", "Showing {shown} of %n hero(es)")]
    total = BUNDLED_HEROES
    expected = forms[russian_form(total)].replace("%n", str(total)).format(shown=total)
    assert window.status.text() == expected

    window.heroes.select_hero("karsybay-spataev")
    assert "Родился" in window.heroes.detail.toPlainText()
    asked = []
    monkeypatch.setattr(
        plain, "_ask", lambda icon, parent, title, text, *_: asked.append((title, text))
    )
    window.hero_commands.delete_hero()
    assert asked == [
        (
            "Удалить героя",
            "Удалить Karsybay Spataev из каталога? Это можно отменить (Ctrl+Z), а запись "
            "останется в истории.",
        )
    ]


@pytest.mark.parametrize(
    ("n", "shown"), [(1, "1 hero"), (2, "2 heroes"), (0, "0 heroes"), (21, "21 heroes")]
)
def test_counted_texts_read_as_english_without_a_translation(n, shown):
    text = QCoreApplication.translate("ImportPreview", "Import %Ln hero(es)", "", n)
    assert text == f"Import {shown}"
