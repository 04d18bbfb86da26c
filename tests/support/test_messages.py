"""Messages from the layers without Qt (import refusals, the import report) shown in the
interface's language through Qt's translators, and in English without one."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from heroviewer.formats.files import ImportRefused
from heroviewer.operations.importing import plan_import_file
from heroviewer.support.translated import translated

RUSSIAN_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ImportFile</name>
    <message>
        <source>{path}: cannot be imported:</source>
        <translation>{path}: нельзя импортировать:</translation>
    </message>
    <message>
        <source>the JSON array is empty: nothing to import</source>
        <translation>массив JSON пуст: импортировать нечего</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>To add: {count}</source>
        <translation>Добавить: {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n hero(es)</source>
        <translation>
            <numerusform>%n герой</numerusform>
            <numerusform>%n героя</numerusform>
            <numerusform>%n героев</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{text} is not a calendar date ({month} {year} has {days} days)</source>
        <translation>{text} — такой даты нет (в месяце {month} {year} г. {days} дн.)</translation>
    </message>
    <message>
        <source>November</source>
        <translation>ноябрь</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def russian(qapp, tmp_path):
    """A tiny Russian translation, compiled by pyside6-lrelease and installed."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    lrelease = lrelease if lrelease.exists() else shutil.which("pyside6-lrelease")
    if not lrelease:
        pytest.skip("pyside6-lrelease is not installed")
    source, compiled = tmp_path / "tiny_ru.ts", tmp_path / "tiny_ru.qm"
    source.write_text(RUSSIAN_TS, encoding="utf-8")
    subprocess.run([str(lrelease), str(source), "-qm", str(compiled)], check=True)
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def refusal_of_an_empty_array(tmp_path) -> ImportRefused:
    path = tmp_path / "empty.json"
    path.write_text("[]", encoding="utf-8")
    with pytest.raises(ImportRefused) as caught:
        plan_import_file(path, None)
    return caught.value


def new_heroes_report(tmp_path, catalogue) -> list[str]:
    path = tmp_path / "new.csv"
    path.write_text("name_en\nFirst New Hero\nSecond New Hero\n", encoding="utf-8")
    return plan_import_file(path, catalogue).report_lines({})


def test_a_refusal_is_shown_in_the_interface_language(russian, tmp_path):
    refused = refusal_of_an_empty_array(tmp_path)
    shown = translated(refused)
    assert shown == (
        f"{tmp_path / 'empty.json'}: нельзя импортировать:\n"
        "  массив JSON пуст: импортировать нечего"
    )
    assert str(refused).endswith("the JSON array is empty: nothing to import")  # logs: English


def test_an_import_report_is_shown_in_the_interface_language(russian, tmp_path, catalogue):
    shown = [translated(line) for line in new_heroes_report(tmp_path, catalogue)]
    assert "Добавить: 2 героя" in shown
    assert "  + First New Hero" in shown


def test_without_a_translation_the_messages_stay_english(qapp, tmp_path, catalogue):
    refused = refusal_of_an_empty_array(tmp_path)
    assert (
        translated(refused)
        == str(refused)
        == (
            f"{tmp_path / 'empty.json'}: cannot be imported:\n"
            "  the JSON array is empty: nothing to import"
        )
    )
    shown = [translated(line) for line in new_heroes_report(tmp_path, catalogue)]
    assert "To add: 2 heroes" in shown


def test_a_date_refusal_names_the_month_in_the_interface_language(russian):
    from heroviewer.records.dates import PartialDateError, canonical_date

    with pytest.raises(PartialDateError) as caught:
        canonical_date("31.11.1942")
    assert str(caught.value).endswith("(November 1942 has 30 days)")  # English without Qt
    assert (
        translated(caught.value) == "'31.11.1942' — такой даты нет (в месяце ноябрь 1942 г. 30 дн.)"
    )


def test_counts_are_grouped_as_the_interface_language_groups_them(russian):
    from PySide6.QtCore import QLocale

    from heroviewer.support.messages import QT_TRANSLATE_NOOP

    message = QT_TRANSLATE_NOOP("ImportReport", "To add: {count}").format(count=f"{100000:,}")
    assert translated(message) == "Добавить: 100,000"  # still the English locale
    before = QLocale()
    QLocale.setDefault(QLocale("ru"))
    try:
        assert translated(message) == "Добавить: 100\u00a0000"
    finally:
        QLocale.setDefault(before)
