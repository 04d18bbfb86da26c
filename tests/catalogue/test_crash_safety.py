"""A HeroViewer killed in the middle of a run of saves loses none that it reported done."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys

import pytest

from heroviewer.catalogue import open_catalogue
from heroviewer.catalogue.writer import HERO

SAVER = """
import sys
from heroviewer.catalogue import open_catalogue
from heroviewer.catalogue.writer import HERO

catalogue = open_catalogue(sys.argv[1])
writer = catalogue.open_writer()
heroes = [row.id for row in catalogue.hero_rows()]
number = 0
while True:
    number += 1
    hero = heroes[number % len(heroes)]
    writer.save(HERO, hero, {"staff_notes": f"save {number}", "biography": "x" * (number % 4000)})
    print(number, hero, flush=True)
"""


def test_saves_reported_done_survive_a_kill(catalogue_path):
    process = subprocess.Popen(
        [sys.executable, "-c", SAVER, str(catalogue_path)], stdout=subprocess.PIPE, text=True
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

    connection = sqlite3.connect(catalogue_path)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    catalogue = open_catalogue(catalogue_path)
    writer = catalogue.open_writer()  # the dead process's edit lock is gone with it
    for hero, number in reported.items():
        saved = int(catalogue.hero(hero)["staff_notes"].split()[1])
        assert saved >= number  # the one after the last report may have landed too
        notes = [h.new for h in writer.history(HERO, hero) if h.field == "staff_notes"]
        assert f"save {number}" in notes
    writer.close()
    catalogue.close()


@pytest.mark.parametrize("written_mb", [1, 5, 10])  # of the 12 MB this import's log reaches
def test_an_import_killed_while_writing_changes_nothing(catalogue_path, tmp_path, written_mb):
    """One transaction: a kill at any point of writing 40,000 heroes leaves none of them."""
    source = tmp_path / "many.csv"
    rows = (f"Test Hero {n},Тест Герой {n},1920,Unit {n % 97}" for n in range(40_000))
    source.write_text("name_en,name_ru,birth_date,unit\n" + "\n".join(rows) + "\n", "utf-8")
    before, written = _catalogue_contents(catalogue_path), written_mb * 2**20
    wal = catalogue_path.with_name(catalogue_path.name + "-wal")
    process = subprocess.Popen(
        [sys.executable, "-m", "heroviewer", "--db", str(catalogue_path), "import", str(source)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        for line in process.stdout:  # the summary is printed just before the writing starts
            if line.startswith("Conflicts, left out"):
                break
        while process.poll() is None and (not wal.exists() or wal.stat().st_size < written):
            pass  # the transaction has written that much of its log when this ends
    finally:
        process.send_signal(signal.SIGKILL)
        output = process.communicate()[0]
    assert process.returncode == -signal.SIGKILL and "imported:" not in output

    connection = sqlite3.connect(catalogue_path)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    assert _catalogue_contents(catalogue_path) == before
    again = subprocess.run(
        [sys.executable, "-m", "heroviewer", "--db", str(catalogue_path), "import", str(source)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert "imported: 40000 added" in again.stdout, again.stderr


def _catalogue_contents(path) -> tuple:
    catalogue = open_catalogue(path)
    heroes = sorted(catalogue.heroes(), key=lambda hero: hero["id"])
    news = catalogue.news_items()
    catalogue.close()
    connection = sqlite3.connect(path)
    history = connection.execute("SELECT COUNT(*) FROM history").fetchone()[0]
    connection.close()
    return heroes, news, history
