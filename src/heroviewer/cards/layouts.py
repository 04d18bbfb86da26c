"""Page layouts for hero cards: page size, orientation, and where each card goes."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import QPageLayout, QPageSize

MARGIN_MM = 10.0
GUTTER_PT = 14.0  # between cards on a 4-up page, where the cut marks go


class CardLayout(NamedTuple):
    key: str
    title: str
    page: QPageSize.PageSizeId
    orientation: QPageLayout.Orientation
    columns: int = 1
    rows: int = 1

    @property
    def cards_per_page(self) -> int:
        return self.columns * self.rows

    @property
    def cut_marks(self) -> bool:
        return self.cards_per_page > 1

    def page_layout(self) -> QPageLayout:
        margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
        return QPageLayout(
            QPageSize(self.page), self.orientation, margins, QPageLayout.Unit.Millimeter
        )


_PORTRAIT = QPageLayout.Orientation.Portrait
LAYOUTS = {
    layout.key: layout
    for layout in (
        CardLayout("a4", "A4, one card per page", QPageSize.PageSizeId.A4, _PORTRAIT),
        CardLayout("a4-4up", "A4, four A6 cards with cut marks", QPageSize.PageSizeId.A4,
                   _PORTRAIT, 2, 2),
        CardLayout("a5", "A5 landscape, one card per page", QPageSize.PageSizeId.A5,
                   QPageLayout.Orientation.Landscape),
        CardLayout("letter", "US Letter, one card per page", QPageSize.PageSizeId.Letter,
                   _PORTRAIT),
    )
}  # fmt: skip


def card_rects(layout: CardLayout, area: QRectF) -> list[QRectF]:
    """Where the cards of one page go inside the printable ``area`` (in points)."""
    gutter = GUTTER_PT if layout.cards_per_page > 1 else 0.0
    width = (area.width() - gutter * (layout.columns - 1)) / layout.columns
    height = (area.height() - gutter * (layout.rows - 1)) / layout.rows
    return [
        QRectF(
            area.left() + c * (width + gutter), area.top() + r * (height + gutter), width, height
        )
        for r in range(layout.rows)
        for c in range(layout.columns)
    ]
