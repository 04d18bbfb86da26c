"""Commands that bring records in or take them out: import, export, places, portraits."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from heroviewer.commandline.common import (
    EXIT_OK,
    close_writer,
    fail,
    nothing_changed,
    say,
    tr,
)
from heroviewer.support.bulk import collector_paused
from heroviewer.support.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import argparse


@collector_paused()  # from reading to writing: no pause to walk 100,000 records in between
def import_records(catalogue, args: argparse.Namespace) -> int:
    from heroviewer.formats.hero_csv import header_labels
    from heroviewer.operations.importing import apply_import, plan_import_file, through_writer
    from heroviewer.ui.language import label_translators

    labels = header_labels(label_translators())  # a CSV exported in any language
    planned = plan_import_file(args.import_file.expanduser().absolute(), catalogue, labels)
    names = {row.id: row.display_name for row in catalogue.hero_rows()}
    print("\n".join(map(tr, planned.report_lines(names, args.accept_damaged))))
    plan = planned.plan_to_apply(args.accept_damaged)
    if args.dry_run or plan.is_empty:
        return nothing_changed(args.dry_run)
    writer = catalogue.open_writer()
    try:
        added, changed = apply_import(plan, through_writer(writer))
    finally:
        close_writer(writer)
    imported = QT_TRANSLATE_NOOP("CommandLine", "imported: {added} added, {changed} changed")
    say(imported.format(added=added, changed=changed))
    return EXIT_OK


def export(catalogue, args: argparse.Namespace) -> int:
    from heroviewer.operations.exporting import export_heroes, export_news
    from heroviewer.operations.import_plan import counted
    from heroviewer.records.entities import HERO, NEWS

    out = args.out.expanduser().absolute()
    if args.what == "news" and args.file_format == "csv":
        return fail(
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
        return fail(not_exported.format(file=out, reason=reason), show_dialog=False)
    entity = NEWS if args.what == "news" else HERO
    print(f"{out}: {tr(counted(count, entity))} ({args.file_format.upper()})")
    return EXIT_OK


def places(catalogue, args: argparse.Namespace) -> int:
    from heroviewer.formats.geography import GeographyError, bundled_gazetteer
    from heroviewer.operations import places

    try:
        gazetteer = bundled_gazetteer()
    except GeographyError as error:
        return fail(error, show_dialog=False)
    entries = places.place_entries(
        places.catalogue_places(catalogue), gazetteer, catalogue.place_positions()
    )
    write = places.entries_json if args.file_format == "json" else places.entries_csv
    sys.stdout.write(write(entries))
    return EXIT_OK


def portraits(catalogue, args: argparse.Namespace) -> int:
    from heroviewer.operations.portrait_folder import plan_import, report_lines, set_portraits

    folder = args.folder.expanduser().absolute()
    if not folder.is_dir():
        return fail(
            QT_TRANSLATE_NOOP("CommandLine", "{folder}: no such folder").format(folder=folder),
            show_dialog=False,
        )
    report, prepared = plan_import(folder, catalogue.hero_names(), args.crop)
    names = {row.id: row.display_name for row in catalogue.hero_rows()}
    print("\n".join(map(tr, report_lines(report, folder, names))))
    if args.dry_run or not prepared:
        return nothing_changed(args.dry_run)
    writer = catalogue.open_writer()
    try:
        done = set_portraits(
            prepared, writer.store_image, lambda *change: len(writer.save_many(*change))
        )
    finally:
        close_writer(writer)
    say(QT_TRANSLATE_NOOP("CommandLine", "%n portrait(s) set", "", -1).format(n=done))
    return EXIT_OK
