"""An import from a file, as `heroviewer import` and File → Import… run it: read the file (its
kind told by its content), plan it against the catalogue, then apply the plan in one step.

The command line applies through the catalogue's writer, the window through its undo stack;
``apply_import`` is the same for both, given the one to apply through.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from heroviewer.formats.damage import HOW_TO_SAVE
from heroviewer.formats.detect import ImportKind, read_import
from heroviewer.operations.import_plan import (
    ImportPlan,
    counted,
    damage_lines,
    plan_heroes,
    plan_news,
    summary_lines,
)
from heroviewer.records.entities import Entity
from heroviewer.support.bulk import collector_paused
from heroviewer.support.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from heroviewer.formats.hero_csv import HeaderLabels

# (entity, records to add, changes by id) -> (how many added, how many changed)
ApplyBatch = Callable[[Entity, list[dict[str, Any]], dict[Any, dict[str, Any]]], tuple[int, int]]


@dataclass
class PlannedImport:
    """A file read and planned: what it is, its records, and what importing it would do."""

    path: Path
    kind: ImportKind
    records: Sequence[dict]  # a list, or RecordColumns for a CSV file
    plan: ImportPlan

    def plan_to_apply(self, accept_damaged: bool = False) -> ImportPlan:
        """The plan, without what looks damaged unless ``accept_damaged``."""
        return self.plan if accept_damaged else self.plan.without_damaged()

    def report_lines(self, names: Mapping[str, str], accept_damaged: bool = False) -> list[str]:
        """What the file is and what importing it would do, damaged texts and all."""
        plan = self.plan
        what = QT_TRANSLATE_NOOP("ImportReport", "{path}: {kind}, %n record(s)", "", -1)
        lines = [what.format(path=self.path, kind=self.kind.value, n=len(self.records))]
        lines += summary_lines(plan, names)
        if not plan.damaged_count():
            return lines
        if accept_damaged:
            taken = QT_TRANSLATE_NOOP(
                "ImportReport", "Looks damaged, imported anyway (--accept-damaged): {count}"
            )
        else:
            taken = QT_TRANSLATE_NOOP(
                "ImportReport",
                "Looks damaged, left out (a new record whole, a change in the fields named): "
                "{count}",
            )
        lines.append(taken.format(count=counted(plan.damaged_count(), plan.entity)))
        lines += damage_lines(plan, names)
        lines.append(QT_TRANSLATE_NOOP("ImportReport", "  In these, {how}").format(how=HOW_TO_SAVE))
        if not accept_damaged:
            lines.append(
                QT_TRANSLATE_NOOP(
                    "ImportReport", "  To import them as they are, add --accept-damaged."
                )
            )
        return lines


@collector_paused()
def plan_for(kind: ImportKind, records: Sequence[dict], catalogue) -> ImportPlan:
    """The import plan of ``records`` against what ``catalogue`` holds now."""
    if kind in (ImportKind.HEROES_CSV, ImportKind.HEROES_JSON):
        return plan_heroes(records, catalogue.heroes())
    plan = plan_news(records, catalogue.news_items())
    plan.conflicts += getattr(records, "left_out", [])  # items of a feed that were left out
    return plan


def plan_import_file(
    path: Path, catalogue, csv_labels: HeaderLabels | None = None
) -> PlannedImport:
    """Read ``path`` (ImportRefused when it cannot be imported) and plan it against
    ``catalogue``; nothing is written. ``csv_labels``: the header cells a CSV file may have, in
    every language HeroViewer speaks (hero_csv.header_labels)."""
    kind, records = read_import(path, csv_labels)
    return PlannedImport(path, kind, records, plan_for(kind, records, catalogue))


def apply_import(plan: ImportPlan, apply_batch: ApplyBatch) -> tuple[int, int]:
    """Apply ``plan`` in one step through ``apply_batch``; (added, changed)."""
    if plan.is_empty:
        return 0, 0
    return apply_batch(plan.entity, plan.adds, plan.new_values())


def through_writer(writer, action: str = "import") -> ApplyBatch:
    """``apply_batch`` for the catalogue's own writer (no undo: the command line)."""

    def apply(entity: Entity, adds: list, changes: dict) -> tuple[int, int]:
        added, changed, _removed = writer.apply_batch(entity, adds, changes, action=action)
        return len(added), len(changed)

    return apply
