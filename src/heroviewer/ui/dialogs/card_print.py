"""File → Print cards…: choose which heroes and which layout, then preview, print or save a PDF.

The preview is Qt's own QPrintPreviewDialog (it prints to any installed printer); the pages
come from the same painter code as `heroviewer cards`, so screen, paper and PDF agree.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMarginsF
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from heroviewer.cards.layouts import LAYOUTS, CardLayout
from heroviewer.cards.pdf import paint_pages, write_cards_pdf
from heroviewer.catalogue import CatalogueError
from heroviewer.catalogue.file_checks import refuse_catalogue_target
from heroviewer.support.translated import translated
from heroviewer.ui import plain
from heroviewer.ui.language import current_language
from heroviewer.ui.settings import CARD_LAYOUT, CARD_QR, Settings
from heroviewer.ui.start_folder import remembered, start_in

SCOPES = ("current", "selected", "shown")
# The titles of cards.layouts.LAYOUTS, by key, marked for translation
LAYOUT_TITLES = {
    "a4": QT_TRANSLATE_NOOP("CardPrintDialog", "A4, one card per page"),
    "a4-4up": QT_TRANSLATE_NOOP("CardPrintDialog", "A4, four A6 cards with cut marks"),
    "a5": QT_TRANSLATE_NOOP("CardPrintDialog", "A5 landscape, one card per page"),
    "letter": QT_TRANSLATE_NOOP("CardPrintDialog", "US Letter, one card per page"),
}


class CardPrintDialog(QDialog):
    """Which heroes (current, selected, shown by the search), the layout and the QR option.

    ``heroes_for(scope)`` gives the hero ids of a scope; ``load(hero_id)`` gives a record.
    """

    def __init__(
        self,
        heroes_for: Callable[[str], list[str]],
        load: Callable[[str], dict[str, Any] | None],
        settings: Settings | None,
        parent: QWidget | None = None,
        portraits: Callable[[str], bytes | None] | None = None,
        catalogue: Path | None = None,
    ) -> None:
        super().__init__(parent, objectName="cardPrintDialog")
        self.setWindowTitle(self.tr("Print hero cards"))
        self._heroes_for = heroes_for
        self._load = load
        self._portraits = portraits
        self.catalogue = catalogue  # its file, never written over
        self.settings = settings
        self.without_qr: list[str] = []  # the cards last printed without their QR code

        self.scope_buttons = QButtonGroup(self)
        titles = {
            "current": self.tr("The hero shown ({count})"),
            "selected": self.tr("The selected heroes ({count})"),
            "shown": self.tr("Every hero the list shows ({count})"),
        }
        scope_box = QVBoxLayout()
        for number, scope in enumerate(SCOPES):
            count = len(heroes_for(scope))
            button = QRadioButton(titles[scope].format(count=count), objectName=f"scope-{scope}")
            button.setEnabled(count > 0)
            self.scope_buttons.addButton(button, number)
            scope_box.addWidget(button)
        self._choose_default_scope()

        self.layout_choice = QComboBox(objectName="cardLayout")
        for layout in LAYOUTS.values():
            title = self.tr(LAYOUT_TITLES.get(layout.key, layout.title))
            self.layout_choice.addItem(title, layout.key)
        remembered = settings.get(CARD_LAYOUT) if settings else CARD_LAYOUT.default
        if self.layout_choice.findData(remembered) < 0 and settings is not None:
            settings.reset(CARD_LAYOUT, remembered)
        self.layout_choice.setCurrentIndex(max(0, self.layout_choice.findData(remembered)))
        self.with_qr = QCheckBox(self.tr("QR code of the source link"), objectName="cardQr")
        self.with_qr.setChecked(bool(settings.get(CARD_QR)) if settings else True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        preview = buttons.addButton(self.tr("Preview and print…"), buttons.ButtonRole.AcceptRole)
        preview.setObjectName("previewCards")
        preview.setDefault(True)
        save = buttons.addButton(self.tr("Save as PDF…"), buttons.ButtonRole.ActionRole)
        save.setObjectName("saveCardsPdf")
        preview.clicked.connect(self.preview)
        save.clicked.connect(self.save_pdf)
        buttons.rejected.connect(self.reject)

        form = QFormLayout(self)
        form.addRow(self.tr("Cards for:"), scope_box)
        form.addRow(self.tr("Layout:"), self.layout_choice)
        form.addRow("", self.with_qr)
        form.addRow(buttons)

    def _choose_default_scope(self) -> None:
        """Several heroes selected: those; else the one shown; else the whole list."""
        selected = len(self._heroes_for("selected"))
        scope = "selected" if selected > 1 else "current"
        if not self._heroes_for(scope):
            scope = "shown"
        self.scope_buttons.button(SCOPES.index(scope)).setChecked(True)

    # --- choices ------------------------------------------------------------------------
    @property
    def scope(self) -> str:
        return SCOPES[max(0, self.scope_buttons.checkedId())]

    def set_scope(self, scope: str) -> None:
        self.scope_buttons.button(SCOPES.index(scope)).setChecked(True)

    @property
    def card_layout(self) -> CardLayout:
        return LAYOUTS[self.layout_choice.currentData()]

    def records(self) -> list[dict[str, Any]]:
        loaded = (self._load(hero_id) for hero_id in self._heroes_for(self.scope))
        return [record for record in loaded if record is not None]

    def _remember(self) -> None:
        if self.settings is not None:
            self.settings.set(CARD_LAYOUT, self.card_layout.key)
            self.settings.set(CARD_QR, self.with_qr.isChecked())

    # --- output -------------------------------------------------------------------------
    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Hero cards"))
        printer.setPageLayout(self.card_layout.page_layout())
        keep_inside_printable_area(printer)
        return printer

    def paint(self, printer: QPrinter) -> int:
        """Paint the chosen cards on ``printer``; returns the number of pages."""
        keep_inside_printable_area(printer)  # the user may have picked another printer
        self.without_qr.clear()
        return paint_pages(
            printer, self.records(), self.card_layout,
            self.with_qr.isChecked(), self._portraits, self.without_qr, current_language(),
        )  # fmt: skip

    def make_preview(self) -> QPrintPreviewDialog:
        self._remember()
        self._printer = self.make_printer()  # the preview does not own its printer
        preview = QPrintPreviewDialog(self._printer, self)
        preview.setObjectName("cardPreview")
        preview.setWindowTitle(self.tr("Hero cards — print preview"))
        preview.paintRequested.connect(self.paint)
        return preview

    def preview(self) -> None:
        preview = self.make_preview()
        preview.resize(900, 900)
        if preview.exec() == QDialog.DialogCode.Accepted:
            self.note_cards_without_qr()
            self.accept()

    def save_pdf(self) -> None:
        self._remember()
        out, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save hero cards as PDF"), start_in(self.tr("hero-cards.pdf")),
            self.tr("PDF documents (*.pdf)"),
        )  # fmt: skip
        if out and self.write_pdf(remembered(out)):
            self.accept()

    def write_pdf(self, out: Path) -> bool:
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        self.without_qr.clear()
        try:
            refuse_catalogue_target(out, self.catalogue)
        except CatalogueError as error:
            plain.warning(self, self.tr("Cards not saved"), translated(error))
            return False
        try:
            write_cards_pdf(
                out, self.records(), self.card_layout,
                self.with_qr.isChecked(), self._portraits, self.without_qr, current_language(),
            )  # fmt: skip
        except OSError as error:
            plain.warning(
                self, self.tr("Cards not saved"),
                self.tr("{file} could not be written: {reason}").format(
                    file=out, reason=error.strerror or error
                ),
            )  # fmt: skip
            return False
        self.note_cards_without_qr()
        return True

    def note_cards_without_qr(self) -> None:
        """After printing: the cards left without a QR code, as their link is too long for one."""
        if not self.without_qr:
            return
        box = plain.message_box(
            QMessageBox.Icon.Information, self.tr("Cards without a QR code"),
            self.tr(
                "The source link of these heroes is too long for a QR code; their cards were "
                "printed without one:"
            ) + "\n" + "\n".join(dict.fromkeys(self.without_qr)),
            QMessageBox.StandardButton.Ok, self, objectName="cardsWithoutQr",
        )  # fmt: skip
        box.exec()


def keep_inside_printable_area(printer: QPrinter) -> None:
    """Widen the card margins where the printer cannot print so close to the paper's edge."""
    layout = printer.pageLayout()
    wanted, minimum = layout.margins(), layout.minimumMargins()
    margins = QMarginsF(
        max(wanted.left(), minimum.left()),
        max(wanted.top(), minimum.top()),
        max(wanted.right(), minimum.right()),
        max(wanted.bottom(), minimum.bottom()),
    )
    if margins != wanted:
        printer.setPageMargins(margins, layout.units())
