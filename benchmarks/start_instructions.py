"""Start-up of this code against an older one, counted in instructions instead of seconds.

Usage: python benchmarks/start_instructions.py OLD_SOURCE_TREE [--runs N]

The machine is shared, and its speed changes from minute to minute by more than the
differences worth looking at (a few per cent). valgrind's callgrind counts the instructions a
plain launch on the bundled catalogue executes, from the start of the process to the first
paint of the hero table (QTableView::paintEvent). With the hash seed fixed
(PYTHONHASHSEED=0) and one launch at a time the count changes by under 0.05 % from run to
run. It says nothing of waiting for the disk or of the cache, so same_run.py's seconds are
still the figure that staff feel.

Only the bundled catalogue is counted: under valgrind a launch runs some 50 times slower, so
timers that fire well after the first paint at normal speed (the heroes tab prepares its sort
orders 300 ms after start) fire before it, and with 100,000 heroes that work would be counted.
Needs valgrind (Debian: apt-get install valgrind); a launch takes about 20 s under it.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from same_run import NEW, env_for, with_catalogue

FIRST_PAINT = "QTableView::paintEvent*"


def instructions(env: dict[str, str], work: Path) -> int:
    """Instructions executed by a plain launch up to the first paint of the hero table."""
    out = work / "callgrind.out"
    command = ["valgrind", "--tool=callgrind", f"--dump-before={FIRST_PAINT}",
               f"--callgrind-out-file={out}", sys.executable, "-m", "heroviewer"]  # fmt: skip
    env = dict(env, PYTHONHASHSEED="0")  # the same dict and set layouts at every launch
    subprocess.run(command, env=env, capture_output=True, check=True)
    before_paint = out.with_name(out.name + ".1")  # the first dump: up to the first paint
    count = int(re.search(r"^summary: (\d+)", before_paint.read_text(), re.M)[1])
    for dump in work.glob("callgrind.out*"):
        dump.unlink()
    return count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("old", type=Path, help="a checkout of the older code")
    parser.add_argument("--runs", type=int, default=2, help="launches of each code")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is needed: apt-get install valgrind")
    trees = {"old": args.old.resolve(), "new": NEW}
    work = Path(tempfile.mkdtemp(prefix="heroviewer-instructions-"))
    try:
        envs = {}
        for name, tree in trees.items():
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "src")],
                           check=True)  # fmt: skip
            bundled = work / name / "bundled.sqlite"
            bundled.parent.mkdir(parents=True)
            envs[name] = with_catalogue(env_for(tree, work / name), bundled)
            subprocess.run([sys.executable, "-m", "heroviewer", "--db", bundled, "check"],
                           env=envs[name], check=True, capture_output=True)  # fmt: skip
            subprocess.run(
                [sys.executable, "-m", "heroviewer"],
                env=envs[name],
                check=True,
                capture_output=True,
            )  # the first launch writes the settings
        for _ in range(args.runs):
            for name, tree in trees.items():
                count = instructions(envs[name], work)
                print(f"{name} ({tree.name}): {count / 1e6:,.1f} million instructions to the "
                      "first paint, bundled catalogue", flush=True)  # fmt: skip
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
