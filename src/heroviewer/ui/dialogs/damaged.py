"""A damaged catalogue at start: say so, and offer the newest good backup (or a fresh start).

The damaged file is never overwritten: restoring moves it aside under a dated name first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from heroviewer.catalogue import Catalogue, CatalogueError, open_catalogue
from heroviewer.catalogue.backup import newest_good_backup, set_aside
from heroviewer.operations.backups import restore
from heroviewer.support.translated import translated
from heroviewer.ui import plain


def offer_restore(path: Path, problem: str, ask=None) -> Catalogue | None:
    """Ask what to do with the damaged catalogue at ``path``; the opened catalogue, or None.

    ``ask(text, choices) -> chosen index or None`` stands in for the dialog in tests.
    """
    ask = ask or _ask
    backup = newest_good_backup(path)
    if backup is not None:
        text = QCoreApplication.translate(
            "damaged",
            "The catalogue cannot be used:\n{problem}\n\nThe newest good backup is {backup}. "
            "Restore it? The damaged file is kept aside.",
        ).format(problem=problem, backup=backup)
        restore_it = QCoreApplication.translate("damaged", "Restore the backup")
        choice = ask(text, [restore_it, QCoreApplication.translate("damaged", "Quit")])
        if choice != 0:
            return None
        try:  # as File → Restore… does it: with the edit lock, the damaged file kept aside
            restore(backup, path)
        except (CatalogueError, OSError) as error:
            not_restored = QCoreApplication.translate("damaged", "Not restored: {error}")
            plain.critical(None, "HeroViewer", not_restored.format(error=translated(error)))
            return None
    else:
        text = QCoreApplication.translate(
            "damaged",
            "The catalogue cannot be used:\n{problem}\n\nThere is no good backup of it. Start "
            "a new catalogue from the bundled data? The damaged file is kept aside.",
        ).format(problem=problem)
        start_new = QCoreApplication.translate("damaged", "Start a new catalogue")
        choice = ask(text, [start_new, QCoreApplication.translate("damaged", "Quit")])
        if choice != 0:
            return None
        set_aside(path)
    try:
        return open_catalogue(path)
    except CatalogueError as error:
        plain.critical(None, "HeroViewer", translated(error))
        return None


def _ask(text: str, choices: list[str]) -> int | None:
    box = plain.message_box(QMessageBox.Icon.Warning, "HeroViewer", text, plain.Button.NoButton)
    buttons = [box.addButton(choice, QMessageBox.ButtonRole.AcceptRole) for choice in choices]
    box.setDefaultButton(buttons[0])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None
