"""Start-up, sorting, searching and memory of HeroViewer, printed as figures.

Usage: python benchmarks/startup.py [--runs N] [--quick]

Launch time is measured from starting the process to the first paint of the hero table
(the app prints "shown" then, see HEROVIEWER_EXIT_WHEN_SHOWN), under Xvfb when it is installed,
else on Qt's offscreen platform. Synthetic catalogues are generated in a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZES = (12_776, 100_000)

BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QTableView())
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


def start_display() -> tuple[dict[str, str], subprocess.Popen | None, str]:
    env = dict(os.environ)
    if env.get("DISPLAY"):
        return env, None, f"X display {env['DISPLAY']}"
    if shutil.which("Xvfb"):
        display = ":97"
        xvfb = subprocess.Popen(
            ["Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(1.0)  # let the server come up before the first client connects
        env["DISPLAY"] = display
        env.pop("QT_QPA_PLATFORM", None)
        return env, xvfb, "Xvfb"
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env, None, "Qt offscreen platform (Xvfb not installed)"


def time_launch(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    watchdog = threading.Timer(120, process.kill)  # a launch that never paints must not hang
    watchdog.start()
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    process.wait()
    watchdog.cancel()
    if line.strip() != b"shown":
        raise RuntimeError(f"{command} did not report its first paint")
    return elapsed


def launch_median(command: list[str], env: dict[str, str], runs: int) -> float:
    time_launch(command, env)  # warm the disk cache
    return statistics.median(time_launch(command, env) for _ in range(runs))


def alternating_medians(commands: list[list[str]], env: dict[str, str], runs: int) -> list[float]:
    """Launch each command in turn, ``runs`` rounds: a busy machine slows them alike."""
    for command in commands:
        time_launch(command, env)  # warm the disk cache
    times = [[] for _ in commands]
    for _ in range(runs):
        for command, taken in zip(commands, times, strict=True):
            taken.append(time_launch(command, env))
    return [statistics.median(taken) for taken in times]


APP = [sys.executable, "-m", "heroviewer"]
FROZEN = HERE.parent / "dist" / "heroviewer" / "heroviewer"  # made by `make package`


def with_catalogue(env: dict[str, str], db: Path) -> dict[str, str]:
    """Launch as staff do, with no arguments: the catalogue is the one in the data folder."""
    data_dir = db.parent / f"{db.stem}-user-data"
    data_dir.mkdir(exist_ok=True)
    target = data_dir / "catalogue.sqlite"
    if not target.exists():
        target.symlink_to(db)
    return dict(env, HEROVIEWER_DATA_DIR=str(data_dir))


def inner(db: Path) -> None:
    """Run inside a child process: open the window on ``db``, sort and search, print JSON."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from heroviewer.app import build_window

    window = build_window(db, remember=False)
    window.show()
    QApplication.processEvents()
    opened = time.perf_counter() - started

    def sort_every_column() -> list[float]:
        times = []
        for column in range(window.heroes.model.columnCount()):
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                began = time.perf_counter()
                window.heroes.table.sortByColumn(column, order)
                QApplication.processEvents()
                times.append(time.perf_counter() - began)
        return times

    cold_sorts = sort_every_column()  # at once after opening: nothing prepared yet
    sorts = sort_every_column()  # as after the window's idle preparation
    keystrokes = []
    for query in ("Azizov 1", "Sharipov", "Sughd"):
        window.heroes.search.clear()
        QApplication.processEvents()
        for length in range(1, len(query) + 1):
            began = time.perf_counter()
            window.heroes.search.setText(query[:length])
            QApplication.processEvents()
            keystrokes.append(time.perf_counter() - began)
    clear_began = time.perf_counter()
    window.heroes.search.clear()
    QApplication.processEvents()
    keystrokes.append(time.perf_counter() - clear_began)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures = {"open": opened, "cold_sorts": cold_sorts, "sorts": sorts, "keys": keystrokes}
    print(json.dumps({**figures, "peak_mb": peak}))


def measure_inner(db: Path, env: dict[str, str]) -> dict:
    child_env = dict(env, QT_QPA_PLATFORM="offscreen")
    output = subprocess.run(
        [sys.executable, str(Path(__file__)), "--inner", str(db)],
        capture_output=True,
        text=True,
        env=child_env,
        check=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--quick", action="store_true", help="skip the 100,000-hero catalogue")
    parser.add_argument("--inner", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner:
        inner(args.inner)
        return
    sys.path.insert(0, str(HERE))
    from synthetic import make_catalogue

    env, xvfb, where = start_display()
    work = Path(tempfile.mkdtemp(prefix="heroviewer-bench-"))
    env["HEROVIEWER_CONFIG_DIR"] = str(work / "config")
    env["HEROVIEWER_DATA_DIR"] = str(work / "data")
    env["HEROVIEWER_EXIT_WHEN_SHOWN"] = "1"
    try:
        print(f"HeroViewer benchmarks on {os.cpu_count()} cores, display: {where}")
        bare = launch_median([sys.executable, "-c", BARE_WINDOW], env, args.runs)
        print(f"bare PySide6 window shown:            {bare:6.3f} s median of {args.runs}")
        bundled = work / "bundled.sqlite"
        subprocess.run([*APP, "--db", bundled, "check"], env=env, check=True, capture_output=True)
        if FROZEN.is_file():  # the PyInstaller build against python -m, launches alternating
            launch, frozen = alternating_medians(
                [APP, [str(FROZEN)]], with_catalogue(env, bundled), args.runs
            )
        else:
            launch = launch_median(APP, with_catalogue(env, bundled), args.runs)
        print(f"bundled catalogue, launch to shown:   {launch:6.3f} s median of {args.runs}")
        if FROZEN.is_file():
            print(f"  the same, frozen build in dist/:    {frozen:6.3f} s median of {args.runs}")
        for size in SIZES[:1] if args.quick else SIZES:
            began = time.perf_counter()
            db = make_catalogue(size, work)
            made = time.perf_counter() - began
            launch = launch_median(APP, with_catalogue(env, db), max(3, args.runs // 2))
            figures = measure_inner(db, env)
            sorts = sorted(figures["sorts"])
            cold = sorted(figures["cold_sorts"])
            keys = figures["keys"]
            print(f"{size:,} heroes (generated in {made:.1f} s):")
            print(f"  launch to shown:                    {launch:6.3f} s median")
            print(f"  open in-process (offscreen):        {figures['open']:6.3f} s")
            print(
                f"  sort a column:  median {1000 * statistics.median(sorts):5.0f} ms, "
                f"slowest {1000 * sorts[-1]:5.0f} ms ({len(sorts)} sorts)"
            )
            print(
                f"  first sort of each column at once after opening: median "
                f"{1000 * statistics.median(cold):5.0f} ms, slowest {1000 * cold[-1]:5.0f} ms"
            )
            print(
                f"  search keystroke: median {1000 * statistics.median(keys):5.1f} ms, "
                f"slowest {1000 * max(keys):5.1f} ms ({len(keys)} keystrokes)"
            )
            print(f"  peak memory:                        {figures['peak_mb']:6.0f} MB")
    finally:
        if xvfb is not None:
            xvfb.terminate()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
