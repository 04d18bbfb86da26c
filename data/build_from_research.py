"""Build the bundled catalogue (data/heroes.json, data/news.json) from the researched facts.

Usage: python data/build_from_research.py RESEARCH_DIR

Every field and every source of the research files is kept as it is; each hero gains a stable
``id`` made from its Latin name, which imports and exports match records on. Nothing is added,
except the deed summaries translated from the English ones: data/translations/
feat_summary_ru.json and feat_summary_tg.json ({"<hero id>": "text", ...}) become each hero's
feat_summary_ru and feat_summary_tg, listed in its unchecked_translations until staff check
them. A missing file, or a hero a file does not mention, is skipped; an id that is no hero's is
an error naming the file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from heroviewer.formats.bundle import HERO_JSON_KEYS, load_heroes, load_news, slug

HERE = Path(__file__).resolve().parent
TRANSLATED = ("feat_summary_ru", "feat_summary_tg")  # each from translations/<field>.json


class TranslationFileError(ValueError):
    """A translation file names a hero the catalogue does not have, or is not an object."""


def build(research_dir: Path, out_dir: Path = HERE, translations_dir: Path | None = None) -> None:
    heroes = json.loads((research_dir / "heroes.json").read_text(encoding="utf-8"))
    bundled = []
    for hero in heroes:
        name = hero.get("name_en") or hero.get("name_ru") or hero.get("name_tg")
        record = {"id": slug(name)}
        record.update({key: hero.get(key) for key in HERO_JSON_KEYS if key in hero})
        bundled.append(record)
    merge_translations(bundled, translations_dir or out_dir / "translations")
    _write(out_dir / "heroes.json", bundled)
    news = json.loads((research_dir / "news.json").read_text(encoding="utf-8"))
    _write(out_dir / "news.json", news)
    load_heroes(out_dir / "heroes.json")  # the app must accept what was written
    load_news(out_dir / "news.json")
    print(f"{len(bundled)} heroes, {len(news)} news items written to {out_dir}")


def merge_translations(heroes: list[dict], folder: Path) -> None:
    """Put each translated text in its hero's record, marked as not yet checked."""
    by_id = {hero["id"]: hero for hero in heroes}
    for field in TRANSLATED:
        path = folder / f"{field}.json"
        if not path.is_file():
            continue
        texts = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(texts, dict):
            raise TranslationFileError(f"{path}: expected an object of hero id to text")
        for hero_id, text in texts.items():
            if hero_id not in by_id:
                raise TranslationFileError(f"{path}: {hero_id!r} is the id of no hero")
            if not isinstance(text, str) or not text.strip():
                raise TranslationFileError(f"{path}, {hero_id!r}: expected a text")
            hero = by_id[hero_id]
            hero[field] = text
            marks = hero.setdefault("unchecked_translations", [])
            marks.extend([field] if field not in marks else [])
    for hero in heroes:  # the keys in the order of the fields, as the export writes them
        ordered = {key: hero[key] for key in HERO_JSON_KEYS if key in hero}
        hero.clear()
        hero.update(ordered)


def _write(path: Path, records: list) -> None:
    path.write_text(json.dumps(records, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    try:
        build(Path(sys.argv[1]))
    except TranslationFileError as error:
        sys.exit(f"error: {error}; nothing written")
