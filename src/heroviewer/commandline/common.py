"""What every command uses: exit codes, messages in the interface's language, refusals."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from heroviewer.support.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import argparse

EXIT_OK = 0
EXIT_ERROR = 2


def catalogue_target(args: argparse.Namespace) -> str | Path:
    if args.db:
        return args.db
    from heroviewer.support.paths import default_catalogue_path

    return default_catalogue_path()


def tr(message: object) -> str:
    """A message (or an exception made from one) in the interface's language."""
    from heroviewer.support.translated import translated

    return translated(message)


def say(message: object, file=None) -> None:
    print(tr(message), file=file)


def fail(message: object, show_dialog: bool) -> int:
    message = tr(message)
    print(f"heroviewer: {message}", file=sys.stderr)
    if show_dialog and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        from heroviewer.app import ensure_application
        from heroviewer.ui import plain

        ensure_application()
        plain.critical(None, "HeroViewer", message)
    return EXIT_ERROR


def say_if_created(catalogue) -> None:
    """A catalogue made just now from the bundled data, as nothing was at the path given: said
    on stderr, so that a mistyped --db is not taken for one's own catalogue."""
    if catalogue.created:
        created = QT_TRANSLATE_NOOP(
            "CommandLine",
            "heroviewer: a new catalogue was created at {path} from the bundled data (there was "
            "none there; if you meant another catalogue, check --db)",
        )
        say(created.format(path=catalogue.label), file=sys.stderr)


def close_writer(writer) -> None:
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
        say(kept, file=sys.stderr)


def output_problem(out: Path, catalogue) -> str | None:
    from heroviewer.catalogue import CatalogueError
    from heroviewer.operations.exporting import check_target

    try:
        check_target(out, catalogue.location.path)
    except CatalogueError as error:
        return tr(error)
    return None


def nothing_changed(dry_run: bool) -> int:
    if dry_run:
        say(QT_TRANSLATE_NOOP("CommandLine", "nothing changed (dry run)"))
    else:
        say(QT_TRANSLATE_NOOP("CommandLine", "nothing changed"))
    return EXIT_OK
