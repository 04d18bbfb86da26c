"""Where a name goes beside its dot, on the map and on its wall panel.

A name is tried right of its dot, then left, above, below and at the four corners, and takes the
first place that covers nothing already placed; where none is free, a name that must be shown
(a hero's: a wall panel names its people) takes the place that covers least of the names it must
keep off (the other heroes'), then least of anything, and any other name is left out.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QPointF, QRectF, QSizeF

CELL = 64.0  # the side of a cell of Boxes' grid, in the units of the boxes (pixels)


class Boxes(list):
    """The boxes placed so far, also filed by the cells of a grid they touch, so that looking
    for what a name's box would cover checks its neighbours only: with thousands of markers on
    the map, checking every box for each name made every zoom step take a large part of a
    second."""

    def __init__(self, boxes: Iterable[QRectF] = ()) -> None:
        super().__init__()
        self._cells: dict[tuple[int, int], list[QRectF]] = defaultdict(list)
        self.extend(boxes)

    def append(self, box: QRectF) -> None:
        super().append(box)
        for cell in _cells_of(box):
            self._cells[cell].append(box)

    def extend(self, boxes: Iterable[QRectF]) -> None:
        for box in boxes:
            self.append(box)

    def any_meets(self, box: QRectF) -> bool:
        """Whether a box placed meets ``box`` (each cell looked at, no list made: zoomed out,
        a cell holds hundreds of markers)."""
        cells = self._cells
        return any(
            box.intersects(other) for cell in _cells_of(box) for other in cells.get(cell, ())
        )

    def near(self, box: QRectF) -> list[QRectF]:
        """The boxes in the cells ``box`` touches (each once)."""
        found: dict[int, QRectF] = {}
        for cell in _cells_of(box):
            for other in self._cells.get(cell, ()):
                found[id(other)] = other
        return list(found.values())


def _cells_of(box: QRectF) -> Iterable[tuple[int, int]]:
    left, right = math.floor(box.left() / CELL), math.floor(box.right() / CELL)
    top, bottom = math.floor(box.top() / CELL), math.floor(box.bottom() / CELL)
    return ((x, y) for x in range(left, right + 1) for y in range(top, bottom + 1))


def _neighbours(box: QRectF, taken: Sequence[QRectF]) -> Sequence[QRectF]:
    return taken.near(box) if isinstance(taken, Boxes) else taken


def around(point: QPointF, size: QSizeF, gap: float) -> list[QRectF]:
    """The boxes of a name of ``size`` beside ``point``: right, left, above, below, then
    above right, below right, above left, below left."""
    w, h = size.width(), size.height()
    x, y = point.x(), point.y()
    return [
        QRectF(x + gap, y - h / 2, w, h),
        QRectF(x - gap - w, y - h / 2, w, h),
        QRectF(x - w / 2, y - gap - h, w, h),
        QRectF(x - w / 2, y + gap, w, h),
        QRectF(x + gap / 2, y - gap / 2 - h, w, h),
        QRectF(x + gap / 2, y + gap / 2, w, h),
        QRectF(x - gap / 2 - w, y - gap / 2 - h, w, h),
        QRectF(x - gap / 2 - w, y + gap / 2, w, h),
    ]


def covered(box: QRectF, taken: Sequence[QRectF]) -> float:
    """How much of ``box`` what is ``taken`` covers (the sum of the overlaps' areas)."""
    total = 0.0
    for other in _neighbours(box, taken):
        if box.intersects(other):
            overlap = box.intersected(other)
            total += overlap.width() * overlap.height()
    return total


def free(box: QRectF, taken: Sequence[QRectF]) -> bool:
    if isinstance(taken, Boxes):
        return not taken.any_meets(box)
    return not any(box.intersects(other) for other in taken)


def place(
    candidates: Sequence[QRectF], taken: Sequence[QRectF], always: bool,
    keep_off: Sequence[QRectF] = (),
) -> QRectF | None:  # fmt: skip
    """The first of ``candidates`` free of ``taken``; else, if ``always``, the one covering
    least of ``keep_off`` (part of ``taken``), then least of ``taken``."""
    for box in candidates:
        if free(box, taken):
            return box
    if not always:
        return None
    return min(candidates, key=lambda box: (covered(box, keep_off), covered(box, taken)))
