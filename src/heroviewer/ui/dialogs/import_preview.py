"""The preview of an import: what would be added, what would change field by field, what is left
out; nothing is written until the user presses Import. Each record and each field change has a
check box: what the user unticks is left out, and a text that looks damaged by a Windows-1251
spreadsheet (see interchange.damage) starts unticked. And the message for a refused file."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from heroviewer.operations.import_plan import empties, record_name
from heroviewer.records.entities import HERO
from heroviewer.support.translated import translated
from heroviewer.ui import plain
from heroviewer.ui.dialogs.record_fields import field_labels
from heroviewer.ui.labels import value_text

if TYPE_CHECKING:
    from heroviewer.formats.files import ImportRefused
    from heroviewer.operations.import_plan import ImportPlan

LISTED = 500  # records listed in each group; a big file's others are counted
OPENED = 50  # a group of at most this many records is shown opened
SHOWN_PROBLEMS = 5  # a refused file's first problems in the message; Show Details has all
CELL_WIDTH = 80  # characters of a value shown in a cell; the tooltip has all of it


class ImportPreview(QDialog):
    def __init__(
        self, heading: str, plan: ImportPlan, names: Mapping[str, str], parent: QWidget | None
    ) -> None:
        super().__init__(parent, objectName="importPreview")
        self.setWindowTitle(self.tr("Import"))
        self.plan, self.names = plan, names
        self.labels = field_labels(plan.entity.name)
        self.tree = QTreeWidget(objectName="importChanges")
        self.tree.setAccessibleName(self.tr("What the import would change"))
        self.tree.setHeaderLabels([self.tr("Record and field"), self.tr("Now"),
                                   self.tr("After the import")])  # fmt: skip
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.add_items: dict[int, QTreeWidgetItem] = {}  # index in plan.adds → its row
        self.field_items: dict[tuple, QTreeWidgetItem] = {}  # (record id, field) → its row
        self.hero_items: list[QTreeWidgetItem] = []
        self.apply: QPushButton | None = None
        self._fill()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{html.escape(heading)}</b>"))
        layout.addWidget(QLabel(self._explanation(), wordWrap=True))
        if self.plan.emptied_count():
            layout.addLayout(self._emptying_warning())
        if self.plan.damaged_count():
            layout.addLayout(self._damage_warning())
        layout.addWidget(self.tree, 1)
        layout.addWidget(self._buttons())
        self._update_count()
        self.tree.itemChanged.connect(self._update_count)
        self.resize(900, 560)
        for column, width in enumerate((300, 270)):
            self.tree.setColumnWidth(column, width)

    def _explanation(self) -> str:
        if self.plan.is_empty and self.plan.conflicts:
            return self.tr(
                "Nothing can be imported: the records listed under Left out conflict with the "
                "catalogue, and the others are in it already."
            )
        if self.plan.is_empty:
            return self.tr("Nothing to import: the catalogue already holds everything in the file.")
        return self.tr(
            "Nothing is changed until you press Import. The import is one step: "
            "Edit → Undo takes all of it back, and History shows each change. "
            "Untick a record or a change to leave it out."
        )

    def _emptying_warning(self) -> QHBoxLayout:
        return self._warning_row(
            self.tr(
                "%n of the changes would empty a value that is filled now (a blank cell "
                "in the file). They are marked with this sign below: check them before you "
                "import.",
                "",
                self.plan.emptied_count(),
            ),
            "importWarning",
        )

    def _damage_warning(self) -> QHBoxLayout:
        return self._warning_row(
            self.tr(
                'Records with a "?" where the catalogue has a letter, or inside a Cyrillic '
                "word: {count}. The spreadsheet was probably saved in Windows-1251, which "
                "cannot hold the Tajik letters ғ ӣ қ ӯ ҳ ҷ. Those changes are unticked below "
                'and left out; tick one only if its "?" is meant.\n'
                "To keep the letters, save the sheet as UTF-8 and import that file: in Excel, "
                'Save As → "CSV UTF-8 (Comma delimited)"; in LibreOffice, Save As → Text CSV '
                'with the character set "Unicode (UTF-8)".'
            ).format(count=self.plan.damaged_count()),
            "importDamage",
        )

    def _warning_row(self, message: str, name: str) -> QHBoxLayout:
        """The warning sign beside ``message`` (plain text: it may quote the file)."""
        icon = QLabel()
        icon.setPixmap(self._warning_icon().pixmap(24, 24))
        text = QLabel(message, objectName=name, wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        row = QHBoxLayout()
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(text, 1)
        return row

    def _damage_tip(self) -> str:
        return self.tr(
            'A "?" stands where the catalogue has a letter, or inside a Cyrillic word: '
            "probably a Tajik letter lost by saving the sheet in Windows-1251. Left out unless "
            "you tick it."
        )

    def _warning_icon(self):
        return self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

    def _buttons(self) -> QDialogButtonBox:
        if self.plan.is_empty:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        else:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
            apply = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
            apply.setObjectName("applyImport")
            apply.setDefault(True)
            self.apply = apply
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    # --- what the user chose ------------------------------------------------------------
    def chosen_plan(self) -> ImportPlan:
        """The plan minus what the user unticked (and, of a big file's records not listed,
        those that look damaged)."""
        plan, unticked = self.plan, Qt.CheckState.Unchecked
        adds = {index for index in plan.damaged_adds if index not in self.add_items}
        adds |= {index for index, item in self.add_items.items() if item.checkState(0) == unticked}
        changes = {key for key in plan.damaged_changes() if key not in self.field_items}
        changes |= {key for key, item in self.field_items.items() if item.checkState(0) == unticked}
        return plan.without(adds, changes)

    def _update_count(self) -> None:
        """The Import button says how many records it would import; with none it is off."""
        if self.apply is None:
            return
        unticked = Qt.CheckState.Unchecked
        count = self._unlisted + sum(
            item.checkState(0) != unticked for item in (*self.add_items.values(), *self.hero_items)
        )
        if self.plan.entity is HERO:
            self.apply.setText(self.tr("Import %Ln hero(es)", "", count))
        else:
            self.apply.setText(self.tr("Import %Ln news item(s)", "", count))
        self.apply.setEnabled(count > 0)

    # --- the tree -----------------------------------------------------------------------
    def _fill(self) -> None:
        plan, heroes = self.plan, self.plan.entity is HERO
        count = len(plan.adds)
        if heroes:
            adds = self._group(self.tr("To add: %Ln hero(es)", "", count))
        else:
            adds = self._group(self.tr("To add: %Ln news item(s)", "", count))
        warning = self._warning_icon()
        for index, record in enumerate(plan.adds[:LISTED]):
            item = self.add_items[index] = QTreeWidgetItem(adds, [record_name(record)])
            _checkable(item, index not in plan.damaged_adds)
            for field in plan.damaged_adds.get(index, ()):  # shown, as the name may not be
                item.setIcon(0, warning)
                text = value_text(field, record[field])
                shown = QTreeWidgetItem(item, [self.labels.get(field, field), "", _cut(text)])
                shown.setIcon(2, warning)
                shown.setToolTip(2, plain.tooltip_text(f"{self._damage_tip()}\n\n{text}"))
                item.setExpanded(True)
        self._more(adds, len(plan.adds))
        # records not listed (a big file) are imported unless they look damaged
        unlisted = range(LISTED, len(plan.adds))
        self._unlisted = sum(index not in plan.damaged_adds for index in unlisted)
        if heroes:
            self._fill_changes()
            self._group(self.tr("Unchanged: %Ln hero(es)", "", plan.unchanged))
            left_out = self._group(self.tr("Left out, conflicts: %Ln", "", len(plan.conflicts)))
        else:
            self._group(
                self.tr(
                    "Already in the catalogue (same link, guid, or date and title): %Ln",
                    "",
                    plan.duplicates,
                )
            )
            left_out = self._group(self.tr("Left out: %Ln", "", len(plan.conflicts)))
        for conflict in plan.conflicts[:LISTED]:
            QTreeWidgetItem(left_out, [translated(conflict)]).setToolTip(
                0, plain.tooltip_text(translated(conflict))
            )
        self._more(left_out, len(plan.conflicts))
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            group.setExpanded(0 < group.childCount() <= OPENED)

    def _fill_changes(self) -> None:
        changes = self._group(self.tr("To change: %Ln hero(es)", "", len(self.plan.changes)))
        warning = self._warning_icon()
        listed = list(self.plan.changes.items())
        for record_id, fields in listed[:LISTED]:
            hero = QTreeWidgetItem(changes, [self.names.get(record_id, str(record_id))])
            _checkable(hero, True, Qt.ItemFlag.ItemIsAutoTristate)
            self.hero_items.append(hero)
            damaged = self.plan.damaged.get(record_id, ())
            for field, (old, new) in fields.items():
                cells = [self.labels.get(field, field), value_text(field, old),
                         value_text(field, new)]  # fmt: skip
                item = QTreeWidgetItem(hero, [_cut(text) for text in cells])
                self.field_items[(record_id, field)] = item
                _checkable(item, field not in damaged)
                for column, text in enumerate(cells):
                    item.setToolTip(column, plain.tooltip_text(text))
                if empties(old, new) or field in damaged:
                    item.setIcon(2, warning)
                    hero.setIcon(0, warning)
                if field in damaged:
                    item.setToolTip(2, plain.tooltip_text(f"{self._damage_tip()}\n\n{cells[2]}"))
            hero.setExpanded(len(self.plan.changes) <= OPENED or bool(damaged))
        self._more(changes, len(self.plan.changes))
        self._unlisted += sum(
            any(field not in self.plan.damaged.get(rid, ()) for field in fields)
            for rid, fields in listed[LISTED:]
        )

    def _group(self, title: str) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self.tree, [title])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setFirstColumnSpanned(True)
        return group

    def _more(self, group: QTreeWidgetItem, count: int) -> None:
        if count > LISTED:
            QTreeWidgetItem(group, [self.tr("… and %Ln more", "", count - LISTED)])


def show_refusal(parent: QWidget, refused: ImportRefused) -> None:
    """A refused file: how many problems and the first ones; every one under Show Details."""
    problems = [translated(problem) for problem in refused.problems]
    box = plain.message_box(
        QMessageBox.Icon.Warning, QCoreApplication.translate("ImportPreview", "Not imported"),
        QCoreApplication.translate(
            "ImportPreview", "{file} cannot be imported; nothing was changed."
        ).format(file=refused.path.name),
        QMessageBox.StandardButton.Ok, parent, objectName="importRefused",
    )  # fmt: skip
    first = "\n".join(problems[:SHOWN_PROBLEMS])
    if len(problems) > SHOWN_PROBLEMS:
        first += "\n" + QCoreApplication.translate(
            "ImportPreview", "%Ln problems in all: Show Details lists every one.", "", len(problems)
        )
        box.setDetailedText(f"{refused.path}\n" + "\n".join(problems))
    box.setInformativeText(first)
    box.exec()


def _checkable(item: QTreeWidgetItem, ticked: bool, *flags: Qt.ItemFlag) -> None:
    for flag in (Qt.ItemFlag.ItemIsUserCheckable, *flags):
        item.setFlags(item.flags() | flag)
    item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= CELL_WIDTH else text[: CELL_WIDTH - 1] + "…"
