"""The command line: start the app, render a screenshot, or check a catalogue.

Start-up is kept light on purpose: Qt is imported only when a window is needed, and SQLAlchemy
only when a catalogue must be created, migrated or written.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

from heroviewer import __version__
from heroviewer.support.messages import QT_TRANSLATE_NOOP

EXIT_OK = 0
EXIT_ERROR = 2

# argparse's own words, asked for through its gettext hook (see _argparse_in_language)
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
)


def build_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="heroviewer",
        description=_tr(
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
        help=_tr(QT_TRANSLATE_NOOP("CommandLine", "show the version and exit")),
    )
    parser.add_argument(
        "--screenshot",
        metavar="OUT.png",
        type=Path,
        help=_tr(QT_TRANSLATE_NOOP("CommandLine", "render the window to a PNG and exit")),
    )
    parser.add_argument(
        "--select",
        metavar="NAME",
        help=_tr(QT_TRANSLATE_NOOP("CommandLine", "with --screenshot: show this hero")),
    )
    parser.add_argument(
        "--tab",
        choices=("heroes", "news"),
        default="heroes",
        help=_tr(QT_TRANSLATE_NOOP("CommandLine", "with --screenshot: the tab to show")),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser(
        "check",
        parents=[common],
        help=_tr(QT_TRANSLATE_NOOP("CommandLine", "open the catalogue and say what it holds")),
    )
    cards = commands.add_parser(
        "cards",
        parents=[common],
        help=_tr(QT_TRANSLATE_NOOP("CommandLine", "write hero cards to a PDF, with no window")),
    )
    cards.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE.pdf",
        help=_tr(QT_TRANSLATE_NOOP("CommandLine", "the PDF to write: other names are refused")),
    )
    cards.add_argument("--layout", default="a4", choices=("a4", "a4-4up", "a5", "letter"))
    cards.add_argument(
        "--search",
        metavar="TEXT",
        help=_tr(QT_TRANSLATE_NOOP("CommandLine", "only the heroes this search finds")),
    )
    cards.add_argument(
        "--no-qr",
        action="store_true",
        help=_tr(QT_TRANSLATE_NOOP("CommandLine", "leave out the QR codes")),
    )
    backup = commands.add_parser(
        "backup",
        parents=[common],
        help=_tr(
            QT_TRANSLATE_NOOP(
                "CommandLine", "copy the catalogue to a backup file, safely while in use"
            )
        ),
    )
    backup.add_argument("--out", required=True, type=Path, metavar="FILE")
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help=_tr(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "replace the catalogue with a backup (the current one is backed up first)",
            )
        ),
    )
    restore.add_argument("backup_file", type=Path, metavar="FILE")
    copy = commands.add_parser(
        "copy",
        help=_tr(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "copy a whole catalogue (heroes, portraits, news, history) to another file or "
                "database server",
            )
        ),
    )
    copy.add_argument("--from", dest="source", required=True, metavar="PATH_OR_URL")
    copy.add_argument("--to", dest="destination", required=True, metavar="PATH_OR_URL")
    copy.add_argument(
        "--replace",
        action="store_true",
        help=_tr(
            QT_TRANSLATE_NOOP(
                "CommandLine", "replace what the destination holds (refused without it)"
            )
        ),
    )
    commands.add_parser(
        "grant-roles",
        parents=[common],
        help=_tr(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "make the heroviewer_reader and heroviewer_editor roles on a PostgreSQL catalogue",
            )
        ),
    )
    portraits = commands.add_parser(
        "portraits",
        parents=[common],
        help=_tr(
            QT_TRANSLATE_NOOP(
                "CommandLine", "add portraits from a folder of images named after the heroes"
            )
        ),
    )
    portraits.add_argument("folder", type=Path, metavar="FOLDER")
    portraits.add_argument(
        "--dry-run",
        action="store_true",
        help=_tr(QT_TRANSLATE_NOOP("CommandLine", "only say which file matches whom")),
    )
    portraits.add_argument(
        "--crop",
        action="store_true",
        help=_tr(
            QT_TRANSLATE_NOOP("CommandLine", "crop each image to the card portrait's shape (3:4)")
        ),
    )
    export = commands.add_parser(
        "export",
        parents=[common],
        help=_tr(QT_TRANSLATE_NOOP("CommandLine", "write heroes or news to a CSV or JSON file")),
    )
    export.add_argument(
        "--what",
        choices=("heroes", "news"),
        default="heroes",
        help=_tr(QT_TRANSLATE_NOOP("CommandLine", "default: heroes")),
    )
    export.add_argument(
        "--format",
        choices=("csv", "json"),
        default="csv",
        dest="file_format",
        help=_tr(QT_TRANSLATE_NOOP("CommandLine", "default: csv (news: json only)")),
    )
    export.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE",
        help=_tr(QT_TRANSLATE_NOOP("CommandLine", "file to write")),
    )
    export.add_argument(
        "--search",
        metavar="TEXT",
        help=_tr(QT_TRANSLATE_NOOP("CommandLine", "only the heroes this search finds")),
    )
    imports = commands.add_parser(
        "import",
        parents=[common],
        help=_tr(
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
        help=_tr(
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
        help=_tr(QT_TRANSLATE_NOOP("CommandLine", "only say what would change")),
    )
    imports.add_argument(
        "--accept-damaged",
        action="store_true",
        help=_tr(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                'also import texts where "?" seems to replace a Tajik letter (left out by default)',
            )
        ),
    )
    places = commands.add_parser(
        "places",
        parents=[common],
        help=_tr(
            QT_TRANSLATE_NOOP(
                "CommandLine", "print each hero's places and where the offline gazetteer puts them"
            )
        ),
    )
    places.add_argument("--format", choices=("json", "csv"), default="json", dest="file_format")
    for name, help_text in (
        ("map", QT_TRANSLATE_NOOP("CommandLine", "write the map as a wall panel")),
        ("timeline", QT_TRANSLATE_NOOP("CommandLine", "write the timeline as a wall panel")),
        ("figures", QT_TRANSLATE_NOOP("CommandLine", "write the figures as a wall panel")),
    ):
        panel = commands.add_parser(name, parents=[common], help=_tr(help_text))
        panel.add_argument(
            "--out",
            required=True,
            type=Path,
            metavar="FILE.pdf|.svg|.png",
            help=_tr(QT_TRANSLATE_NOOP("CommandLine", "the file to write: PDF, SVG or PNG")),
        )
        panel.add_argument("--size", choices=("a3", "a1"), default="a3")
        if name == "map":
            panel.add_argument("--view", choices=("home", "deeds"), default="home")
        if name != "figures":
            panel.add_argument(
                "--search",
                metavar="TEXT",
                help=_tr(QT_TRANSLATE_NOOP("CommandLine", "only the heroes this search finds")),
            )
    return parser


def _db_option(default: object) -> argparse.ArgumentParser:
    import argparse

    option = argparse.ArgumentParser(add_help=False)
    option.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=default,
        help=_tr(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "catalogue file or SQLAlchemy URL (default: the catalogue in your user data "
                "folder; a missing file is created from the bundled data)",
            )
        ),
    )
    return option


def _catalogue_target(args: argparse.Namespace) -> str | Path:
    if args.db:
        return args.db
    from heroviewer.support.paths import default_catalogue_path

    return default_catalogue_path()


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    if not argv:  # the everyday launch: skip importing argparse, it costs start-up time
        from types import SimpleNamespace

        return SimpleNamespace(db=None, screenshot=None, select=None, tab="heroes", command=None)
    return build_parser().parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv:  # the plain launch: the window's start installs them itself
        _install_translators()
    args = parse_arguments(argv)
    from heroviewer.catalogue import CatalogueError, CorruptCatalogue, open_catalogue

    try:
        if args.command == "restore":
            return _restore(args)
        if args.command == "check":
            return _check(args)
        if args.command == "copy":
            return _copy(args)
        if args.command == "grant-roles":
            return _grant_roles(args)
        catalogue = open_catalogue(_catalogue_target(args))
        if args.command == "cards":
            return _cards(catalogue, args)
        if args.command == "backup":
            return _backup(catalogue, args)
        if args.command == "portraits":
            return _portraits(catalogue, args)
        if args.command == "export":
            return _export(catalogue, args)
        if args.command == "import":
            return _import(catalogue, args)
        if args.command == "places":
            return _places(catalogue, args)
        if args.command in ("map", "timeline", "figures"):
            return _wall_panel(catalogue, args)
    except CorruptCatalogue as error:
        if args.screenshot is None and args.command is None:
            return _offer_restore(error)
        return _fail(f"{_tr(error)}{_restore_hint(args)}", show_dialog=False)
    except CatalogueError as error:
        return _fail(error, show_dialog=args.screenshot is None and args.command is None)
    if args.screenshot is not None:
        return _screenshot(catalogue, args)
    return _run_gui(catalogue)


def _install_translators() -> None:
    """The command line (--help, argparse's usage and errors, a command's messages) in the
    interface's language (the remembered one, else the system's), as the window's. Qt's
    translators need an application: one with no window, which a command that paints
    (cards, --screenshot, the window) replaces with a QApplication (app.ensure_application)."""
    from PySide6.QtCore import QCoreApplication

    from heroviewer.ui.language import start_language

    QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    start_language()
    _argparse_in_language()


def _argparse_in_language() -> None:
    """argparse asks gettext for its own words ("usage: ", "error:"): ask Qt's translators
    instead, in the context "argparse" (ARGPARSE_WORDS marks them for lupdate)."""
    import argparse

    from PySide6.QtCore import QCoreApplication

    argparse._ = lambda text: QCoreApplication.translate("argparse", text)


def _tr(message: object) -> str:
    """A message (or an exception made from one) in the interface's language."""
    from heroviewer.support.translated import translated

    return translated(message)


