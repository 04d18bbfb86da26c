"""File → Print hero cards…: which heroes, the layout, the QR option, preview and PDF."""

from __future__ import annotations

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QImage, QPageLayout
from PySide6.QtPrintSupport import QPrintPreviewWidget

from heroviewer.cards.layouts import LAYOUTS
from heroviewer.ui import plain


def pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def select_rows(window, rows: list[int]) -> None:
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        window.heroes.table.selectionModel().select(window.heroes.model.index(row, 0), flags)


class PageImage(QImage):
    """One page as a picture, standing in for a printer so the QR code can be decoded."""

    def __init__(self, layout: QPageLayout, dpi: int = 150) -> None:
        size = layout.fullRectPixels(dpi).size()
        super().__init__(size.width(), size.height(), QImage.Format.Format_RGB32)
        self.fill(0xFFFFFF)
        self.setDotsPerMeterX(round(dpi / 0.0254))
        self.setDotsPerMeterY(round(dpi / 0.0254))
        self._layout, self._dpi = layout, dpi

    def pageLayout(self) -> QPageLayout:
        return self._layout

    def resolution(self) -> int:
        return self._dpi

    def newPage(self) -> bool:
        raise AssertionError("one card only")

    def decoded(self) -> list[str]:
        import zxingcpp

        image = Image.frombytes("RGBA", (self.width(), self.height()), bytes(self.constBits()))
        return [result.text for result in zxingcpp.read_barcodes(image.convert("L"))]


def test_one_hero_shown_prints_that_hero_by_default(window, tmp_path):
    window.heroes.select_hero("karsybay-spataev")
    dialog = window.card_print_dialog()
    assert dialog.scope == "current"
    assert dialog.findChild(type(dialog.scope_buttons.button(0)), "scope-current").text() == (
        "The hero shown (1)"
    )
    out = tmp_path / "one.pdf"
    assert dialog.write_pdf(out)
    assert len(PdfReader(out).pages) == 1
    assert "Карсыбай Спатаев" in pdf_text(out)


def test_several_selected_heroes_print_as_the_selection(window, tmp_path):
    window.heroes.select_row(0)
    select_rows(window, [1, 2])
    chosen = [window.heroes.model.hero_id(row) for row in range(3)]
    dialog = window.card_print_dialog()
    assert dialog.scope == "selected"
    assert [record["id"] for record in dialog.records()] == chosen
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("a4-4up"))
    out = tmp_path / "selected.pdf"
    assert dialog.write_pdf(out)
    assert len(PdfReader(out).pages) == 1  # three cards on one 4-up page


def test_every_hero_the_search_shows(window, tmp_path):
    window.heroes.search.setText("Uzbekistan")
    shown = window.heroes.model.rowCount()
    assert 0 < shown < window.heroes.model.total_count
    dialog = window.card_print_dialog()
    dialog.set_scope("shown")
    out = tmp_path / "shown"  # ".pdf" is added
    assert dialog.write_pdf(out)
    assert len(PdfReader(tmp_path / "shown.pdf").pages) == shown


def test_preview_pages_follow_the_layout(window, qtbot):
    window.heroes.select_row(0)
    select_rows(window, range(1, 9))
    dialog = window.card_print_dialog()
    for key, pages in (("a4", 9), ("a4-4up", 3)):
        dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData(key))
        preview = dialog.make_preview()
        widget = preview.findChild(QPrintPreviewWidget)
        widget.updatePreview()
        assert widget.pageCount() == pages
        preview.deleteLater()


def test_the_layout_and_qr_choice_are_remembered(window):
    dialog = window.card_print_dialog()
    assert dialog.card_layout.key == "a4"
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("a5"))
    dialog.with_qr.setChecked(False)
    dialog.make_preview().deleteLater()
    window.save_settings()

    from heroviewer.ui.dialogs.card_print import CardPrintDialog
    from heroviewer.ui.settings import Settings

    again = CardPrintDialog(
        window.heroes.heroes_for, window.open_catalogue.catalogue.hero, Settings()
    )
    assert again.card_layout.key == "a5"
    assert not again.with_qr.isChecked()


@pytest.mark.parametrize("with_qr", [True, False])
def test_the_qr_option_puts_the_source_link_on_the_card_or_leaves_it_off(window, with_qr):
    window.heroes.select_hero("karsybay-spataev")
    dialog = window.card_print_dialog()
    dialog.with_qr.setChecked(with_qr)
    page = PageImage(LAYOUTS["a4"].page_layout())
    assert dialog.paint(page) == 1
    source = window.open_catalogue.catalogue.hero("karsybay-spataev")["sources"][0]
    assert page.decoded() == ([source] if with_qr else [])


def test_an_unwritable_pdf_gets_a_message_and_leaves_no_file(window, tmp_path, monkeypatch):
    from heroviewer.ui import plain

    messages = []
    monkeypatch.setattr(plain, "warning", lambda *args: messages.append(args[2]))
    dialog = window.card_print_dialog()
    out = tmp_path / "missing-folder" / "cards.pdf"
    assert not dialog.write_pdf(out)
    assert len(messages) == 1
    assert str(out) in messages[0]
    assert not out.exists()


def test_cards_are_not_saved_over_the_open_catalogue(window, catalogue_path, tmp_path, monkeypatch):

    messages = []
    monkeypatch.setattr(plain, "warning", lambda *args: messages.append(args[2]))
    link = tmp_path / "cards.pdf"
    link.symlink_to(catalogue_path)
    before = catalogue_path.read_bytes()
    assert not window.card_print_dialog().write_pdf(link)
    assert messages[0].startswith(f"{link}: this is the catalogue {catalogue_path} itself")
    assert link.is_symlink() and catalogue_path.read_bytes() == before


def test_a_card_printed_without_its_qr_code_is_noted_after_printing(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from heroviewer.ui.dialogs.card_print import CardPrintDialog
    from tests.cards.test_cards import LONG_LINK

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    record = {"id": "x", "name_en": "Long Link Hero", "sources": [LONG_LINK]}
    dialog = CardPrintDialog(lambda scope: ["x"], lambda hero_id: record, None, window)
    out = tmp_path / "cards.pdf"
    assert dialog.write_pdf(out)
    assert len(PdfReader(out).pages) == 1
    [note] = shown
    assert "too long for a QR code" in note and "Long Link Hero" in note
