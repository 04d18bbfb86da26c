"""A HeroViewer killed in the middle of a run of saves loses none that it reported done."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys

from heroviewer.catalog import open_catalog
from heroviewer.catalog.writer import HERO

SAVER = """
import sys
from heroviewer.catalog import open_catalog
from heroviewer.catalog.writer import HERO

catalog = open_catalog(sys.argv[1])
writer = catalog.open_writer()
heroes = [row.id for row in catalog.hero_rows()]
number = 0
while True:
    number += 1
    hero = heroes[number % len(heroes)]
    writer.save(HERO, hero, {"staff_notes": f"save {number}", "biography": "x" * (number % 4000)})
    print(number, hero, flush=True)
"""


def test_saves_reported_done_survive_a_kill(catalog_path):
    process = subprocess.Popen(
        [sys.executable, "-c", SAVER, str(catalog_path)], stdout=subprocess.PIPE, text=True
    )
    reported: dict[str, int] = {}
    try:
        for line in process.stdout:
            number, hero = line.split()
            reported[hero] = int(number)
            if int(number) >= 300:
                break
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert process.returncode == -signal.SIGKILL

    connection = sqlite3.connect(catalog_path)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    catalog = open_catalog(catalog_path)
    writer = catalog.open_writer()  # the dead process's edit lock is gone with it
    for hero, number in reported.items():
        saved = int(catalog.hero(hero)["staff_notes"].split()[1])
        assert saved >= number  # the one after the last report may have landed too
        notes = [h.new for h in writer.history(HERO, hero) if h.field == "staff_notes"]
        assert f"save {number}" in notes
    writer.close()
    catalog.close()
