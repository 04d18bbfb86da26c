"""Text from a record or a file is shown as text in every widget, never laid out as HTML."""

from __future__ import annotations

import csv
import json

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QTextEdit, QWidget

from heroviewer.records.entities import HERO, NEWS
from heroviewer.ui.dialogs.history import HistoryDialog
from heroviewer.ui.dialogs.import_preview import ImportPreview
from heroviewer.ui.dialogs.record_fields import hero_form

TAG = "<table>"
# Nested tables, a local image and a file link: what a hostile file would like Qt to lay out.
MARKUP = (
    "<table><tr><td><table><tr><td>deep</td></tr></table></td></tr></table>"
    '<img src="/usr/share/pixmaps/wide.png"><a href="file:///etc/passwd">click</a>'
)
REFUSED_FIELDS = ("birth_date", "death_date", "feat_date", "award_date", "posthumous", "group",
                  "confidence", "unchecked_translations")  # fmt: skip


def shown(text: str) -> str:
    """The text a user reads where Qt guesses whether ``text`` is HTML (tooltips)."""
    if not QtGui.Qt.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def laid_out_as_html(widget: QWidget) -> list[str]:
    """Labels (message boxes included) in ``widget`` that would lay out a record's tags."""
    labels = widget.findChildren(QLabel) + ([widget] if isinstance(widget, QLabel) else [])
    return [
        label.text()
        for label in labels
        if TAG in label.text() and label.textFormat() != Qt.TextFormat.PlainText
    ]


@pytest.fixture
def boxes(monkeypatch) -> list[QMessageBox]:
    """Every message box shown (none is answered)."""
    seen: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append(box) or 0)
    return seen


@pytest.fixture
def previews(monkeypatch) -> list[ImportPreview]:
    """Every import preview shown; Import is pressed."""
    seen: list[ImportPreview] = []

    def exec_(dialog: ImportPreview) -> int:
        seen.append(dialog)
        dialog.findChild(QPushButton, "applyImport").click()
        return dialog.result()

    monkeypatch.setattr(ImportPreview, "exec", exec_)
    return seen


def import_file(window, qtbot, path) -> None:
    window.exchange_commands.import_from(path)


def test_a_csv_header_of_html_is_quoted_as_text_in_the_refusal(window, qtbot, tmp_path, boxes):
    path = tmp_path / "tags.csv"
    with path.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows([[f"{MARKUP}{n}" for n in range(7)], ["x"] * 7])
    import_file(window, qtbot, path)
    [box] = boxes
    assert box.objectName() == "importRefused"
    assert laid_out_as_html(box) == []
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert f"('{MARKUP}0'): not a hero field" in box.informativeText()
    [details] = box.findChildren(QTextEdit)
    assert f"('{MARKUP}6'): not a hero field" in details.toPlainText()


def test_a_hero_of_html_reads_as_text_everywhere(window, qtbot, tmp_path, bundled_heroes,
                                                 previews, boxes):  # fmt: skip
    hero = bundled_heroes[0]
    tagged = {
        field: [MARKUP + field] if isinstance(value, list) else MARKUP + field
        for field, value in hero.items()
        if field not in ("id", *REFUSED_FIELDS)
    }
    tagged |= {"biography": MARKUP + "biography", "staff_notes": MARKUP + "staff_notes"}
    path = tmp_path / "tags.json"
    path.write_text(json.dumps([hero | tagged]), encoding="utf-8")
    import_file(window, qtbot, path)

    [preview] = previews
    assert laid_out_as_html(preview) == []
    tree = preview.tree
    changes = next(
        tree.topLevelItem(n) for n in range(tree.topLevelItemCount())
        if tree.topLevelItem(n).text(0).startswith("To change")
    )  # fmt: skip
    fields = changes.child(0)
    assert fields.childCount() == len(tagged)
    for n in range(fields.childCount()):
        assert shown(fields.child(n).toolTip(2)).startswith(MARKUP)  # the whole value, as text
    assert window.open_catalogue.catalogue.hero(hero["id"])["name_en"] == MARKUP + "name_en"

    window.heroes.select_hero(hero["id"])
    assert laid_out_as_html(window) == []
    page = window.heroes.detail.toPlainText()
    other_languages = ("feat_summary_ru", "feat_summary_tg", "biography_ru", "biography_tg")
    shown_here = [v for f, v in tagged.items() if isinstance(v, str) and f not in other_languages]
    assert all(value in page for value in shown_here)  # the texts in the interface's language
    model, row = window.heroes.model, window.heroes.model.row_of(hero["id"])
    cells = [model.index(row, column) for column in range(model.columnCount())]
    tagged_cells = [cell for cell in cells if TAG in cell.data()]
    assert len(tagged_cells) >= 4  # names, birthplace, rank, unit
    for cell in tagged_cells:  # hovering shows the tags as the cell does
        assert shown(cell.data(Qt.ItemDataRole.ToolTipRole)).splitlines()[0] == cell.data()

    history = HistoryDialog(window.open_catalogue.editing, HERO, hero["id"], MARKUP, window)
    qtbot.addWidget(history)
    assert laid_out_as_html(history) == []
    assert history.windowTitle() == f"History of {MARKUP}"
    assert shown(history.table.item(0, 5).toolTip()).startswith(MARKUP)  # the new value

    form = hero_form(window.heroes.current_record(), MARKUP, window)
    qtbot.addWidget(form)
    assert laid_out_as_html(form) == [] and form.windowTitle() == MARKUP

    window.hero_commands.delete_hero()  # the question names the hero
    [question] = boxes
    assert MARKUP + "name_en" in question.text() and laid_out_as_html(question) == []
    cards = window.card_print_dialog()
    qtbot.addWidget(cards)
    assert laid_out_as_html(cards) == []


def test_news_of_html_reads_as_text(window, qtbot, tmp_path, previews):
    item = {
        "date": "2024-05-01", "category": MARKUP, "title": MARKUP + "title",
        "summary_en": MARKUP + "summary", "url": "https://example.org/a",
        "source_seen": "https://example.org/", "source_note": MARKUP + "note",
    }  # fmt: skip
    path = tmp_path / "news.json"
    path.write_text(json.dumps([item]), encoding="utf-8")
    import_file(window, qtbot, path)
    page = window.ensure_news_page()
    window.tabs.setCurrentIndex(1)
    page.search.setText("summary")
    index = page.filter.index(0, 0)
    page.list.setCurrentIndex(index)
    assert shown(index.data(Qt.ItemDataRole.ToolTipRole)) == MARKUP + "title"
    text = page.view.toPlainText()
    assert all(item[key] in text for key in ("title", "summary_en", "source_note"))
    assert laid_out_as_html(window) == []
    history = HistoryDialog(
        window.open_catalogue.editing, NEWS, page.current_item()["id"], MARKUP, window
    )
    qtbot.addWidget(history)
    assert laid_out_as_html(history) == []
