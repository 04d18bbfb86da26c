"""This code against an older one in the same run: start-up and the import command, alternating.

Usage: python benchmarks/same_run.py OLD_SOURCE_TREE [--runs N] [--imports N]

OLD_SOURCE_TREE is a checkout of the older code (for example made with
``git worktree add ../old 2bb4e81``). The machine is shared and its speed changes from minute to
minute, so each measure alternates old and new launches and prints every run: wall time, CPU time
(user + system, of the process and its children) and peak memory (max RSS), the last two less
affected by other work on the machine. Qt's offscreen platform; catalogues and the CSV file are
made in a temporary folder, each catalogue by the code that opens it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NEW = Path(__file__).resolve().parent.parent
HEROES = 100_000


def env_for(tree: Path, work: Path) -> dict[str, str]:
    return dict(
        os.environ,
        PYTHONPATH=str(tree / "src"),
        QT_QPA_PLATFORM="offscreen",
        HEROVIEWER_CONFIG_DIR=str(work / "config"),
        HEROVIEWER_EXIT_WHEN_SHOWN="1",
    )


def run(command: list, env: dict[str, str], until_shown: bool = False) -> tuple[float, float, int]:
    """Wall seconds (to the first paint when ``until_shown``), CPU seconds, max RSS in MB."""
    os.sync()  # earlier writes are not flushed during this run
    began = time.perf_counter()
    process = subprocess.Popen(
        list(map(str, command)), env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    if until_shown:
        line = process.stdout.readline()
        wall = time.perf_counter() - began
        if line.strip() != b"shown":
            raise RuntimeError(f"{command} did not report its first paint")
    process.stdout.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    if not until_shown:
        wall = time.perf_counter() - began
    if status != 0:
        raise RuntimeError(f"{command} failed ({status})")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024


def make_catalogue(tree: Path, count: int, folder: Path, env: dict[str, str]) -> Path:
    """A synthetic catalogue made by ``tree``'s own benchmarks/synthetic.py."""
    folder.mkdir(parents=True, exist_ok=True)
    script = (
        f"import sys; sys.path.insert(0, {str(tree / 'benchmarks')!r})\n"
        "from pathlib import Path\nfrom synthetic import make_catalogue\n"
        f"print(make_catalogue({count}, Path({str(folder)!r})))"
    )
    output = subprocess.run(
        [sys.executable, "-c", script], env=env, check=True, capture_output=True, text=True
    )
    return Path(output.stdout.strip().splitlines()[-1])


def with_catalogue(env: dict[str, str], db: Path) -> dict[str, str]:
    """Launch as staff do, with no arguments: the catalogue is the one in the data folder."""
    data_dir = db.parent / f"{db.stem}-user-data"
    data_dir.mkdir(exist_ok=True)
    target = data_dir / "catalogue.sqlite"
    if not target.exists():
        target.symlink_to(db)
    return dict(env, HEROVIEWER_DATA_DIR=str(data_dir))


def report(label: str, figures: dict[str, list[tuple[float, float, int]]]) -> None:
    print(label)
    for name, runs in figures.items():
        walls, cpus, peaks = zip(*runs, strict=True)
        print(
            f"  {name}: wall median {statistics.median(walls):.3f} s (fastest {min(walls):.3f}),"
            f" CPU median {statistics.median(cpus):.3f} s, max RSS {max(peaks)} MB"
        )
        print("    runs: " + ", ".join(f"{w:.2f}/{c:.2f}/{p}" for w, c, p in runs))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("old", type=Path, help="a checkout of the older code")
    parser.add_argument("--runs", type=int, default=9, help="launches of each code")
    parser.add_argument("--imports", type=int, default=3, help="imports by each code")
    args = parser.parse_args()
    trees = {"old": args.old.resolve(), "new": NEW}
    work = Path(tempfile.mkdtemp(prefix="heroviewer-same-run-"))
    app = [sys.executable, "-m", "heroviewer"]
    for tree in trees.values():  # as make does: a launch reads bytecode, not its sources
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "src")], check=True)
    try:
        began = time.process_time()
        sum(range(30_000_000))
        print(f"machine speed: a pure-Python loop of 30 million steps, "
              f"{time.process_time() - began:.2f} s CPU")  # fmt: skip
        envs = {name: env_for(tree, work / name) for name, tree in trees.items()}
        bundled, big = {}, {}
        for name, env in envs.items():
            bundled[name] = work / name / "bundled.sqlite"
            bundled[name].parent.mkdir(parents=True)
            subprocess.run([*app, "--db", bundled[name], "check"], env=env, check=True,
                           capture_output=True)  # fmt: skip
            big[name] = make_catalogue(trees[name], HEROES, work / name / "big", env)
        # One CSV for both: written by the old code, whose headers (field names) both read.
        csv_file = work / "heroes.csv"
        subprocess.run([*app, "--db", big["old"], "export", "--out", csv_file],
                       env=envs["old"], check=True, capture_output=True)  # fmt: skip

        for label, dbs, runs in (
            ("bundled catalogue, launch to first paint", bundled, args.runs),
            (f"{HEROES:,} heroes, launch to first paint", big, max(3, args.runs // 2)),
        ):
            figures: dict[str, list] = {"old": [], "new": []}
            for name in figures:  # warm the disk cache
                run(app, with_catalogue(envs[name], dbs[name]), until_shown=True)
            for _ in range(runs):
                for name in figures:
                    env = with_catalogue(envs[name], dbs[name])
                    figures[name].append(run(app, env, until_shown=True))
            report(label + " (wall/CPU/RSS MB)", figures)

        figures = {"old": [], "new": []}
        for number in range(args.imports):
            for name in figures:
                empty = make_catalogue(trees[name], 0, work / name / f"import-{number}",
                                       envs[name])  # fmt: skip
                command = [*app, "--db", empty, "import", csv_file]
                figures[name].append(run(command, envs[name]))
        if args.imports:
            report(f"heroviewer import of {HEROES:,} heroes (CSV) into an empty catalogue", figures)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
