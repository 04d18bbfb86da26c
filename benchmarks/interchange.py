"""Time exporting 100,000 synthetic heroes to CSV and importing them into an empty catalogue.

Target from the issue: each <= 10 s. Prints the figures; nothing here is a timed test.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
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


def _export(source, out: Path) -> None:
    from heroviewer.formats.hero_csv import write_heroes_csv

    records = timed("export: read every record", source.heroes)
    timed("export: write the CSV", lambda: write_heroes_csv(records, out))


def _import_once(out: Path, work: Path, run: int) -> float:
    """Import the CSV into a new empty catalogue; returns the seconds it took in all."""
    from heroviewer.catalogue import open_catalogue
    from heroviewer.formats.detect import read_import
    from heroviewer.operations.importing import plan_for

    target = open_catalogue(work / f"empty-{run}.sqlite", bundle_dir=work / "empty-bundle")
    print(f"  import, run {run}:")
    os.sync()  # the previous run's writes are not on disk yet
    began = time.perf_counter()
    kind, incoming = timed("  read and check the CSV", lambda: read_import(out))
    plan = timed("  plan against the catalogue", lambda: plan_for(kind, incoming, target))
    writer = target.open_writer()
    timed("  apply (one transaction, with history)",
          lambda: writer.apply_batch(plan.entity, plan.adds, plan.new_values()))  # fmt: skip
    total = time.perf_counter() - began
    print(f"    in all: {total:.2f} s, {len(target.hero_rows()):,} heroes now")
    writer.close()
    return total


def _import_changes(out: Path, target, work: Path) -> None:
    """Every hero's rank changed in the file (as after editing it in a spreadsheet), imported."""
    from heroviewer.formats.detect import read_import
    from heroviewer.formats.hero_csv import write_heroes_csv
    from heroviewer.operations.importing import plan_for

    changed = work / "changed.csv"
    _kind, records = read_import(out)
    write_heroes_csv([{**record, "military_rank": "Major"} for record in records], changed)
    print("  every hero's rank changed in the file:")
    began = time.perf_counter()
    kind, incoming = timed("  read and check the CSV", lambda: read_import(changed))
    plan = timed("  plan against the catalogue", lambda: plan_for(kind, incoming, target))
    writer = target.open_writer()
    timed("  apply (one transaction, with history)",
          lambda: writer.apply_batch(plan.entity, plan.adds, plan.new_values()))  # fmt: skip
    print(f"    in all: {time.perf_counter() - began:.2f} s, {len(plan.changes):,} heroes changed")
    writer.close()


def _commands(catalogue: Path, work: Path, runs: int) -> None:
    """The commands as staff type them: start-up, reading, the printed summary and all."""
    from heroviewer.catalogue import open_catalogue

    out = work / "exported.csv"
    command = [sys.executable, "-m", "heroviewer"]
    export = _seconds([*command, "--db", catalogue, "export", "--out", out])
    print(f"  heroviewer export --out FILE.csv: {export:.2f} s")
    imports = []
    for run in range(1, runs + 1):
        target = work / f"command-{run}.sqlite"
        open_catalogue(target, bundle_dir=work / "empty-bundle").close()
        imports.append(_seconds([*command, "--db", target, "import", out]))
    print(f"  heroviewer import FILE.csv into an empty catalogue, {runs} runs: "
          + ", ".join(f"{seconds:.2f} s" for seconds in imports))  # fmt: skip


def _seconds(command: list) -> float:
    os.sync()  # the files written before (the catalogue just made) are not on disk yet
    began = time.perf_counter()
    subprocess.run(list(map(str, command)), check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - began


def main(count: int = 100_000, runs: int = 3) -> None:
    from heroviewer.catalogue import open_catalogue
    from heroviewer.formats.detect import read_import
    from heroviewer.operations.importing import plan_for
    from synthetic import make_catalogue

    began = time.process_time()
    sum(range(30_000_000))
    loop = time.process_time() - began
    print(f"machine speed: a pure-Python loop of 30 million steps, {loop:.2f} s CPU")
    work = Path(tempfile.mkdtemp(prefix="heroviewer-interchange-"))
    catalogue = make_catalogue(count, work)
    print(f"{count:,} synthetic heroes, CSV")
    _commands(catalogue, work, runs)
    source = open_catalogue(catalogue)
    out = work / "heroes.csv"
    _export(source, out)  # its records are let go: the import runs as `heroviewer import` would
    print(f"  CSV file: {out.stat().st_size / 2**20:.1f} MB")

    totals = [_import_once(out, work, run) for run in range(1, runs + 1)]
    print(f"  import in all, fastest and median of {runs}: {min(totals):.2f} s, "
          f"{statistics.median(totals):.2f} s")  # fmt: skip

    target = open_catalogue(work / "empty-1.sqlite")
    began = time.perf_counter()
    kind, incoming = read_import(out)
    plan = plan_for(kind, incoming, target)
    print(f"  the same file again (all unchanged: {plan.unchanged:,}), read and plan: "
          f"{time.perf_counter() - began:.2f} s")  # fmt: skip
    _import_changes(out, target, work)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
