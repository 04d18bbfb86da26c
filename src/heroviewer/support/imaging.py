"""Portrait images with Pillow: the placeholder drawn for heroes without a photograph.

The placeholder is deliberately not photo-like: the initials in a serif-less face on a calm,
flat colour, framed, with a small "no portrait" line, so nobody mistakes it for a likeness.
"""

from __future__ import annotations

import colorsys
import hashlib
import io
from functools import lru_cache
from pathlib import Path

from heroviewer.support.paths import resources_dir

PORTRAIT_ASPECT = (3, 4)  # width : height, as the printed card


def initials(name: str) -> str:
    """Up to two initials from a name: "Domullo Azizov" -> "DA", "Филиппов Г." -> "ФГ"."""
    words = [word for word in name.replace(".", " ").split() if word[:1].isalpha()]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][0].upper()
    return (words[0][0] + words[-1][0]).upper()


def _calm_colour(seed: str) -> tuple[int, int, int]:
    """A muted colour that stays the same for the same hero."""
    hue = int(hashlib.sha1(seed.encode()).hexdigest()[:4], 16) / 0xFFFF
    red, green, blue = colorsys.hls_to_rgb(hue, 0.42, 0.22)
    return int(red * 255), int(green * 255), int(blue * 255)


def _font(size: int):
    from PIL import ImageFont

    path = resources_dir() / "fonts" / "NotoSans-Regular.ttf"
    if Path(path).is_file():
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size)


@lru_cache(maxsize=512)
def placeholder_png(name: str, caption: str, width: int = 240) -> bytes:
    """A PNG of the placeholder portrait for ``name`` (cached: switching heroes is instant)."""
    from PIL import Image, ImageDraw

    height = width * PORTRAIT_ASPECT[1] // PORTRAIT_ASPECT[0]
    background = _calm_colour(name)
    image = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(image)
    inset = width // 16
    frame = tuple(min(255, c + 60) for c in background)
    draw.rectangle((inset, inset, width - inset, height - inset), outline=frame, width=2)
    draw.text(
        (width / 2, height * 0.45),
        initials(name),
        fill=(250, 247, 240),
        font=_font(width * 2 // 5),
        anchor="mm",
    )
    draw.text(
        (width / 2, height - inset * 2.2),
        caption,
        fill=frame,
        font=_font(max(10, width // 14)),
        anchor="mm",
    )
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()
