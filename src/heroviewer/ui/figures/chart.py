"""The figures as simple bar charts drawn with QPainter: one painting for the page and for the
exports (ui/wall_panel.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QWidget

from heroviewer.ui import labels

MAX_BARS = 12  # a chart's longer tail is one bar, "others"
BAR_COLOUR = QColor("#2e6da4")
MAX_LABEL_SHARE = 0.6  # of a chart's width, for its labels' column
LABEL_ROOM = 2  # pixels past the widest label: elidedText cuts a label exactly as wide


def chart_titles() -> dict[str, str]:
    return {
        "group": QCoreApplication.translate("Figures", "Heroes by group"),
        "nationality": QCoreApplication.translate("Figures", "By nationality"),
        "branch": QCoreApplication.translate("Figures", "By branch of service"),
        "posthumous": QCoreApplication.translate("Figures", "Awarded posthumously"),
        "decree_year": QCoreApplication.translate("Figures", "By year of the decree"),
        "research": QCoreApplication.translate("Figures", "Records needing research"),
    }


def coverage_text(held: int) -> str:
    """What the figures cover: the heroes the catalogue holds, of those the sources count."""
    from heroviewer.ui.heroes.detail_pane import SOURCES_COUNT_HEROES

    return QCoreApplication.translate(
        "Figures", "This catalogue holds {held} of the {total} heroes the published sources count"
    ).format(held=held, total=SOURCES_COUNT_HEROES)


def value_label(chart: str, value: Any) -> str:
    if value is None:
        return QCoreApplication.translate("Figures", "not recorded")
    if chart == "group":
        return labels.group_label(value)  # the words of the heroes tab's overview
    if chart in ("posthumous", "research"):
        return labels.yes_no(value)
    if chart in ("nationality", "branch"):
        return labels.term_text(value)
    return str(value)


def chart_rows(chart: str, counted: list[tuple[Any, int]]) -> list[tuple[str, int]]:
    rows = [(value_label(chart, value), n) for value, n in counted]
    if len(rows) > MAX_BARS:
        others = sum(n for _, n in rows[MAX_BARS - 1 :])
        rows = [*rows[: MAX_BARS - 1], (QCoreApplication.translate("Figures", "others"), others)]
    return rows


def paint_figures(painter: QPainter, area: QRectF, counts: dict[str, list[tuple[Any, int]]]):
    """The charts of ``counts`` (records/figures.py) in a grid of three columns over ``area``."""
    titles = chart_titles()
    columns, rows = 3, (len(titles) + 2) // 3
    cell_w, cell_h = area.width() / columns, area.height() / rows
    base = QFont(painter.font())
    base.setPixelSize(max(9, int(cell_h / 22)))
    bold = QFont(base)
    bold.setBold(True)
    for index, (chart, title) in enumerate(titles.items()):
        cell = QRectF(
            area.left() + (index % columns) * cell_w, area.top() + (index // columns) * cell_h,
            cell_w, cell_h,
        ).adjusted(8, 8, -8, -8)  # fmt: skip
        _paint_chart(painter, cell, title, chart_rows(chart, counts.get(chart, [])), base, bold)


def label_width(metrics: QFontMetricsF, texts: list[str], chart_width: float) -> float:
    """The labels' column: as wide as the widest label needs, up to MAX_LABEL_SHARE of the
    chart (a longer label is cut with "…"), the rest left to the bars."""
    widest = max(metrics.horizontalAdvance(text) for text in texts) + 4 + LABEL_ROOM
    return min(widest, chart_width * MAX_LABEL_SHARE)


def _paint_chart(painter, cell: QRectF, title: str, rows, base: QFont, bold: QFont) -> None:
    line = base.pixelSize() * 1.6
    painter.setFont(bold)
    painter.setPen(QColor("#222222"))
    painter.drawText(QRectF(cell.left(), cell.top(), cell.width(), line), title)
    if not rows:
        return
    painter.setFont(base)
    metrics = QFontMetricsF(base)
    count_w = base.pixelSize() * 4
    label_w = label_width(metrics, [label for label, _ in rows], cell.width())
    wraps = any(metrics.horizontalAdvance(label) > label_w - 4 for label, _ in rows)
    bar_h = min(line * (2 if wraps else 1), (cell.height() - line) / len(rows))
    most = max(n for _, n in rows) or 1
    for i, (label, n) in enumerate(rows):
        y = cell.top() + line + i * bar_h
        painter.setPen(QColor("#222222"))
        _paint_label(painter, QRectF(cell.left(), y, label_w - 4, bar_h), label, metrics)
        width = (cell.width() - label_w - count_w) * n / most
        thick = min(bar_h, line) * 0.7  # as thick beside a label on two lines as on one
        painter.fillRect(QRectF(cell.left() + label_w, y + (bar_h - thick) / 2, width, thick),
                         BAR_COLOUR)  # fmt: skip
        painter.drawText(
            QRectF(cell.left() + label_w + width + 4, y, count_w, bar_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(n),
        )  # fmt: skip


def _paint_label(painter, box: QRectF, label: str, metrics: QFontMetricsF) -> None:
    """``label`` right of ``box``: on two lines where it does not fit on one and two fit, else
    cut with "…"."""
    align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    wrapped = align | Qt.TextFlag.TextWordWrap
    needs = metrics.boundingRect(QRectF(0, 0, box.width(), 1e6), wrapped, label)
    if needs.width() <= box.width() and needs.height() <= box.height():
        painter.drawText(box, wrapped, label)
    else:
        painter.drawText(box, align, metrics.elidedText(label, Qt.TextElideMode.ElideRight,
                                                        box.width()))  # fmt: skip


class FiguresChart(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("figuresChart")
        self.counts: dict[str, list[tuple[Any, int]]] = {}
        self.setMinimumSize(600, 400)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        paint_figures(painter, QRectF(self.rect()), self.counts)
        painter.end()
