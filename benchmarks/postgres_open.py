"""Opening a 100,000-hero catalogue on PostgreSQL over loopback, printed as figures.

Usage: python benchmarks/postgres_open.py [--heroes N] [--runs N]

A throw-away server is started as the tests start theirs (tests/postgres/cluster.py), a synthetic
catalogue (synthetic.py) is copied onto it with `heroviewer copy`, then two figures, medians:
- reading: open_catalogue + every table row, in this process (what the window waits for);
- launch: `python -m heroviewer --db URL` to the first paint of the hero table (offscreen).
The same two figures for the SQLite file are printed beside them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests" / "postgres")]

from cluster import Cluster  # noqa: E402

from startup import APP, time_launch  # noqa: E402
from synthetic import make_catalogue  # noqa: E402


def reading(db) -> float:
    from heroviewer.catalogue import open_catalogue

    started = time.perf_counter()
    catalogue = open_catalogue(db)
    catalogue.hero_rows()
    elapsed = time.perf_counter() - started
    catalogue.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--heroes", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from heroviewer.operations.copying import copy_catalogue

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HEROVIEWER_EXIT_WHEN_SHOWN="1")
    path = make_catalogue(args.heroes)
    server = Cluster()
    try:
        url = server.create_database()
        started = time.perf_counter()
        copy_catalogue(str(path), url)
        print(
            f"copy of {args.heroes:,} heroes to PostgreSQL: {time.perf_counter() - started:.1f} s"
        )
        for name, db in (("SQLite file", path), ("PostgreSQL, loopback", url)):
            reading(db)  # warm-up
            read = statistics.median(reading(db) for _ in range(args.runs))
            launch = statistics.median(
                time_launch([*APP, "--db", str(db)], env) for _ in range(args.runs)
            )
            print(f"{name}: open and read every row {read:.2f} s; first paint {launch:.2f} s")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
