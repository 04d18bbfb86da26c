"""The Figures tab's page: the whole catalogue counted (records/figures.py), redrawn after every
edit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from heroviewer.records.figures import figure_counts
from heroviewer.ui.figures.chart import FiguresChart, coverage_text
from heroviewer.ui.open_catalogue import OpenCatalogue


class FiguresPage(QWidget):
    def __init__(self, opened: OpenCatalogue, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("figuresPage")
        self.opened = opened
        self.chart = FiguresChart(self)
        self.chart.setAccessibleName(self.tr("Figures of the catalogue"))
        self.coverage = QLabel(objectName="figuresCoverage", textFormat=Qt.TextFormat.PlainText)
        self.top = QHBoxLayout()
        self.top.addWidget(self.coverage)
        self.top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(self.chart, 1)
        opened.recordsChanged.connect(self._records_changed)
        opened.replaced.connect(self._recount)
        self._recount()

    def _records_changed(self, entity: str, _ids: list) -> None:
        if entity == "hero":
            self._recount()

    def _recount(self) -> None:
        heroes = self.opened.catalogue.heroes()
        self.counts = self.chart.counts = figure_counts(heroes)
        self.coverage.setText(coverage_text(len(heroes)))
        self.chart.update()

    def refresh(self) -> None:
        """The figures count the whole catalogue, not what the heroes' search shows."""
