"""What the writer writes: heroes and news items, described once (cheap to import at start)."""

from __future__ import annotations

from typing import NamedTuple

from heroviewer.records.fields import HERO_FIELDS, HERO_LIST_FIELDS, NEWS_FIELDS

WHOLE_RECORD = "*"  # the history field of an add or a delete


class Entity(NamedTuple):
    name: str
    table: str
    fields: tuple[str, ...]  # every stored field, the id first
    list_fields: tuple[str, ...] = ()
    bool_fields: tuple[str, ...] = ()


HERO = Entity("hero", "heroes", (*HERO_FIELDS, "portrait"), HERO_LIST_FIELDS, ("posthumous",))
NEWS = Entity("news", "news", NEWS_FIELDS)
PLACE = Entity("place", "place_positions", ("id", "text", "lat", "lon"))  # set on the map
ENTITIES = {entity.name: entity for entity in (HERO, NEWS, PLACE)}