def _say(message: object, file=None) -> None:
    print(_tr(message), file=file)


def _fail(message: object, show_dialog: bool) -> int:
    message = _tr(message)
    print(f"heroviewer: {message}", file=sys.stderr)
    if show_dialog and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        from heroviewer.app import ensure_application
        from heroviewer.ui import plain

        ensure_application()
        plain.critical(None, "HeroViewer", message)
    return EXIT_ERROR


def _check(args: argparse.Namespace) -> int:
    """What the catalogue holds, after SQLite's integrity check and HeroViewer's own checks:
    a damaged catalogue raises CorruptCatalogue (exit code 2) before anything reads it, so that
    no -wal or -shm file is left beside it."""
    from heroviewer.catalogue import ReadOnlyCatalogue, open_catalogue
    from heroviewer.catalogue.backup import check_catalogue
    from heroviewer.catalogue.location import parse_location

    path = parse_location(_catalogue_target(args)).path
    if path is not None and path.is_file():
        check_catalogue(path)
    catalogue = open_catalogue(_catalogue_target(args))
    heroes = catalogue.hero_rows()
    state = ""
    try:
        _close_writer(catalogue.open_writer())
    except ReadOnlyCatalogue as error:
        state = QT_TRANSLATE_NOOP("CommandLine", " (read-only: {reason})").format(reason=error)
    held = QT_TRANSLATE_NOOP("CommandLine", "{catalogue}: %n hero(es), {news}{state}", "", -1)
    news = QT_TRANSLATE_NOOP("CommandLine", "%n news item(s)", "", -1).format(
        n=len(catalogue.news_items())
    )
    _say(held.format(catalogue=catalogue.label, n=len(heroes), news=news, state=state))
    catalogue.close()
    return EXIT_OK


