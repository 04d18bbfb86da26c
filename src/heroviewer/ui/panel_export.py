"""The Export… button of the Map, Timeline and Figures tabs: the wall panel the command line
writes (ui/panels.py), to a PDF, SVG or PNG file the user names, A3 or A1."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QPushButton, QWidget

from heroviewer.catalogue import CatalogueError
from heroviewer.formats.geography import GeographyError
from heroviewer.operations.exporting import check_target
from heroviewer.support.translated import translated
from heroviewer.ui import plain
from heroviewer.ui.wall_panel import Panel, suffix_problem, write_panel


class ExportButton(QWidget):
    def __init__(self, page: QWidget, opened, make_panel: Callable[[], Panel]) -> None:
        super().__init__(page)
        self.page, self.opened, self.make_panel = page, opened, make_panel
        self.size = QComboBox(objectName="panelSize")
        self.size.addItem(self.tr("A3"), "a3")
        self.size.addItem(self.tr("A1"), "a1")
        self.size.setToolTip(self.tr("The paper size of the exported panel"))
        self.size.setAccessibleName(self.tr("Size of the wall panel"))
        self.button = QPushButton(self.tr("&Export…"), objectName="exportPanel")
        self.button.setToolTip(self.tr("Write this view as a PDF, SVG or PNG wall panel"))
        self.button.clicked.connect(self.choose_file)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.size)
        layout.addWidget(self.button)

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the panel"), "",
            self.tr("PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)"),
        )  # fmt: skip
        if name:
            self.export_to(Path(name))

    def export_to(self, out: Path) -> bool:
        """Write the panel to ``out``; a refusal or failure is shown and nothing is written."""
        problem = suffix_problem(out)
        if problem is None:
            try:
                check_target(out, self.opened.catalogue.location.path)
                write_panel(out, self.make_panel(), self.size.currentData())
            except (CatalogueError, GeographyError, OSError) as error:  # the outlines: damaged
                problem = f"{out}: {translated(error.strerror or error)}" if isinstance(
                    error, OSError) else translated(error)  # fmt: skip
        if problem:
            plain.warning(self, self.tr("Not exported"), problem)
            return False
        return True
