"""The command line as staff and scripts use it: screenshots, checks, and clear refusals."""

import csv
import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys

import pytest
from PIL import Image

from tests.helpers import BUNDLED_HEROES, BUNDLED_NEWS


def run_cli(*args, env_extra=None, tmp_path=None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env_extra or {}))
    return subprocess.run(
        [sys.executable, "-m", "heroviewer", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_screenshot_of_a_selected_hero(tmp_path, catalogue_path):
    out = tmp_path / "shot.png"
    result = run_cli("--db", catalogue_path, "--screenshot", out, "--select", "Spataev")
    assert result.returncode == 0, result.stderr
    assert f"{out} written" in result.stdout
    assert Image.open(out).size == (1280, 760)


def test_screenshot_of_the_news_tab(tmp_path, catalogue_path):
    out = tmp_path / "news.png"
    result = run_cli("--db", catalogue_path, "--screenshot", out, "--tab", "news")
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 10_000


def test_select_that_matches_nobody_is_reported(tmp_path, catalogue_path):
    result = run_cli(
        "--db", catalogue_path, "--screenshot", tmp_path / "x.png", "--select", "Smithson"
    )
    assert result.returncode != 0
    assert "no hero matches 'Smithson'" in result.stderr


def test_first_run_creates_the_catalogue_in_the_user_data_folder(tmp_path):
    data_dir = tmp_path / "userdata"
    result = run_cli("check", env_extra={"HEROVIEWER_DATA_DIR": str(data_dir)})
    assert result.returncode == 0, result.stderr
    assert (data_dir / "catalogue.sqlite").is_file()
    assert f"{BUNDLED_HEROES} heroes, {BUNDLED_NEWS} news items" in result.stdout


def test_a_plain_launch_shows_the_window_on_the_catalogue_in_the_data_folder(tmp_path):
    data_dir = tmp_path / "userdata"
    env = {"HEROVIEWER_DATA_DIR": str(data_dir), "HEROVIEWER_EXIT_WHEN_SHOWN": "1"}
    result = run_cli(env_extra=env)  # no arguments, as the menu entry starts it
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["shown"]  # painted, then closed by the variable
    assert (data_dir / "catalogue.sqlite").is_file()


def test_db_option_creates_a_missing_file(tmp_path):
    path = tmp_path / "elsewhere" / "museum.sqlite"
    result = run_cli("check", "--db", path)
    assert result.returncode == 0, result.stderr
    assert path.is_file()
    assert str(path) in result.stdout


@pytest.mark.parametrize("command", [["check"], ["export", "--out", "heroes.csv"], ["places"]])
def test_a_catalogue_created_for_a_missing_db_file_is_said_on_stderr(tmp_path, command):
    """A mistyped --db makes a new catalogue: said, lest it be taken for one's own."""
    path = tmp_path / "typo" / "museum.sqlite"
    command = [tmp_path / part if part.endswith(".csv") else part for part in command]
    said = f"heroviewer: a new catalogue was created at {path} from the bundled data"
    result = run_cli(*command, "--db", path)
    assert result.returncode == 0, result.stderr
    assert said in result.stderr and "check --db" in result.stderr
    assert said not in result.stdout
    again = run_cli(*command, "--db", path)
    assert again.returncode == 0, again.stderr
    assert "new catalogue" not in again.stderr


def test_a_file_that_is_not_a_catalogue_fails_with_its_name_and_stays_untouched(tmp_path):
    path = tmp_path / "letter.sqlite"
    path.write_bytes(b"Dear colleagues,\n" * 100)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    for args in (("check", "--db", path), ("--db", path, "--screenshot", tmp_path / "s.png")):
        result = run_cli(*args)
        assert result.returncode == 2
        assert f"heroviewer: {path}: not a HeroViewer catalogue" in result.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not (tmp_path / "s.png").exists()


def test_corrupt_bundled_data_fails_with_file_line_and_field(tmp_path):
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / "heroes.json").write_text('[\n  {"id": "a", "name_en": "A",}\n]', "utf-8")
    (bundle / "news.json").write_text("[]", "utf-8")
    result = run_cli(
        "check", "--db", tmp_path / "c.sqlite", env_extra={"HEROVIEWER_BUNDLED_DATA": str(bundle)}
    )
    assert result.returncode == 2
    assert f"{bundle / 'heroes.json'}, line 2" in result.stderr
    assert "not valid JSON" in result.stderr
    assert not (tmp_path / "c.sqlite").exists()


def test_db_option_before_the_command_is_the_one_used(tmp_path):
    path, data_dir = tmp_path / "museum.sqlite", tmp_path / "userdata"
    result = run_cli("--db", path, "check", env_extra={"HEROVIEWER_DATA_DIR": str(data_dir)})
    assert result.returncode == 0, result.stderr
    assert f"{path}: {BUNDLED_HEROES} heroes" in result.stdout
    assert not (data_dir / "catalogue.sqlite").exists()


def test_every_option_of_every_command_says_what_it_is_for():
    import argparse

    from heroviewer.commandline.parser import build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    without_help = [
        f"{name} {(action.option_strings or [action.metavar])[0]}"
        for name, command in [("heroviewer", parser), *commands.choices.items()]
        for action in command._actions
        if not action.help and action is not commands
    ]
    assert without_help == []


# --- paths: what a name reaches, not what it says ------------------------------------------
def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _links_to(catalogue_path, tmp_path):
    """The catalogue by other names: a symbolic link, a hard link, and its log's name."""
    (tmp_path / "links").mkdir()
    symlink, hard_link = tmp_path / "links" / "link.sqlite", tmp_path / "hard.sqlite"
    symlink.symlink_to(catalogue_path)
    os.link(catalogue_path, hard_link)
    return {
        "itself": catalogue_path,
        "symlink": symlink,
        "hard link": hard_link,
        "log": catalogue_path.with_name(catalogue_path.name + "-wal"),
    }


@pytest.mark.parametrize(
    ("command", "target"),
    [
        (("backup",), "itself"),
        (("backup",), "symlink"),
        (("backup",), "hard link"),
        (("export", "--what", "news", "--format", "json"), "log"),
        (("export",), "itself"),
        (("cards", "--search", "Spataev"), "hard link"),
    ],
)
def test_no_output_is_written_over_the_catalogue_by_any_name(
    tmp_path, catalogue_path, command, target
):
    out = _links_to(catalogue_path, tmp_path)[target]
    before = _digest(catalogue_path)
    result = run_cli(*command, "--db", catalogue_path, "--out", out)
    assert result.returncode == 2, result.stdout
    assert f"{out}: this is the catalogue {catalogue_path}" in result.stderr
    assert "Nothing was written" in result.stderr
    assert _digest(catalogue_path) == before
    if target == "log":  # SQLite's own log, if any, not an export
        assert not out.exists() or b'"title"' not in out.read_bytes()
    else:
        assert os.path.samefile(out, catalogue_path)


def test_a_screenshot_is_not_written_over_the_catalogue(tmp_path, catalogue_path):
    before = _digest(catalogue_path)
    result = run_cli("--db", catalogue_path, "--screenshot", catalogue_path)
    assert result.returncode == 2
    assert f"{catalogue_path}: this is the catalogue {catalogue_path} itself" in result.stderr
    assert _digest(catalogue_path) == before


def test_restoring_the_catalogue_onto_itself_is_refused(tmp_path, catalogue_path):
    symlink = _links_to(catalogue_path, tmp_path)["symlink"]
    before = _digest(catalogue_path)
    result = run_cli("restore", symlink, "--db", catalogue_path)
    assert result.returncode == 2
    assert f"{symlink}: is the catalogue {catalogue_path} itself" in result.stderr
    assert _digest(catalogue_path) == before


def test_a_path_with_a_question_mark_is_that_file_not_another(tmp_path):
    other = tmp_path / "notes"  # another program's database, named like the part before "?"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    connection.close()
    before = _digest(other)
    path = tmp_path / "notes?draft.sqlite"
    result = run_cli("check", "--db", path)
    assert result.returncode == 0, result.stderr
    assert f"{path}: " in result.stdout and path.is_file()
    assert _digest(other) == before
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith(("notes?", "."))] == [
        "notes"
    ]


