"""The hero table: every record listed, sorting, searching as you type, the status line."""

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QTextDocumentFragment

from heroviewer.records.collation import collation_key
from heroviewer.records.fields import HeroRow
from heroviewer.records.names import name_sort_key, surname_first
from heroviewer.ui.heroes.table_model import COLUMNS, HeroTableModel
from tests.conftest import type_text

NAME, RUSSIAN, BORN, DECREE = 0, 1, 2, 7


def shown(window, column=NAME):
    model = window.heroes.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_every_hero_in_the_catalogue_is_listed(window, bundled_heroes):
    assert window.heroes.model.rowCount() == len(bundled_heroes)
    assert "Azizov Domullo" in shown(window)
    assert window.status.text() == f"Showing {len(bundled_heroes)} of {len(bundled_heroes)} heroes"


def test_columns_a_user_expects(window):
    headers = [
        window.heroes.model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))
    ]
    assert headers == [
        "Name", "Russian name", "Born", "Died", "Birthplace", "Rank", "Branch and unit",
        "Decree", "Posthumous", "Group",
    ]  # fmt: skip


def test_sorted_by_name_at_first(window):
    names = shown(window)
    assert names == sorted(names, key=str.casefold)


# Names as sources write them, in every script; the surname first or last, or not told.
NAMES_IN_EVERY_SCRIPT = [
    ("name_en", "Anton Efimovich Buyukly"), ("name_en", "Nedoshivin Veniamin Mikhaylovich"),
    ("name_en", "V. M. Nedoshivin"), ("name_en", "Nedoshivina Anna"), ("name_en", "Lev Yakov"),
    ("name_ru", "Домулло Азизов"), ("name_ru", "Филиппов Г."), ("name_ru", "Антон Буюклы"),
    ("name_ru", "Яков Петров Иванов Сидоров"), ("name_tg", "Неъмат Қарабоев"),
    ("name_tg", "Ҳасан Ҷӯраевич Шарифзода"), ("name_tg", "Ғафур Ӯлмасов"),
]  # fmt: skip


def test_heroes_saved_in_every_script_sort_by_surname_as_their_names_say(tmp_path):
    """The sort key stored with each hero (by the bundle, an addition, an import, an edit)
    gives the order that working out every surname gives."""
    from heroviewer.catalogue.writer import HERO
    from tests.helpers import small_catalogue

    records = [{"id": f"h{n}", key: name} for n, (key, name) in enumerate(NAMES_IN_EVERY_SCRIPT)]
    _path, catalogue = small_catalogue(tmp_path, records[:4])
    writer = catalogue.open_writer()
    writer.add(HERO, records[4])
    writer.apply_batch(HERO, adds=records[5:])
    writer.save(HERO, "h0", {"name_en": None, "name_ru": "Антон Ефимович Буюклы"})
    writer.save(HERO, "h1", {"name_en": "Ivan Petrovich Sidorov"})
    writer.close()
    rows = catalogue.hero_rows()
    model = HeroTableModel(rows)
    model.sort(NAME, Qt.SortOrder.AscendingOrder)
    listed = [model.hero_id(row) for row in range(model.rowCount())]
    by_surname = sorted(rows, key=lambda row: name_sort_key(row.display_name))
    assert listed == [row.id for row in by_surname]
    assert [model.index(row, NAME).data() for row in range(model.rowCount())] == [
        "Lev Yakov", "Nedoshivin V. M.", "Nedoshivina Anna", "Sidorov Ivan Petrovich",
        "Азизов Домулло", "Антон Буюклы", "Буюклы Антон Ефимович", "Филиппов Г.",
        "Шарифзода Ҳасан Ҷӯраевич", "Яков Петров Иванов Сидоров", "Қарабоев Неъмат",
        "Ӯлмасов Ғафур",
    ]  # fmt: skip


