"""Make the actions of the table, build the menus from it, and enable them in one function."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QMenuBar, QTabWidget, QWidget

from heroviewer.ui.actions.table import ACTIONS, MENUS, TAB_ACTIONS, ActionSpec


def _translated(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


class Actions:
    """The window's actions by id."""

    def __init__(self, parent: QWidget) -> None:
        self._specs = {spec.id: spec for spec in ACTIONS}
        self._actions = {spec.id: _make(spec, parent) for spec in ACTIONS}
        groups: dict[str, QActionGroup] = {}
        for spec in ACTIONS:
            if spec.group:
                groups.setdefault(spec.group, QActionGroup(parent)).addAction(self[spec.id])

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def all(self) -> list[QAction]:
        return list(self._actions.values())

    def connect(self, action_id: str, slot: Callable[[], object]) -> None:
        """Call ``slot()`` when the action is triggered (checkable ones: use ``toggled``)."""
        self._actions[action_id].triggered.connect(lambda _checked=False: slot())

    def show_tabs(self, tabs: QTabWidget) -> None:
        """Each of TAB_ACTIONS (Ctrl+1, Ctrl+2 ...) shows its tab, in the tabs' order."""
        for index, action_id in enumerate(TAB_ACTIONS):
            self.connect(action_id, lambda index=index: tabs.setCurrentIndex(index))

    def those(self, ids: Iterable[str]) -> list[QAction]:
        return [self._actions[action_id] for action_id in ids]

    def build_menus(self, menu_bar: QMenuBar) -> None:
        for title, ids in MENUS:
            self._fill(menu_bar.addMenu(_translated(title)), ids)

    def _fill(self, menu: QMenu, ids: Iterable) -> None:
        for action_id in ids:
            if action_id is None:
                menu.addSeparator()
            elif isinstance(action_id, tuple):  # a submenu: (title, ids)
                self._fill(menu.addMenu(_translated(action_id[0])), action_id[1])
            else:
                menu.addAction(self._actions[action_id])

    def update_enabled(self, facts: set[str]) -> None:
        """Enable each action whose conditions all hold; the one place that enables actions."""
        for action_id, spec in self._specs.items():
            self._actions[action_id].setEnabled(all(fact in facts for fact in spec.enabled_when))


def _make(spec: ActionSpec, parent: QWidget) -> QAction:
    action = QAction(_translated(spec.text), parent, objectName=spec.id)
    action.setCheckable(spec.checkable)
    if spec.shortcuts:
        action.setShortcuts(_unique_sequences(spec.shortcuts))
    if spec.tip:
        action.setToolTip(_translated(spec.tip))
    if spec.shortcuts:  # a button showing the action tells its shortcut, as the menu does
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{action.toolTip()} ({key})")
    if spec.in_widget_only:
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    return action


def _unique_sequences(shortcuts) -> list[QKeySequence]:
    """Key sequences of the shortcuts, each once (a standard key may repeat a written one)."""
    sequences: list[QKeySequence] = []
    for shortcut in shortcuts:
        found = (
            QKeySequence.keyBindings(shortcut)
            if isinstance(shortcut, QKeySequence.StandardKey)
            else [QKeySequence(shortcut)]
        )
        sequences.extend(sequence for sequence in found if sequence not in sequences)
    return sequences


def follow_undo_stack(undo: QAction, redo: QAction, stack: QUndoStack) -> None:
    """Undo and redo say what they would undo or redo, as QUndoStack's own actions do."""
    undo_text, redo_text = undo.text(), redo.text()

    def retitle() -> None:
        change = stack.undoText()
        undo.setText(
            QCoreApplication.translate("Actions", "&Undo {change}").format(change=change)
            if change
            else undo_text
        )
        change = stack.redoText()
        redo.setText(
            QCoreApplication.translate("Actions", "&Redo {change}").format(change=change)
            if change
            else redo_text
        )

    stack.undoTextChanged.connect(retitle)
    stack.redoTextChanged.connect(retitle)
    undo.triggered.connect(stack.undo)
    redo.triggered.connect(stack.redo)
