"""Read a portrait image file for the catalogue with Pillow. Pure: no Qt, no database.

Whatever comes in (JPEG, PNG, WebP, TIFF, BMP or GIF, any orientation or colour profile) leaves
as an upright sRGB JPEG whose longest side is at most 1600 px, plus a small thumbnail. Files that
are not images, damaged, or absurdly large are refused with a reason that names the file.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import NamedTuple

from heroviewer.support.imaging import PORTRAIT_ASPECT
from heroviewer.support.messages import QT_TRANSLATE_NOOP, message_of

ACCEPTED_FORMATS = {"JPEG", "MPO", "PNG", "WEBP", "TIFF", "BMP", "GIF"}
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".bmp", ".gif"}
MAX_SIDE = 1600
THUMBNAIL_SIDE = 480  # the detail pane shows 180 pt wide, sharp at 200 % scaling
MAX_PIXELS = 60_000_000  # a 12-megapixel photo or a large scan; refuses pixel bombs
MAX_FILE_BYTES = 150 * 1024 * 1024
JPEG_QUALITY = 90


class PreparedImage(NamedTuple):
    sha256: str
    image: bytes  # JPEG
    thumbnail: bytes  # JPEG
    width: int
    height: int
    original_name: str | None


class PortraitError(ValueError):
    """An image file was refused; the message names the file and the reason."""


def prepare_portrait(path: Path, crop_to_card: bool = False) -> PreparedImage:
    """Read ``path`` and make the catalogue's portrait from it, or raise PortraitError.

    Only a regular file is read: a named pipe would keep the reading thread, and HeroViewer
    with it, waiting for ever.
    """
    from heroviewer.catalogue.file_checks import FileRefused, refuse_unless_regular

    path = Path(path)
    try:
        refuse_unless_regular(path)
    except FileRefused as error:
        raise PortraitError(message_of(error)) from None
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            too_big = QT_TRANSLATE_NOOP(
                "PortraitFile", "{path}: the file is {size} MB; at most 150 MB"
            )
            raise PortraitError(too_big.format(path=path, size=size // 2**20))
        data = path.read_bytes()
    except OSError as error:
        unreadable = QT_TRANSLATE_NOOP("Files", "{path}: cannot be read ({reason})")
        raise PortraitError(unreadable.format(path=path, reason=error.strerror or error)) from None
    return prepare_portrait_bytes(data, str(path), crop_to_card)


def prepare_portrait_bytes(data: bytes, name: str, crop_to_card: bool = False) -> PreparedImage:
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            _check_header(image, name)
            # JPEG: decode at a reduced scale, still large enough for the result
            image.draft("RGB", _draft_size(image.size, crop_to_card))
            image.load()
            upright = ImageOps.exif_transpose(image)
            rgb = _to_srgb(upright)
    except PortraitError:
        raise
    except UnidentifiedImageError:
        not_image = QT_TRANSLATE_NOOP(
            "PortraitFile",
            "{path}: not an image that can be read (JPEG, PNG, WebP, TIFF, BMP or GIF)",
        )
        raise PortraitError(not_image.format(path=name)) from None
    except Image.DecompressionBombError:
        bomb = QT_TRANSLATE_NOOP(
            "PortraitFile",
            "{path}: the image would unpack to too many pixels; "
            "at most {megapixels} megapixels are accepted",
        )
        raise PortraitError(bomb.format(path=name, megapixels=MAX_PIXELS // 1_000_000)) from None
    except (OSError, ValueError, SyntaxError, EOFError) as error:
        damaged = QT_TRANSLATE_NOOP(
            "PortraitFile", "{path}: the image is damaged or incomplete ({error})"
        )
        raise PortraitError(damaged.format(path=name, error=str(error))) from None
    if crop_to_card:
        rgb = _crop_to_aspect(rgb, *PORTRAIT_ASPECT)
    rgb.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    thumbnail = rgb.copy()
    thumbnail.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE), Image.Resampling.LANCZOS)
    encoded = _jpeg(rgb)
    return PreparedImage(
        hashlib.sha256(encoded).hexdigest(), encoded, _jpeg(thumbnail), rgb.width, rgb.height,
        Path(name).name,
    )  # fmt: skip


def _check_header(image, name: str) -> None:
    if image.format not in ACCEPTED_FORMATS:
        not_accepted = QT_TRANSLATE_NOOP(
            "PortraitFile",
            "{path}: {format} images are not accepted (JPEG, PNG, WebP, TIFF, BMP or GIF)",
        )
        raise PortraitError(not_accepted.format(path=name, format=image.format))
    width, height = image.size
    if width * height > MAX_PIXELS:
        too_many = QT_TRANSLATE_NOOP(
            "PortraitFile",
            "{path}: the image is {width} × {height} pixels; "
            "at most {megapixels} megapixels are accepted",
        )
        megapixels = MAX_PIXELS // 1_000_000
        raise PortraitError(
            too_many.format(path=name, width=width, height=height, megapixels=megapixels)
        )


def _draft_size(size: tuple[int, int], crop_to_card: bool) -> tuple[int, int]:
    scale = MAX_SIDE / (min(size) if crop_to_card else max(size))
    return (max(1, int(size[0] * scale)), max(1, int(size[1] * scale))) if scale < 1 else size


def _to_srgb(image):
    """RGB in sRGB: colour profiles applied, transparency laid on white."""
    from PIL import Image, ImageCms

    profile = image.info.get("icc_profile")
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        image = Image.new("RGB", rgba.size, (255, 255, 255))
        image.paste(rgba, mask=rgba.getchannel("A"))
    elif image.mode.startswith("I;16") or image.mode == "I":
        image = image.point(lambda value: value / 256).convert("L")
    if profile and image.mode in ("RGB", "CMYK", "L"):
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
            srgb = ImageCms.createProfile("sRGB")
            return ImageCms.profileToProfile(image, source, srgb, outputMode="RGB")
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # a broken profile: take the pixels as they are
    return image.convert("RGB")


def _crop_to_aspect(image, width_part: int, height_part: int):
    """The largest centred part of ``image`` with the card portrait's proportions."""
    width, height = image.size
    if width * height_part > height * width_part:  # too wide
        new_width = height * width_part // height_part
        left = (width - new_width) // 2
        return image.crop((left, 0, left + new_width, height))
    new_height = width * height_part // width_part
    top = (height - new_height) // 2
    return image.crop((0, top, width, top + new_height))


def _jpeg(image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=JPEG_QUALITY)
    return buffer.getvalue()
