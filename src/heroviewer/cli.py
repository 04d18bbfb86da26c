"""The command line: start the app, render a screenshot, or check a catalogue.

Start-up is kept light on purpose: Qt is imported only when a window is needed, and SQLAlchemy
only when a catalogue must be created, migrated or written.
"""

from __future__ import annotations

import gc
import os
import sys
from typing import TYPE_CHECKING

from heroviewer.commandline.common import (
    EXIT_ERROR,
    EXIT_OK,
    catalogue_target,
    fail,
    output_problem,
    say,
    say_if_created,
    tr,
)
from heroviewer.commandline.parser import build_parser, parse_arguments
from heroviewer.support.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import argparse

__all__ = ["EXIT_ERROR", "EXIT_OK", "build_parser", "main", "parse_arguments"]

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


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:  # the plain launch: no cycle collection until the window is built (_run_gui)
        gc.disable()  # (its window installs the translators itself)
    else:
        _install_translators()
    args = parse_arguments(argv)
    from heroviewer.catalogue import CatalogueError, CorruptCatalogue, open_catalogue

    try:
        if args.command is not None:
            return _run_command(args)
        catalogue = open_catalogue(catalogue_target(args))
        if argv:  # a plain launch's window says it in its status bar
            say_if_created(catalogue)
    except CorruptCatalogue as error:
        if args.screenshot is None and args.command is None:
            return _offer_restore(error)
        from heroviewer.commandline.catalogue_commands import restore_hint

        return fail(f"{tr(error)}{restore_hint(args)}", show_dialog=False)
    except CatalogueError as error:
        return fail(error, show_dialog=args.screenshot is None and args.command is None)
    if args.screenshot is not None:
        return _screenshot(catalogue, args)
    return _run_gui(catalogue)


def _run_command(args: argparse.Namespace) -> int:
    """A command (check, import, cards…). Its modules are imported here: a plain launch,
    which opens the window, needs none of them."""
    from heroviewer.catalogue import open_catalogue
    from heroviewer.commandline import catalogue_commands, exchange_commands, panel_commands

    on_its_own = {
        "restore": catalogue_commands.restore,
        "check": catalogue_commands.check,
        "copy": catalogue_commands.copy,
        "grant-roles": catalogue_commands.grant_roles,
    }
    if args.command in on_its_own:  # each opens (or makes) its catalogue itself
        return on_its_own[args.command](args)
    on_the_catalogue = {
        "cards": panel_commands.cards,
        "backup": catalogue_commands.backup,
        "portraits": exchange_commands.portraits,
        "export": exchange_commands.export,
        "import": exchange_commands.import_records,
        "places": exchange_commands.places,
    }
    catalogue = open_catalogue(catalogue_target(args))
    say_if_created(catalogue)
    # map, timeline and figures: the wall panels
    return on_the_catalogue.get(args.command, panel_commands.wall_panel)(catalogue, args)


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


def _offer_restore(error) -> int:
    """A damaged catalogue at a plain start: offer the newest good backup in a dialog."""
    print(f"heroviewer: {tr(error)}", file=sys.stderr)
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return EXIT_ERROR
    from heroviewer.app import ensure_application
    from heroviewer.ui.dialogs.damaged import offer_restore

    ensure_application()
    catalogue = offer_restore(error.path, tr(error))
    return _run_gui(catalogue) if catalogue is not None else EXIT_ERROR


def _screenshot(catalogue, args: argparse.Namespace) -> int:
    problem = output_problem(args.screenshot.expanduser().absolute(), catalogue)
    if problem:
        return fail(problem, show_dialog=False)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from heroviewer.app import build_window, save_screenshot

    window = build_window(catalogue, remember=False)
    try:
        problem = save_screenshot(window, args.screenshot, args.select, args.tab)
    except OSError as error:
        return fail(error, show_dialog=False)
    finally:
        window.close()
    if problem:
        partly = QT_TRANSLATE_NOOP("CommandLine", "{file} written, but {problem}").format(
            file=args.screenshot, problem=problem
        )
        return fail(partly, show_dialog=False)
    say(QT_TRANSLATE_NOOP("CommandLine", "{file} written").format(file=args.screenshot))
    return EXIT_OK


def _run_gui(catalogue) -> int:
    """Show the window until it is closed.

    What the window is built from (the modules, the window, a row per hero) lives as long as
    the program, so a launch imports and builds it with the cycle collector paused (from the
    start of ``main``), then freezes it (gc.freeze): the collector never walks it again. With
    100,000 heroes it walked those rows at start-up (40-70 ms each time) and again in later
    full passes; they hold no cycles for it to find, and reference counting still frees
    anything that is dropped.
    """
    gc.disable()  # main did already for a plain launch
    from heroviewer.app import build_window, ensure_application

    app = ensure_application()
    window = build_window(catalogue, editable_at_once=False)  # editable once shown
    gc.freeze()
    gc.enable()
    if os.environ.get("HEROVIEWER_EXIT_WHEN_SHOWN"):  # for benchmarks/startup.py
        from heroviewer.app import quit_after_first_paint

        quit_after_first_paint(window.heroes.table)
    window.show()
    return app.exec()