# Heroes named in several scripts, sorting apart in Russian and Tajik (Ё, Қ, Ӯ after Я).
NAMED_IN_SEVERAL_SCRIPTS = [
    {"name_en": "Khasan Dzhuraevich Sharipov", "name_ru": "Хасан Джураевич Шарипов",
     "name_tg": "Ҳасан Ҷӯраевич Шарифзода"},
    {"name_en": "Domullo Azizov", "name_tg": "Домулло Азиззода"},
    {"name_en": "Nemat Karabaev", "name_ru": "Немат Карабаев", "name_tg": "Неъмат Қарабоев"},
    {"name_en": "Zafar Bobojonov", "name_ru": "Зафар Бободжанов", "name_tg": "Зафар Бобоҷонов"},
    {"name_ru": "Гафур Улмасов", "name_tg": "Ғафур Ӯлмасов"},
    {"name_en": "Lev Yakov", "name_tg": "Лев Ёқубов"},
    {"name_tg": "Ҳасан Абдуллозода"},
]  # fmt: skip


@pytest.mark.parametrize("language", ["ru", "tg"])
def test_a_russian_or_tajik_table_sorts_heroes_saved_every_way_by_the_names_it_shows(
    tmp_path, interface_language, monkeypatch, language
):
    """Heroes saved through the bundle, an addition, an import and a renaming are listed by
    the surname of the name the reader is shown, from the sort keys stored with them: the
    table works out no surname when it opens (100,000 of them slowed the start)."""
    from heroviewer.catalogue.writer import HERO
    from heroviewer.ui.heroes import table_model
    from tests.helpers import small_catalogue

    records = [{"id": f"h{n}", **names} for n, names in enumerate(NAMED_IN_SEVERAL_SCRIPTS)]
    _path, catalogue = small_catalogue(tmp_path, records[:3])
    writer = catalogue.open_writer()
    writer.add(HERO, records[3])
    writer.apply_batch(HERO, adds=records[4:])
    writer.save(HERO, "h1", {"name_ru": "Домулло Азизов"})
    writer.save(HERO, "h6", {"name_ru": "Хасан Абдуллаев", "name_en": "Khasan Abdullaev"})
    writer.close()
    interface_language(language)
    monkeypatch.setattr(table_model, "name_sort_key", None)  # not called at start
    rows = catalogue.hero_rows(language)
    model = HeroTableModel(rows)
    model.sort(NAME, Qt.SortOrder.AscendingOrder)
    listed = [model.hero_id(row) for row in range(model.rowCount())]
    by_surname = sorted(
        rows, key=lambda row: collation_key(name_sort_key(row.name_in(language)), language)
    )
    assert listed == [row.id for row in by_surname]
    names = [model.index(row, NAME).data() for row in range(model.rowCount())]
    if language == "ru":
        assert names == [  # ё as е, as a Russian dictionary has it
            "Абдуллаев Хасан", "Азизов Домулло", "Бободжанов Зафар", "Ёқубов Лев",
            "Карабаев Немат", "Улмасов Гафур", "Шарипов Хасан Джураевич",
        ]  # fmt: skip
    else:
        assert names == [  # ё after е, қ after к, ӯ after у: the Tajik alphabet
            "Абдуллозода Ҳасан", "Азиззода Домулло", "Бобоҷонов Зафар", "Ёқубов Лев",
            "Қарабоев Неъмат", "Ӯлмасов Ғафур", "Шарифзода Ҳасан Ҷӯраевич",
        ]  # fmt: skip


def test_names_read_surname_first_and_sort_by_surname_in_any_written_order(window):
    names = shown(window)
    assert "Buyukly Anton Efimovich" in names  # written "Anton Efimovich Buyukly"
    assert names.index("Azizov Domullo") < names.index("Buyukly Anton Efimovich")
    assert names.index("Buyukly Anton Efimovich") < names.index("Nedoshivin Veniamin Mikhaylovich")
    assert (
        names.index("Sharipov Irgash")
        < names.index("Sharipov Ismat")
        < names.index("Taran Grigory Alekseevich")
    )
    window.heroes.table.sortByColumn(RUSSIAN, Qt.SortOrder.AscendingOrder)
    russian = [name for name in shown(window, RUSSIAN) if name]
    # "Антон Ефимович Буюклы" and "Недошивин Вениамин Михайлович" as stored
    assert russian.index("Буюклы Антон Ефимович") < russian.index("Недошивин Вениамин Михайлович")
    assert russian == sorted(russian, key=str.casefold)
    window.heroes.select_hero("anton-efimovich-buyukly")  # the pane keeps the stored names
    assert "Russian: Антон Ефимович Буюклы" in window.heroes.detail.toPlainText()