def _close_writer(writer) -> None:
    """Close ``writer``; when its saved changes could not be written into the catalogue file
    (a full disk), say that they are kept in the side file. They are saved: not an error."""
    problem = writer.close()
    if problem:
        kept = QT_TRANSLATE_NOOP(
            "CommandLine",
            "heroviewer: warning: {catalogue}: the changes are saved, but kept in the side "
            "file {side_file} beside the catalogue, as they could not be written into "
            "the catalogue file ({problem}); keep that file with the catalogue and copy both "
            "together",
        )
        kept = kept.format(catalogue=writer.label, side_file=writer.wal_name, problem=problem)
        _say(kept, file=sys.stderr)


def _output_problem(out: Path, catalogue) -> str | None:
    from heroviewer.catalogue import CatalogueError
    from heroviewer.operations.exporting import check_target

    try:
        check_target(out, catalogue.location.path)
    except CatalogueError as error:
        return _tr(error)
    return None


def _cards(catalogue, args: argparse.Namespace) -> int:
    from heroviewer.operations.searching import searched_rows

    rows = searched_rows(catalogue, args.search)
    if not rows:
        no_match = QT_TRANSLATE_NOOP("CommandLine", "no hero matches {search}; nothing written")
        return _fail(no_match.format(search=repr(args.search)), show_dialog=False)
    out = args.out.expanduser().absolute()
    problem = _output_problem(out, catalogue)
    if problem:
        return _fail(problem, show_dialog=False)
    if out.suffix.lower() != ".pdf":
        not_pdf = QT_TRANSLATE_NOOP(
            "CommandLine", "{file}: cards are written as PDF: give a file name ending in .pdf"
        )
        return _fail(not_pdf.format(file=out), False)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from heroviewer.app import ensure_application
    from heroviewer.cards.layouts import LAYOUTS
    from heroviewer.cards.pdf import cards_written, write_cards_pdf
    from heroviewer.ui.language import current_language

    ensure_application()
    records = [catalogue.hero(row.id) for row in rows]
    without_qr: list[str] = []
    try:
        pages = write_cards_pdf(
            out, records, LAYOUTS[args.layout], not args.no_qr, catalogue.portrait, without_qr,
            current_language(),
        )  # fmt: skip
    except OSError as error:
        return _fail(f"{out}: {_tr(error)}", show_dialog=False)
    for title in without_qr:
        no_qr = QT_TRANSLATE_NOOP(
            "CommandLine",
            "heroviewer: note: the card of {name} has no QR code: its source link is too long "
            "for one",
        )
        _say(no_qr.format(name=title), file=sys.stderr)
    print(f"{out}: {_tr(cards_written(len(records), pages))} ({args.layout})")
    return EXIT_OK


