"""A painter that notes each text drawn through Python and where, for asserting what a chart or
a wall panel shows (the texts, and whether their boxes overlap)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter


class RecordingPainter(QPainter):
    def __init__(self, width: int, height: int) -> None:
        self.image = QImage(width, height, QImage.Format.Format_ARGB32)
        super().__init__(self.image)
        self.texts: list[tuple[str, QRectF | None]] = []

    def drawText(self, *args) -> None:
        text = next(a for a in reversed(args) if isinstance(a, str))
        box = args[0] if isinstance(args[0], QRectF) else None
        if isinstance(args[0], QPointF):  # at a baseline: where the font puts it
            box = self.fontMetrics().boundingRect(text).toRectF().translated(args[0])
        self.texts.append((text, box))
        super().drawText(*args)

    def boxes_of(self, text: str) -> list[QRectF]:
        return [box for t, box in self.texts if t == text and box is not None]
