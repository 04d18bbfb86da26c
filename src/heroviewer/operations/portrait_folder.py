"""Match a museum's scanned photographs to heroes by file or folder name, in any script.

"Спатаев К.jpg", "spataev_karsybay_1943.tif" and "Karsybay Spataev/scan 01.jpg" all find
Karsybay Spataev: names are folded as searches are (heroviewer.records.search), so Cyrillic,
Tajik and Latin spellings meet. Pure: no Qt and no database; `prepare_matched` decodes the images.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from heroviewer.records.entities import HERO, Entity
from heroviewer.records.search import fold, search_key
from heroviewer.support.messages import QT_TRANSLATE_NOOP, Message, joined, message_of
from heroviewer.support.portrait_files import (
    IMAGE_SUFFIXES,
    PortraitError,
    PreparedImage,
    prepare_portrait,
)

# Words in file names that say nothing about who is pictured.
_NOISE = {
    "portrait", "photo", "foto", "scan", "img", "image", "dsc", "copy", "kopiya", "portret",
    "hero", "geroi", "final", "edit", "crop",
}  # fmt: skip
_WORD = re.compile(r"[^\W\d_]{3,}")
_SURROGATE = re.compile("[\ud800-\udfff]")  # a byte of a file name that is not UTF-8, kept
_MISNAMED = QT_TRANSLATE_NOOP(
    "PortraitFolder",
    "{path}: the file name is not valid UTF-8 text (shown with �); rename the file",
)
_NOT_IMAGE = QT_TRANSLATE_NOOP("PortraitFolder", "{path}: not an image file (by its name)")
ACTION = "import portraits"  # how the change is named in the records' history


@dataclass
class MatchReport:
    """What a folder of images would do: who each file matched, and what was left out."""

    matched: list[tuple[Path, str]] = field(default_factory=list)  # (file, hero id)
    unmatched: list[Path] = field(default_factory=list)
    ambiguous: list[tuple[Path, list[str]]] = field(default_factory=list)
    duplicates: list[tuple[Path, str]] = field(default_factory=list)  # another file was used
    refused: list[tuple[Path, str]] = field(default_factory=list)  # (file, reason)


def name_words(text: str) -> list[str]:
    """The folded words of a file or folder name that could be part of a name."""
    return [word for word in _WORD.findall(fold(text)) if word not in _NOISE]


def image_files(folder: Path) -> tuple[list[Path], list[Path]]:
    """(image files, other files) under ``folder``, in a stable order."""
    files = sorted(path for path in folder.rglob("*") if path.is_file())
    files = [path for path in files if not path.name.startswith(".")]
    images = [path for path in files if path.suffix.lower() in IMAGE_SUFFIXES]
    others = [path for path in files if path.suffix.lower() not in IMAGE_SUFFIXES]
    return images, others


def match_files(
    folder: Path, files: Iterable[Path], heroes: Sequence[tuple[str, list[str]]]
) -> MatchReport:
    """Match ``files`` (under ``folder``) to ``heroes`` given as (id, names and spellings)."""
    keys = [(hero_id, search_key(names)) for hero_id, names in heroes]
    report = MatchReport()
    used: set[str] = set()
    for path in files:
        found = _heroes_named(path.stem, keys)
        parent = path.parent
        while not found and parent != folder and folder in parent.parents:
            found = _heroes_named(parent.name, keys)  # a folder per person
            parent = parent.parent
        if not found:
            report.unmatched.append(path)
        elif len(found) > 1:
            report.ambiguous.append((path, found))
        elif found[0] in used:
            report.duplicates.append((path, found[0]))
        else:
            used.add(found[0])
            report.matched.append((path, found[0]))
    return report


def _heroes_named(text: str, keys: Sequence[tuple[str, str]]) -> list[str]:
    """Heroes whose names hold every word of ``text``; whole words win over parts of words."""
    words = name_words(text)
    if not words:
        return []
    found = [(hero_id, key) for hero_id, key in keys if all(word in key for word in words)]
    if len(found) > 1:
        whole = [
            (hero_id, key) for hero_id, key in found if all(word in key.split() for word in words)
        ]
        found = whole or found
    return [hero_id for hero_id, _key in found]


def plan_import(
    folder: Path, heroes: Sequence[tuple[str, list[str]]], crop_to_card: bool = False
) -> tuple[MatchReport, dict[str, PreparedImage]]:
    """Match the images under ``folder`` and prepare the matched ones (refusals are reported)."""
    images, others = image_files(folder)
    misnamed = [p for p in (*images, *others) if _SURROGATE.search(str(p.relative_to(folder)))]
    report = match_files(folder, [path for path in images if path not in misnamed], heroes)
    report.refused += [(path, _MISNAMED) for path in misnamed]
    report.refused += [(path, _NOT_IMAGE) for path in others if path not in misnamed]
    prepared: dict[str, PreparedImage] = {}
    kept = []
    for path, hero_id in report.matched:
        try:
            prepared[hero_id] = prepare_portrait(path, crop_to_card)
            kept.append((path, hero_id))
        except PortraitError as error:
            report.refused.append((path, message_of(error)))
    report.matched = kept
    return report, prepared


def report_lines(report: MatchReport, folder: Path, names: dict[str, str]) -> list[str]:
    """The report as lines of text for the command line and the import dialog."""

    def shown(path: Path) -> str:
        text = str(path.relative_to(folder)) if folder in path.parents else str(path)
        return _SURROGATE.sub("\ufffd", text)

    def heading(text: Message, found: list) -> Message:
        return text.format(count=len(found))

    lines: list[str] = [
        heading(QT_TRANSLATE_NOOP("PortraitFolder", "Matched ({count}):"), report.matched)
    ]
    lines += [f"  {shown(path)} -> {names.get(hero, hero)}" for path, hero in report.matched]
    if report.ambiguous:
        several = QT_TRANSLATE_NOOP("PortraitFolder", "Matched several heroes, not used ({count}):")
        lines.append(heading(several, report.ambiguous))
        lines += [
            f"  {shown(path)} -> {', '.join(sorted(names.get(hero, hero) for hero in heroes))}"
            for path, heroes in report.ambiguous
        ]
    if report.duplicates:
        again = QT_TRANSLATE_NOOP(
            "PortraitFolder", "Another file of the same hero was used ({count}):"
        )
        lines.append(heading(again, report.duplicates))
        lines += [f"  {shown(path)} -> {names.get(hero, hero)}" for path, hero in report.duplicates]
    if report.unmatched:
        nobody = QT_TRANSLATE_NOOP("PortraitFolder", "Matched nobody ({count}):")
        lines.append(heading(nobody, report.unmatched))
        lines += [f"  {shown(path)}" for path in report.unmatched]
    if report.refused:
        lines.append(
            heading(QT_TRANSLATE_NOOP("PortraitFolder", "Refused ({count}):"), report.refused)
        )
        lines += [
            joined(["", _with_path(reason, shown(path))], "  ") for path, reason in report.refused
        ]
    return lines


def _with_path(reason: str, shown: str) -> str:
    """A refusal naming the file as the report shows it (relative to the folder)."""
    if isinstance(reason, Message) and "{path}" in reason.template:
        return reason.format(path=shown)
    return f"{shown}: {reason}"


def set_portraits(
    prepared: dict[str, PreparedImage],
    store_image: Callable[[PreparedImage], str],
    save_many: Callable[[Entity, dict[str, dict[str, str]], str], int],
) -> int:
    """Store each prepared image (once, by its hash) and make it its hero's portrait, in one
    saved change; returns how many heroes got one.

    ``store_image`` and ``save_many(entity, changes, action) -> count`` are the catalogue
    writer's (the command line) or go through the window's undo stack.
    """
    if not prepared:
        return 0
    changes = {hero: {"portrait": store_image(image)} for hero, image in prepared.items()}
    return save_many(HERO, changes, ACTION)
