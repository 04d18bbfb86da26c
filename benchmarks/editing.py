"""Time saving an edit (catalogue alone, and shown in the window) and importing a 12 MP photo.

Prints figures; targets from the issue: a save <= 50 ms, a 12-megapixel JPEG <= 1.5 s, and no
freeze of the window longer than 100 ms while a portrait is read.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))


def summary(times: list[float]) -> str:
    return f"median {1000 * statistics.median(times):5.1f} ms, slowest {1000 * max(times):5.1f} ms"


def time_saves(path: Path, label: str) -> None:
    from PySide6.QtWidgets import QApplication

    from heroviewer.app import build_window
    from heroviewer.catalogue import open_catalogue
    from heroviewer.catalogue.writer import HERO

    catalogue = open_catalogue(path)
    writer = catalogue.open_writer()
    ids = [row.id for row in catalogue.hero_rows()[:50]]
    times = []
    for number in range(100):
        began = time.perf_counter()
        writer.save(HERO, ids[number % len(ids)], {"staff_notes": f"bench {number}"})
        times.append(time.perf_counter() - began)
    writer.close()
    print(f"{label:>16}: save only       {summary(times)}")

    window = build_window(catalogue, remember=False)
    window.show()
    while not window.heroes.model.sorting_prepared:  # let the start-up idle work finish
        QApplication.processEvents()
    times = []
    for number in range(30):
        hero = ids[number % len(ids)]
        window.heroes.select_hero(hero)
        began = time.perf_counter()
        window.open_catalogue.editing.save(HERO, hero, {"military_rank": f"Rank {number}"}, "bench")
        QApplication.processEvents()  # the table and the detail pane show it
        times.append(time.perf_counter() - began)
    window.close()
    print(f"{label:>16}: save and show   {summary(times)}")


def photo(path: Path) -> Path:
    """A 12-megapixel JPEG with detail everywhere, like a scan (noise compresses badly)."""
    from PIL import Image

    size = (4000, 3000)
    noise = Image.effect_noise(size, 60)
    gradient = Image.linear_gradient("L").resize(size)
    Image.merge("RGB", (noise, gradient, Image.blend(noise, gradient, 0.5))).save(
        path, "JPEG", quality=92
    )
    return path


def time_portrait(work: Path) -> None:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from heroviewer.app import build_window
    from heroviewer.support.portrait_files import prepare_portrait

    jpeg = photo(work / "scan-12mp.jpg")
    print(f"12 MP JPEG: {jpeg.stat().st_size / 2**20:.1f} MB")
    times = []
    for _ in range(5):
        began = time.perf_counter()
        prepare_portrait(jpeg)
        times.append(time.perf_counter() - began)
    print(f"   read, orient, convert, scale to 1600 px: {summary(times)}")

    window = build_window(work / "catalogue.sqlite", remember=False)
    window.show()
    hero = window.heroes.model.hero_id(0)
    window.heroes.select_hero(hero)
    QApplication.processEvents()
    gaps: list[float] = []
    clock = QElapsedTimer()
    tick = QTimer(interval=5)
    last = [0.0]

    def on_tick() -> None:
        now = clock.nsecsElapsed() / 1e9
        gaps.append(now - last[0])
        last[0] = now

    tick.timeout.connect(on_tick)
    clock.start()
    tick.start()
    began = time.perf_counter()
    window.hero_commands.set_portrait_from_file(hero, jpeg)
    while not window.open_catalogue.catalogue.hero(hero)["portrait"]:  # saved and shown
        QApplication.processEvents()
    elapsed = time.perf_counter() - began
    tick.stop()
    window.close()
    print(f"   import in the window, to shown: {1000 * elapsed:.0f} ms; "
          f"longest the window went without a 5 ms tick: {1000 * max(gaps):.0f} ms")  # fmt: skip


def main() -> None:
    from heroviewer.app import ensure_application
    from heroviewer.catalogue import open_catalogue
    from synthetic import make_catalogue

    ensure_application()
    work = Path(tempfile.mkdtemp(prefix="heroviewer-edit-"))
    os.environ["HEROVIEWER_DATA_DIR"] = str(work / "data")
    os.environ["HEROVIEWER_CONFIG_DIR"] = str(work / "config")
    open_catalogue(work / "catalogue.sqlite").close()
    time_saves(work / "catalogue.sqlite", "bundled (28)")
    for count in (12_776, 100_000):
        time_saves(make_catalogue(count, work), f"{count:,} heroes")
    time_portrait(work)


if __name__ == "__main__":
    main()
