"""The language the interface is shown in: chosen at start (the remembered choice, else the
system's), its translations loaded, and read back from Qt's default locale.

Translations that cannot be loaded are never a reason not to start: the interface is then
shown in English, and a line in the log names the file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from heroviewer.records.fields import LABELS_CONTEXT, translate_labels_with
from heroviewer.records.languages import DEFAULT_LANGUAGE, LANGUAGES, supported_language
from heroviewer.support.paths import resources_dir
from heroviewer.support.qm_file import qm_problem
from heroviewer.ui.settings import LANGUAGE, Settings

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []  # this module's translators, removed at the next switch


def current_language() -> str:
    """ "en", "ru" or "tg": the language of the interface (QLocale's default, set at start)."""
    return supported_language(QLocale().name())


def system_language() -> str:
    """The system's language (LANG=ru_RU.UTF-8 gives "ru"); English when it is none of ours."""
    return supported_language(QLocale.system().name())


def translations_dir() -> Path:
    return resources_dir() / "translations"


def chosen_language(choice: str) -> str:
    """The language a remembered choice means: "" follows the system; an unknown code (a
    hand-edited settings file) is English."""
    if not choice:
        return system_language()
    if choice not in LANGUAGES:
        log.warning("Language %r is not one HeroViewer has; the interface is in English", choice)
        return DEFAULT_LANGUAGE
    return choice


def start_language(settings: Settings | None = None) -> str:
    """Show the interface in the remembered language, else the system's; returns it."""
    return use_language(chosen_language((settings or Settings()).get(LANGUAGE)))


def forget_translators() -> None:
    """The application was shut down, and its translators with it (app.ensure_application)."""
    _installed.clear()


def use_language(code: str) -> str:
    """Show text in ``code`` from now on (widgets already made keep theirs): Qt's default
    locale, Qt's own translation (dialog buttons) and HeroViewer's. Returns the language in
    use: English when HeroViewer's translation is missing or damaged."""
    app = QCoreApplication.instance()
    while _installed:
        app.removeTranslator(_installed.pop())
    code = supported_language(code)
    if code != DEFAULT_LANGUAGE:
        ours = _loaded(
            translations_dir() / f"heroviewer_{code}.qm", "the interface is shown in English"
        )
        if ours is None:
            code = DEFAULT_LANGUAGE
        else:
            qt_own = _loaded(_qt_translation(code), "Qt's own dialogs are in English")
            _installed.extend(found for found in (qt_own, ours) if found is not None)
            for translator in _installed:
                app.installTranslator(translator)
    QLocale.setDefault(QLocale(code))
    translate_labels_with(QCoreApplication.translate)
    return code


def label_translators() -> list[Callable[[str], str]]:
    """For each language HeroViewer ships besides English, whatever the interface's: a field
    label's text in it ("" when untranslated). A CSV file exported in one language is read in
    any (hero_csv.header_labels); a translation that cannot be loaded is left out, logged."""
    translators = [
        _loaded(translations_dir() / f"heroviewer_{code}.qm", "its CSV headers are not read")
        for code in LANGUAGES
        if code != DEFAULT_LANGUAGE
    ]
    return [partial(found.translate, LABELS_CONTEXT) for found in translators if found is not None]


def _qt_translation(code: str) -> Path:
    """qtbase_<code>.qm: our own where Qt ships none (Tajik), else Qt's."""
    ours = translations_dir() / f"qtbase_{code}.qm"
    if ours.exists() or ours.with_suffix(".ts").exists():
        return ours
    from PySide6.QtCore import QLibraryInfo  # here: importing a Qt class builds its enums

    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return Path(qt_folder) / f"qtbase_{code}.qm"


def _loaded(path: Path, consequence: str) -> QTranslator | None:
    translator = QTranslator()
    damage = _damage(path)
    if not damage and translator.load(str(path)):
        return translator
    problem = "cannot be read" if path.exists() else "is missing"
    if damage and path.exists():
        problem = f"cannot be read ({damage})"
    log.warning("Translation %s %s: %s", path, problem, consequence)
    return None


def _damage(path: Path) -> str:
    """What is wrong with a .qm file ("" for nothing): Qt itself would crash on some damage."""
    try:
        return qm_problem(path.read_bytes()) if path.is_file() else "not a file"
    except OSError as error:
        return error.strerror or str(error)