def test_a_russian_interface_lists_names_in_cyrillic_sorted_by_surname(
    qtbot, catalogue_path, interface_language
):
    from heroviewer.app import build_window
    from heroviewer.catalogue.writer import HERO

    interface_language("ru")
    window = build_window(catalogue_path, remember=False)
    qtbot.addWidget(window)
    window.heroes.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    names = shown(window)
    assert "Azizov Domullo" not in names
    assert names.index("Азизов Домулло") < names.index("Буюклы Антон Ефимович")
    assert names.index("Буюклы Антон Ефимович") < names.index("Недошивин Вениамин Михайлович")
    azizov = window.heroes.model.row_of("domullo-azizov")
    assert window.heroes.model.index(azizov, BORN).data() == "1913 г."
    # beside the Cyrillic name, the Latin one (not the same Russian name twice)
    assert window.heroes.model.index(azizov, NAME + 1).data() == "Azizov Domullo"
    # a hero renamed in the window is read again with the Russian sort key, and sorts by it
    renamed = {"name_ru": "Домулло Яхъяев"}
    window.open_catalogue.editing.save(HERO, "domullo-azizov", renamed, "Edit")
    names = shown(window)
    assert names.index("Недошивин Вениамин Михайлович") < names.index("Яхъяев Домулло")
    assert names == sorted(names, key=lambda name: collation_key(name_sort_key(name), "ru"))
    # a name in Latin letters sorts where it would read in Cyrillic: Erdzhigitov under Э
    assert names.index("Ходов Константин Елизарович") < names.index("Erdzhigitov Tuychi")
    assert names.index("Erdzhigitov Tuychi") < names.index("Яхъяев Домулло")


def test_a_date_column_fits_a_long_date_as_the_language_writes_it(
    qtbot, catalogue_path, interface_language
):
    from heroviewer.app import build_window
    from heroviewer.ui import labels

    interface_language("tg")
    window = build_window(catalogue_path, remember=False)
    qtbot.addWidget(window)
    table = window.heroes.table
    long_date = labels.date_text("1944-09-28")
    assert long_date == "28 сентябри соли 1944"
    assert table.columnWidth(BORN) > table.fontMetrics().horizontalAdvance(long_date)


def tooltip(window, hero_id: str) -> str:
    model = window.heroes.model
    text = model.index(model.row_of(hero_id), NAME).data(Qt.ItemDataRole.ToolTipRole)
    return QTextDocumentFragment.fromHtml(text or "").toPlainText()


def test_hovering_a_name_says_why_the_record_needs_research(window):
    assert tooltip(window, "karsybay-spataev") == (
        "Needs research: well confirmed, but no rank, no decree date"
    )
    assert tooltip(window, "vildan-khabiev") == (
        "Needs research: low confidence (name only, or the sources conflict); also no birth "
        "date, no birthplace, no rank, no decree date"
    )
    assert tooltip(window, "grigory-alekseevich-taran") == ""  # nothing missing


def test_partial_dates_sort_chronologically_and_show_no_invented_day(window, qtbot):
    window.heroes.table.sortByColumn(BORN, Qt.SortOrder.AscendingOrder)
    born = [text for text in shown(window, BORN) if text]
    assert born[:4] == ["11 May 1907", "15 July 1912", "18 October 1912", "15 December 1912"]
    assert "1913" in born and "1916" in born  # year-only dates stay year-only
    years = [int(text[-4:]) for text in born]
    assert years == sorted(years)


def test_empty_values_sort_last_in_both_directions(window):
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        window.heroes.table.sortByColumn(DECREE, order)
        decrees = shown(window, DECREE)
        filled = [d for d in decrees if d]
        assert decrees[: len(filled)] == filled
        assert not any(decrees[len(filled) :])
    assert shown(window, DECREE)[0] == "29 June 1945"  # newest first when descending


def test_sorting_keeps_the_selected_hero(window, qtbot):
    assert window.heroes.select_hero("karsybay-spataev")
    window.heroes.table.sortByColumn(BORN, Qt.SortOrder.DescendingOrder)
    current = window.heroes.table.currentIndex()
    assert window.heroes.model.hero_id(current.row()) == "karsybay-spataev"


