"""Editing heroes in the window: the form, validation, undo and redo, add, delete, history."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from heroviewer.ui import labels, plain
from heroviewer.ui.dialogs.history import HistoryDialog
from heroviewer.ui.dialogs.record_fields import hero_form
from heroviewer.ui.dialogs.record_form import RecordForm
from tests.conftest import type_text
from tests.helpers import BOTH_ENGINES, BUNDLED_HEROES


def fill_form(monkeypatch, values: dict, seen: list | None = None):
    """Let the next form that opens be filled with ``values`` and saved, as a user would."""

    def exec_(form: RecordForm) -> int:
        for key, value in values.items():
            widget = form.widget(key)
            if hasattr(widget, "setPlainText"):
                widget.setPlainText(value)
            elif hasattr(widget, "setCurrentIndex"):
                widget.setCurrentIndex(widget.findData(value))
            else:
                widget.clear()
                type_text(widget, value)
        if seen is not None:
            seen.append(form)
        form.save_button.click()
        return form.result()

    monkeypatch.setattr(RecordForm, "exec", exec_)


def detail_text(window) -> str:
    return " ".join(window.heroes.detail.toPlainText().split())


def action(window, name: str):
    from PySide6.QtGui import QAction

    return window.findChild(QAction, name)


@pytest.fixture
def spataev(window):
    window.heroes.select_hero("karsybay-spataev")
    return window


def test_f2_edits_the_hero_and_the_table_and_detail_show_it(spataev, monkeypatch, qtbot):
    window = spataev
    fill_form(monkeypatch, {"military_rank": "Private", "name_tg": "Қарсибой Спатаев"})
    window.heroes.table.setFocus()
    qtbot.keyClick(window.heroes.table, Qt.Key.Key_F2)
    assert "Rank Private" in detail_text(window)
    assert "Tajik: Қарсибой Спатаев" in detail_text(window)
    row = window.heroes.model.row_of("karsybay-spataev")
    assert window.heroes.model.index(row, 5).data() == "Private"
    record = window.open_catalogue.catalogue.hero("karsybay-spataev")
    assert record["military_rank"] == "Private"


def test_a_russian_interface_names_the_hero_in_russian_in_the_form_and_the_undo_text(
    spataev, monkeypatch, shipped_language
):
    window = spataev
    shipped_language("ru")
    seen: list[RecordForm] = []
    fill_form(monkeypatch, {"military_rank": "Private"}, seen)
    action(window, "editHero").trigger()
    assert seen[0].windowTitle() == "Изменение: Карсыбай Спатаев"
    assert window.open_catalogue.undo_stack.undoText() == "Изменение: Карсыбай Спатаев"
    assert "Карсыбай Спатаев" in action(window, "undo").text()


def test_double_click_opens_the_form_with_every_field(spataev, monkeypatch, qtbot):
    window = spataev
    seen: list[RecordForm] = []
    fill_form(monkeypatch, {}, seen)
    row = window.heroes.model.row_of("karsybay-spataev")
    rect = window.heroes.table.visualRect(window.heroes.model.index(row, 0))
    qtbot.mouseClick(window.heroes.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.heroes.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(seen) == 1
    form = seen[0]
    assert form.widget("name_en").text() == "Karsybay Spataev"
    assert form.widget("name_ru").text() == "Карсыбай Спатаев"
    for field in ("biography", "staff_notes", "sources", "research_note", "award_date"):
        assert form.widget(field) is not None
    assert window.open_catalogue.undo_stack.count() == 0  # nothing changed, nothing recorded


@pytest.mark.parametrize(
    ("values", "field", "reason"),
    [
        ({"name_en": "", "name_ru": ""}, "name_en", "a name is required"),
        ({"birth_date": "1918-02-30"}, "birth_date", "is not a calendar date"),
        ({"death_date": "1917"}, "death_date", "death cannot come before birth"),
        ({"award_date": "1933-12-31"}, "award_date", "16 April 1934"),
    ],
)
def test_an_invalid_form_shows_the_reason_and_saves_nothing(
    spataev, monkeypatch, values, field, reason
):
    window = spataev
    seen: list[RecordForm] = []
    fill_form(monkeypatch, values, seen)
    before = window.open_catalogue.catalogue.hero("karsybay-spataev")
    action(window, "editHero").trigger()
    form = seen[0]
    assert form.result() == QDialog.DialogCode.Rejected
    assert not form.save_button.isEnabled()
    problem = form.findChild(QLabel, f"problem-{field}")
    assert reason in problem.text()
    assert problem.isVisibleTo(form)
    assert window.open_catalogue.catalogue.hero("karsybay-spataev") == before
    assert window.open_catalogue.undo_stack.count() == 0


@BOTH_ENGINES
def test_undo_and_redo_an_edit_with_the_keyboard(spataev, monkeypatch, qtbot):
    window = spataev
    fill_form(monkeypatch, {"unit": "Test Regiment 77"})
    action(window, "editHero").trigger()
    undo = action(window, "undo")
    assert undo.text() == "&Undo Edit Karsybay Spataev"
    window.heroes.table.setFocus()
    qtbot.keyClick(window.heroes.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Test Regiment 77" not in detail_text(window)
    assert "13th separate horse-artillery" in detail_text(window)
    qtbot.keyClick(
        window.heroes.table, Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # fmt: skip
    assert "Unit Test Regiment 77" in detail_text(window)
    history = window.open_catalogue.editing.writer.history(*_hero_entity(), "karsybay-spataev")
    actions = [item.action for item in history]
    assert actions == ["redo", "undo", "edit"]


def test_staff_clear_an_unchecked_translation_mark_on_the_form_and_can_undo_it(
    qtbot, catalogue_path, monkeypatch
):
    from heroviewer.app import build_window
    from heroviewer.catalogue import open_catalogue
    from heroviewer.records.entities import HERO

    marks = {"feat_summary_ru": "Спатаев подбил танки.", "biography_tg": "Дар деҳа таваллуд шуд.",
             "unchecked_translations": ["feat_summary_ru", "biography_tg"]}  # fmt: skip
    catalogue = open_catalogue(catalogue_path)
    writer = catalogue.open_writer()
    writer.save(HERO, "karsybay-spataev", marks)
    writer.close()
    catalogue.close()
    window = build_window(catalogue_path, remember=False)
    qtbot.addWidget(window)
    window.heroes.select_hero("karsybay-spataev")
    shown: list[str] = []

    def exec_(form: RecordForm) -> int:
        mark = form.findChild(QWidget, "unchecked-feat_summary_ru")
        shown.extend(label.text() for label in mark.findChildren(QLabel))
        form.findChild(QPushButton, "checked-feat_summary_ru").click()
        assert mark.isHidden() and not form.findChild(QWidget, "unchecked-biography_tg").isHidden()
        form.save_button.click()
        return form.result()

    monkeypatch.setattr(RecordForm, "exec", exec_)
    action(window, "editHero").trigger()
    assert shown == ["Translation not yet checked by staff"]
    hero = window.open_catalogue.catalogue.hero("karsybay-spataev")
    assert hero["unchecked_translations"] == ["biography_tg"]
    history = window.open_catalogue.editing.writer.history(HERO, "karsybay-spataev")
    assert (history[0].field, history[0].old, history[0].new) == (
        "unchecked_translations", ["feat_summary_ru", "biography_tg"], ["biography_tg"]
    )  # fmt: skip
    action(window, "undo").trigger()
    hero = window.open_catalogue.catalogue.hero("karsybay-spataev")
    assert hero["unchecked_translations"] == ["feat_summary_ru", "biography_tg"]


def test_add_a_hero_then_delete_it_after_confirmation_and_undo(window, monkeypatch):
    fill_form(monkeypatch, {"name_en": "Test Hero", "name_ru": "Тест Героев", "birth_date": "1920"})
    action(window, "newHero").trigger()
    assert window.heroes.model.total_count == BUNDLED_HEROES + 1
    assert window.heroes.detail.hero_id == "test-hero"
    assert "Test Hero" in detail_text(window)
    assert window.status.text() == f"Showing {BUNDLED_HEROES + 1} of {BUNDLED_HEROES + 1} heroes"

    asked = []
    monkeypatch.setattr(
        plain, "question",
        lambda *args, **kwargs: asked.append(args[2]) or plain.Button.Yes,
    )  # fmt: skip
    action(window, "deleteHero").trigger()
    assert "Delete Test Hero from the catalogue?" in asked[0]
    assert window.heroes.model.total_count == BUNDLED_HEROES
    assert window.open_catalogue.catalogue.hero("test-hero") is None
    assert window.heroes.model.row_of("test-hero") is None

    action(window, "undo").trigger()
    assert window.heroes.model.total_count == BUNDLED_HEROES + 1
    assert window.open_catalogue.catalogue.hero("test-hero")["name_ru"] == "Тест Героев"


def test_delete_is_not_done_when_the_user_says_no(spataev, monkeypatch):
    monkeypatch.setattr(plain, "question", lambda *a, **k: plain.Button.No)
    action(spataev, "deleteHero").trigger()
    assert spataev.open_catalogue.catalogue.hero("karsybay-spataev") is not None
    assert spataev.open_catalogue.undo_stack.count() == 0


@BOTH_ENGINES
def test_history_lists_changes_and_a_revert_is_recorded_and_undoable(spataev, monkeypatch):
    window = spataev
    fill_form(monkeypatch, {"military_rank": "Sergeant"})
    action(window, "editHero").trigger()
    fill_form(monkeypatch, {"military_rank": "Senior Sergeant"})
    action(window, "editHero").trigger()

    dialog = HistoryDialog(
        window.open_catalogue.editing, *_hero_entity(), "karsybay-spataev", "Spataev", window
    )
    table = dialog.table
    assert table.rowCount() == 2
    newest = [table.item(0, column).text() for column in range(table.columnCount())]
    assert newest[1:] == [window.open_catalogue.editing.writer.user, "edited", "Rank", "Sergeant",
                          "Senior Sergeant"]  # fmt: skip
    table.selectRow(1)  # the first change: (empty) -> Sergeant
    dialog.revert_button.click()
    assert window.open_catalogue.catalogue.hero("karsybay-spataev")["military_rank"] is None
    assert "Rank unknown" in detail_text(window)
    assert dialog.table.rowCount() == 3
    assert dialog.table.item(0, 2).text() == "reverted"

    action(window, "undo").trigger()
    assert (
        window.open_catalogue.catalogue.hero("karsybay-spataev")["military_rank"]
        == "Senior Sergeant"
    )


def test_the_history_reads_terms_dates_and_times_in_the_interface_language(
    spataev, monkeypatch, shipped_language
):
    window = spataev
    shipped_language("ru")
    values = {"branch": "infantry", "nationality": "Tajik", "feat_date": "1942-12-01"}
    fill_form(monkeypatch, values)
    action(window, "editHero").trigger()
    dialog = HistoryDialog(
        window.open_catalogue.editing, *_hero_entity(), "karsybay-spataev", "Спатаев", window
    )
    table = dialog.table
    rows = {table.item(row, 4).text(): table.item(row, 5).text() for row in range(table.rowCount())}
    assert rows == {
        "кавалерия": "пехота",
        "казах": "таджик",
        "26 ноября 1942 г.": "1 декабря 1942 г.",
    }
    for row in range(table.rowCount()):  # 03.12.2026 15:04, as Russian writes a time
        assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d{1,2}:\d\d", table.item(row, 0).text())


@pytest.mark.parametrize(
    ("language", "typed", "stored"),
    [
        ("ru", {"branch": " Пехота ", "military_rank": "Младший сержант", "nationality": "казах"},
         {"branch": "infantry", "military_rank": "Junior Sergeant", "nationality": "Kazakh"}),
        ("tg", {"branch": "пиёданизом", "military_rank": "сержанти хурд", "nationality": "Қазоқ"},
         {"branch": "infantry", "military_rank": "Junior Sergeant", "nationality": "Kazakh"}),
        ("en", {"branch": "INFANTRY", "military_rank": "junior  sergeant", "nationality": "kazakh"},
         {"branch": "infantry", "military_rank": "Junior Sergeant", "nationality": "Kazakh"}),
        ("ru", {"branch": "пехота, 1-й батальон", "military_rank": "мл. сержант"},
         {"branch": "пехота, 1-й батальон", "military_rank": "мл. сержант"}),
    ],
)  # fmt: skip
def test_a_known_term_typed_in_the_interface_language_is_stored_as_the_term(
    spataev, monkeypatch, shipped_language, language, typed, stored
):
    window = spataev
    shipped_language(language)
    fill_form(monkeypatch, typed)
    action(window, "editHero").trigger()
    record = window.open_catalogue.catalogue.hero("karsybay-spataev")
    assert {key: record[key] for key in stored} == stored  # not a known term: as typed


@pytest.mark.parametrize(
    ("typed", "beside"),
    [("пехота", "пехота (infantry)"), ("Пехота ", "пехота (infantry)"),
     ("infantry", "пехота (infantry)"), ("1-й батальон", "")],
)  # fmt: skip
def test_the_form_shows_which_known_term_a_value_is_saved_as(
    spataev, qtbot, shipped_language, typed, beside
):
    from PySide6.QtWidgets import QLabel

    shipped_language("ru")
    form = hero_form(spataev.open_catalogue.catalogue.hero("karsybay-spataev"), "Edit", spataev)
    qtbot.addWidget(form)
    form.widget("branch").setText(typed)
    label = form.findChild(QLabel, "term-branch")
    assert (label.text(), label.isVisibleTo(form)) == (beside, bool(beside))


def test_the_form_offers_the_known_terms_in_the_interface_language(
    spataev, qtbot, shipped_language
):
    shipped_language("ru")
    form = hero_form(spataev.open_catalogue.catalogue.hero("karsybay-spataev"), "Edit", spataev)
    qtbot.addWidget(form)
    offered = {
        key: form.widget(key).completer().model().stringList()
        for key in ("military_rank", "branch", "nationality")
    }
    assert "младший сержант" in offered["military_rank"] and "пехота" in offered["branch"]
    assert "казах" in offered["nationality"] and "пехота" not in offered["nationality"]
    completer = form.widget("branch").completer()
    completer.setCompletionPrefix("пех")
    assert completer.currentCompletion() == "пехота"


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_forms_posthumous_choice_reads_as_the_detail_pane_does(
    spataev, qtbot, shipped_language, language
):
    from PySide6.QtCore import QCoreApplication

    shipped_language(language)
    form = hero_form(spataev.open_catalogue.catalogue.hero("karsybay-spataev"), "Edit", spataev)
    qtbot.addWidget(form)
    box = form.widget("posthumous")
    choices = [box.itemText(index) for index in range(box.count())]
    lifetime = QCoreApplication.translate("HeroDetail", "no, in his lifetime")
    assert choices == [labels.unknown(), labels.yes_no(True), lifetime]
    if language == "en":
        assert choices == ["unknown", "yes", "no, in his lifetime"]


def test_after_a_revert_the_reverted_change_stays_selected_and_columns_keep_widths(
    spataev, monkeypatch
):
    window = spataev
    for rank in ("Sergeant", "Senior Sergeant"):
        fill_form(monkeypatch, {"military_rank": rank})
        action(window, "editHero").trigger()
    dialog = HistoryDialog(
        window.open_catalogue.editing, *_hero_entity(), "karsybay-spataev", "Spataev", window
    )
    table = dialog.table
    table.selectRow(1)  # the first change: (empty) -> Sergeant
    chosen = [table.item(1, column).text() for column in range(table.columnCount())]
    widths = [table.columnWidth(column) + 37 for column in range(table.columnCount() - 1)]
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    dialog.revert_button.click()
    assert table.rowCount() == 3
    rows = table.selectionModel().selectedRows()
    assert len(rows) == 1
    row = rows[0].row()
    assert [table.item(row, column).text() for column in range(table.columnCount())] == chosen
    assert [table.columnWidth(column) for column in range(len(widths))] == widths


def test_html_in_a_biography_is_shown_as_text(spataev, monkeypatch):
    window = spataev
    hostile = '<script>alert(1)</script><img src="http://example.org/x.png">Bold <b>claim</b>'
    fill_form(monkeypatch, {"biography": hostile})
    action(window, "editHero").trigger()
    text = window.heroes.detail.toPlainText()
    assert "<script>alert(1)</script>" in text
    assert '<img src="http://example.org/x.png">' in text
    assert "<b>claim</b>" in text
    html = window.heroes.detail.toHtml()
    assert "http://example.org/x.png" not in html.replace(
        "&quot;http://example.org/x.png&quot;", ""
    )


def shown_form(window, qtbot) -> RecordForm:
    """The current hero's form, open on screen (not modal) as a user sees it."""
    form = hero_form(window.heroes.current_record(), "Edit", window)
    form.show()
    qtbot.waitExposed(form)
    return form


