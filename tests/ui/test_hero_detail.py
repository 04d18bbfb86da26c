"""The detail pane: everything known about a hero, unknowns said aloud, sources as links."""

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument, QTextTable

from heroviewer.app import build_window
from heroviewer.catalogue import open_catalogue
from tests.helpers import write_bundle


def test_overview_before_any_selection(window, bundled_heroes):
    text = window.heroes.detail.toPlainText()
    assert f"This catalogue holds {len(bundled_heroes)} of the 64" in text
    assert "Lived in Tajikistan after the war: 4" in text


@pytest.mark.parametrize("shown", [None, "karsybay-spataev"])
def test_a_search_that_finds_nobody_says_so_in_the_pane(window, shown):
    if shown:
        window.heroes.select_hero(shown)
    window.heroes.search.setText("Qwxzqwxz")
    assert window.heroes.model.rowCount() == 0
    text = window.heroes.detail.toPlainText()
    assert "No hero matches the search" in text and "Select a hero" not in text
    window.heroes.search.clear()
    text = window.heroes.detail.toPlainText()
    assert "Select a hero in the table" in text and "No hero matches" not in text


def test_a_selected_hero_shows_names_life_service_deed_and_title(window):
    window.heroes.select_hero("domullo-azizov")
    text = window.heroes.detail.toPlainText()
    for expected in (
        "Domullo Azizov",
        "Russian: Домулло Азизов",
        "Tajik: unknown",
        "Born\n1913, Kishlak Kistakuz",
        "Died\n1943, Loyew District (Gomel Region), Belarus",
        "Nationality\nTajik",
        "Rank\nJunior Sergeant",
        "Branch\ninfantry",
        "Place\nDnieper River crossing, Loyew District, Belarus",
        "destroyed an enemy heavy machine-gun crew",
        "Decree of\nunknown",
        "Posthumous\nunknown",
        "Group\nSent to the front from the Tajik SSR",
        "Well confirmed",
        "Research note: Home village spelled Kistakuz in one source and Kostakoz in another.",
    ):
        assert expected in text, expected


def test_full_dates_decree_and_posthumous_title(window):
    window.heroes.select_hero("amirali-saidbekov")
    text = window.heroes.detail.toPlainText()
    assert "Tajik: Амиралӣ Саидбеков" in text
    assert "Died\n8 April 1945" in text
    assert "Decree of\n29 June 1945" in text
    assert "Other spellings\nСайдбеков, Саидбеков" in text


def test_unknown_fields_read_unknown_not_blank(window):
    window.heroes.select_hero("vildan-khabiev")
    text = window.heroes.detail.toPlainText()
    assert "Russian: unknown" in text
    assert "Born\nunknown" in text
    assert "Rank\nunknown" in text
    assert "Needs research" in text
    assert "Other spellings\nKhabiev V., Vildan Habiev" in text


def test_the_pane_says_why_a_record_needs_research(window):
    window.heroes.select_hero("karsybay-spataev")
    text = window.heroes.detail.toPlainText()
    assert "Well confirmed" in text
    assert "Needs research: well confirmed, but no rank, no decree date" in text
    window.heroes.select_hero("vildan-khabiev")
    assert (
        "Needs research: low confidence (name only, or the sources conflict); also no birth "
        "date, no birthplace, no rank, no decree date" in window.heroes.detail.toPlainText()
    )
    window.heroes.select_hero("grigory-alekseevich-taran")
    assert "Needs research" not in window.heroes.detail.toPlainText()


def test_the_pane_says_posthumous_yes_or_no_without_repeating_the_label(window):
    window.heroes.select_hero("karsybay-spataev")
    text = window.heroes.detail.toPlainText()
    assert "Posthumous\nyes\n" in text
    assert "yes, posthumously" not in text
    window.heroes.select_hero("negmat-karabaev")
    assert "Posthumous\nno, in his lifetime\n" in window.heroes.detail.toPlainText()


def test_a_hero_without_an_account_of_the_deed_says_so(window):
    window.heroes.select_hero("alim-khakimov")
    text = window.heroes.detail.toPlainText()
    deed = text[text.index("The deed") : text.index("The title")]
    assert deed.split("\n\n")[-1].strip() == "No account of the deed yet"


def test_the_research_reasons_are_said_once_at_the_top(window):
    window.heroes.select_hero("alim-khakimov")
    top = window.heroes.detail.toPlainText().split("\nLife\n")[0]
    assert top.count("name only, or the sources conflict") == 1, top
    assert "Needs research: low confidence" in top


def test_sources_are_links_that_open_only_on_click(window):
    window.heroes.select_hero("karsybay-spataev")
    record = window.open_catalogue.catalogue.hero("karsybay-spataev")
    html = window.heroes.detail.toHtml()
    for url in record["sources"]:
        assert f'href="{url}"' in html
    assert (
        window.heroes.detail.openLinks() is False
    )  # a click goes to the system browser, nothing more


