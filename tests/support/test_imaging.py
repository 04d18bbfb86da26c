"""The placeholder portrait: initials on a calm background, never a likeness."""

import io

from PIL import Image

from heroviewer.support.imaging import initials, placeholder_png


def test_initials_in_any_script():
    assert initials("Domullo Azizov") == "DA"
    assert initials("Филиппов Г.") == "ФГ"
    assert initials("Veniamin Mikhaylovich Nedoshivin") == "VN"
    assert initials("Spataev") == "S"
    assert initials("") == "?"


def test_placeholder_is_a_portrait_shaped_png():
    image = Image.open(io.BytesIO(placeholder_png("Karsybay Spataev", "no portrait", 240)))
    assert image.format == "PNG"
    assert image.size == (240, 320)
    assert len(image.getcolors(maxcolors=100_000)) < 2_000  # flat colours and text, not a photo


def test_placeholder_is_cached_and_stable():
    first = placeholder_png("Safar Amirshoev", "no portrait", 120)
    assert placeholder_png("Safar Amirshoev", "no portrait", 120) is first
    assert placeholder_png("Safar Amirshoev", "no portrait", 120) != placeholder_png(
        "Negmat Karabaev", "no portrait", 120
    )