def wheel_down(widget) -> None:
    """One notch of the mouse wheel with the pointer over ``widget``, as the system sends it."""
    window = widget.window()
    centre = widget.mapTo(window, widget.rect().center())
    QTest.wheelEvent(window.windowHandle(), QPointF(centre), QPoint(0, -120))
    QApplication.processEvents()


@pytest.mark.parametrize("field", ["posthumous", "group_code", "confidence"])
def test_the_wheel_scrolls_the_form_and_changes_a_drop_down_only_when_it_has_focus(
    spataev, qtbot, field
):
    form = shown_form(spataev, qtbot)
    combo = form.widget(field)
    combo.setCurrentIndex(0)
    form.scroll.ensureWidgetVisible(combo)
    bar = form.scroll.verticalScrollBar()
    scrolled = bar.value()
    wheel_down(combo)
    assert combo.currentIndex() == 0
    assert bar.value() > scrolled  # the form scrolled instead
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    wheel_down(combo)
    assert combo.currentIndex() == 1


def answer_discard_question(monkeypatch, answer: str) -> list[str]:
    """Let the question "Discard your changes ...?" be answered with the button ``answer``."""
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        next(button for button in box.buttons() if button.text() == answer).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def retype(widget, text: str) -> None:
    widget.clear()
    type_text(widget, text)


