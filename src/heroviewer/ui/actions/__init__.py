"""Every menu and toolbar action, declared once (table.py), made and enabled in one place
(registry.py). Features connect to actions by id; none of them makes its own."""

from heroviewer.ui.actions.registry import Actions
from heroviewer.ui.actions.table import ACTIONS, MENUS, ActionSpec

__all__ = ["ACTIONS", "MENUS", "ActionSpec", "Actions"]
