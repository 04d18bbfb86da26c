"""Portraits in the window: from a file, by dropping, refused files, a folder of scans."""

from __future__ import annotations

import io
import os

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDropEvent, QImage, QTextDocument

from heroviewer.ui import plain
from tests.support.test_portrait_files import write_jpeg


def shown_portrait(window) -> QImage:
    image = window.heroes.detail.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl(f"portrait:{window.heroes.detail.hero_id}")
    )
    return image


def colour_at_centre(image: QImage) -> tuple[int, int, int]:
    colour = image.pixelColor(image.width() // 2, image.height() // 2)
    return colour.red(), colour.green(), colour.blue()


def file_drop(path) -> tuple[QDropEvent, QMimeData]:
    """A drop of one file. Qt delivers drops only after a real drag, which QTest cannot start,
    so tests hand this event to the pane's handlers directly. The event does not own its
    data: keep both."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return QDropEvent(
        QPointF(40, 60),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    ), mime


def test_a_chosen_file_becomes_the_portrait_and_undo_removes_it(window, qtbot, tmp_path):
    window.heroes.select_hero("karsybay-spataev")
    photo = write_jpeg(tmp_path / "spataev.jpg", (300, 400), colour=(20, 40, 200))
    window.hero_commands.set_portrait_from_file("karsybay-spataev", photo)
    qtbot.waitUntil(
        lambda: window.open_catalogue.catalogue.hero("karsybay-spataev")["portrait"] is not None
    )
    red, green, blue = colour_at_centre(shown_portrait(window))
    assert blue > 150 and red < 80  # the photograph, not the placeholder
    assert window.findChild(QAction, "undo").text() == "&Undo Portrait of Karsybay Spataev"

    window.findChild(QAction, "undo").trigger()
    assert window.open_catalogue.catalogue.hero("karsybay-spataev")["portrait"] is None
    assert colour_at_centre(shown_portrait(window)) != (red, green, blue)


def test_an_image_dropped_on_the_pane_becomes_the_portrait(window, qtbot, tmp_path):
    window.heroes.select_hero("domullo-azizov")
    photo = write_jpeg(tmp_path / "azizov.jpg", (200, 260), colour=(10, 160, 30))
    Image.open(photo).save(tmp_path / "azizov.png", "PNG")
    drop, _data = file_drop(tmp_path / "azizov.png")
    window.heroes.detail.dragEnterEvent(drop)
    assert drop.isAccepted()
    window.heroes.detail.dropEvent(drop)
    qtbot.waitUntil(
        lambda: window.open_catalogue.catalogue.hero("domullo-azizov")["portrait"] is not None
    )
    red, green, _blue = colour_at_centre(shown_portrait(window))
    assert green > 120 and red < 80


def test_a_dropped_file_that_is_not_an_image_is_not_accepted(window, tmp_path):
    window.heroes.select_hero("domullo-azizov")
    (tmp_path / "notes.txt").write_text("text")
    drag, _data = file_drop(tmp_path / "notes.txt")
    window.heroes.detail.dragEnterEvent(drag)
    assert not drag.isAccepted()


def test_a_refused_file_gets_a_message_naming_it_and_the_portrait_stays(
    window, qtbot, tmp_path, monkeypatch
):
    messages = []
    monkeypatch.setattr(plain, "warning", lambda *args: messages.append(args[2]))
    window.heroes.select_hero("karsybay-spataev")
    window.hero_commands.set_portrait_from_file(
        "karsybay-spataev", write_jpeg(tmp_path / "good.jpg", (300, 400))
    )
    kept = window.open_catalogue.catalogue.hero("karsybay-spataev")["portrait"]
    assert kept
    whole = (tmp_path / "good.jpg").read_bytes()
    (tmp_path / "cut.jpg").write_bytes(whole[: len(whole) // 3])
    (tmp_path / "text.jpg").write_text("no picture here")
    for name in ("cut.jpg", "text.jpg"):
        window.hero_commands.set_portrait_from_file("karsybay-spataev", tmp_path / name)
    assert len(messages) == 2
    assert str(tmp_path / "cut.jpg") in messages[0] and "damaged or incomplete" in messages[0]
    assert str(tmp_path / "text.jpg") in messages[1] and "not an image" in messages[1]
    assert window.open_catalogue.catalogue.hero("karsybay-spataev")["portrait"] == kept


def test_a_file_name_that_is_not_utf8_is_reported_and_the_others_imported(window, qtbot, tmp_path):
    folder = tmp_path / "scans"
    folder.mkdir()
    write_jpeg(folder / "Спатаев К.jpg")
    try:
        write_jpeg(os.fsdecode(os.fsencode(folder) + b"/\xff\xfe.jpg"))
    except (OSError, UnicodeError):
        pytest.skip("this file system takes only Unicode file names")
    reports = []

    def confirm(text: str, count: int) -> bool:
        reports.append((text, count))
        return True

    window.catalogue_commands.import_portrait_folder(folder, confirm)
    qtbot.waitUntil(lambda: bool(reports))
    text, count = reports[0]
    assert count == 1
    assert "Refused (1):\n  \ufffd\ufffd.jpg: the file name is not valid UTF-8 text" in text
    assert window.open_catalogue.catalogue.hero("karsybay-spataev")["portrait"]


def test_a_folder_of_scans_is_matched_and_applied_as_one_undoable_step(window, qtbot, tmp_path):
    folder = tmp_path / "scans"
    (folder / "Домулло Азизов").mkdir(parents=True)
    write_jpeg(folder / "Спатаев К.jpg")
    write_jpeg(folder / "Домулло Азизов" / "scan 01.jpg")
    write_jpeg(folder / "Smithson.jpg")
    (folder / "Nedoshivin.jpg").write_text("not a picture")
    reports = []

    def confirm(text: str, count: int) -> bool:
        reports.append((text, count))
        return True

    window.catalogue_commands.import_portrait_folder(folder, confirm)
    qtbot.waitUntil(lambda: bool(reports))
    text, count = reports[0]
    assert count == 2
    assert "Спатаев К.jpg -> Karsybay Spataev" in text
    assert "Matched nobody (1):\n  Smithson.jpg" in text
    assert "Refused (1):\n  Nedoshivin.jpg: not an image that can be read" in text
    assert window.open_catalogue.catalogue.hero("karsybay-spataev")["portrait"]
    assert window.open_catalogue.catalogue.hero("domullo-azizov")["portrait"]
    assert window.findChild(QAction, "undo").text() == "&Undo Import 2 portraits"

    window.findChild(QAction, "undo").trigger()
    assert window.open_catalogue.catalogue.hero("karsybay-spataev")["portrait"] is None
    assert window.open_catalogue.catalogue.hero("domullo-azizov")["portrait"] is None


def test_portraits_can_be_cropped_to_the_card_and_print_on_the_card(window, qtbot, tmp_path):
    from heroviewer.cards.layouts import LAYOUTS
    from tests.ui.test_card_print import PageImage

    window.findChild(QAction, "cropPortraits").setChecked(True)
    window.heroes.select_hero("karsybay-spataev")
    photo = write_jpeg(tmp_path / "wide.jpg", (800, 400), colour=(20, 40, 200))
    window.hero_commands.set_portrait_from_file("karsybay-spataev", photo)
    stored = Image.open(io.BytesIO(window.open_catalogue.catalogue.portrait(
        window.open_catalogue.catalogue.hero("karsybay-spataev")["portrait"])))  # fmt: skip
    assert stored.size == (300, 400)

    dialog = window.card_print_dialog()
    dialog.set_scope("current")
    page = PageImage(LAYOUTS["a4"].page_layout())
    dialog.paint(page)
    # the portrait sits at the card's top left, inside the margins
    dpi = page.resolution()
    spot = page.pixelColor(int(35 * dpi / 25.4), int(45 * dpi / 25.4))
    assert spot.blue() > 150 and spot.red() < 80, spot.name()


def test_a_named_pipe_chosen_as_a_portrait_is_refused_at_once(window, qtbot, tmp_path, monkeypatch):
    import contextlib
    import os

    import pytest

    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes are POSIX")
    messages = []
    monkeypatch.setattr(plain, "warning", lambda *args: messages.append(args[2]))
    fifo = tmp_path / "portrait.jpg"
    os.mkfifo(fifo)
    try:
        window.hero_commands.set_portrait_from_file("karsybay-spataev", fifo)
    finally:  # had the reader been left waiting on the pipe, let it go so the test run can end
        with contextlib.suppress(OSError):  # nobody is reading it
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    assert messages == [f"{fifo}: is a named pipe (FIFO), not a file; only files can be opened"]
    assert window.open_catalogue.catalogue.hero("karsybay-spataev")["portrait"] is None
