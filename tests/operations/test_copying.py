"""`heroviewer copy`: a whole catalogue between SQLite and PostgreSQL, exactly, or refused."""

from __future__ import annotations

from heroviewer.catalogue import open_catalogue
from heroviewer.catalogue.writer import HERO, NEWS
from heroviewer.records.collation import collation_key
from heroviewer.records.entities import PLACE
from heroviewer.records.names import name_sort_key
from heroviewer.support.portrait_files import prepare_portrait
from tests.support.test_portrait_files import write_jpeg
from tests.test_cli import run_cli


def everything(db) -> dict:
    """All a catalogue holds, as plain values: records, portraits and every history entry."""
    catalogue = open_catalogue(db)
    writer = catalogue.open_writer()
    try:
        heroes = catalogue.heroes()
        news = catalogue.news_items()
        return {
            "heroes": heroes,
            # the stored search and sort keys too
            "rows": [sorted(catalogue.hero_rows(language)) for language in ("en", "ru", "tg")],
            "news": news,
            "place_positions": catalogue.place_positions(),
            "portraits": {
                h["portrait"]: (
                    catalogue.portrait(h["portrait"]),
                    catalogue.portrait(h["portrait"], True),
                )
                for h in heroes
                if h["portrait"]
            },
            "history": [writer.history(HERO, h["id"]) for h in heroes]
            + [writer.history(NEWS, n["id"]) for n in news],
        }
    finally:
        writer.close()
        catalogue.close()


def test_a_catalogue_copied_to_postgresql_and_back_is_the_same(
    catalogue_path, postgres_url, tmp_path
):
    catalogue = open_catalogue(catalogue_path)
    writer = catalogue.open_writer()
    write_jpeg(tmp_path / "scan.jpg")
    portrait = writer.store_image(prepare_portrait(tmp_path / "scan.jpg"))
    writer.save(HERO, "karsybay-spataev", {"portrait": portrait, "aliases": ["Карсыбай"]})
    writer.delete(NEWS, catalogue.news_items()[0]["id"])
    place = {"id": "Baljuvon", "text": "Baljuvon", "lat": 38.3, "lon": 69.6}
    writer.add(PLACE, place, "position")  # where staff put a place on the map
    writer.close()
    catalogue.close()
    before = everything(catalogue_path)
    assert before["place_positions"] == {"Baljuvon": (38.3, 69.6)}

    result = run_cli("copy", "--from", catalogue_path, "--to", postgres_url)
    assert result.returncode == 0, result.stderr
    assert "1 portraits, 4 history entries" in result.stdout
    back = tmp_path / "back" / "catalogue.sqlite"
    result = run_cli("copy", "--from", postgres_url, "--to", back)
    assert result.returncode == 0, result.stderr

    assert everything(postgres_url) == before
    assert everything(back) == before
    # the server's catalogue goes on numbering history after the copied entries
    catalogue = open_catalogue(postgres_url)
    writer = catalogue.open_writer()
    writer.save(HERO, "karsybay-spataev", {"staff_notes": "after the copy"})
    assert len(writer.history(HERO, "karsybay-spataev")) == 3
    writer.close()
    catalogue.close()


def test_copying_onto_a_catalogue_is_refused_unless_replacing(catalogue_path, postgres_url):
    open_catalogue(postgres_url).close()  # a catalogue is made there
    catalogue = open_catalogue(catalogue_path)
    writer = catalogue.open_writer()
    writer.save(HERO, "karsybay-spataev", {"staff_notes": "only in the file"})
    writer.close()
    catalogue.close()

    result = run_cli("copy", "--from", catalogue_path, "--to", postgres_url)
    assert result.returncode == 2
    assert "the destination already holds a catalogue; nothing copied" in result.stderr
    assert postgres_url.rsplit("/", 1)[-1] in result.stderr
    assert open_catalogue(postgres_url).hero("karsybay-spataev")["staff_notes"] is None

    result = run_cli("copy", "--from", catalogue_path, "--to", postgres_url, "--replace")
    assert result.returncode == 0, result.stderr
    assert (
        open_catalogue(postgres_url).hero("karsybay-spataev")["staff_notes"] == "only in the file"
    )


def test_a_catalogue_is_not_copied_onto_itself(catalogue_path):
    result = run_cli("copy", "--from", catalogue_path, "--to", catalogue_path, "--replace")
    assert result.returncode == 2
    assert f"{catalogue_path}: a catalogue cannot be copied onto itself" in result.stderr


def test_a_copy_keeps_where_each_hero_sorts_in_every_language(catalogue_path, tmp_path):
    catalogue = open_catalogue(catalogue_path)
    writer = catalogue.open_writer()
    writer.save(HERO, "karsybay-spataev", {"name_tg": "Қарсыбой Спатаев"})
    writer.close()
    catalogue.close()
    copy = tmp_path / "copy" / "catalogue.sqlite"
    result = run_cli("copy", "--from", catalogue_path, "--to", copy)
    assert result.returncode == 0, result.stderr
    copied = open_catalogue(copy).hero_row("karsybay-spataev", "tg")
    assert copied.name_sort_key == collation_key(name_sort_key("Қарсыбой Спатаев"), "tg")
    assert everything(copy) == everything(catalogue_path)