def test_esc_after_typing_asks_and_keep_editing_keeps_the_typing_to_save(
    spataev, monkeypatch, qtbot
):
    asked = answer_discard_question(monkeypatch, "Keep editing")
    form = shown_form(spataev, qtbot)
    retype(form.widget("unit"), "Test Regiment 77")
    qtbot.keyClick(form.widget("unit"), Qt.Key.Key_Escape)
    assert asked == ["Discard your changes to Karsybay Spataev?"]
    assert form.isVisible()
    assert form.widget("unit").text() == "Test Regiment 77"


@pytest.mark.parametrize("how", ["escape", "cancel", "close"])
def test_leaving_a_form_with_changes_discards_them_only_when_the_user_says_so(
    spataev, monkeypatch, qtbot, how
):
    asked = answer_discard_question(monkeypatch, "Discard")
    form = shown_form(spataev, qtbot)
    retype(form.widget("unit"), "Test Regiment 77")
    if how == "escape":
        qtbot.keyClick(form.widget("unit"), Qt.Key.Key_Escape)
    elif how == "cancel":
        form.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    else:
        form.close()
    assert asked == ["Discard your changes to Karsybay Spataev?"]
    assert not form.isVisible()
    assert form.result() == QDialog.DialogCode.Rejected


@pytest.mark.parametrize("how", ["escape", "cancel", "close"])
def test_a_form_without_changes_closes_at_once(spataev, qtbot, how):
    form = shown_form(spataev, qtbot)  # a question here would fail the test (conftest)
    if how == "escape":
        qtbot.keyClick(form.widget("unit"), Qt.Key.Key_Escape)
    elif how == "cancel":
        form.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    else:
        form.close()
    assert not form.isVisible()