def _export(catalogue, args: argparse.Namespace) -> int:
    from heroviewer.operations.exporting import export_heroes, export_news
    from heroviewer.operations.import_plan import counted
    from heroviewer.records.entities import HERO, NEWS

    out = args.out.expanduser().absolute()
    if args.what == "news" and args.file_format == "csv":
        return _fail(
            QT_TRANSLATE_NOOP("CommandLine", "news are exported as JSON (--format json)"),
            show_dialog=False,
        )
    try:
        if args.what == "news":
            count = export_news(catalogue, out)
        else:
            count = export_heroes(catalogue, out, args.file_format, search=args.search)
    except OSError as error:  # "the disk is full; the previous file is kept"
        not_exported = QT_TRANSLATE_NOOP("CommandLine", "{file}: not exported: {reason}")
        reason = error.strerror or error
        return _fail(not_exported.format(file=out, reason=reason), show_dialog=False)
    entity = NEWS if args.what == "news" else HERO
    print(f"{out}: {_tr(counted(count, entity))} ({args.file_format.upper()})")
    return EXIT_OK


def _places(catalogue, args: argparse.Namespace) -> int:
    from heroviewer.formats.geography import GeographyError, bundled_gazetteer
    from heroviewer.operations import places

    try:
        gazetteer = bundled_gazetteer()
    except GeographyError as error:
        return _fail(error, show_dialog=False)
    entries = places.place_entries(
        places.catalogue_places(catalogue), gazetteer, catalogue.place_positions()
    )
    write = places.entries_json if args.file_format == "json" else places.entries_csv
    sys.stdout.write(write(entries))
    return EXIT_OK


def _wall_panel(catalogue, args: argparse.Namespace) -> int:
    """`heroviewer map|timeline|figures --out FILE`: what the tab's Export… button writes."""
    out = args.out.expanduser().absolute()
    problem = _output_problem(out, catalogue)
    if problem:
        return _fail(problem, show_dialog=False)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from heroviewer.app import ensure_application
    from heroviewer.ui import panels
    from heroviewer.ui.language import current_language
    from heroviewer.ui.wall_panel import suffix_problem, write_panel

    ensure_application()
    if problem := suffix_problem(out):
        return _fail(problem, show_dialog=False)
    if args.command == "figures":
        panel = panels.figures_panel(catalogue.heroes(), catalogue)
    else:
        from heroviewer.operations.searching import searched_rows

        ids = [row.id for row in searched_rows(catalogue, args.search)]
        if not ids:
            no_match = QT_TRANSLATE_NOOP("CommandLine", "no hero matches {search}; nothing written")
            return _fail(no_match.format(search=repr(args.search)), show_dialog=False)
        if args.command == "timeline":
            records = {record["id"]: record for record in catalogue.heroes()}
            panel = panels.timeline_panel(records, ids, current_language(), catalogue)
        else:
            panel = _map_panel(catalogue, ids, args.view, current_language())
            if isinstance(panel, int):
                return panel
    try:
        write_panel(out, panel, args.size)
    except OSError as error:
        not_written = QT_TRANSLATE_NOOP("CommandLine", "{file}: not written: {reason}")
        return _fail(not_written.format(file=out, reason=error.strerror or error), False)
    written = QT_TRANSLATE_NOOP("CommandLine", "{file}: written ({size})")
    _say(written.format(file=out, size=args.size.upper()))
    return EXIT_OK


