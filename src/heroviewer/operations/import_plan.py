"""What an import would do, before anything is written: additions, changes, conflicts.

Heroes are matched on their stable id, else on the exact Russian or Latin name. A change lists
each field with its old and new value; a record that cannot be placed safely is a conflict and is
left out. News items already present (same link or guid, or same date and title) are not added
again.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain, compress, count, repeat
from operator import contains
from typing import Any

from heroviewer.formats.damage import looks_damaged
from heroviewer.records.entities import HERO, NEWS, Entity
from heroviewer.records.fields import HERO_FIELD_LIST, NEWS_FIELD_LIST, field_title
from heroviewer.records.normal_values import normal_column
from heroviewer.records.record_columns import RecordColumns, column_of, fields_of
from heroviewer.support.messages import QT_TRANSLATE_NOOP, Message

NAME_KEYS = ("name_ru", "name_en")


@dataclass
class ImportPlan:
    entity: Entity
    adds: Sequence[dict[str, Any]] = field(default_factory=list)  # a list, or RecordColumns
    changes: dict[Any, dict[str, tuple[Any, Any]]] = field(default_factory=dict)  # id → (old, new)
    conflicts: list[str] = field(default_factory=list)
    unchanged: int = 0
    duplicates: int = 0  # news already present
    # where an imported text looks damaged by a Windows-1251 file (see interchange.damage):
    damaged_adds: dict[int, list[str]] = field(default_factory=dict)  # index in adds → fields
    damaged: dict[Any, list[str]] = field(default_factory=dict)  # changed id → fields

    @property
    def is_empty(self) -> bool:
        return not self.adds and not self.changes

    def emptied_count(self) -> int:
        """How many changes would empty a value that is filled now (a blank cell in a file)."""
        return sum(
            1
            for fields in self.changes.values()
            for old, new in fields.values()
            if empties(old, new)
        )

    def new_values(self) -> dict[Any, dict[str, Any]]:
        return {
            rid: {f: new for f, (_old, new) in fields.items()}
            for rid, fields in self.changes.items()
        }

    def damaged_count(self) -> int:
        """How many records (added or changed) have a value that looks damaged."""
        return len(self.damaged_adds) + len(self.damaged)

    def damaged_changes(self) -> set[tuple[Any, str]]:
        """(record id, field) of each change whose new value looks damaged."""
        return {(rid, name) for rid, fields in self.damaged.items() for name in fields}

    def without(
        self, adds: Collection[int] = (), changes: Collection[tuple[Any, str]] = ()
    ) -> ImportPlan:
        """This plan minus the additions (by index) and field changes (record id, field) that
        the user left out; what is left is applied as one step."""
        left_out = set(changes)
        kept = ImportPlan(self.entity, conflicts=self.conflicts, unchanged=self.unchanged,
                          duplicates=self.duplicates)  # fmt: skip
        kept.adds = self.adds
        if adds:
            kept.adds = [record for index, record in enumerate(self.adds) if index not in adds]
        for rid, fields in self.changes.items():
            chosen = {name: pair for name, pair in fields.items() if (rid, name) not in left_out}
            if chosen:
                kept.changes[rid] = chosen
        return kept

    def without_damaged(self) -> ImportPlan:
        """This plan minus every addition and change that looks damaged."""
        return self.without(set(self.damaged_adds), self.damaged_changes())

    def flag_damage(self) -> None:
        """Note the additions and changes whose text looks damaged (interchange.damage)."""
        found: dict[int, set[str]] = {}
        for name in fields_of(self.adds):
            for index in _holding_a_question_mark(column_of(self.adds, name)):
                if looks_damaged(None, self.adds[index][name]):
                    found.setdefault(index, set()).add(name)
        for index in sorted(found):  # each record's fields in its own order
            self.damaged_adds[index] = [name for name in self.adds[index] if name in found[index]]
        for rid, changed in self.changes.items():
            fields = [name for name, (old, new) in changed.items() if looks_damaged(old, new)]
            if fields:
                self.damaged[rid] = fields


def _holding_a_question_mark(values: list[Any]) -> list[int]:
    """The positions of the values (texts or lists of texts) that hold a "?" at all: a quick
    look, in C, as 100,000 new records hold millions of values. A column without any "?"
    (the usual case) is told by one search of its texts joined."""
    filled = list(filter(None, values))
    for texts in (filled, chain.from_iterable(filled)):  # texts, or lists of texts
        try:
            if "?" not in "\n".join(texts):
                return []
            break
        except TypeError:  # not texts (flags): looked at value by value
            continue
    found = map(contains, map(str, values), repeat("?"))
    return list(compress(count(), found))


def empties(old: Any, new: Any) -> bool:
    """Whether a change would empty a value that is filled now (a blank cell in a file)."""
    return new in (None, []) and old not in (None, [])


def plan_heroes(
    incoming: Sequence[Mapping[str, Any]], existing: Sequence[Mapping[str, Any]]
) -> ImportPlan:
    plan = ImportPlan(HERO)
    by_id = {record["id"]: record for record in existing}
    by_name: dict[tuple[str, str], list[str]] = {}
    for record in existing:
        for key in NAME_KEYS:
            if record.get(key):
                by_name.setdefault((key, record[key]), []).append(record["id"])
    if not existing and isinstance(incoming, RecordColumns) and _distinct(incoming.column("id")):
        plan.adds = incoming  # an empty catalogue takes every record: kept as columns
        plan.flag_damage()
        return plan
    claimed: dict[str, int] = {}
    matched: list[tuple[str, Mapping[str, Any]]] = []
    for number, record in enumerate(incoming, start=1):
        if by_name or record.get("id") in by_id:
            target, problem = _match(record, by_id, by_name)
        else:  # nothing to match by (an import into an empty catalogue): quicker
            target, problem = None, None
        if problem:
            conflict = QT_TRANSLATE_NOOP("ImportReport", "record {number} ({name}): {problem}")
            plan.conflicts.append(
                conflict.format(number=number, name=record_name(record), problem=problem)
            )
        elif target is None:
            plan.adds.append(record)
            if record.get("id"):
                by_id[record["id"]] = record  # a second record with this id is a conflict
                claimed[record["id"]] = number
        elif target in claimed:
            same = QT_TRANSLATE_NOOP(
                "ImportReport", "record {number} ({name}): the same hero as record {other}"
            )
            plan.conflicts.append(
                same.format(number=number, name=record_name(record), other=claimed[target])
            )
        else:
            claimed[target] = number
            matched.append((target, record))
    for target, differences in _differences(matched, by_id):
        if differences:
            plan.changes[target] = differences
        else:
            plan.unchanged += 1
    plan.flag_damage()
    return plan


def _distinct(ids: Sequence[Any]) -> bool:
    """Whether no id is given twice (records without one are never the same)."""
    given = list(filter(None, ids))
    return len(set(given)) == len(given)


def _match(record, by_id, by_name) -> tuple[str | None, str | None]:
    """(the existing hero's id or None for a new one, or a reason why it is a conflict)."""
    record_id = record.get("id")
    if record_id and record_id in by_id:
        return record_id, None
    for key in NAME_KEYS:
        name = record.get(key)
        found = by_name.get((key, name), []) if name else []
        if len(found) > 1:
            shared = QT_TRANSLATE_NOOP(
                "ImportReport", "the name {name} belongs to {count} heroes; give the hero's id"
            )
            return None, shared.format(name=repr(name), count=len(found))
        if found:
            if record_id:
                taken = QT_TRANSLATE_NOOP(
                    "ImportReport", "new id {id}, but the name {name} is hero {other}"
                )
                return None, taken.format(id=repr(record_id), name=repr(name), other=repr(found[0]))
            return found[0], None
    return None, None


def _differences(
    matched: list[tuple[str, Mapping[str, Any]]], by_id: Mapping[str, Mapping[str, Any]]
) -> list[tuple[str, dict[str, tuple[Any, Any]]]]:
    """For each (stored id, incoming record): field → (old, new) where the record differs.

    Values are compared as they would be stored (text stripped, lists without blanks), a
    column at a time for the records that give the same fields (all rows of a CSV file).
    """
    found: list[tuple[str, dict[str, tuple[Any, Any]]]] = [(target, {}) for target, _ in matched]
    groups: dict[tuple[str, ...], list[int]] = {}
    for row, (_target, record) in enumerate(matched):
        groups.setdefault(tuple(record), []).append(row)
    for fields, rows in groups.items():
        olds = [by_id[matched[row][0]] for row in rows]
        for name in fields:
            if name == "id" or name not in HERO.fields:
                continue
            values = normal_column(HERO, name, [matched[row][1][name] for row in rows])
            for row, old, value in zip(rows, olds, values, strict=True):
                if value != old.get(name):
                    found[row][1][name] = (old.get(name), value)
    return found


def record_name(record: Mapping[str, Any]) -> str:
    """What an imported record is called: its first name given, or its title."""
    keys = ("name_en", "name_ru", "name_tg", "title")
    return next((record[key] for key in keys if record.get(key)), "?")


def plan_news(
    incoming: Sequence[Mapping[str, Any]], existing: Sequence[Mapping[str, Any]]
) -> ImportPlan:
    plan = ImportPlan(NEWS)
    seen = {key for item in existing for key in _news_identity(item)}
    for item in incoming:
        keys = _news_identity(item)
        if keys & seen:
            plan.duplicates += 1
            continue
        seen |= keys
        plan.adds.append({key: value for key, value in item.items() if key != "id"})
    plan.flag_damage()
    return plan


def _news_identity(item: Mapping[str, Any]) -> set[tuple[str, ...]]:
    """What makes a news item the same as another: its link, its guid, or its date and title.

    Many researched items have neither link nor guid; the date and title are then all they have.
    """
    keys = {("link", item[key]) for key in ("url", "guid") if item.get(key)}
    title = (item.get("title") or "").strip()
    if title:
        keys.add(("dated title", str(item.get("date") or ""), title))
    return keys


def counted(count: int, entity: Entity) -> str:
    """ "1 hero", "2 heroes", "1 news item": a count with its noun, for the command line."""
    if entity is HERO:
        return QT_TRANSLATE_NOOP("ImportReport", "%n hero(es)", "", -1).format(n=count)
    return QT_TRANSLATE_NOOP("ImportReport", "%n news item(s)", "", -1).format(n=count)


def summary_lines(
    plan: ImportPlan, names: Mapping[str, str] | None = None, limit: int = 30
) -> list[str]:
    """What the import would do, in lines of text (the CLI prints them; the dialog shows them)."""
    names = names or {}
    to_add = QT_TRANSLATE_NOOP("ImportReport", "To add: {count}").format(
        count=counted(len(plan.adds), plan.entity)
    )
    lines: list[str] = [to_add]
    for record in plan.adds[:limit]:
        lines.append(f"  + {record_name(record)}")
    if len(plan.adds) > limit:
        lines.append(_more(len(plan.adds) - limit))
    if plan.entity is HERO:
        lines.append(
            QT_TRANSLATE_NOOP("ImportReport", "To change: {count}").format(
                count=counted(len(plan.changes), HERO)
            )
        )
        emptied = plan.emptied_count()
        if emptied:
            lines.append(
                QT_TRANSLATE_NOOP(
                    "ImportReport",
                    "  Of these changes, {count} would empty a value that is filled now "
                    "(a blank cell in the file); check them below",
                ).format(count=emptied)
            )
        for shown, (record_id, fields) in enumerate(plan.changes.items()):
            if shown == limit:
                lines.append(_more(len(plan.changes) - limit))
                break
            lines.append(f"  ~ {names.get(record_id, record_id)}")
            damaged = plan.damaged.get(record_id, ())
            for key, (old, new) in fields.items():
                shown = {"field": field_label(key), "change": _change_shown(old, new)}
                change = Message(None, "      {field}: {change}", shown)
                if key in damaged:
                    change = QT_TRANSLATE_NOOP(
                        "ImportReport", "{change}   (? looks damaged)"
                    ).format(change=change)
                lines.append(change)
        lines.append(
            QT_TRANSLATE_NOOP("ImportReport", "Unchanged: {count}").format(count=plan.unchanged)
        )
        lines.append(
            QT_TRANSLATE_NOOP("ImportReport", "Conflicts, left out: {count}").format(
                count=len(plan.conflicts)
            )
        )
        lines += [_conflict(conflict) for conflict in plan.conflicts[:limit]]
    else:
        lines.append(
            QT_TRANSLATE_NOOP(
                "ImportReport",
                "Already present (same link, guid, or date and title), not added: {count}",
            ).format(count=plan.duplicates)
        )
        if plan.conflicts:
            lines.append(
                QT_TRANSLATE_NOOP("ImportReport", "Left out: {count}").format(
                    count=len(plan.conflicts)
                )
            )
            lines += [_conflict(conflict) for conflict in plan.conflicts[:limit]]
    return lines


def _more(count: int) -> str:
    return QT_TRANSLATE_NOOP("ImportReport", "  … and {count} more").format(count=count)


def _conflict(conflict: str) -> str:
    return Message(None, "  ! {conflict}", {"conflict": conflict})


def damage_lines(
    plan: ImportPlan, names: Mapping[str, str] | None = None, limit: int = 30
) -> list[str]:
    """Each record with a value that looks damaged, and its fields: "  ? name: field, field"."""
    names = names or {}
    records = [(record_name(plan.adds[index]), fields)
               for index, fields in plan.damaged_adds.items()]  # fmt: skip
    records += [(names.get(rid, rid), fields) for rid, fields in plan.damaged.items()]
    lines = [
        f"  ? {name}: {', '.join(map(field_label, fields))}" for name, fields in records[:limit]
    ]
    if len(records) > limit:
        lines.append(_more(len(records) - limit))
    return lines


def field_label(key: str) -> str:
    """A field as the edit form labels it, on one line, in the user's language ("Died on"
    for death_date), as the window's import preview names it; an unknown key as it is."""
    field = _FIELDS.get(key)
    return field_title(field) if field else key


_FIELDS = {field.key: field for field in (*NEWS_FIELD_LIST, *HERO_FIELD_LIST)}


def _change_shown(old: Any, new: Any, width: int = 60) -> Message:
    """Old → new, each cut to ``width``; long texts shown from just before they first differ."""
    old_text, new_text = _text(old), _text(new)
    start = 0
    if old_text and new_text:
        start = max(0, _first_difference(old_text, new_text) - width // 3)
    old_shown, new_shown = _excerpt(old_text, start, width), _excerpt(new_text, start, width)
    return Message(None, "{old} → {new}", {"old": old_shown, "new": new_shown})


def _first_difference(one: str, other: str) -> int:
    pairs = zip(one, other, strict=False)
    return next((at for at, (a, b) in enumerate(pairs) if a != b), min(len(one), len(other)))


def _text(value: Any) -> str | None:
    if value is None or value == []:
        return None
    return "; ".join(value) if isinstance(value, list) else str(value)


def _excerpt(text: str | None, start: int, width: int) -> str:
    if text is None:
        return QT_TRANSLATE_NOOP("labels", "(empty)")  # as the window's import preview
    if len(text) <= width:
        start = 0
    shown = ("…" if start else "") + text[start:]
    return repr(shown if len(shown) <= width else shown[: width - 1] + "…")