def test_search_in_any_script_finds_the_same_hero(window, qtbot):
    for query in ("Недошивин", "nedoshivin", "Nedoshivin V", "Nedoshivín"):
        window.heroes.search.clear()
        type_text(window.heroes.search, query)
        assert shown(window) == ["Nedoshivin Veniamin Mikhaylovich"], query
    for query in ("Khabiev", "Habiev", "Хабиев"):
        window.heroes.search.setText(query)
        assert shown(window) == ["Khabiev Vildan"], query


def test_search_covers_places_units_and_deeds(window):
    window.heroes.search.setText("Dnieper")
    assert "Azizov Domullo" in shown(window)
    window.heroes.search.setText("1177th")
    assert shown(window) == ["Kinzhaev Khodi"]
    window.heroes.search.setText("Гомель")  # a place typed in Russian finds the English text
    assert "Azizov Domullo" in shown(window)


def test_status_line_counts_what_the_filter_shows(window, bundled_heroes):
    window.heroes.search.setText("Sharipov")
    assert window.status.text() == f"Showing 2 of {len(bundled_heroes)} heroes"
    window.heroes.search.setText("no such hero anywhere")
    assert window.heroes.model.rowCount() == 0
    assert window.status.text() == f"Showing 0 of {len(bundled_heroes)} heroes"


def test_nonsense_finds_nobody_and_one_letter_finds_word_starts(window, bundled_heroes):
    for nonsense in ("qqqq", "zzzz"):
        window.heroes.search.setText(nonsense)
        assert shown(window) == [], nonsense
        assert window.status.text() == f"Showing 0 of {len(bundled_heroes)} heroes"
    window.heroes.search.setText("s")
    names = shown(window)
    assert "Amirshoev Safar" in names and "Spataev Karsybay" in names
    assert "Kasimov Khaydar" not in names  # an s inside a word only


def test_old_and_new_town_names_find_the_same_heroes(window):
    for names, hero in [
        (("Leninabad", "Khujand", "Худжанд", "Ленинабад"), "Erdzhigitov Tuychi"),
        (("Kanibadam", "Konibodom", "Канибадам"), "Karabaev Negmat"),
        (("Stalinabad", "Dushanbe", "Душанбе", "Сталинабад"), "Taran Grigory Alekseevich"),
    ]:
        found = []
        for name in names:
            window.heroes.search.setText(name)
            found.append(shown(window))
        assert hero in found[0] and all(heroes == found[0] for heroes in found), names


def test_a_year_finds_heroes_born_decorated_or_in_action_then(window):
    window.heroes.search.setText("1918")
    assert "Spataev Karsybay" in shown(window)  # born 1918-04-15
    window.heroes.search.setText("1921")
    assert "Erdzhigitov Tuychi" in shown(window)  # born 1921-11-10


def test_a_name_one_letter_off_shows_near_matches_and_says_so(window, bundled_heroes):
    near = [("Spatayev", "Spataev Karsybay"), ("Nedoshivn", "Nedoshivin Veniamin Mikhaylovich")]
    for typed, hero in near:
        window.heroes.search.clear()
        type_text(window.heroes.search, typed)
        assert shown(window) == [hero], typed
        assert window.status.text() == (
            f"No exact match, showing near matches: 1 of {len(bundled_heroes)} heroes"
        )
    window.heroes.search.setText("Spatayev")
    type_text(window.heroes.search, " K")  # typing on keeps the near match that has a word K...
    assert shown(window) == ["Spataev Karsybay"]
    type_text(window.heroes.search, "x")  # ...and drops it when no word starts with Kx
    assert shown(window) == []
    assert window.status.text() == f"Showing 0 of {len(bundled_heroes)} heroes"
    window.heroes.search.setText("Spataev")
    assert window.status.text() == f"Showing 1 of {len(bundled_heroes)} heroes"