def _map_panel(catalogue, ids: list[str], view: str, language: str):
    from heroviewer.formats.geography import GeographyError, bundled_gazetteer, load_outlines
    from heroviewer.operations import places
    from heroviewer.ui import panels

    try:
        gazetteer, outlines = bundled_gazetteer(), load_outlines()
    except GeographyError as error:
        return _fail(error, show_dialog=False)
    entries = places.place_entries(
        places.catalogue_places(catalogue, language), gazetteer, catalogue.place_positions()
    )
    kind = "birth" if view == "home" else "deed"
    return panels.map_panel(entries, ids, kind, outlines, catalogue)


def _import(catalogue, args: argparse.Namespace) -> int:
    from heroviewer.operations.importing import apply_import, plan_import_file, through_writer

    planned = plan_import_file(args.import_file.expanduser().absolute(), catalogue)
    names = {row.id: row.display_name for row in catalogue.hero_rows()}
    print("\n".join(map(_tr, planned.report_lines(names, args.accept_damaged))))
    plan = planned.plan_to_apply(args.accept_damaged)
    if args.dry_run or plan.is_empty:
        return _nothing_changed(args.dry_run)
    writer = catalogue.open_writer()
    try:
        added, changed = apply_import(plan, through_writer(writer))
    finally:
        _close_writer(writer)
    imported = QT_TRANSLATE_NOOP("CommandLine", "imported: {added} added, {changed} changed")
    _say(imported.format(added=added, changed=changed))
    return EXIT_OK


def _backup(catalogue, args: argparse.Namespace) -> int:
    from heroviewer.operations.backups import back_up

    out = args.out.expanduser().absolute()
    try:
        back_up(catalogue.location.path, out)
    except OSError as error:
        why = error.strerror or error
        no_backup = QT_TRANSLATE_NOOP(
            "CommandLine", "{file}: no backup written: {reason}; the catalogue is unchanged"
        )
        return _fail(no_backup.format(file=out, reason=why), False)
    backed_up = QT_TRANSLATE_NOOP("CommandLine", "{catalogue} backed up to {file}")
    _say(backed_up.format(catalogue=catalogue.label, file=out))
    return EXIT_OK


def _copy(args: argparse.Namespace) -> int:
    from heroviewer.operations.copying import copy_catalogue

    copied = copy_catalogue(args.source, args.destination, replace=args.replace)
    done = QT_TRANSLATE_NOOP(
        "CommandLine",
        "{source} copied to {destination}: {heroes} heroes, {news} news items, "
        "{portraits} portraits, {history} history entries",
    )
    _say(done.format(source=args.source, destination=args.destination, **copied._asdict()))
    return EXIT_OK


def _grant_roles(args: argparse.Namespace) -> int:
    from heroviewer.catalogue.roles import EDITOR, READER, grant_roles

    if not args.db:
        needs_db = QT_TRANSLATE_NOOP("CommandLine", "grant-roles needs --db postgresql+psycopg://…")
        return _fail(needs_db, show_dialog=False)
    label = grant_roles(args.db)
    done = QT_TRANSLATE_NOOP(
        "CommandLine",
        "{catalogue}: the roles {reader} (may read) and {editor} (may read and change) are "
        "ready; make each member of staff a login in one of them, for example: CREATE ROLE "
        "anna LOGIN PASSWORD '…' IN ROLE {editor};",
    )
    _say(done.format(catalogue=label, reader=READER, editor=EDITOR))
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from heroviewer.catalogue.location import parse_location
    from heroviewer.operations.backups import restore

    target = parse_location(_catalogue_target(args)).path
    try:
        kept = restore(args.backup_file.expanduser().absolute(), target)
    except OSError as error:  # "the disk is full; the catalogue is unchanged"
        not_restored = QT_TRANSLATE_NOOP("CommandLine", "{file}: not restored: {reason}")
        reason = error.strerror or error
        return _fail(not_restored.format(file=target, reason=reason), show_dialog=False)
    _say(
        QT_TRANSLATE_NOOP("CommandLine", "{file} restored from {backup}").format(
            file=target, backup=args.backup_file
        )
    )
    if kept:
        _say(
            QT_TRANSLATE_NOOP("CommandLine", "the catalogue as it was is kept in {file}").format(
                file=kept
            )
        )
    return EXIT_OK