def test_a_long_problem_wraps_and_is_shown_whole(spataev, qtbot):
    form = shown_form(spataev, qtbot)
    retype(form.widget("award_date"), "1933")  # nothing to show beside the field
    problem = form.findChild(QLabel, "problem-award_date")
    assert problem.text() == (
        "a decree date falls between 16 April 1934, when the title was created, "
        "and 24 December 1991"
    )
    assert problem.wordWrap()
    assert problem.width() > form.widget("award_date").width()  # the row's width, not the date's
    qtbot.waitUntil(lambda: problem.height() >= problem.heightForWidth(problem.width()))


@pytest.mark.parametrize(
    ("typed", "stored", "understood"),
    [
        ("26.11.1942", "1942-11-26", "26 November 1942"),
        ("11.1942", "1942-11", "November 1942"),
        ("1942-11-26", "1942-11-26", "26 November 1942"),
        ("1942-11", "1942-11", "November 1942"),
        ("1942", "1942", ""),  # nothing to explain
    ],
)
def test_the_form_takes_dates_as_imports_do_and_stores_them_as_iso(
    spataev, monkeypatch, typed, stored, understood
):
    seen: list[RecordForm] = []
    fill_form(monkeypatch, {"award_date": typed}, seen)
    action(spataev, "editHero").trigger()
    form = seen[0]
    assert form.result() == QDialog.DialogCode.Accepted
    assert form.findChild(QLabel, "understood-award_date").text() == understood
    assert spataev.open_catalogue.catalogue.hero("karsybay-spataev")["award_date"] == stored


