"""Time matching place texts to the gazetteer and opening the Map tab; print the figures.

- Matching: the birth and deed places of 12,776 synthetic heroes, varied so that the
  remembered matches of recurring texts flatter nothing: a third name gazetteer towns (in their
  country), a third made-up villages in a district of Tajikistan (placed at the district's
  centre), a third the bundled heroes' own texts. Loading the gazetteer is timed apart.
- Map tab: from choosing the tab to its first paint (outlines, "Placing N heroes…"), and to
  the paint with the markers (matched in the background), with the bundled heroes and with
  12,776 synthetic heroes, offscreen, in a fresh process each (the gazetteer not yet loaded).
- Frames a second: the Map tab of 12,776 synthetic heroes zoomed out to the whole map, panned
  and zoomed back in, 60 steps each painted (offscreen; under Xvfb with QT_QPA_PLATFORM=xcb).

Usage: python benchmarks/places.py
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
SYNTHETIC = 12_776
_DISTRICTS = ("Baljuvon", "Asht", "Kanibadam", "Bobojon Gafurov", "Rasht", "Vose", "Farkhor")


def place_texts(count: int, rng: random.Random) -> list[tuple[str, str]]:
    from heroviewer.formats.geography import bundled_gazetteer
    from heroviewer.support.paths import bundled_data_dir

    gazetteer = bundled_gazetteer()
    towns = [
        p for p in map(gazetteer.place, range(len(gazetteer.places))) if p.country in "TJUZRUUA"
    ]
    countries = {"TJ": "Tajikistan", "UZ": "Uzbekistan", "RU": "Russia", "UA": "Ukraine"}
    heroes = json.loads((bundled_data_dir() / "heroes.json").read_text(encoding="utf-8"))
    bundled = [h[k] for h in heroes for k in ("birth_place", "feat_place") if h.get(k)]

    def one(number: int) -> str:
        kind = number % 3
        if kind == 0:
            town = rng.choice(towns)
            return f"Village of {town.name}, {countries.get(town.country, town.country)}"
        if kind == 1:
            return f"Village of Qishloq{number}, {rng.choice(_DISTRICTS)} District, Tajikistan"
        return rng.choice(bundled)

    return [(one(2 * n), one(2 * n + 1)) for n in range(count)]


def time_matching() -> None:
    from heroviewer.formats import geography
    from heroviewer.operations.places import place_entries

    began = time.perf_counter()
    gazetteer = geography.bundled_gazetteer()
    loaded = time.perf_counter() - began
    texts = place_texts(SYNTHETIC, random.Random(1))
    heroes = [(f"hero-{n}", f"Hero {n}", birth, deed) for n, (birth, deed) in enumerate(texts)]
    gazetteer.matched.clear()
    gazetteer.found.clear()
    began = time.perf_counter()
    entries = place_entries(heroes, gazetteer)
    matched = time.perf_counter() - began
    counts = {p: sum(e.precision == p for e in entries) for p in ("exact", "approximate")}
    print(f"gazetteer loaded: {1000 * loaded:.0f} ms")
    print(
        f"matching {len(entries):,} places of {SYNTHETIC:,} synthetic heroes: {matched:.2f} s "
        f"({counts['exact']:,} exact, {counts['approximate']:,} approximate)"
    )


def open_map_tab(catalogue: Path) -> None:
    """In this process: open the window, then time choosing the Map tab until it is painted
    (outlines and the "Placing N heroes…" note), and until its markers are painted (the places
    matched in the background)."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from heroviewer.app import build_window

    app = QApplication.instance() or QApplication([])
    window = build_window(catalogue)
    window.show()
    app.processEvents()
    began = time.perf_counter()
    window.tabs.setCurrentIndex(window.map_tab.index)
    page = window.map_tab.page
    page.repaint()  # the outlines and "Placing N heroes…"
    painted = time.perf_counter() - began
    while page.placing():  # the match's outcome comes back as an event
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    page.view.viewport().repaint()
    app.processEvents()
    shown = time.perf_counter() - began
    markers = len(page.view.markers)
    print(f"{1000 * painted:.0f}/{1000 * shown:.0f} ms ({markers} markers)")
    if "--frames" in sys.argv:
        print(frames_per_second(page.view))


def frames_per_second(view, steps: int = 60) -> str:
    """Pan and zoom the map as a user would, painting each step: zoom out from the home view to
    the whole map (every marker in sight), drag across it, zoom back in, drag again."""
    from PySide6.QtWidgets import QApplication

    view.window().resize(1280, 800)
    QApplication.processEvents()
    moves = [("zoom", 1 / 1.25)] * 15 + [("pan", 40)] * 15 + [("zoom", 1.25)] * 15
    moves += [("pan", -40)] * (steps - len(moves))
    frames, busy = [], []  # wall-clock time, and this thread's processor time
    for kind, amount in moves:
        began, began_busy = time.perf_counter(), time.thread_time()
        if kind == "zoom":
            view.zoom(amount)
        else:
            bar = view.horizontalScrollBar()
            bar.setValue(bar.value() + amount)
        view.viewport().repaint()
        QApplication.processEvents()
        frames.append(time.perf_counter() - began)
        busy.append(time.thread_time() - began_busy)
    return (
        f"{len(frames) / sum(frames):.0f} frames a second over {len(frames)} pan and zoom steps"
        f" ({len(busy) / sum(busy):.0f} by processor time; slowest frame"
        f" {1000 * max(frames):.0f} ms, {len(view.markers)} markers,"
        f" map {view.viewport().width()}×{view.viewport().height()} pixels)"
    )


def synthetic_catalogue(folder: Path) -> Path:
    sys.path.insert(0, str(HERE))
    from synthetic import make_catalogue

    path = make_catalogue(SYNTHETIC, folder)
    texts = place_texts(SYNTHETIC, random.Random(2))
    with sqlite3.connect(path) as connection:
        ids = [row[0] for row in connection.execute("SELECT id FROM heroes ORDER BY id")]
        connection.executemany(
            "UPDATE heroes SET birth_place = ?, feat_place = ? WHERE id = ?",
            [(birth, deed, hero_id) for hero_id, (birth, deed) in zip(ids, texts, strict=True)],
        )
    connection.close()
    return path


def time_map_tab(label: str, catalogue: Path, runs: int = 5, *extra: str) -> None:
    figures = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, __file__, "--open-map", str(catalogue), *extra],
            capture_output=True, text=True, check=True,
            env={**os.environ, "HEROVIEWER_DATA_DIR": str(catalogue.parent)},
        ).stdout.strip()  # fmt: skip
        figures.append(out)
    print(f"map tab, first paint/markers shown, {label}: " + ", ".join(figures))


def main() -> None:
    time_matching()
    folder = Path(tempfile.mkdtemp(prefix="heroviewer-places-"))
    from heroviewer.catalogue import open_catalogue

    bundled = folder / "bundled.sqlite"
    open_catalogue(bundled).close()
    time_map_tab("bundled heroes", bundled)
    synthetic = synthetic_catalogue(folder)
    time_map_tab(f"{SYNTHETIC:,} synthetic heroes", synthetic, 3)
    time_map_tab(
        f"{SYNTHETIC:,} synthetic heroes, then panned and zoomed", synthetic, 1, "--frames"
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--open-map"]:
        open_map_tab(Path(sys.argv[2]))
    else:
        main()