def _restore_hint(args: argparse.Namespace) -> str:
    """For a damaged catalogue: the command that restores the newest good backup, if any."""
    from heroviewer.catalogue.backup import newest_good_backup
    from heroviewer.catalogue.location import parse_location

    path = parse_location(_catalogue_target(args)).path
    backup = newest_good_backup(path) if path else None
    if backup is None:
        return ""
    hint = QT_TRANSLATE_NOOP(
        "CommandLine",
        "the newest good backup is {backup}; to restore it: heroviewer restore '{backup}'",
    )
    return "\n" + _tr(hint.format(backup=backup))


def _offer_restore(error) -> int:
    """A damaged catalogue at a plain start: offer the newest good backup in a dialog."""
    print(f"heroviewer: {_tr(error)}", file=sys.stderr)
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return EXIT_ERROR
    from heroviewer.app import ensure_application
    from heroviewer.ui.dialogs.damaged import offer_restore

    ensure_application()
    catalogue = offer_restore(error.path, _tr(error))
    return _run_gui(catalogue) if catalogue is not None else EXIT_ERROR


def _portraits(catalogue, args: argparse.Namespace) -> int:
    from heroviewer.operations.portrait_folder import plan_import, report_lines, set_portraits

    folder = args.folder.expanduser().absolute()
    if not folder.is_dir():
        return _fail(
            QT_TRANSLATE_NOOP("CommandLine", "{folder}: no such folder").format(folder=folder),
            show_dialog=False,
        )
    report, prepared = plan_import(folder, catalogue.hero_names(), args.crop)
    names = {row.id: row.display_name for row in catalogue.hero_rows()}
    print("\n".join(map(_tr, report_lines(report, folder, names))))
    if args.dry_run or not prepared:
        return _nothing_changed(args.dry_run)
    writer = catalogue.open_writer()
    try:
        done = set_portraits(
            prepared, writer.store_image, lambda *change: len(writer.save_many(*change))
        )
    finally:
        _close_writer(writer)
    _say(QT_TRANSLATE_NOOP("CommandLine", "%n portrait(s) set", "", -1).format(n=done))
    return EXIT_OK


def _nothing_changed(dry_run: bool) -> int:
    if dry_run:
        _say(QT_TRANSLATE_NOOP("CommandLine", "nothing changed (dry run)"))
    else:
        _say(QT_TRANSLATE_NOOP("CommandLine", "nothing changed"))
    return EXIT_OK


def _screenshot(catalogue, args: argparse.Namespace) -> int:
    problem = _output_problem(args.screenshot.expanduser().absolute(), catalogue)
    if problem:
        return _fail(problem, show_dialog=False)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from heroviewer.app import build_window, save_screenshot

    window = build_window(catalogue, remember=False)
    try:
        problem = save_screenshot(window, args.screenshot, args.select, args.tab)
    except OSError as error:
        return _fail(error, show_dialog=False)
    finally:
        window.close()
    if problem:
        partly = QT_TRANSLATE_NOOP("CommandLine", "{file} written, but {problem}").format(
            file=args.screenshot, problem=problem
        )
        return _fail(partly, show_dialog=False)
    _say(QT_TRANSLATE_NOOP("CommandLine", "{file} written").format(file=args.screenshot))
    return EXIT_OK


def _run_gui(catalogue) -> int:
    from heroviewer.app import build_window, ensure_application

    app = ensure_application()
    window = build_window(catalogue, editable_at_once=False)  # editable right after it shows
    if os.environ.get("HEROVIEWER_EXIT_WHEN_SHOWN"):  # for benchmarks/startup.py
        from heroviewer.app import quit_after_first_paint

        quit_after_first_paint(window.heroes.table.viewport())
    window.show()
    return app.exec()
