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


ACTIONS = (
    # File
    ActionSpec("printCards", QT_TRANSLATE_NOOP("Actions", "&Print hero cards…"), (Key.Print,)),
    ActionSpec("importFile", QT_TRANSLATE_NOOP("Actions", "&Import…"), (), (WRITABLE,)),
    ActionSpec("exportHeroes", QT_TRANSLATE_NOOP("Actions", "&Export heroes…")),
    ActionSpec("exportNews", QT_TRANSLATE_NOOP("Actions", "Export &news…")),
    ActionSpec(
        "importPortraits", QT_TRANSLATE_NOOP("Actions", "Import p&ortraits…"), (), (WRITABLE,)
    ),
    ActionSpec("openShared", QT_TRANSLATE_NOOP("Actions", "Open &shared catalogue…")),
    ActionSpec("backUp", QT_TRANSLATE_NOOP("Actions", "&Back up…"), (), (FILE,)),
    ActionSpec("restore", QT_TRANSLATE_NOOP("Actions", "&Restore…"), (), (FILE, WRITABLE)),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), (Key.Quit,)),
    # Edit
    ActionSpec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), ("Ctrl+Z",), (WRITABLE, CAN_UNDO)),
    ActionSpec(
        "redo",
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        ("Ctrl+Shift+Z", "Ctrl+Y"),
        (WRITABLE, CAN_REDO),
    ),
    ActionSpec("newHero", QT_TRANSLATE_NOOP("Actions", "&New hero…"), (Key.New,), (WRITABLE,)),
    ActionSpec("editHero", QT_TRANSLATE_NOOP("Actions", "&Edit hero…"), ("F2",), (WRITABLE, HERO)),
    ActionSpec(
        "deleteHero",
        QT_TRANSLATE_NOOP("Actions", "&Delete hero…"),
        (Key.Delete,),
        (WRITABLE, HERO),
        in_widget_only=True,
    ),
    ActionSpec(
        "choosePortrait",
        QT_TRANSLATE_NOOP("Actions", "Choose &portrait…"),
        (),
        (WRITABLE, HERO),
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Choose an image file, or drop one on the hero's page, to be the portrait"
        ),
    ),
    ActionSpec(
        "removePortrait",
        QT_TRANSLATE_NOOP("Actions", "Re&move portrait"),
        (),
        (WRITABLE, HERO, PORTRAIT),
    ),
    ActionSpec(
        "cropPortraits",
        QT_TRANSLATE_NOOP("Actions", "&Crop new portraits to the card's shape"),
        checkable=True,
    ),
    ActionSpec(
        "heroHistory", QT_TRANSLATE_NOOP("Actions", "&History…"), ("Ctrl+H",), (WRITABLE, HERO)
    ),
    ActionSpec(
        "copyName",
        QT_TRANSLATE_NOOP("Actions", "&Copy name"),
        (Key.Copy,),
        (HERO,),
        in_widget_only=True,
    ),
    ActionSpec("find", QT_TRANSLATE_NOOP("Actions", "&Find"), (Key.Find,)),
    # View
    ActionSpec("showHeroes", QT_TRANSLATE_NOOP("Actions", "&Heroes"), ("Ctrl+1",)),
    ActionSpec("showNews", QT_TRANSLATE_NOOP("Actions", "CSTO Secretariat &news"), ("Ctrl+2",)),
    ActionSpec("showMap", QT_TRANSLATE_NOOP("Actions", "&Map"), ("Ctrl+3",)),
    ActionSpec("showTimeline", QT_TRANSLATE_NOOP("Actions", "T&imeline"), ("Ctrl+4",)),
    ActionSpec("showFigures", QT_TRANSLATE_NOOP("Actions", "Fi&gures"), ("Ctrl+5",)),
    ActionSpec("refresh", QT_TRANSLATE_NOOP("Actions", "Re&fresh"), ("F5",)),
    ActionSpec(
        "needsResearch",
        QT_TRANSLATE_NOOP("Actions", "Only records that need &research"),
        checkable=True,
    ),
    # View → Language; each language is named in its own language, never translated
    ActionSpec(
        "languageSystem",
        QT_TRANSLATE_NOOP("Actions", "Follow the &system"),
        checkable=True,
        group="language",
    ),
    ActionSpec("languageEn", "&English", checkable=True, group="language"),
    ActionSpec("languageRu", "&Русский", checkable=True, group="language"),
    ActionSpec("languageTg", "&Тоҷикӣ", checkable=True, group="language"),
    # View → Theme
    ActionSpec("themeLight", QT_TRANSLATE_NOOP("Actions", "&Light"), checkable=True, group="theme"),
    ActionSpec("themeDark", QT_TRANSLATE_NOOP("Actions", "&Dark"), checkable=True, group="theme"),
    ActionSpec(
        "themeSystem",
        QT_TRANSLATE_NOOP("Actions", "&Follow the system"),
        checkable=True,
        group="theme",
    ),
    # Help
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About HeroViewer")),
    ActionSpec("aboutQt", QT_TRANSLATE_NOOP("Actions", "About &Qt")),
    # The news tab's buttons
    ActionSpec("newNews", QT_TRANSLATE_NOOP("Actions", "New item…"), (), (WRITABLE,)),
    ActionSpec("editNews", QT_TRANSLATE_NOOP("Actions", "Edit…"), (), (WRITABLE, NEWS_ITEM)),
    ActionSpec("deleteNews", QT_TRANSLATE_NOOP("Actions", "Delete…"), (), (WRITABLE, NEWS_ITEM)),
    ActionSpec("newsHistory", QT_TRANSLATE_NOOP("Actions", "History…"), (), (WRITABLE, NEWS_ITEM)),
)

