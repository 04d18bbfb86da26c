"""Two workstations saving at once on one PostgreSQL catalogue, printed as figures.

Usage: python benchmarks/postgres_load.py [--edits N]

A throw-away server is started as the tests start theirs (tests/postgres/cluster.py) and the
bundled catalogue is made there. Two processes, each with its own connection and writer, then
save N edits each (500 by default) to the staff notes of different heroes (each process has its
half of the heroes), both starting at the same moment. Printed: edits saved, errors, the time,
and whether every hero holds the last edit saved to it.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent / "tests" / "postgres")]


def workstation(url: str, heroes: list[str], edits: int, name: str, start, results) -> None:
    """Save ``edits`` edits, round the ``heroes``; report (saved, errors) on ``results``."""
    from heroviewer.catalogue import open_catalogue
    from heroviewer.catalogue.writer import HERO

    catalogue = open_catalogue(url)
    writer = catalogue.open_writer()
    saved, errors = 0, []
    start.wait()
    for n in range(edits):
        hero_id = heroes[n % len(heroes)]
        try:
            if writer.save(HERO, hero_id, {"staff_notes": f"{name} edit {n}"}, "Edit"):
                saved += 1
        except Exception as error:  # every failure is counted and shown
            errors.append(f"{hero_id}: {error}")
    writer.close()
    catalogue.close()
    results.put((name, saved, errors))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=500)
    args = parser.parse_args()
    from cluster import Cluster

    from heroviewer.catalogue import open_catalogue

    server = Cluster()
    try:
        url = server.create_database()
        catalogue = open_catalogue(url)  # makes the bundled catalogue there
        ids = [row.id for row in catalogue.hero_rows()]
        catalogue.close()
        halves = {"A": ids[0::2], "B": ids[1::2]}
        context = multiprocessing.get_context("spawn")
        start, results = context.Barrier(len(halves) + 1), context.Queue()
        processes = [
            context.Process(target=workstation, args=(url, half, args.edits, name, start, results))
            for name, half in halves.items()
        ]
        for process in processes:
            process.start()
        start.wait()  # both have connected and opened their writers
        started = time.perf_counter()
        reports = [results.get() for _ in processes]
        elapsed = time.perf_counter() - started
        for process in processes:
            process.join()
        catalogue = open_catalogue(url)
        last = {}
        for name, half in halves.items():
            for n in range(args.edits):
                last[half[n % len(half)]] = f"{name} edit {n}"
        kept = sum(catalogue.hero(i)["staff_notes"] == text for i, text in last.items())
        catalogue.close()
    finally:
        server.stop()
    saved = sum(report[1] for report in reports)
    errors = [error for report in reports for error in report[2]]
    print(f"{len(processes)} processes x {args.edits} edits to {len(ids)} heroes")
    print(f"saved: {saved:,} of {len(processes) * args.edits:,}; errors: {len(errors)}")
    for error in errors[:10]:
        print("  ", error)
    print(f"time: {elapsed:.1f} s ({saved / elapsed:.0f} saves a second)")
    print(f"heroes holding the last edit saved to them: {kept} of {len(last)}")


if __name__ == "__main__":
    main()
