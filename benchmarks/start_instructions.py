"""Start-up of this code against an older one, counted in instructions instead of seconds.

Usage: python benchmarks/start_instructions.py OLD_SOURCE_TREE [--heroes N]

The machine is shared, and its speed changes from minute to minute by more than the
differences worth looking at (a few per cent). valgrind's callgrind counts the instructions a
launch executes, from the start of the process to its exit after the first paint of the hero
table. With the hash seed fixed (PYTHONHASHSEED=0) and one launch at a time, the count changes
by under 0.05 % from run to run; launches running side by side change it by up to 2 % (the
event loop turns more often). It says nothing of waiting for the disk or of the cache, so
same_run.py's seconds are still the figure that staff feel.

Each tree opens the bundled catalogue and a synthetic one of N heroes (100,000 by default),
each made by its own code, as same_run.py does. Needs valgrind (Debian: apt-get install
valgrind); a launch takes 20-120 s under it.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from same_run import NEW, env_for, make_catalogue, with_catalogue


def instructions(env: dict[str, str]) -> int:
    """Instructions executed by a plain launch that exits after its first paint."""
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
               sys.executable, "-m", "heroviewer"]  # fmt: skip
    env = dict(env, PYTHONHASHSEED="0")  # the same dict and set layouts at every launch
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    if done.stdout.strip() != "shown":
        raise RuntimeError("the launch did not report its first paint")
    return int(re.search(r"Collected : (\d+)", done.stderr)[1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("old", type=Path, help="a checkout of the older code")
    parser.add_argument("--heroes", type=int, default=100_000, help="heroes in the big catalogue")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is needed: apt-get install valgrind")
    trees = {"old": args.old.resolve(), "new": NEW}
    work = Path(tempfile.mkdtemp(prefix="heroviewer-instructions-"))
    app = [sys.executable, "-m", "heroviewer"]
    try:
        for name, tree in trees.items():
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "src")],
                           check=True)  # fmt: skip
            env = env_for(tree, work / name)
            bundled = work / name / "bundled.sqlite"
            bundled.parent.mkdir(parents=True)
            subprocess.run([*app, "--db", bundled, "check"], env=env, check=True,
                           capture_output=True)  # fmt: skip
            big = make_catalogue(tree, args.heroes, work / name / "big", env)
            instructions(with_catalogue(env, bundled))  # the first launch writes settings
            for label, db in (("bundled catalogue", bundled), (f"{args.heroes:,} heroes", big)):
                count = instructions(with_catalogue(env, db))
                print(f"{name} ({tree.name}), {label}: {count / 1e6:,.0f} million instructions",
                      flush=True)  # fmt: skip
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
