"""The command line's options and commands (argparse, imported only when there are arguments)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from heroviewer.commandline.common import tr
from heroviewer.support.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import argparse


def build_parser() -> argparse.ArgumentParser:
    import argparse

    from heroviewer import __version__  # read from pyproject.toml: only for a command line

    parser = argparse.ArgumentParser(
        prog="heroviewer",
        description=tr(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "Reference viewer of the Heroes of the Soviet Union linked to Tajikistan.",
            )
        ),
        parents=[_db_option(default=None)],
    )
    # A command's own --db is set only when given after the command, so that one given before it
    # (heroviewer --db museum.sqlite import FILE) is not replaced by the default catalogue.
    common = _db_option(default=argparse.SUPPRESS)
    parser.add_argument(
        "--version",
        action="version",
        version=f"HeroViewer {__version__}",
        help=tr(QT_TRANSLATE_NOOP("CommandLine", "show the version and exit")),
    )
    parser.add_argument(
        "--screenshot",
        metavar="OUT.png",
        type=Path,
        help=tr(QT_TRANSLATE_NOOP("CommandLine", "render the window to a PNG and exit")),
    )
    parser.add_argument(
        "--select",
        metavar="NAME",
        help=tr(QT_TRANSLATE_NOOP("CommandLine", "with --screenshot: show this hero")),
    )
    parser.add_argument(
        "--tab",
        choices=("heroes", "news", "map", "map-deeds", "timeline", "figures"),
        default="heroes",
        help=tr(QT_TRANSLATE_NOOP("CommandLine", "with --screenshot: the tab to show")),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser(
        "check",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("CommandLine", "open the catalogue and say what it holds")),
    )
    cards = commands.add_parser(
        "cards",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("CommandLine", "write hero cards to a PDF, with no window")),
    )
    cards.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE.pdf",
        help=tr(QT_TRANSLATE_NOOP("CommandLine", "the PDF to write: other names are refused")),
    )
    cards.add_argument(
        "--layout",
        default="a4",
        choices=("a4", "a4-4up", "a5", "letter"),
        help=tr(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "a4: one card per page (the default); a4-4up: four A6 cards per A4 page, with "
                "cut marks; a5: one card per A5 page, landscape; letter: one card per US Letter "
                "page",
            )
        ),
    )
    cards.add_argument(
        "--search",
        metavar="TEXT",
        help=tr(QT_TRANSLATE_NOOP("CommandLine", "only the heroes this search finds")),
    )
    cards.add_argument(
        "--no-qr",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("CommandLine", "leave out the QR codes")),
    )
    backup = commands.add_parser(
        "backup",
        parents=[common],
        help=tr(
            QT_TRANSLATE_NOOP(
                "CommandLine", "copy the catalogue to a backup file, safely while in use"
            )
        ),
    )
    backup.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE",
        help=tr(QT_TRANSLATE_NOOP("CommandLine", "the backup file to write")),
    )
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help=tr(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "replace the catalogue with a backup (the current one is backed up first)",
            )
        ),
    )
    restore.add_argument(
        "backup_file",
        type=Path,
        metavar="FILE",
        help=tr(
            QT_TRANSLATE_NOOP(
                "CommandLine", "the backup to restore (checked before anything is replaced)"
            )
        ),
    )
    copy = commands.add_parser(
        "copy",
        help=tr(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "copy a whole catalogue (heroes, portraits, news, history) to another file or "
                "database server",
            )
        ),
    )
    copy.add_argument(
        "--from",
        dest="source",
        required=True,
        metavar="PATH_OR_URL",
        help=tr(
            QT_TRANSLATE_NOOP(
                "CommandLine", "the catalogue to copy: a catalogue file or an SQLAlchemy URL"
            )
        ),
    )
    copy.add_argument(
        "--to",
        dest="destination",
        required=True,
        metavar="PATH_OR_URL",
        help=tr(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "where to copy it: a catalogue file or an SQLAlchemy URL (one that holds "
                "records only with --replace)",
            )
        ),
    )
    copy.add_argument(
        "--replace",
        action="store_true",
        help=tr(
            QT_TRANSLATE_NOOP(
                "CommandLine", "replace what the destination holds (refused without it)"
            )
        ),
    )
    commands.add_parser(
        "grant-roles",
        parents=[common],
        help=tr(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "make the heroviewer_reader and heroviewer_editor roles on a PostgreSQL catalogue",
            )
        ),
    )
    portraits = commands.add_parser(
        "portraits",
        parents=[common],
        help=tr(
            QT_TRANSLATE_NOOP(
                "CommandLine", "add portraits from a folder of images named after the heroes"
            )
        ),
    )
    portraits.add_argument(
        "folder",
        type=Path,
        metavar="FOLDER",
        help=tr(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "the folder of images, each named after its hero (or in a folder named so)",
            )
        ),
    )
    portraits.add_argument(
        "--dry-run",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("CommandLine", "only say which file matches whom")),
    )
    portraits.add_argument(
        "--crop",
        action="store_true",
        help=tr(
            QT_TRANSLATE_NOOP("CommandLine", "crop each image to the card portrait's shape (3:4)")
        ),
    )
    export = commands.add_parser(
        "export",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("CommandLine", "write heroes or news to a CSV or JSON file")),
    )
    export.add_argument(
        "--what",
        choices=("heroes", "news"),
        default="heroes",
        help=tr(QT_TRANSLATE_NOOP("CommandLine", "default: heroes")),
    )
    export.add_argument(
        "--format",
        choices=("csv", "json"),
        default="csv",
        dest="file_format",
        help=tr(QT_TRANSLATE_NOOP("CommandLine", "default: csv (news: json only)")),
    )
    export.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE",
        help=tr(QT_TRANSLATE_NOOP("CommandLine", "file to write")),
    )
    export.add_argument(
        "--search",
        metavar="TEXT",
        help=tr(QT_TRANSLATE_NOOP("CommandLine", "only the heroes this search finds")),
    )
    imports = commands.add_parser(
        "import",
        parents=[common],
        help=tr(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "add or update heroes from CSV or JSON, or news from JSON or an RSS/Atom feed",
            )
        ),
    )
    imports.add_argument(
        "import_file",
        type=Path,
        metavar="FILE",
        help=tr(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "heroes as CSV or JSON, news as JSON or a saved RSS/Atom feed "
                "(told by its content)",
            )
        ),
    )
    imports.add_argument(
        "--dry-run",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("CommandLine", "only say what would change")),
    )
    imports.add_argument(
        "--accept-damaged",
        action="store_true",
        help=tr(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                'also import texts where "?" seems to replace a Tajik letter (left out by default)',
            )
        ),
    )
    places = commands.add_parser(
        "places",
        parents=[common],
        help=tr(
            QT_TRANSLATE_NOOP(
                "CommandLine", "print each hero's places and where the offline gazetteer puts them"
            )
        ),
    )
    places.add_argument(
        "--format",
        choices=("json", "csv"),
        default="json",
        dest="file_format",
        help=tr(QT_TRANSLATE_NOOP("CommandLine", "default: json")),
    )
    for name, help_text in (
        ("map", QT_TRANSLATE_NOOP("CommandLine", "write the map as a wall panel")),
        ("timeline", QT_TRANSLATE_NOOP("CommandLine", "write the timeline as a wall panel")),
        ("figures", QT_TRANSLATE_NOOP("CommandLine", "write the figures as a wall panel")),
    ):
        panel = commands.add_parser(name, parents=[common], help=tr(help_text))
        panel.add_argument(
            "--out",
            required=True,
            type=Path,
            metavar="FILE.pdf|.svg|.png",
            help=tr(QT_TRANSLATE_NOOP("CommandLine", "the file to write: PDF, SVG or PNG")),
        )
        panel.add_argument(
            "--size",
            choices=("a3", "a1"),
            default="a3",
            help=tr(QT_TRANSLATE_NOOP("CommandLine", "the paper size (default: a3)")),
        )
        if name == "map":
            panel.add_argument(
                "--view",
                choices=("home", "deeds"),
                default="home",
                help=tr(
                    QT_TRANSLATE_NOOP(
                        "CommandLine",
                        "home: where the heroes were born (the default); deeds: where they "
                        "did their deeds",
                    )
                ),
            )
        if name != "figures":
            panel.add_argument(
                "--search",
                metavar="TEXT",
                help=tr(QT_TRANSLATE_NOOP("CommandLine", "only the heroes this search finds")),
            )
    return parser


def _db_option(default: object) -> argparse.ArgumentParser:
    import argparse

    option = argparse.ArgumentParser(add_help=False)
    option.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=default,
        help=tr(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "catalogue file or SQLAlchemy URL (default: the catalogue in your user data "
                "folder; a missing file is created from the bundled data)",
            )
        ),
    )
    return option


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    if not argv:  # the everyday launch: skip importing argparse, it costs start-up time
        from types import SimpleNamespace

        return SimpleNamespace(db=None, screenshot=None, select=None, tab="heroes", command=None)
    return build_parser().parse_args(argv)
