"""A 100,000-hero catalogue opened in English, Russian and Tajik: launch to first paint.

Usage: python benchmarks/language_startup.py [OLD_SOURCE_TREE] [--runs N] [--heroes N]

Launches ``heroviewer --db CATALOGUE`` with LANG=C, ru_RU.UTF-8 and tg_TJ.UTF-8 in turn
(offscreen; the app prints ``shown`` at its first paint when HEROVIEWER_EXIT_WHEN_SHOWN is set)
and prints wall median (fastest), CPU median and max RSS of each. Given OLD_SOURCE_TREE (for
example ``git archive HEAD~1 | tar -x -C /tmp/old``), that code's launches alternate with this
code's, each on a synthetic catalogue made by its own benchmarks/synthetic.py.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from same_run import NEW, env_for, make_catalogue, report, run  # noqa: E402

LANGS = ("C", "ru_RU", "tg_TJ")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("old", type=Path, nargs="?", help="a copy of the older code")
    parser.add_argument("--runs", type=int, default=5, help="launches of each code and language")
    parser.add_argument("--heroes", type=int, default=100_000)
    args = parser.parse_args()
    trees = {"new": NEW} if args.old is None else {"old": args.old.resolve(), "new": NEW}
    work = Path(tempfile.mkdtemp(prefix="heroviewer-language-startup-"))
    try:
        launches = {}
        for name, tree in trees.items():
            env = {k: v for k, v in env_for(tree, work / name).items() if not k.startswith("LC_")}
            db = make_catalogue(tree, args.heroes, work / name, env)
            command = [sys.executable, "-m", "heroviewer", "--db", db]
            for lang in LANGS:
                launches[f"{name} {lang}"] = (command, dict(env, LANG=f"{lang}.UTF-8"))
        for command, env in launches.values():  # warm the disk cache
            run(command, env, until_shown=True)
        figures: dict[str, list] = {label: [] for label in launches}
        for _ in range(args.runs):
            for label, (command, env) in launches.items():
                figures[label].append(run(command, env, until_shown=True))
        report(f"{args.heroes:,} heroes, launch to first paint (wall/CPU/RSS MB)", figures)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
