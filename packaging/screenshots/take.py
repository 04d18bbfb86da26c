"""Take the README's screenshots of HeroViewer in one language, from the bundled catalogue.

Usage: python packaging/screenshots/take.py ru|tg|en [OUT_DIR]
Writes heroes-LANG.png, map-LANG.png, map-deeds-LANG.png, timeline-LANG.png, figures-LANG.png,
edit-LANG.png, import-refused-LANG.png and card-LANG.png (the card from a PDF rendered by pdftoppm,
from Debian's poppler-utils). Runs offscreen, in a throw-away data folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
HERO = "Azizov"


def main(language: str, out: Path) -> None:
    work = Path(tempfile.mkdtemp(prefix="heroviewer-screenshots-"))
    os.environ.update(
        QT_QPA_PLATFORM="offscreen",
        HEROVIEWER_DATA_DIR=str(work / "data"),
        HEROVIEWER_CONFIG_DIR=str(work / "config"),
    )
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from heroviewer.app import build_window, ensure_application, save_screenshot
    from heroviewer.catalogue import open_catalogue
    from heroviewer.support.paths import default_catalogue_path
    from heroviewer.ui.dialogs.record_fields import hero_form
    from heroviewer.ui.language import use_language

    ensure_application()
    use_language(language)
    open_catalogue(default_catalogue_path()).close()  # made first: no "new catalogue" note
    window = build_window(default_catalogue_path(), remember=False)
    window.resize(1280, 760)
    save_screenshot(window, out / f"heroes-{language}.png", HERO, "heroes")

    for tab in ("map", "map-deeds", "timeline", "figures"):  # the overview tabs
        save_screenshot(window, out / f"{tab}-{language}.png", None, tab)
    window.tabs.setCurrentIndex(0)

    record = window.heroes.current_record()
    form = hero_form(record, window.tr("Edit hero"), window)
    form.resize(760, 760)
    form.show()
    QApplication.processEvents()
    form.grab().save(str(out / f"edit-{language}.png"))
    form.close()

    bad = work / "heroes.csv"
    bad.write_text("name_en,birth_date\nNew Hero,31.11.1942\n", encoding="utf-8")

    grabbed = []

    def grab_the_message() -> None:  # the refusal, once the import (a background job) shows it
        box = QApplication.activeModalWidget()
        if box is None:
            return
        box.grab().save(str(out / f"import-refused-{language}.png"))
        grabbed.append(box)
        box.close()

    poll = QTimer(interval=100, timeout=grab_the_message)
    poll.start()
    window.exchange_commands.import_from(bad)
    while not grabbed:
        QApplication.processEvents()
    poll.stop()

    pdf = work / "card.pdf"
    subprocess.run(
        [sys.executable, "-m", "heroviewer", "cards", "--out", str(pdf), "--search", HERO],
        check=True,
        env={**os.environ, "LANG": f"{language}_TJ.UTF-8"},
    )
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-singlefile", str(pdf), str(out / f"card-{language}")],
        check=True,
    )
    print(f"screenshots in {language} written to {out}")


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]) if len(sys.argv) > 2 else HERE)