def test_a_dotted_date_that_is_no_calendar_date_says_why(spataev, qtbot):
    form = shown_form(spataev, qtbot)
    retype(form.widget("award_date"), "31.11.1942")
    assert not form.save_button.isEnabled()
    problem = form.findChild(QLabel, "problem-award_date")
    assert problem.text() == "'31.11.1942' is not a calendar date (November 1942 has 30 days)"
    assert form.findChild(QLabel, "understood-award_date").text() == ""


def _hero_entity():
    from heroviewer.catalogue.writer import HERO

    return (HERO,)


def test_no_two_actions_of_the_window_share_a_shortcut(window):
    from PySide6.QtGui import QAction, QKeySequence

    seen: dict[str, str] = {}
    for found in window.findChildren(QAction):
        for sequence in found.shortcuts():
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            assert text not in seen, f"{text}: {seen.get(text)} and {found.objectName()}"
            seen[text] = found.objectName()
    assert {"Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y"} <= set(seen)


def test_ctrl_y_redoes_too(spataev, monkeypatch, qtbot):
    window = spataev
    fill_form(monkeypatch, {"unit": "Test Regiment 78"})
    action(window, "editHero").trigger()
    window.heroes.table.setFocus()
    qtbot.keyClick(window.heroes.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Test Regiment 78" not in detail_text(window)
    qtbot.keyClick(window.heroes.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert "Test Regiment 78" in detail_text(window)


def test_after_an_edit_the_rows_are_in_the_sort_shown_and_the_edited_one_stays_selected(
    spataev, monkeypatch
):
    window = spataev
    table = window.heroes.table
    table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # born, earliest first
    window.heroes.select_hero("karsybay-spataev")
    fill_form(monkeypatch, {"birth_date": "1880"})  # earlier than anyone's
    action(window, "editHero").trigger()
    model = window.heroes.model
    assert model.hero_id(0) == "karsybay-spataev"
    assert table.horizontalHeader().sortIndicatorSection() == 2
    assert table.currentIndex().row() == 0
    assert [index.row() for index in table.selectionModel().selectedRows()] == [0]
    born = [model.index(row, 2).data() for row in range(model.rowCount())]
    assert born[0] == "1880"


def test_hero_buttons_are_disabled_when_no_hero_is_shown(spataev):
    window = spataev
    names = ("editHero", "choosePortrait", "heroHistory", "deleteHero")
    assert all(action(window, name).isEnabled() for name in names)
    window.heroes.search.setText("no such hero at all")
    assert window.heroes.detail.hero_id is None
    assert not any(action(window, name).isEnabled() for name in names)
    assert action(window, "newHero").isEnabled()
    window.heroes.search.clear()
    window.heroes.select_hero("karsybay-spataev")
    assert action(window, "editHero").isEnabled()


def test_the_form_and_a_csv_export_name_each_field_in_the_same_words(window, qtbot, tmp_path):
    import csv

    from PySide6.QtWidgets import QFormLayout

    from heroviewer.formats.hero_csv import write_heroes_csv

    window.heroes.select_hero("karsybay-spataev")
    form = shown_form(window, qtbot)
    layout = form.findChild(QFormLayout)
    shown = []
    for row in range(layout.rowCount()):
        item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
        item = item or layout.itemAt(row, QFormLayout.ItemRole.SpanningRole)
        shown.append(item.widget().text().replace("<b>", "").replace("</b>", ""))
    assert shown[:5] == ["Names", "Latin-script name", "Russian name", "Tajik name",
                         "Other spellings\n(one a line)"]  # fmt: skip
    assert shown.index("Life") < shown.index("Born on") < shown.index("Research")
    out = tmp_path / "heroes.csv"
    write_heroes_csv([window.heroes.current_record()], out)
    with out.open(encoding="utf-8-sig", newline="") as file:
        header = next(csv.reader(file))
    assert header[0] == "Id"
    headings = {"Names", "Life", "Service", "The deed and the title", "Biography and notes",
                "Research"}  # fmt: skip
    in_the_form = [label.split("\n")[0] for label in shown if label not in headings]
    assert header[1:] == [*in_the_form, "Translations not yet checked"]  # marked beside texts


@BOTH_ENGINES
def test_a_form_saved_after_another_workstation_saved_the_hero_is_refused_showing_both(
    spataev, monkeypatch, other_workstation, qtbot
):
    from heroviewer.records.entities import HERO

    window = spataev
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(
        plain, "warning", lambda _parent, title, text, *a: messages.append((title, text))
    )

    def exec_(form: RecordForm) -> int:
        other_workstation.save(HERO, "karsybay-spataev", {"unit": "Their unit"})
        form.widget("unit").clear()
        type_text(form.widget("unit"), "My unit")
        form.save_button.click()
        return form.result()

    monkeypatch.setattr(RecordForm, "exec", exec_)
    action(window, "editHero").trigger()
    [(title, text)] = messages
    assert title == "Not saved"
    assert "hero 'karsybay-spataev' was changed on another workstation" in text
    assert "'unit': theirs: Their unit; yours: My unit" in text
    assert window.open_catalogue.catalogue.hero("karsybay-spataev")["unit"] == "Their unit"
    assert window.open_catalogue.undo_stack.count() == 0
    qtbot.keyClick(window.heroes.table, Qt.Key.Key_F5)  # View → Refresh shows their change
    assert "Their unit" in detail_text(window)


@BOTH_ENGINES
def test_undo_and_redo_over_another_workstations_save_are_refused_showing_both(
    window, other_workstation, monkeypatch
):
    """The other workstation saves after this one's step: undoing (or redoing) the step would
    overwrite their save, so it is refused as a conflicting save is, and nothing changes."""
    from heroviewer.records.entities import HERO, NEWS

    problems = []
    monkeypatch.setattr(plain, "warning", lambda _parent, _title, text, *a: problems.append(text))
    opened = window.open_catalogue
    catalogue, editing = opened.catalogue, opened.editing
    hero = catalogue.hero("karsybay-spataev")
    editing.save(HERO, hero["id"], {"unit": "My unit"}, "Edit", opened=hero)
    other_workstation.save(HERO, hero["id"], {"military_rank": "Their rank"})
    action(window, "undo").trigger()
    assert "was changed on another workstation after you opened it" in problems[-1]
    assert "'military_rank': theirs: Their rank; yours: " in problems[-1]
    assert f"'unit': theirs: My unit; yours: {hero['unit']}" in problems[-1]
    after = catalogue.hero(hero["id"])
    assert (after["unit"], after["military_rank"]) == ("My unit", "Their rank")

    item = catalogue.news_items()[0]
    editing.save(NEWS, item["id"], {"title": "My title"}, "Edit", opened=item)
    action(window, "undo").trigger()  # this workstation's own step: undone
    assert catalogue.news_items()[0]["title"] == item["title"]
    other_workstation.save(NEWS, item["id"], {"title": "Their title"})
    action(window, "redo").trigger()
    assert "'title': theirs: Their title; yours: My title" in problems[-1]
    assert catalogue.news_items()[0]["title"] == "Their title"

    added = editing.add(HERO, {"name_en": "Added Here"}, "Add")
    other_workstation.save(HERO, added, {"unit": "Their unit"})
    action(window, "undo").trigger()  # would delete the hero with their unit
    assert "'unit': theirs: Their unit; yours: (empty)" in problems[-1]
    assert catalogue.hero(added)["unit"] == "Their unit"
    assert len(problems) == 3


@pytest.mark.parametrize("entity_name", ["hero", "news", "place"])
def test_history_rows_with_odd_times_and_values_are_shown_readably(
    window, catalogue_path, entity_name
):
    """A hand-edited or damaged history: a time that is no time or that the local time zone
    cannot show, and values that are a mapping or a list of 1,000 items, in any field."""
    import json
    import sqlite3

    from heroviewer.records.entities import ENTITIES

    rows = [
        ("", "group_code", {"a": 1}, list(range(1000))),
        ("yesterday", "group_code", ["x", "y"], 5),
        ("2026-13-45T99:99", "lat", {"lat": 1}, None),
        ("0001-01-01T00:00:00+05:00", "text", None, ["a"] * 1000),
        ("9999-12-31T23:59:59-05:00", "title", {"added": {"x": 1}}, "New"),
    ]
    with sqlite3.connect(catalogue_path) as connection:
        connection.executemany(
            'INSERT INTO history (change_id, at, "user", action, entity, entity_id, field, '
            "old_value, new_value) VALUES (9999, ?, 'staff', 'edit', ?, 'x1', ?, ?, ?)",
            [(at, entity_name, field, json.dumps(old), json.dumps(new))
             for at, field, old, new in rows],
        )  # fmt: skip
    connection.close()
    dialog = HistoryDialog(window.open_catalogue.editing, ENTITIES[entity_name], "x1", "X", window)
    table = dialog.table
    shown = [[table.item(row, column).text() for column in (0, 4, 5)] for row in range(5)]
    assert shown[4] == ["", "{'a': 1}", "; ".join(map(str, range(1000)))]
    assert shown[3] == ["yesterday", "x; y", "5"]
    assert shown[2][0] == "2026-13-45 99:99"
    assert shown[1][0] == "0001-01-01 00:00:00"
    assert shown[0][0] == "9999-12-31 23:59:59"