def test_the_portrait_is_a_drawn_placeholder(window):
    window.heroes.select_hero("negmat-karabaev")
    image = window.heroes.detail.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("portrait:negmat-karabaev")
    )
    assert not image.isNull()
    assert image.height() > image.width()


def test_markup_in_catalogue_text_is_shown_as_text(qtbot, tmp_path):
    hero = {
        "id": "test",
        "name_en": "<b>Bold</b> Name",
        "feat_summary_en": '<script>alert(1)</script><img src="http://example.org/x.png">',
        "research_note": "<a href='javascript:alert(1)'>click</a>",
        "confidence": "low",
    }
    bundle = write_bundle(tmp_path / "bundle", [hero])
    window = build_window(open_catalogue(tmp_path / "c.sqlite", bundle_dir=bundle), remember=False)
    qtbot.addWidget(window)
    window.heroes.select_hero("test")
    text = window.heroes.detail.toPlainText()
    assert "<b>Bold</b> Name" in text
    assert '<script>alert(1)</script><img src="http://example.org/x.png">' in text
    assert "javascript:" not in window.heroes.detail.toHtml().replace(
        "javascript:alert(1)'&gt;", ""
    )


HERO_IN_TWO_LANGUAGES = {
    "id": "test-hero", "name_en": "Anton Buyukly", "name_ru": "Антон Буюклы",
    "birth_date": "1918-04-15", "feat_summary_en": "Held the bridge.",
    "feat_summary_ru": "Удержал мост.", "unchecked_translations": ["feat_summary_ru"],
    "biography": "Born in a village.",
}  # fmt: skip


def _detail_text(qtbot, tmp_path, hero) -> str:
    bundle = write_bundle(tmp_path / "bundle", [hero])
    window = build_window(open_catalogue(tmp_path / "c.sqlite", bundle_dir=bundle), remember=False)
    qtbot.addWidget(window)
    window.heroes.select_hero(hero["id"])
    return window.heroes.detail.toPlainText()


def test_a_russian_interface_shows_the_russian_deed_and_says_it_is_unchecked(
    qtbot, tmp_path, interface_language
):
    interface_language("ru")
    text = _detail_text(qtbot, tmp_path, HERO_IN_TWO_LANGUAGES)
    assert "Удержал мост." in text and "Held the bridge." not in text
    assert "Translation not yet checked by staff\nУдержал мост." in text
    assert "\nАнтон Буюклы\nLatin: Anton Buyukly" in text  # the title
    assert "15 апреля 1918 г." in text
    assert "Text in English\nBorn in a village." in text  # no Russian biography


def test_a_text_only_in_english_says_so_in_a_tajik_interface(qtbot, tmp_path, interface_language):
    interface_language("tg")
    text = _detail_text(qtbot, tmp_path, HERO_IN_TWO_LANGUAGES)
    assert "Text in Russian. Translation not yet checked by staff\nУдержал мост." in text
    assert "15 апрели соли 1918" in text


def test_an_english_interface_shows_the_english_deed_without_a_note(
    qtbot, tmp_path, interface_language
):
    interface_language("en")
    text = _detail_text(qtbot, tmp_path, HERO_IN_TWO_LANGUAGES)
    assert "Held the bridge." in text and "Удержал" not in text
    assert "Text in" not in text and "not yet checked" not in text


def test_the_record_reads_in_russian_as_shipped(window, shipped_language):
    """Labels, known ranks, branches and nationalities, dates and the deed, all in Russian;
    the unit and places stay as recorded."""
    assert shipped_language("ru") == "ru"
    hero = window.open_catalogue.catalogue.hero("domullo-azizov")
    window.heroes.detail.show_hero(hero)
    text = window.heroes.detail.toPlainText()
    assert "младший сержант" in text and "Junior Sergeant" not in text
    assert "пехота" in text and "infantry" not in text
    assert "таджик" in text
    assert hero["unit"] in text  # not a term: as recorded
    assert "Перевод — требует проверки сотрудниками" in text
    assert hero["feat_summary_ru"] in text


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_the_values_of_every_section_start_at_one_line(window, shipped_language, language):
    shipped_language(language)
    window.heroes.select_hero("karsybay-spataev")
    document = window.heroes.detail.document()
    layout = document.documentLayout()
    starts = set()
    for frame in document.rootFrame().childFrames():
        if isinstance(frame, QTextTable) and frame.columns() == 2 and frame.rows() > 1:
            for row in range(frame.rows()):
                block = frame.cellAt(row, 1).firstCursorPosition().block()
                starts.add(round(layout.blockBoundingRect(block).x()))
    assert len(starts) == 1, starts