SEPARATOR = None  # in a menu's list; a (title, ids) pair there is a submenu
# The actions that show each tab, in the tabs' order (Ctrl+1, Ctrl+2 ...).
TAB_ACTIONS = ("showHeroes", "showNews", "showMap", "showTimeline", "showFigures")

MENUS = (
    (QT_TRANSLATE_NOOP("Actions", "&File"),
     ("printCards", SEPARATOR, "importFile", "exportHeroes", "exportNews", SEPARATOR,
      "importPortraits", "backUp", "restore", SEPARATOR, "openShared", SEPARATOR, "quit")),
    (QT_TRANSLATE_NOOP("Actions", "&Edit"),
     ("undo", "redo", SEPARATOR, "newHero", "editHero", "deleteHero", SEPARATOR,
      "choosePortrait", "removePortrait", "cropPortraits", SEPARATOR, "heroHistory", SEPARATOR,
      "find")),
    (QT_TRANSLATE_NOOP("Actions", "&View"),
     (*TAB_ACTIONS, "refresh", SEPARATOR, "needsResearch", SEPARATOR,
      (QT_TRANSLATE_NOOP("Actions", "&Language"),
       ("languageSystem", "languageEn", "languageRu", "languageTg")),
      (QT_TRANSLATE_NOOP("Actions", "&Theme"), ("themeLight", "themeDark", "themeSystem")))),
    (QT_TRANSLATE_NOOP("Actions", "&Help"), ("about", "aboutQt")),
)  # fmt: skip

# The language choices' actions: "" follows the system.
LANGUAGE_ACTIONS = {
    "": "languageSystem",
    "en": "languageEn",
    "ru": "languageRu",
    "tg": "languageTg",
}
# The menu of a right click on the hero table.
HERO_TABLE_MENU = ("editHero", "heroHistory", "printCards", "copyName", None, "deleteHero")
# The buttons above the hero's detail pane and under the news list.
HERO_BUTTONS = ("editHero", "choosePortrait", "heroHistory", "newHero")
NEWS_BUTTONS = ("newNews", "editNews", "deleteNews", "newsHistory")