@pytest.mark.parametrize("kind", ["dangling link", "loop of links"])
def test_a_link_to_nothing_is_refused_and_nothing_is_created(tmp_path, kind):
    link = tmp_path / "museum.sqlite"
    if kind == "dangling link":
        link.symlink_to(tmp_path / "gone" / "museum.sqlite")
    else:
        (tmp_path / "other.sqlite").symlink_to(link)
        link.symlink_to(tmp_path / "other.sqlite")
    result = run_cli("check", "--db", link)
    assert result.returncode == 2
    reason = "which does not exist" if kind == "dangling link" else "a loop of links"
    assert f"heroviewer: {link}: " in result.stderr and reason in result.stderr
    assert link.is_symlink() and not (tmp_path / "gone").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["museum.sqlite"] + (["other.sqlite"] if kind != "dangling link" else [])
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_as_the_catalogue_is_refused_at_once(tmp_path):
    fifo = tmp_path / "museum.sqlite"
    os.mkfifo(fifo)
    result = run_cli("check", "--db", fifo)
    assert result.returncode == 2
    assert f"heroviewer: {fifo}: is a named pipe (FIFO), not a file" in result.stderr


def test_check_runs_the_integrity_check_and_reports_damage(catalogue_path):
    import sqlite3

    connection = sqlite3.connect(catalogue_path)
    (page,) = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'ix_history_change'"
    ).fetchone()
    connection.close()
    data = bytearray(catalogue_path.read_bytes())
    data[(page - 1) * 4096 : page * 4096] = b"\xa5" * 4096  # an index: the tables still read
    catalogue_path.write_bytes(bytes(data))
    listing = sorted(p.name for p in catalogue_path.parent.iterdir())

    result = run_cli("check", "--db", catalogue_path)
    assert result.returncode == 2
    assert f"heroviewer: {catalogue_path}: the catalogue is damaged (" in result.stderr
    assert sorted(p.name for p in catalogue_path.parent.iterdir()) == listing  # no -wal, no -shm
    assert catalogue_path.read_bytes() == bytes(data)


