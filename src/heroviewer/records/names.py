"""How a record is named where one name is wanted: the Latin name, else the Russian, else the
Tajik one (the order staff expect; every script is shown in the detail pane)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

NAME_FIELDS = ("name_en", "name_ru", "name_tg")  # a hero's names, in the order they are preferred


def first_name_given(name_en: str | None, name_ru: str | None, name_tg: str | None) -> str:
    return name_en or name_ru or name_tg or ""


def first_name(record: Mapping[str, Any]) -> str:
    """The first of ``record``'s names that is given ("" when none is)."""
    return first_name_given(record.get("name_en"), record.get("name_ru"), record.get("name_tg"))


def display_name(record: Mapping[str, Any]) -> str:
    """A hero's name for lists and messages; its id when it has no name at all."""
    return first_name(record) or str(record.get("id") or "")
