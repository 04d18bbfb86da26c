"""Time exporting 100,000 synthetic heroes to CSV and importing them into an empty catalogue.

Target from the issue: each <= 10 s. Prints the figures; nothing here is a timed test.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))


def timed(label: str, work):
    """Wall time, and the CPU time of this process (steadier on a shared machine)."""
    began, cpu = time.perf_counter(), time.process_time()
    result = work()
    print(f"  {label:<44} {time.perf_counter() - began:6.2f} s "
          f"(CPU {time.process_time() - cpu:5.2f} s)")  # fmt: skip
    return result


def main(count: int = 100_000) -> None:
    from heroviewer.catalog import open_catalog
    from heroviewer.interchange.detect import plan_for, read_import
    from heroviewer.interchange.hero_csv import write_heroes_csv
    from synthetic import make_catalogue

    began = time.process_time()
    sum(range(30_000_000))
    loop = time.process_time() - began
    print(f"machine speed: a pure-Python loop of 30 million steps, {loop:.2f} s CPU")
    work = Path(tempfile.mkdtemp(prefix="heroviewer-interchange-"))
    source = open_catalog(make_catalogue(count, work))
    out = work / "heroes.csv"
    print(f"{count:,} synthetic heroes, CSV")
    records = timed("export: read every record", source.heroes)
    timed("export: write the CSV", lambda: write_heroes_csv(records, out))
    print(f"  CSV file: {out.stat().st_size / 2**20:.1f} MB")

    empty_bundle = work / "empty-bundle"
    target = open_catalog(work / "empty.sqlite", bundle_dir=empty_bundle)
    began = time.perf_counter()
    kind, incoming = timed("import: read and check the CSV", lambda: read_import(out))
    plan = timed("import: plan against the catalogue", lambda: plan_for(kind, incoming, target))
    writer = target.open_writer()
    timed("import: apply (one transaction, with history)",
          lambda: writer.apply_batch(plan.entity, plan.adds, plan.new_values()))  # fmt: skip
    print(f"  import in all: {time.perf_counter() - began:.2f} s, "
          f"{len(target.hero_rows()):,} heroes now")  # fmt: skip
    writer.close()

    began = time.perf_counter()
    kind, incoming = read_import(out)
    plan = plan_for(kind, incoming, target)
    print(f"  the same file again (all unchanged: {plan.unchanged:,}), read and plan: "
          f"{time.perf_counter() - began:.2f} s")  # fmt: skip
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
