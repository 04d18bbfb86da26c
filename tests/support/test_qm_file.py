"""The check of a compiled translation before Qt loads it (support/qm_file.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo

from heroviewer.support.qm_file import qm_problem


def test_the_shipped_translations_and_qt_s_own_pass_the_check(shipped_language):
    from heroviewer.ui import language

    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    files = [*language.translations_dir().glob("*.qm"), *qt_folder.glob("qtbase_*.qm")]
    assert len(files) > 3
    assert {path.name: qm_problem(path.read_bytes()) for path in files} == {
        path.name: "" for path in files
    }


def test_a_message_reaching_past_the_file_is_named(shipped_language):
    from heroviewer.ui import language

    data = (language.translations_dir() / "heroviewer_ru.qm").read_bytes()
    assert qm_problem(data[:-1000]).startswith("block 0x")
    at = data.index(b"\x06\x00\x00\x00\x04Rank") + 1
    damaged = data[:at] + (0x00FFFFFE).to_bytes(4, "big") + data[at + 4 :]
    assert "lies outside the file" in qm_problem(damaged)
    assert qm_problem(b"random bytes") == "not a Qt translation file"
