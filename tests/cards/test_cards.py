"""Hero cards: pages per layout, names in every script in the PDF, QR codes that scan."""

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from heroviewer.cards.content import card_content, shorten_at_sentence
from heroviewer.cards.layouts import LAYOUTS
from heroviewer.cards.paint import fit_text, paint_card, star_renderer
from heroviewer.cards.pdf import portrait_image, write_cards_pdf
from heroviewer.catalogue import open_catalogue
from tests.helpers import BOTH_ENGINES
from tests.test_cli import run_cli


@pytest.fixture
def records(catalogue_path):
    catalogue = open_catalogue(catalogue_path)
    return [catalogue.hero(row.id) for row in catalogue.hero_rows()]


@pytest.mark.parametrize(
    ("layout", "per_page"), [("a4", 1), ("a4-4up", 4), ("a5", 1), ("letter", 1)]
)
def test_pages_per_layout(qapp, tmp_path, records, layout, per_page):
    out = tmp_path / f"{layout}.pdf"
    pages = write_cards_pdf(out, records, LAYOUTS[layout])
    expected = -(-len(records) // per_page)
    assert pages == expected
    assert len(PdfReader(out).pages) == expected


def test_pdf_text_holds_russian_and_tajik_names_in_an_embedded_font(qapp, tmp_path, records):
    out = tmp_path / "cards.pdf"
    write_cards_pdf(out, records, LAYOUTS["a4-4up"])
    reader = PdfReader(out)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Домулло Азизов" in text
    assert "Амиралӣ Саидбеков" in text  # Tajik ӣ
    assert "Неъмат Қарабоев" in text  # Tajik Қ
    fonts = {
        str(font.get_object().get("/BaseFont"))
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("NotoSans" in name for name in fonts), fonts


def test_the_qr_code_on_a_card_gives_back_the_source_link(qapp, records):
    import zxingcpp

    record = next(r for r in records if r["id"] == "karsybay-spataev")
    image = QImage(1240, 1754, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(5906)  # 150 dpi
    image.setDotsPerMeterY(5906)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    painter.scale(150 / 72, 150 / 72)
    content = card_content(record)
    paint_card(painter, QRectF(20, 20, 555, 800), content, portrait_image("KS"), star_renderer())
    painter.end()
    pil = Image.frombytes("RGBA", (image.width(), image.height()), bytes(image.constBits()))
    results = zxingcpp.read_barcodes(pil.convert("L"))
    assert [r.text for r in results] == [record["sources"][0]]


def test_long_text_shrinks_then_ends_at_a_sentence_with_an_ellipsis(qapp):
    image = QImage(600, 600, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    text = "First sentence here. Second sentence follows. " * 20
    fitted, font = fit_text(painter, QRectF(0, 0, 300, 60), text.strip(), 12, 7)
    painter.end()
    assert font.pointSizeF() == pytest.approx(7 * 72 / image.logicalDpiY())  # the minimum
    assert fitted.endswith("…")
    assert fitted.startswith("First sentence here")


def test_shorten_at_sentence():
    assert shorten_at_sentence("One. Two. Three.", 2) == "One. Two…"
    assert shorten_at_sentence("One. Two.", 5) == "One. Two."


def test_unknown_facts_are_not_guessed_on_the_card(records):
    khabiev = next(r for r in records if r["id"] == "vildan-khabiev")
    content = card_content(khabiev)
    assert content.decree == "Hero of the Soviet Union (date of the decree unknown)"
    assert content.life == "Dates and places of birth and death unknown."


def test_cli_writes_cards_and_says_how_many(tmp_path, catalogue_path):
    out = tmp_path / "cards.pdf"
    result = run_cli("cards", "--db", catalogue_path, "--out", out, "--layout", "a4-4up",
                     "--search", "Sharipov")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"{out}: 2 cards on 1 page (a4-4up)" in result.stdout
    assert len(PdfReader(out).pages) == 1


@BOTH_ENGINES
def test_a_printed_card_does_not_name_the_catalogue_file_and_one_card_is_one(
    tmp_path, catalogue_db
):
    out = tmp_path / "cards.pdf"
    result = run_cli("cards", "--db", catalogue_db, "--out", out, "--search", "Spataev")
    assert result.returncode == 0, result.stderr
    assert f"{out}: 1 card on 1 page (a4)" in result.stdout
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Sources:" in text
    assert str(catalogue_db).rsplit("/", 1)[-1] not in text


@pytest.mark.parametrize("name", ["cards.png", "cards.PNG", "cards"])
def test_cli_refuses_to_write_cards_under_a_name_not_ending_in_pdf(tmp_path, catalogue_path, name):
    out = tmp_path / "out" / name
    out.parent.mkdir()
    result = run_cli("cards", "--db", catalogue_path, "--out", out, "--search", "Spataev")
    assert result.returncode == 2
    assert f"{out}: cards are written as PDF: give a file name ending in .pdf" in result.stderr
    assert not list(out.parent.iterdir())


def test_cli_cards_writes_a_file_named_in_upper_case_pdf(tmp_path, catalogue_path):
    out = tmp_path / "CARDS.PDF"
    result = run_cli("cards", "--db", catalogue_path, "--out", out, "--search", "Spataev")
    assert result.returncode == 0, result.stderr
    assert len(PdfReader(out).pages) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--layout", "a3"), "invalid choice: 'a3'"),
        (("--search", "Smithson"), "no hero matches 'Smithson'; nothing written"),
    ],
)
def test_cli_refuses_bad_requests_and_writes_nothing(tmp_path, catalogue_path, args, message):
    out = tmp_path / "cards.pdf"
    result = run_cli("cards", "--db", catalogue_path, "--out", out, *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert not out.exists()


def test_cli_refuses_an_unwritable_place(tmp_path, catalogue_path):
    out = tmp_path / "missing-folder" / "cards.pdf"
    result = run_cli("cards", "--db", catalogue_path, "--out", out)
    assert result.returncode == 2
    assert "does not exist" in result.stderr
    assert not list(tmp_path.glob("**/*.pdf"))


LONG_LINK = "https://example.org/archive?" + "document=1&" * 300  # about 3 KB


def test_a_source_link_too_long_for_a_qr_code_prints_the_card_without_one(qapp, tmp_path):
    record = {"id": "x", "name_en": "Long Link Hero", "sources": [LONG_LINK]}
    out, without_qr = tmp_path / "cards.pdf", []
    pages = write_cards_pdf(out, [record], LAYOUTS["a4"], True, None, without_qr)
    assert pages == 1 and len(PdfReader(out).pages) == 1
    assert "Long Link Hero" in " ".join(PdfReader(out).pages[0].extract_text().split())
    assert without_qr == ["Long Link Hero"]


def test_a_deed_of_20000_words_is_cut_to_the_card_in_few_measurements(qapp, monkeypatch):
    import heroviewer.cards.paint as paint

    measured = []
    measure = paint._text_height
    monkeypatch.setattr(paint, "_text_height", lambda *args: measured.append(1) or measure(*args))
    text = " ".join(f"word{n}" + ("." if n % 15 == 14 else "") for n in range(20_000))
    image = QImage(600, 600, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    fitted, _font = fit_text(painter, QRectF(0, 0, 300, 200), text, 12, 7)
    painter.end()
    assert fitted.startswith("word0 word1") and fitted.endswith("…")
    assert len(measured) < 100  # a binary search, not one measurement per word or sentence


def test_the_cards_command_notes_a_card_printed_without_its_qr_code(catalogue_path, tmp_path):
    source = tmp_path / "hero.csv"
    source.write_text(f"name_en,sources\nLong Link Hero,{LONG_LINK}\n", encoding="utf-8")
    assert run_cli("import", source, "--db", catalogue_path).returncode == 0
    out = tmp_path / "cards.pdf"
    result = run_cli("cards", "--db", catalogue_path, "--out", out, "--search", "Long Link Hero")
    assert result.returncode == 0, result.stderr
    assert "note: the card of Long Link Hero has no QR code: its source link is too long" in (
        result.stderr
    )
    assert len(PdfReader(out).pages) == 1


def test_a_card_in_russian_shows_the_russian_deed_or_says_the_text_is_in_english():
    hero = {
        "id": "test-hero", "name_en": "Anton Buyukly", "name_ru": "Антон Буюклы",
        "birth_date": "1918-04-15", "award_date": "1944-02", "feat_summary_en": "Held the bridge.",
    }  # fmt: skip
    content = card_content(hero, "ru")
    assert content.title == "Антон Буюклы" and content.other_names == ["Anton Buyukly"]
    assert "15 апреля 1918 г." in content.life and "февраль 1944 г." in content.decree
    assert (content.deed, content.deed_note) == ("Held the bridge.", "Text in English")
    translated = {**hero, "feat_summary_ru": "Удержал мост.",
                  "unchecked_translations": ["feat_summary_ru"]}  # fmt: skip
    content = card_content(translated, "ru")
    assert (content.deed, content.deed_note) == (
        "Удержал мост.", "Translation not yet checked by staff"
    )  # fmt: skip
    assert card_content(translated).deed_note == ""  # English: the English deed, as written


def test_the_card_s_sources_line_names_each_site_once_in_order(qapp, tmp_path):
    record = {
        "id": "x", "name_en": "Three Sources Hero",
        "sources": ["https://cccp.tj/a", "https://en.wikipedia.org/wiki/X",
                    "https://www.cccp.tj/b"],
    }  # fmt: skip
    out = tmp_path / "card.pdf"
    write_cards_pdf(out, [record], LAYOUTS["a4"])
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Sources: cccp.tj, en.wikipedia.org" in text
    assert text.count("cccp.tj") == 1
