"""Time writing every bundled hero's card to a PDF, per layout, and print ms per card."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from heroviewer.app import ensure_application
    from heroviewer.cards.layouts import LAYOUTS
    from heroviewer.cards.pdf import write_cards_pdf
    from heroviewer.catalogue import open_catalogue

    ensure_application()
    work = Path(tempfile.mkdtemp(prefix="heroviewer-cards-"))
    catalogue = open_catalogue(work / "catalogue.sqlite")
    records = [catalogue.hero(row.id) for row in catalogue.hero_rows()]
    write_cards_pdf(work / "warm.pdf", records[:1], LAYOUTS["a4"])  # fonts, star, Pillow
    for key, layout in LAYOUTS.items():
        began = time.perf_counter()
        pages = write_cards_pdf(work / f"{key}.pdf", records, layout)
        elapsed = time.perf_counter() - began
        print(
            f"{key:8s} {len(records)} cards, {pages} pages: {elapsed:5.2f} s, "
            f"{1000 * elapsed / len(records):5.1f} ms a card"
        )
    for words in (5_000, 20_000):  # a deed far too long for the card: cut by binary search
        deed = " ".join(f"word{n}" + ("." if n % 15 == 14 else "") for n in range(words))
        record = {"id": "long", "name_en": "Long Deed", "feat_summary_en": deed}
        began = time.perf_counter()
        write_cards_pdf(work / "long.pdf", [record], LAYOUTS["a4"])
        print(f"one A4 card, a deed of {words:,} words: {time.perf_counter() - began:5.2f} s")


if __name__ == "__main__":
    main()