def test_refusing_another_programs_database_leaves_no_side_files(tmp_path):
    import sqlite3

    path = tmp_path / "other.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("CREATE TABLE notes (text)")
    connection.close()
    before = path.read_bytes()
    result = run_cli("check", "--db", path)
    assert result.returncode == 2
    assert "not a HeroViewer catalogue" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.sqlite"]
    assert path.read_bytes() == before


def test_places_as_json_give_each_hero_s_places_and_where_they_are(catalogue_path):
    result = run_cli("places", "--format", "json", "--db", catalogue_path)
    assert result.returncode == 0, result.stderr
    entries = json.loads(result.stdout)
    assert {tuple(sorted(e)) for e in entries} == {
        ("candidates", "hero_id", "kind", "lat", "lon", "matched", "name", "precision", "text")
    }
    azizov = {e["kind"]: e for e in entries if e["hero_id"] == "domullo-azizov"}
    assert azizov["birth"]["text"].startswith("Kishlak Kistakuz")
    assert (azizov["birth"]["precision"], azizov["birth"]["matched"]) == ("approximate", "Ghafurov")
    assert azizov["deed"]["matched"] == "Loyev"
    assert azizov["deed"]["lat"] == pytest.approx(51.94, abs=0.01)
    unmatched = [e for e in entries if e["precision"] == "unmatched"]
    assert unmatched and all(e["lat"] is None and e["matched"] is None for e in unmatched)
    assert {e["kind"] for e in entries} == {"birth", "deed"}


def test_places_as_csv_have_a_header_and_a_row_per_place(catalogue_path):
    result = run_cli("--db", catalogue_path, "places", "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == [
        "hero_id", "name", "kind", "text", "lat", "lon", "precision", "matched", "candidates"
    ]  # fmt: skip
    spataev = [r for r in rows if r["hero_id"] == "karsybay-spataev" and r["kind"] == "deed"]
    assert spataev[0]["precision"] == "approximate" and spataev[0]["matched"] == "Elista"
    ambiguous = [r for r in rows if r["candidates"]]
    assert ambiguous and ambiguous[0]["lat"] == "" and "Rogów" in ambiguous[0]["candidates"]


def test_export_refuses_what_it_cannot_export(tmp_path, catalogue_path):
    out = tmp_path / "x.csv"
    result = run_cli("--db", catalogue_path, "export", "--what", "map", "--out", out)
    assert result.returncode == 2 and "--what" in result.stderr
    assert not out.exists()
