"""Commands on a catalogue as a whole: check, backup, restore, copy, grant-roles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from heroviewer.commandline.common import (
    EXIT_OK,
    catalogue_target,
    close_writer,
    fail,
    say,
    say_if_created,
    tr,
)
from heroviewer.support.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import argparse


def check(args: argparse.Namespace) -> int:
    """What the catalogue holds, after SQLite's integrity check and HeroViewer's own checks:
    a damaged catalogue raises CorruptCatalogue (exit code 2) before anything reads it, so that
    no -wal or -shm file is left beside it."""
    from heroviewer.catalogue import ReadOnlyCatalogue, open_catalogue
    from heroviewer.catalogue.backup import check_catalogue
    from heroviewer.catalogue.location import parse_location

    path = parse_location(catalogue_target(args)).path
    if path is not None and path.is_file():
        check_catalogue(path)
    catalogue = open_catalogue(catalogue_target(args))
    say_if_created(catalogue)
    heroes = catalogue.hero_rows()
    state = ""
    try:
        close_writer(catalogue.open_writer())
    except ReadOnlyCatalogue as error:
        state = QT_TRANSLATE_NOOP("CommandLine", " (read-only: {reason})").format(reason=error)
    held = QT_TRANSLATE_NOOP("CommandLine", "{catalogue}: %n hero(es), {news}{state}", "", -1)
    news = QT_TRANSLATE_NOOP("CommandLine", "%n news item(s)", "", -1).format(
        n=len(catalogue.news_items())
    )
    say(held.format(catalogue=catalogue.label, n=len(heroes), news=news, state=state))
    catalogue.close()
    return EXIT_OK


def backup(catalogue, args: argparse.Namespace) -> int:
    from heroviewer.operations.backups import back_up

    out = args.out.expanduser().absolute()
    try:
        back_up(catalogue.location.path, out)
    except OSError as error:
        why = error.strerror or error
        no_backup = QT_TRANSLATE_NOOP(
            "CommandLine", "{file}: no backup written: {reason}; the catalogue is unchanged"
        )
        return fail(no_backup.format(file=out, reason=why), False)
    backed_up = QT_TRANSLATE_NOOP("CommandLine", "{catalogue} backed up to {file}")
    say(backed_up.format(catalogue=catalogue.label, file=out))
    return EXIT_OK


def copy(args: argparse.Namespace) -> int:
    from heroviewer.operations.copying import copy_catalogue

    copied = copy_catalogue(args.source, args.destination, replace=args.replace)
    done = QT_TRANSLATE_NOOP(
        "CommandLine",
        "{source} copied to {destination}: {heroes} heroes, {news} news items, "
        "{portraits} portraits, {history} history entries",
    )
    say(done.format(source=args.source, destination=args.destination, **copied._asdict()))
    return EXIT_OK


def grant_roles(args: argparse.Namespace) -> int:
    from heroviewer.catalogue.roles import EDITOR, READER, grant_roles

    if not args.db:
        needs_db = QT_TRANSLATE_NOOP("CommandLine", "grant-roles needs --db postgresql+psycopg://…")
        return fail(needs_db, show_dialog=False)
    label = grant_roles(args.db)
    done = QT_TRANSLATE_NOOP(
        "CommandLine",
        "{catalogue}: the roles {reader} (may read) and {editor} (may read and change) are "
        "ready; make each member of staff a login in one of them, for example: CREATE ROLE "
        "anna LOGIN PASSWORD '…' IN ROLE {editor};",
    )
    say(done.format(catalogue=label, reader=READER, editor=EDITOR))
    return EXIT_OK


def restore(args: argparse.Namespace) -> int:
    from heroviewer.catalogue.location import parse_location
    from heroviewer.operations.backups import restore

    target = parse_location(catalogue_target(args)).path
    try:
        kept = restore(args.backup_file.expanduser().absolute(), target)
    except OSError as error:  # "the disk is full; the catalogue is unchanged"
        not_restored = QT_TRANSLATE_NOOP("CommandLine", "{file}: not restored: {reason}")
        reason = error.strerror or error
        return fail(not_restored.format(file=target, reason=reason), show_dialog=False)
    say(
        QT_TRANSLATE_NOOP("CommandLine", "{file} restored from {backup}").format(
            file=target, backup=args.backup_file
        )
    )
    if kept:
        say(
            QT_TRANSLATE_NOOP("CommandLine", "the catalogue as it was is kept in {file}").format(
                file=kept
            )
        )
    return EXIT_OK


def restore_hint(args: argparse.Namespace) -> str:
    """For a damaged catalogue: the command that restores the newest good backup, if any."""
    from heroviewer.catalogue.backup import newest_good_backup
    from heroviewer.catalogue.location import parse_location

    path = parse_location(catalogue_target(args)).path
    backup = newest_good_backup(path) if path else None
    if backup is None:
        return ""
    hint = QT_TRANSLATE_NOOP(
        "CommandLine",
        "the newest good backup is {backup}; to restore it: heroviewer restore '{backup}'",
    )
    return "\n" + tr(hint.format(backup=backup))
