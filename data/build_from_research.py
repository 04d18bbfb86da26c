"""Build the bundled catalogue (data/heroes.json, data/news.json) from the researched facts.

Usage: python data/build_from_research.py RESEARCH_DIR

Every field and every source of the research files is kept as it is; each hero gains a stable
``id`` made from its Latin name, which imports and exports match records on. Nothing is added.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from heroviewer.formats.bundle import HERO_JSON_KEYS, load_heroes, load_news, slug

HERE = Path(__file__).resolve().parent


def build(research_dir: Path) -> None:
    heroes = json.loads((research_dir / "heroes.json").read_text(encoding="utf-8"))
    bundled = []
    for hero in heroes:
        name = hero.get("name_en") or hero.get("name_ru") or hero.get("name_tg")
        record = {"id": slug(name)}
        record.update({key: hero.get(key) for key in HERO_JSON_KEYS if key in hero})
        bundled.append(record)
    _write(HERE / "heroes.json", bundled)
    news = json.loads((research_dir / "news.json").read_text(encoding="utf-8"))
    _write(HERE / "news.json", news)
    load_heroes(HERE / "heroes.json")  # the app must accept what was written
    load_news(HERE / "news.json")
    print(f"{len(bundled)} heroes, {len(news)} news items written to {HERE}")


def _write(path: Path, records: list) -> None:
    path.write_text(json.dumps(records, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build(Path(sys.argv[1]))
