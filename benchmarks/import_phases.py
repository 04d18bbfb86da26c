"""Where an import of a CSV file goes, step by step, in this process: read, plan, apply.

Usage: python benchmarks/import_phases.py FILE.csv

Prints each step's wall and CPU time and the process's peak memory (VmHWM) after it, so that
the step that sets the peak can be told. The file is imported into a new empty catalogue in a
temporary folder, as ``heroviewer import FILE.csv`` would do it (Linux: reads /proc).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path


def _memory() -> tuple[int, int]:
    """Peak and current resident memory of this process, in MB."""
    found = {}
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(("VmHWM", "VmRSS")):
                found[line[:5]] = int(line.split()[1]) // 1024
    return found["VmHWM"], found["VmRSS"]


def timed(label: str, work):
    began, cpu = time.perf_counter(), time.process_time()
    result = work()
    peak, now = _memory()
    wall, cpu = time.perf_counter() - began, time.process_time() - cpu
    print(f"{label:<8} wall {wall:5.2f} s, CPU {cpu:5.2f} s, peak {peak} MB, now {now} MB")
    return result


def main(csv_file: Path) -> None:
    from heroviewer.catalogue import open_catalogue
    from heroviewer.formats.detect import read_import
    from heroviewer.operations.importing import plan_for

    work = Path(tempfile.mkdtemp(prefix="heroviewer-phases-"))
    try:
        bundle = work / "empty-bundle"
        bundle.mkdir()
        for name in ("heroes.json", "news.json"):
            (bundle / name).write_text("[]", encoding="utf-8")
        target = open_catalogue(work / "catalogue.sqlite", bundle_dir=bundle)
        cpu = time.process_time()
        kind, records = timed("read", lambda: read_import(csv_file))
        plan = timed("plan", lambda: plan_for(kind, records, target))
        writer = target.open_writer()
        timed("apply", lambda: writer.apply_batch(plan.entity, plan.adds, plan.new_values()))
        timed("close", writer.close)
        print(f"CPU in all: {time.process_time() - cpu:.2f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