def test_needs_research_lists_low_confidence_and_incomplete_records(window, bundled_heroes):
    window.heroes.needs_research.setChecked(True)
    names = shown(window)
    assert "Khabiev Vildan" in names  # low confidence
    assert "Spataev Karsybay" in names  # high confidence, but no decree date yet
    complete = [
        surname_first(h["name_en"])
        for h in bundled_heroes
        if h["confidence"] != "low"
        and all(h[f] for f in ("birth_date", "birth_place", "military_rank", "award_date"))
    ]
    assert complete and not set(complete) & set(names)
    window.heroes.needs_research.setChecked(False)
    assert len(shown(window)) == len(bundled_heroes)


def _row(number: int, name: str, born: str | None) -> HeroRow:
    return HeroRow(
        f"h{number}", name, None, None, born, None, None, None, None, None, None, None, None,
        "high", f" {name.lower()}", name_sort_key(name),
    )  # fmt: skip


def _renamed(row: HeroRow, **changes) -> HeroRow:
    """``row`` with ``changes``, its name sort key worked out again as the writer does."""
    changed = row._replace(**changes)
    return changed._replace(name_sort_key=name_sort_key(changed.display_name))


def test_typing_on_narrows_exactly_as_a_fresh_search(qtmodeltester):
    rows = [_row(i, f"name{i:05d}", f"19{i % 100:02d}" if i % 3 else None) for i in range(3000)]
    model = HeroTableModel(rows)
    qtmodeltester.check(model)
    model.sort(BORN, Qt.SortOrder.AscendingOrder)
    typed = []
    for query in ("n", "na", "name0", "name01", "name012"):
        model.set_query(query)
        typed.append([model.hero_id(r) for r in range(model.rowCount())])
    fresh = HeroTableModel(rows)
    fresh.sort(BORN, Qt.SortOrder.AscendingOrder)
    fresh.set_query("name012")
    assert typed[-1] == [fresh.hero_id(r) for r in range(fresh.rowCount())]
    assert len(typed[-1]) == 100  # name01200 to name01299
    model.set_query("name01")  # deleting a letter widens again
    assert model.rowCount() == 1000


def test_an_edited_hero_sorts_into_its_new_place(qtmodeltester):
    import random

    rng = random.Random(7)
    rows = [_row(i, f"name{rng.randint(0, 9999):05d}", f"19{i % 90:02d}" if i % 4 else None)
            for i in range(2000)]  # fmt: skip
    model = HeroTableModel(rows)
    for column in range(len(COLUMNS)):
        model.prepare_sort(column)
    edits = [_renamed(rows[5], name_en="aaa first", birth_date=None),
             _renamed(rows[9], name_en=None, birth_date="1801"),
             _renamed(rows[700], name_en="zzz last", birth_date="1999-12-31")]  # fmt: skip
    model.apply_changes(edits)
    qtmodeltester.check(model)
    fresh = HeroTableModel(list(model.rows))
    for column in (NAME, BORN):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            fresh.sort(column, order)
            texts = [model.index(r, column).data() for r in range(model.rowCount())]
            assert texts == [fresh.index(r, column).data() for r in range(fresh.rowCount())]
    model.sort(NAME, Qt.SortOrder.AscendingOrder)
    assert model.hero_id(0) == "h5"


def test_sort_orders_are_prepared_while_idle(window, qtbot):
    qtbot.waitUntil(lambda: window.heroes.model.sorting_prepared)
    window.heroes.table.sortByColumn(NAME, Qt.SortOrder.DescendingOrder)
    names = shown(window)
    assert names == sorted(names, key=str.casefold, reverse=True)


def test_sorting_while_filtered_keeps_the_filter(window):
    window.heroes.search.setText("Sharipov")
    window.heroes.table.sortByColumn(BORN, Qt.SortOrder.AscendingOrder)
    assert shown(window) == ["Sharipov Ismat", "Sharipov Irgash"]  # undated last
    window.heroes.table.sortByColumn(BORN, Qt.SortOrder.DescendingOrder)
    assert shown(window) == ["Sharipov Ismat", "Sharipov Irgash"]


def test_a_selection_of_several_heroes_survives_sorting(window):
    window.heroes.select_hero("domullo-azizov")
    flags = QItemSelectionModel.SelectionFlag
    for hero in ("karsybay-spataev", "vildan-khabiev"):
        index = window.heroes.model.index(window.heroes.model.row_of(hero), 0)
        window.heroes.table.selectionModel().select(index, flags.Select | flags.Rows)
    window.heroes.table.sortByColumn(BORN, Qt.SortOrder.DescendingOrder)
    rows = window.heroes.table.selectionModel().selectedRows()
    selected = {window.heroes.model.hero_id(index.row()) for index in rows}
    assert selected == {"domullo-azizov", "karsybay-spataev", "vildan-khabiev"}
    assert window.heroes.detail.hero_id == "domullo-azizov"


