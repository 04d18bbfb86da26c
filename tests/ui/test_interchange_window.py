"""File → Export and File → Import in the window: a preview first, one undo step after."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
)

from heroviewer.ui import plain
from heroviewer.ui.dialogs.import_preview import ImportPreview
from tests.formats.test_news_files import RSS
from tests.helpers import BUNDLED_HEROES, BUNDLED_NEWS, write_bundle


class PreviewAnswers:
    """The user at the import preview: presses Import, or Cancel once ``cancel`` is set."""

    def __init__(self) -> None:
        self.seen: list[ImportPreview] = []
        self.cancel = False
        self.before = lambda dialog: None  # what the user does in the dialog first

    def exec_(self, dialog: ImportPreview) -> int:
        self.seen.append(dialog)
        self.before(dialog)
        apply = dialog.findChild(QPushButton, "applyImport")
        if apply is not None and not self.cancel:
            apply.click()
        else:
            dialog.findChild(QDialogButtonBox).buttons()[-1].click()  # Cancel or Close
        return dialog.result()

    def groups(self, preview: int = -1) -> list:
        tree = self.seen[preview].findChild(QTreeWidget, "importChanges")
        return [tree_rows(tree.topLevelItem(n)) for n in range(tree.topLevelItemCount())]


@pytest.fixture
def previews(monkeypatch) -> PreviewAnswers:
    answers = PreviewAnswers()
    monkeypatch.setattr(ImportPreview, "exec", lambda dialog: answers.exec_(dialog))
    return answers


def tree_rows(item) -> list:
    """An item's text and its children's, as nested lists (what the preview tree shows)."""
    texts = [item.text(column) for column in range(3) if item.text(column)]
    children = [tree_rows(item.child(n)) for n in range(item.childCount())]
    return [" | ".join(texts), *children] if children else [" | ".join(texts)]


def test_export_the_heroes_the_search_shows(window, tmp_path):
    window.heroes.search.setText("Uzbekistan")
    shown = window.heroes.heroes_for("shown")
    out = tmp_path / "shown.csv"
    assert window.exchange_commands.export_heroes_to(out, shown)
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
    assert sorted(row[0] for row in rows[1:]) == sorted(shown)
    assert "written to" in window.statusBar().currentMessage()


def test_an_export_over_the_open_catalogue_is_refused(
    window, catalogue_path, tmp_path, monkeypatch
):
    import os

    messages = []
    monkeypatch.setattr(plain, "warning", lambda *args: messages.append(args[2]))
    hard_link, symlink = tmp_path / "heroes.csv", tmp_path / "news.json"
    os.link(catalogue_path, hard_link)
    symlink.symlink_to(catalogue_path)
    before = catalogue_path.read_bytes()
    assert not window.exchange_commands.export_heroes_to(hard_link)
    assert not window.exchange_commands.export_news_to(symlink)
    assert messages == [
        f"{out}: this is the catalogue {catalogue_path} itself; writing there would destroy it. "
        "Nothing was written: choose another file"
        for out in (hard_link, symlink)
    ]
    assert catalogue_path.read_bytes() == before
    assert os.path.samefile(hard_link, catalogue_path) and symlink.is_symlink()


def test_import_previews_then_applies_as_one_undoable_step(window, qtbot, tmp_path, previews):
    path = tmp_path / "from-the-museum.csv"
    path.write_text(
        "id,name_en,name_ru,military_rank\n"
        "karsybay-spataev,Karsybay Spataev,Карсыбай Спатаев,Private\n"
        ",Test Hero,Тест Героев,\n",
        encoding="utf-8-sig",
    )
    window.exchange_commands.import_from(path)
    heading = previews.seen[0].findChildren(QLabel)[0].text()
    assert heading == "<b>from-the-museum.csv: heroes (CSV), 2 records</b>"
    groups = previews.groups()
    assert groups[0] == ["To add: 1 hero", ["Test Hero"]]
    assert groups[1] == ["To change: 1 hero", ["Karsybay Spataev", ["Rank | (empty) | Private"]]]
    assert window.heroes.model.total_count == BUNDLED_HEROES + 1
    assert window.open_catalogue.catalogue.hero("karsybay-spataev")["military_rank"] == "Private"
    assert window.findChild(QAction, "undo").text() == "&Undo Import from-the-museum.csv"
    message = window.statusBar().currentMessage()
    assert message == "Imported from from-the-museum.csv: 1 added, 1 changed"
    assert QApplication.overrideCursor() is None  # the wait cursor is gone

    window.findChild(QAction, "undo").trigger()
    assert window.heroes.model.total_count == BUNDLED_HEROES
    assert window.open_catalogue.catalogue.hero("karsybay-spataev")["military_rank"] is None
    window.findChild(QAction, "redo").trigger()
    assert window.heroes.model.total_count == BUNDLED_HEROES + 1


@pytest.mark.parametrize(("written_in", "read_in"), [("ru", "en"), ("ru", "tg"), ("tg", "ru")])
def test_a_csv_exported_in_one_language_imports_with_the_window_in_another(
    qtbot, catalogue, tmp_path, previews, shipped_language, written_in, read_in
):
    from heroviewer.app import build_window
    from heroviewer.catalogue import open_catalogue
    from heroviewer.formats.hero_csv import write_heroes_csv

    shipped_language(written_in)
    out = tmp_path / "heroes.csv"
    write_heroes_csv(catalogue.heroes(), out)
    header = out.read_text(encoding="utf-8-sig").splitlines()[0]
    assert {"ru": "Имя латиницей", "tg": "Ном бо хатти лотинӣ"}[written_in] in header
    shipped_language(read_in)
    empty = tmp_path / "empty.sqlite"
    open_catalogue(empty, bundle_dir=write_bundle(tmp_path / "bundle", [])).close()
    window = build_window(empty)
    qtbot.addWidget(window)
    window.exchange_commands.import_from(out)
    assert window.open_catalogue.catalogue.heroes() == catalogue.heroes()  # every field


def test_a_cancelled_preview_changes_nothing(window, qtbot, tmp_path, previews):
    path = tmp_path / "feed.xml"
    path.write_text(RSS, encoding="utf-8")
    count = len(window.open_catalogue.catalogue.news_items())
    previews.cancel = True
    window.exchange_commands.import_from(path)
    assert previews.groups()[0][0] == "To add: 2 news items"
    assert len(window.open_catalogue.catalogue.news_items()) == count
    assert window.open_catalogue.undo_stack.count() == 0


def test_a_refused_file_gets_a_message_naming_it(window, qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(
        (box.objectName(), box.text(), box.informativeText(), box.detailedText())))  # fmt: skip
    path = tmp_path / "bad.csv"
    rows = [f"Hero {line},1921-02-30" for line in range(2, 42)]
    path.write_text("name_en,birth_date\n" + "\n".join(rows) + "\n", encoding="utf-8")
    window.exchange_commands.import_from(path)
    [(name, text, first, every)] = shown
    assert name == "importRefused"
    assert text == "bad.csv cannot be imported; nothing was changed."
    assert first.startswith("line 2, column 'birth_date': '1921-02-30' is not a calendar date")
    assert "40 problems in all" in first
    assert str(path) in every
    assert every.count("column 'birth_date'") == 40 and "line 41, column" in every
    assert window.heroes.model.total_count == BUNDLED_HEROES


def test_json_with_half_a_character_is_refused_before_the_preview(
    window, qtbot, tmp_path, monkeypatch, previews
):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()))
    path = tmp_path / "heroes.json"
    path.write_text('[{"name_en": "Test Hero", "name_ru": "\\ud800"}]', encoding="utf-8")
    count = window.heroes.model.total_count
    window.exchange_commands.import_from(path)
    assert previews.seen == []
    [message] = shown
    assert "record 1, field 'name_ru': holds half a character" in message
    assert QApplication.overrideCursor() is None
    assert window.heroes.model.total_count == count


def test_the_preview_shows_each_change_by_its_label_and_marks_emptied_values(
    window, qtbot, tmp_path, previews
):
    path = tmp_path / "museum.csv"
    path.write_text(
        "id,name_en,military_rank,staff_notes\n"
        "karsybay-spataev,Karsybay Spataev,Private,Exhibit hall 2\n"
        "domullo-azizov,Domullo Azizov,,\n"
        ",Test Hero,,\n",
        encoding="utf-8-sig",
    )
    window.exchange_commands.import_from(path)
    groups = previews.groups()
    assert groups[0] == ["To add: 1 hero", ["Test Hero"]]
    spataev = ["Karsybay Spataev", ["Rank | (empty) | Private"],
               ["Staff notes | (empty) | Exhibit hall 2"]]  # fmt: skip
    azizov = ["Domullo Azizov", ["Rank | Junior Sergeant | (empty)"]]
    assert groups[1] == ["To change: 2 heroes", spataev, azizov]
    assert groups[2:] == [["Unchanged: 0 heroes"], ["Left out, conflicts: 0"]]
    tree = previews.seen[0].findChild(QTreeWidget, "importChanges")
    emptied = tree.topLevelItem(1).child(1).child(0)
    assert not emptied.icon(2).isNull() and tree.topLevelItem(1).child(0).child(0).icon(2).isNull()
    warning = previews.seen[0].findChild(QLabel, "importWarning").text()
    assert warning.startswith("1 of the changes would empty a value that is filled now")
    assert window.open_catalogue.catalogue.hero("domullo-azizov")["military_rank"] is None
    assert window.heroes.model.total_count == BUNDLED_HEROES + 1


def windows_1251_sheet(tmp_path: Path) -> Path:
    """A spreadsheet saved as Windows-1251: the Tajik letters of the names became "?"."""
    path = tmp_path / "saved-as-cyrillic.csv"
    text = ("id;name_en;name_tg;unit\r\n"
            "negmat-karabaev;Negmat Karabaev;Неъмат Қарабоев;Rifle Regiment\r\n"
            "karsybay-spataev;Karsybay Spataev;;Cavalry\r\n"
            ";Karsyboy Dzhuraev;Қарсыбой Ҷӯраев;\r\n")  # fmt: skip
    path.write_bytes(text.encode("cp1251", errors="replace"))
    return path


def tree_item(dialog: ImportPreview, *texts: str):
    """The row of the preview tree under the rows whose first column starts with ``texts``."""
    tree = dialog.findChild(QTreeWidget, "importChanges")
    items = [tree.topLevelItem(n) for n in range(tree.topLevelItemCount())]
    for text in texts:
        item = next(item for item in items if item.text(0).startswith(text))
        items = [item.child(n) for n in range(item.childCount())]
    return item


def test_a_windows_1251_sheet_that_lost_tajik_letters_is_left_out_with_a_warning(
    window, qtbot, tmp_path, previews
):
    stored = window.open_catalogue.catalogue.hero("negmat-karabaev")["name_tg"]
    assert stored == "Неъмат Қарабоев"
    window.exchange_commands.import_from(windows_1251_sheet(tmp_path))
    dialog = previews.seen[0]
    warning = dialog.findChild(QLabel, "importDamage").text()
    assert warning.startswith('Records with a "?" where the catalogue has a letter')
    assert "Cyrillic word: 2. The spreadsheet" in warning
    assert "Windows-1251" in warning and "ғ ӣ қ ӯ ҳ ҷ" in warning
    assert 'Excel, Save As → "CSV UTF-8 (Comma delimited)"' in warning
    assert '"Unicode (UTF-8)"' in warning
    name = tree_item(dialog, "To change", "Negmat Karabaev", "Tajik")
    assert name.text(2) == "Неъмат ?арабоев"
    assert name.checkState(0) == Qt.CheckState.Unchecked and not name.icon(2).isNull()
    assert tree_item(dialog, "To change", "Negmat Karabaev", "Unit").checkState(0) == (
        Qt.CheckState.Checked
    )
    added = tree_item(dialog, "To add", "Karsyboy Dzhuraev")
    assert added.checkState(0) == Qt.CheckState.Unchecked
    assert tree_item(dialog, "To add", "Karsyboy Dzhuraev", "Tajik").text(2) == "?арсыбой ??раев"
    assert dialog.findChild(QPushButton, "applyImport").text() == "Import 2 heroes"
    hero = window.open_catalogue.catalogue.hero("negmat-karabaev")
    assert hero["name_tg"] == stored and hero["unit"] == "Rifle Regiment"
    assert window.open_catalogue.catalogue.hero("karsybay-spataev")["unit"] == "Cavalry"
    assert window.heroes.model.total_count == BUNDLED_HEROES


def test_the_user_ticks_a_damaged_change_and_unticks_another_record(
    window, qtbot, tmp_path, previews
):
    def choose(dialog: ImportPreview) -> None:
        apply = dialog.findChild(QPushButton, "applyImport")
        tree_item(dialog, "To change", "Karsybay Spataev").setCheckState(0, Qt.CheckState.Unchecked)
        assert apply.text() == "Import 1 hero"
        tree_item(dialog, "To change", "Negmat Karabaev").setCheckState(0, Qt.CheckState.Unchecked)
        assert apply.text() == "Import 0 heroes" and not apply.isEnabled()
        tree_item(dialog, "To change", "Negmat Karabaev", "Tajik").setCheckState(
            0, Qt.CheckState.Checked
        )
        assert apply.text() == "Import 1 hero" and apply.isEnabled()

    previews.before = choose
    window.exchange_commands.import_from(windows_1251_sheet(tmp_path))
    hero = window.open_catalogue.catalogue.hero("negmat-karabaev")
    assert hero["name_tg"] == "Неъмат ?арабоев" and hero["unit"] != "Rifle Regiment"
    assert window.open_catalogue.catalogue.hero("karsybay-spataev")["unit"] != "Cavalry"
    assert window.heroes.model.total_count == BUNDLED_HEROES
    window.findChild(QAction, "undo").trigger()
    assert window.open_catalogue.catalogue.hero("negmat-karabaev")["name_tg"] == "Неъмат Қарабоев"


def test_a_file_with_nothing_new_offers_only_close(window, qtbot, tmp_path, previews):
    path = tmp_path / "feed.xml"
    path.write_text(RSS, encoding="utf-8")
    for _twice in range(2):
        window.exchange_commands.import_from(path)
    again = previews.seen[1]
    assert again.findChild(QPushButton, "applyImport") is None
    assert any(label.text().startswith("Nothing to import") for label in again.findChildren(QLabel))
    assert previews.groups()[0] == ["To add: 0 news items"]
    assert window.open_catalogue.undo_stack.count() == 1


def test_a_file_of_conflicts_only_says_why_nothing_can_be_imported(
    window, qtbot, tmp_path, previews
):
    path = tmp_path / "conflicts.csv"
    path.write_text("id,name_en\nnew-id,Karsybay Spataev\n", encoding="utf-8")
    window.exchange_commands.import_from(path)
    texts = [label.text() for label in previews.seen[0].findChildren(QLabel)]
    assert any(text.startswith("Nothing can be imported: the records listed under Left out")
               for text in texts)  # fmt: skip
    left_out = previews.groups()[-1]
    assert left_out[0] == "Left out, conflicts: 1"
    assert "new id 'new-id', but the name 'Karsybay Spataev' is hero" in left_out[1][0]


def test_news_from_a_feed_appear_in_the_news_tab(window, qtbot, tmp_path, previews):
    page = window.ensure_news_page()
    path = tmp_path / "feed.xml"
    path.write_text(RSS, encoding="utf-8")
    window.exchange_commands.import_from(path)
    assert page.model.rowCount() == BUNDLED_NEWS + 2
    titles = [page.model.index(row, 0).data() for row in range(page.model.rowCount())]
    assert any("Meeting of the Committee of Secretaries" in title for title in titles)


def test_feed_items_left_out_are_listed_in_the_preview(window, qtbot, tmp_path, previews):
    path = tmp_path / "feed.xml"
    path.write_text(
        "<rss version='2.0'><channel><title>T</title>"
        "<item><title>Year one</title><pubDate>0001-01-01T00:00:00Z</pubDate></item>"
        "<item><title>Good news</title><pubDate>2025-11-10T08:00:00Z</pubDate></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    window.exchange_commands.import_from(path)
    groups = previews.groups()
    assert groups[0] == ["To add: 1 news item", ["Good news"]]
    reason = "the date '0001-01-01T00:00:00Z' is not between 1800 and 2100; left out"
    assert groups[-1] == ["Left out: 1", [f"item 1 (Year one): {reason}"]]
    titles = [item["title"] for item in window.open_catalogue.catalogue.news_items()]
    assert "Good news" in titles and "Year one" not in titles


def test_an_export_named_without_an_ending_gets_the_chosen_formats(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    chosen = iter([(str(tmp_path / "heroes"), "JSON (*.json)"), (str(tmp_path / "news"), "")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: next(chosen))
    window.findChild(QAction, "exportHeroes").trigger()
    window.findChild(QAction, "exportNews").trigger()
    assert json.loads((tmp_path / "heroes.json").read_text(encoding="utf-8"))[0]["id"]
    assert len(json.loads((tmp_path / "news.json").read_text(encoding="utf-8"))) == BUNDLED_NEWS
    assert QApplication.overrideCursor() is None


def test_file_dialogs_open_in_the_folder_of_the_last_import_or_export(
    window, qtbot, tmp_path, monkeypatch, previews
):
    from PySide6.QtWidgets import QFileDialog

    exhibition = tmp_path / "exhibition"
    exhibition.mkdir()
    started_in = []

    def save_as(parent, title, start, filters):
        started_in.append(start)
        return str(exhibition / "list.csv"), filters.split(";;")[0]

    def open_file(parent, title, start, filters):
        started_in.append(start)
        return str(exhibition / "list.csv"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_file)
    window.findChild(QAction, "exportHeroes").trigger()
    window.findChild(QAction, "importFile").trigger()
    window.findChild(QAction, "exportNews").trigger()
    assert Path(started_in[0]).name == "heroes.csv"
    assert Path(started_in[0]).parent != exhibition
    assert started_in[1:] == [str(exhibition), str(exhibition / "news.json")]


def test_a_file_dropped_on_the_window_is_imported(window, qtbot, tmp_path, previews):
    from tests.ui.test_portrait_editing import file_drop

    path = tmp_path / "feed.xml"
    path.write_text(RSS, encoding="utf-8")
    drop, _data = file_drop(path)
    window.dragEnterEvent(drop)
    assert drop.isAccepted() and window.acceptDrops()
    window.dropEvent(drop)
    assert previews.groups()[0][0] == "To add: 2 news items"
    assert len(window.open_catalogue.catalogue.news_items()) == BUNDLED_NEWS + 2


def test_a_dropped_image_is_not_taken_for_an_import(window, tmp_path):
    from tests.ui.test_portrait_editing import file_drop

    drag, _data = file_drop(tmp_path / "scan.jpg")
    window.dragEnterEvent(drag)
    assert not drag.isAccepted()
