"""The committed translation sources (resources/translations/*.ts) hold every string the code
marks for translation, each one translated.

pyside6-lupdate reads the code into a temporary copy of each .ts; a string the copy has and the
committed file lacks is missing (run ``make translations``), an entry marked unfinished or left
empty awaits its translator. Either is named with its file.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import REPO

TRANSLATIONS = REPO / "resources" / "translations"
OURS = ("heroviewer_ru.ts", "heroviewer_tg.ts")


def qt_tool(name: str) -> str:
    """A PySide6 tool beside the running Python (the venv's bin), else on the PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed (it comes with PySide6)")
    return found


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """Each message of a .ts file by (context, source, disambiguation comment)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def where(message: ET.Element, ts: Path) -> str:
    """The source file (relative to the repository) where lupdate found ``message``."""
    location = message.find("location")
    if location is None:
        return "?"
    path = (ts.parent / location.get("filename", "")).resolve()
    return f"{path.relative_to(REPO) if path.is_relative_to(REPO) else path}:{location.get('line')}"


def unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return True
    forms = translation.findall("numerusform")
    return not all((form.text or "").strip() for form in forms or [translation])


@pytest.fixture(scope="module")
def from_the_code(tmp_path_factory) -> dict[str, dict[tuple[str, str, str], str]]:
    """Per committed .ts, where the code marks each string (file and line), as lupdate finds."""
    folder = tmp_path_factory.mktemp("lupdate")
    sources = sorted(str(p) for p in (REPO / "src" / "heroviewer").rglob("*.py"))
    copies = [shutil.copy(TRANSLATIONS / name, folder / name) for name in OURS]
    subprocess.run(
        [qt_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "absolute",
         *sources, "-ts", *map(str, copies)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    return {
        Path(copy).name: {key: where(found, Path(copy)) for key, found in messages(copy).items()}
        for copy in map(Path, copies)
    }


def describe(key: tuple[str, str, str], file: str) -> str:
    context, source, comment = key
    return f"{file}: {source!r} (context {context!r}{', ' + comment if comment else ''})"


@pytest.mark.parametrize("name", OURS)
def test_every_string_in_the_code_is_in_the_translation_file(name, from_the_code):
    committed = messages(TRANSLATIONS / name)
    missing = [
        describe(key, file) for key, file in from_the_code[name].items() if key not in committed
    ]
    assert not missing, f"{name} lacks {len(missing)} string(s) of the code; run make " + (
        "translations:\n" + "\n".join(missing)
    )


@pytest.mark.parametrize("name", [*OURS, "qtbase_tg.ts"])
def test_every_entry_of_the_translation_file_is_translated(name, from_the_code):
    found = from_the_code.get(name, {})
    waiting = [
        describe(key, found.get(key, name))
        for key, message in messages(TRANSLATIONS / name).items()
        if unfinished(message)
    ]
    assert not waiting, f"{name}: {len(waiting)} entr(y/ies) not translated yet:\n" + "\n".join(
        waiting[:40]
    )


def test_every_marked_string_has_its_context(from_the_code):
    """A string lupdate files under no context (tr passed around as an argument) is looked up
    under another one when shown, so its translation never appears."""
    lost = [describe(key, file) for key, file in from_the_code[OURS[0]].items() if not key[0]]
    assert not lost, "strings lupdate cannot place in a context:\n" + "\n".join(lost)
