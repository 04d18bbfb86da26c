"""The table of actions: id (also the QAction's objectName), text, shortcuts, and the facts that
must hold for it to be enabled; and the menus as lists of ids.

Texts are marked for translation here (context "Actions") and translated when the actions are
made, so this is the one place where every menu text is found.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence

Key = QKeySequence.StandardKey

# Facts an action can depend on; the window works them out in one function.
WRITABLE = "writable"  # the catalogue is open for writing
HERO = "hero"  # a hero is shown in the detail pane
PORTRAIT = "portrait"  # the hero shown has a portrait
FILE = "file"  # the catalogue is a file (not a database URL)
NEWS_ITEM = "news item"  # a news item is chosen in the news tab
CAN_UNDO = "can undo"
CAN_REDO = "can redo"


class ActionSpec(NamedTuple):
    id: str
    text: str
    shortcuts: tuple[str | QKeySequence.StandardKey, ...] = ()
    enabled_when: tuple[str, ...] = ()
    checkable: bool = False
    tip: str = ""
    in_widget_only: bool = False  # the shortcut works only in the widget the action is added to
    group: str = ""  # checkable actions of one group exclude each other


def _t(text: str) -> str:
    return QT_TRANSLATE_NOOP("Actions", text)


ACTIONS = (
    # File
    ActionSpec("printCards", _t("&Print hero cards…"), (Key.Print,)),
    ActionSpec("importFile", _t("&Import…"), (), (WRITABLE,)),
    ActionSpec("exportHeroes", _t("&Export heroes…")),
    ActionSpec("exportNews", _t("Export &news…")),
    ActionSpec("importPortraits", _t("Import p&ortraits…"), (), (WRITABLE,)),
    ActionSpec("backUp", _t("&Back up…"), (), (FILE,)),
    ActionSpec("restore", _t("&Restore…"), (), (FILE, WRITABLE)),
    ActionSpec("quit", _t("&Quit"), (Key.Quit,)),
    # Edit
    ActionSpec("undo", _t("&Undo"), ("Ctrl+Z",), (WRITABLE, CAN_UNDO)),
    ActionSpec("redo", _t("&Redo"), ("Ctrl+Shift+Z", "Ctrl+Y"), (WRITABLE, CAN_REDO)),
    ActionSpec("newHero", _t("&New hero…"), (Key.New,), (WRITABLE,)),
    ActionSpec("editHero", _t("&Edit hero…"), ("F2",), (WRITABLE, HERO)),
    ActionSpec(
        "deleteHero", _t("&Delete hero…"), (Key.Delete,), (WRITABLE, HERO), in_widget_only=True
    ),
    ActionSpec(
        "choosePortrait",
        _t("Choose &portrait…"),
        (),
        (WRITABLE, HERO),
        tip=_t("Choose an image file, or drop one on the hero's page, to be the portrait"),
    ),
    ActionSpec("removePortrait", _t("Re&move portrait"), (), (WRITABLE, HERO, PORTRAIT)),
    ActionSpec("cropPortraits", _t("&Crop new portraits to the card's shape"), checkable=True),
    ActionSpec("heroHistory", _t("&History…"), ("Ctrl+H",), (WRITABLE, HERO)),
    ActionSpec("copyName", _t("&Copy name"), (Key.Copy,), (HERO,), in_widget_only=True),
    ActionSpec("find", _t("&Find"), (Key.Find,)),
    # View
    ActionSpec("showHeroes", _t("&Heroes"), ("Ctrl+1",)),
    ActionSpec("showNews", _t("Secretariat &news"), ("Ctrl+2",)),
    ActionSpec("needsResearch", _t("Only records that need &research"), checkable=True),
    ActionSpec("themeLight", _t("&Light"), checkable=True, group="theme"),
    ActionSpec("themeDark", _t("&Dark"), checkable=True, group="theme"),
    ActionSpec("themeSystem", _t("&Follow the system"), checkable=True, group="theme"),
    # Help
    ActionSpec("about", _t("&About HeroViewer")),
    ActionSpec("aboutQt", _t("About &Qt")),
    # The news tab's buttons
    ActionSpec("newNews", _t("New item…"), (), (WRITABLE,)),
    ActionSpec("editNews", _t("Edit…"), (), (WRITABLE, NEWS_ITEM)),
    ActionSpec("deleteNews", _t("Delete…"), (), (WRITABLE, NEWS_ITEM)),
    ActionSpec("newsHistory", _t("History…"), (), (WRITABLE, NEWS_ITEM)),
)

SEPARATOR = None  # in a menu's ids; a (title, ids) pair there is a submenu

MENUS = (
    (_t("&File"), ("printCards", SEPARATOR, "importFile", "exportHeroes", "exportNews",
                   SEPARATOR, "importPortraits", "backUp", "restore", SEPARATOR, "quit")),
    (_t("&Edit"), ("undo", "redo", SEPARATOR, "newHero", "editHero", "deleteHero", SEPARATOR,
                   "choosePortrait", "removePortrait", "cropPortraits", SEPARATOR,
                   "heroHistory", SEPARATOR, "find")),
    (_t("&View"), ("showHeroes", "showNews", SEPARATOR, "needsResearch", SEPARATOR,
                   (_t("&Theme"), ("themeLight", "themeDark", "themeSystem")))),
    (_t("&Help"), ("about", "aboutQt")),
)  # fmt: skip

# The menu of a right click on the hero table.
HERO_TABLE_MENU = ("editHero", "heroHistory", "printCards", "copyName", None, "deleteHero")
# The buttons above the hero's detail pane and under the news list.
HERO_BUTTONS = ("editHero", "choosePortrait", "heroHistory", "newHero")
NEWS_BUTTONS = ("newNews", "editNews", "deleteNews", "newsHistory")
