"""View → Language: shows the language chosen, remembers a new choice and asks for the
interface in it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from heroviewer.ui.actions import Actions
from heroviewer.ui.actions.table import LANGUAGE_ACTIONS
from heroviewer.ui.language import current_language
from heroviewer.ui.settings import LANGUAGE, Settings


class LanguageChoice(QObject):
    """``chosen(choice)``: the user chose a language ("" follows the system); it is already
    remembered. Whoever made the window shows it again in that language."""

    chosen = Signal(str)

    def __init__(self, actions: Actions, settings: Settings | None, parent: QObject) -> None:
        super().__init__(parent)
        self._settings = settings
        self._choice = settings.get(LANGUAGE) if settings is not None else current_language()
        actions[LANGUAGE_ACTIONS.get(self._choice, LANGUAGE_ACTIONS["en"])].setChecked(True)
        for code, action_id in LANGUAGE_ACTIONS.items():
            actions.connect(action_id, lambda code=code: self._choose(code))

    def _choose(self, choice: str) -> None:
        if choice == self._choice:
            return
        if self._settings is not None:
            self._settings.set(LANGUAGE, choice)
            self._settings.sync()
        self.chosen.emit(choice)
