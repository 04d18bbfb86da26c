"""Commands that paint: hero cards as PDF, and the map, timeline and figures panels."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from heroviewer.commandline.common import (
    EXIT_OK,
    fail,
    output_problem,
    say,
    tr,
)
from heroviewer.support.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import argparse


def cards(catalogue, args: argparse.Namespace) -> int:
    from heroviewer.operations.searching import searched_rows

    rows = searched_rows(catalogue, args.search)
    if not rows:
        no_match = QT_TRANSLATE_NOOP("CommandLine", "no hero matches {search}; nothing written")
        return fail(no_match.format(search=repr(args.search)), show_dialog=False)
    out = args.out.expanduser().absolute()
    problem = output_problem(out, catalogue)
    if problem:
        return fail(problem, show_dialog=False)
    if out.suffix.lower() != ".pdf":
        not_pdf = QT_TRANSLATE_NOOP(
            "CommandLine", "{file}: cards are written as PDF: give a file name ending in .pdf"
        )
        return fail(not_pdf.format(file=out), False)
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
        return fail(f"{out}: {tr(error)}", show_dialog=False)
    for title in without_qr:
        no_qr = QT_TRANSLATE_NOOP(
            "CommandLine",
            "heroviewer: note: the card of {name} has no QR code: its source link is too long "
            "for one",
        )
        say(no_qr.format(name=title), file=sys.stderr)
    print(f"{out}: {tr(cards_written(len(records), pages))} ({args.layout})")
    return EXIT_OK


def wall_panel(catalogue, args: argparse.Namespace) -> int:
    """`heroviewer map|timeline|figures --out FILE`: what the tab's Export… button writes."""
    out = args.out.expanduser().absolute()
    problem = output_problem(out, catalogue)
    if problem:
        return fail(problem, show_dialog=False)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from heroviewer.app import ensure_application
    from heroviewer.ui import panels
    from heroviewer.ui.language import current_language
    from heroviewer.ui.wall_panel import suffix_problem, write_panel

    ensure_application()
    if problem := suffix_problem(out):
        return fail(problem, show_dialog=False)
    if args.command == "figures":
        panel = panels.figures_panel(catalogue.heroes(), catalogue)
    else:
        from heroviewer.operations.searching import searched_rows

        ids = [row.id for row in searched_rows(catalogue, args.search)]
        if not ids:
            no_match = QT_TRANSLATE_NOOP("CommandLine", "no hero matches {search}; nothing written")
            return fail(no_match.format(search=repr(args.search)), show_dialog=False)
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
        return fail(not_written.format(file=out, reason=error.strerror or error), False)
    written = QT_TRANSLATE_NOOP("CommandLine", "{file}: written ({size})")
    say(written.format(file=out, size=args.size.upper()))
    return EXIT_OK


def _map_panel(catalogue, ids: list[str], view: str, language: str):
    from heroviewer.formats.geography import GeographyError, bundled_gazetteer, load_outlines
    from heroviewer.formats.region_map import load_region_map
    from heroviewer.operations import places
    from heroviewer.ui import panels

    try:
        gazetteer, outlines, region_map = bundled_gazetteer(), load_outlines(), load_region_map()
    except GeographyError as error:
        return fail(error, show_dialog=False)
    entries = places.place_entries(
        places.catalogue_places(catalogue, language), gazetteer, catalogue.place_positions()
    )
    kind = "birth" if view == "home" else "deed"
    return panels.map_panel(entries, ids, kind, outlines, catalogue, region_map, language)
