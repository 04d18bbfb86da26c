"""View → Theme: Light, Dark, or Follow the system (Qt's colour scheme), remembered.

Dark is Qt's Fusion style with a dark palette, so it looks the same on every system. Light on a
dark system is Fusion with its own light palette; otherwise Light is the system's own style.
Widgets that colour text themselves take their colours from the palette (``is_dark``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from heroviewer.ui.settings import THEME, Settings

LIGHT, DARK, SYSTEM = "light", "dark", "system"
THEME_ACTIONS = {LIGHT: "themeLight", DARK: "themeDark", SYSTEM: "themeSystem"}

# "system look": the platform's own style and palette, kept before the first change. Until then
# nothing is asked of the style: wrapping it for Python costs 8-9 ms of start-up.
_state: dict = {"choice": SYSTEM, "system look": None, "following": False}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(choice: str) -> None:
    """Give the application the look of ``choice`` (LIGHT, DARK or SYSTEM)."""
    app = QApplication.instance()
    if not _state["following"]:
        QGuiApplication.styleHints().colorSchemeChanged.connect(_system_scheme_changed)
        _state["following"] = True
    _state["choice"] = choice
    dark = choice == DARK or (choice == SYSTEM and system_is_dark())
    if _state["system look"] is None:
        if not dark and not system_is_dark():
            return  # the application still has the platform's look; see _state
        _state["system look"] = (app.style().name(), QPalette(app.palette()))
    if dark:
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette())
    elif system_is_dark():  # Light chosen on a dark system
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(app.style().standardPalette())
    else:
        style, palette = _state["system look"]
        if app.style().name() != style:
            app.setStyle(QStyleFactory.create(style))
        app.setPalette(palette)


def _system_scheme_changed(_scheme) -> None:
    if _state["choice"] == SYSTEM:
        apply_theme(SYSTEM)


def dark_palette() -> QPalette:
    """A dark palette whose every text colour reads well on the background it is drawn on."""
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette()
    for colour_role, colour in (
        (role.Window, "#2d2d2d"), (role.WindowText, "#e8e8e8"),
        (role.Base, "#1f1f1f"), (role.AlternateBase, "#2a2a2a"), (role.Text, "#e8e8e8"),
        (role.Button, "#3a3a3a"), (role.ButtonText, "#e8e8e8"), (role.BrightText, "#ff8080"),
        (role.ToolTipBase, "#3a3a3a"), (role.ToolTipText, "#e8e8e8"),
        (role.Highlight, "#2f6db5"), (role.HighlightedText, "#ffffff"),
        (role.Link, "#8ab4f8"), (role.LinkVisited, "#c58af9"), (role.PlaceholderText, "#a0a0a0"),
        (role.Light, "#4a4a4a"), (role.Midlight, "#404040"), (role.Mid, "#303030"),
        (role.Dark, "#1a1a1a"), (role.Shadow, "#000000"),
    ):  # fmt: skip
        palette.setColor(colour_role, QColor(colour))
    for colour_role in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        palette.setColor(group.Disabled, colour_role, QColor("#8a8a8a"))
    palette.setColor(group.Disabled, role.Highlight, QColor("#4a4a4a"))
    return palette


def remembered_theme(settings: Settings | None) -> str:
    """The remembered choice; a value that is not one (a hand-edited file) is forgotten."""
    choice = settings.get(THEME) if settings is not None else SYSTEM
    if choice not in THEME_ACTIONS:
        settings.reset(THEME, choice)
        return SYSTEM
    return choice


def follow_theme_actions(actions: dict[str, QAction], settings: Settings | None) -> None:
    """Tick the remembered theme and apply it; a ticked theme is applied and remembered.

    ``actions`` are the theme actions by choice (LIGHT, DARK, SYSTEM), in one exclusive group.
    """
    chosen = remembered_theme(settings)
    actions[chosen].setChecked(True)
    if settings is not None:
        apply_theme(chosen)

    def choose(choice: str) -> None:
        apply_theme(choice)
        if settings is not None:
            settings.set(THEME, choice)

    for choice, action in actions.items():
        action.toggled.connect(lambda on, c=choice: on and choose(c))