SORT_MANY_TIMES = """
import sys
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from heroviewer.app import build_window
window = build_window(sys.argv[1], remember=False)
window.show()
for i in range(300):
    window.heroes.table.sortByColumn(i % 10, Qt.SortOrder(i % 2))
    QApplication.processEvents()
print("sorted")
"""


def test_sorting_many_times_then_quitting_does_not_crash(catalogue_path):
    # PySide6 6.12.0 corrupted reference counts here and the process aborted at exit.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SORT_MANY_TIMES, str(catalogue_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "sorted"


def test_right_click_on_a_row_offers_edit_history_print_and_copy(window):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMenu

    window.heroes.select_hero("karsybay-spataev")
    window.heroes.table.customContextMenuRequested.emit(QPoint(5, 5))
    menu = window.heroes.findChild(QMenu, "heroTableMenu")
    assert menu.isVisible()
    offered = [a.objectName() for a in menu.actions()]
    assert offered[:4] == ["editHero", "heroHistory", "printCards", "copyName"]
    menu.close()
    window.findChild(QAction, "copyName").trigger()
    assert QGuiApplication.clipboard().text() == "Karsybay Spataev"  # as stored


def test_copy_name_copies_the_name_the_reader_is_shown(window, shipped_language):
    from PySide6.QtGui import QGuiApplication

    shipped_language("ru")
    window.heroes.select_hero("karsybay-spataev")
    window.findChild(QAction, "copyName").trigger()
    assert QGuiApplication.clipboard().text() == "Карсыбай Спатаев"
    shipped_language("en")
    window.findChild(QAction, "copyName").trigger()
    assert QGuiApplication.clipboard().text() == "Karsybay Spataev"


def test_right_click_on_the_header_hides_columns_and_reset_brings_them_back(window):
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QMenu

    header = window.heroes.table.horizontalHeader()
    header.customContextMenuRequested.emit(QPoint(5, 5))
    toggles = window.heroes.findChild(QMenu, "heroColumnsMenu").actions()
    assert [a.text() for a in toggles[:2]] == ["Name", "Russian name"]
    toggles[1].setChecked(False)
    assert header.isSectionHidden(1)
    header.moveSection(0, 3)
    toggles[-1].trigger()  # Reset columns
    assert not header.isSectionHidden(1)
    assert [header.logicalIndex(v) for v in range(header.count())] == list(range(header.count()))


def test_a_russian_reader_finds_heroes_by_rank_and_branch_as_the_table_shows_them(
    qtbot, catalogue_path, shipped_language, bundled_heroes
):
    from heroviewer.app import build_window

    shipped_language("ru")
    window = build_window(catalogue_path)
    qtbot.addWidget(window)
    model = window.heroes.model
    for query, field, term in (
        ("кавалерия", "branch", "cavalry"),
        ("младший сержант", "military_rank", "Junior Sergeant"),
    ):
        window.heroes.search.setText(query)
        found = {model.hero_id(row) for row in range(model.rowCount())}
        expected = {h["id"] for h in bundled_heroes if h[field] == term}
        assert found == expected and expected, query
    window.heroes.search.setText("пехо")  # part of "пехота", as typed
    found = {model.hero_id(row) for row in range(model.rowCount())}
    assert {h["id"] for h in bundled_heroes if h["branch"] == "infantry"} <= found


def test_sort_orders_are_prepared_while_the_heroes_tab_is_shown_not_behind_another(window, qtbot):
    window.tabs.setCurrentIndex(window.map_tab.index)  # a map opened at once after start
    prepared = set(window.heroes.model._index._ascending)  # the column sorted by at start
    window.heroes._prepare_sorting_when_idle(1)  # the idle moment for the next column
    assert set(window.heroes.model._index._ascending) == prepared  # it waits
    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.heroes.model.sorting_prepared)
